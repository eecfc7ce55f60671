"""Reads for leadership's dashboard: every figure is one aggregate query over filtered data.

The same ``DashboardFilters`` apply to every figure:

* period (``date_from``/``date_to``): projects whose first stage transition (their creation)
  falls in the period, engagements that start in it, commitments of those engagements and
  overdue tasks due in it;
* direction: projects, engagements, commitments (through their engagement) and tasks
  (their own direction or their project's) of that direction;
* country: projects with an investor from that country, engagements with an
  organisation from it, tasks of such projects or organisations;
* curator: projects the user curates, engagements about such projects, tasks assigned
  to the user.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Exists,
    OuterRef,
    Q,
    QuerySet,
)
from django.utils import timezone
from django.utils.translation import get_language

from investdesk.accounts.access import sees_everything
from investdesk.engagements.choices import EngagementStatus
from investdesk.engagements.models import Commitment, Engagement
from investdesk.organisations.models import Organisation
from investdesk.projects.choices import ParticipantRole
from investdesk.projects.models import PipelineStage, Project, ProjectParticipant, StageTransition
from investdesk.reference.models import CurrencyRate, Direction
from investdesk.tasks.choices import OPEN_STATUSES
from investdesk.tasks.models import Task

from .currency import capex_rub_expression, currency_rates_at
from .figures import (
    commitments_summary,
    engagements_per_month,
    overdue_tasks_by_owner,
    pipeline_funnel,
    projects_by_country,
    projects_by_direction,
    projects_by_municipality,
    stage_conversion,
    stage_median_days,
)


@dataclass(frozen=True)
class DashboardFilters:
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    direction: Direction | None = None
    country: str = ""
    curator: Any = None

    def as_query(self) -> dict[str, str]:
        """The filters as GET parameters (for links such as the Excel download)."""
        params = {}
        if self.date_from:
            params["date_from"] = self.date_from.isoformat()
        if self.date_to:
            params["date_to"] = self.date_to.isoformat()
        if self.direction:
            params["direction"] = self.direction.code
        if self.country:
            params["country"] = self.country
        if self.curator:
            params["curator"] = str(self.curator.pk)
        return params


# --- filtered base sets ---------------------------------------------------------------------


def filtered_projects(filters: DashboardFilters, *, user=None) -> QuerySet[Project]:
    projects = Project.objects.active()
    if user is not None:
        projects = projects.visible_to(user)
    if filters.date_from or filters.date_to:
        created = StageTransition.objects.filter(project=OuterRef("pk"), from_stage__isnull=True)
        if filters.date_from:
            created = created.filter(changed_at__date__gte=filters.date_from)
        if filters.date_to:
            created = created.filter(changed_at__date__lte=filters.date_to)
        projects = projects.filter(Exists(created))
    if filters.direction:
        projects = projects.filter(
            Exists(
                Project.directions.through.objects.filter(
                    project=OuterRef("pk"), direction=filters.direction
                )
            )
        )
    if filters.country:
        projects = projects.filter(
            Exists(
                ProjectParticipant.objects.filter(
                    project=OuterRef("pk"),
                    role__in=(ParticipantRole.INVESTOR, ParticipantRole.CO_INVESTOR),
                    organisation__country=filters.country,
                )
            )
        )
    if filters.curator:
        projects = projects.filter(curator=filters.curator)
    return projects


def filtered_engagements(filters: DashboardFilters) -> QuerySet[Engagement]:
    engagements = Engagement.objects.filter(
        status__in=(EngagementStatus.HELD, EngagementStatus.PLANNED)
    )
    if filters.date_from:
        engagements = engagements.filter(start_date__gte=filters.date_from)
    if filters.date_to:
        engagements = engagements.filter(start_date__lte=filters.date_to)
    if filters.direction:
        engagements = engagements.filter(
            Exists(
                Engagement.directions.through.objects.filter(
                    engagement=OuterRef("pk"), direction=filters.direction
                )
            )
        )
    if filters.country:
        engagements = engagements.filter(
            Exists(
                Engagement.organisations.through.objects.filter(
                    engagement=OuterRef("pk"), organisation__country=filters.country
                )
            )
        )
    if filters.curator:
        engagements = engagements.filter(
            Exists(
                Engagement.projects.through.objects.filter(
                    engagement=OuterRef("pk"), project__curator=filters.curator
                )
            )
        )
    return engagements


def filtered_overdue_tasks(filters: DashboardFilters, today: datetime.date) -> QuerySet[Task]:
    tasks = Task.objects.filter(status__in=OPEN_STATUSES, due_date__lt=today)
    if filters.date_from:
        tasks = tasks.filter(due_date__gte=filters.date_from)
    if filters.date_to:
        tasks = tasks.filter(due_date__lte=filters.date_to)
    if filters.direction:
        tasks = tasks.filter(
            Q(direction=filters.direction)
            | Exists(
                Project.directions.through.objects.filter(
                    project=OuterRef("project"), direction=filters.direction
                )
            )
        )
    if filters.country:
        tasks = tasks.filter(
            Q(organisation__country=filters.country)
            | Exists(
                ProjectParticipant.objects.filter(
                    project=OuterRef("project"), organisation__country=filters.country
                )
            )
        )
    if filters.curator:
        tasks = tasks.filter(assignee=filters.curator)
    return tasks


@dataclass
class Dashboard:
    filters: DashboardFilters
    rates_on: datetime.date
    funnel: list[dict] = field(default_factory=list)
    by_direction: list[dict] = field(default_factory=list)
    by_country: list[dict] = field(default_factory=list)
    by_municipality: list[dict] = field(default_factory=list)
    engagements_per_month: list[dict] = field(default_factory=list)
    conversion: list[dict] = field(default_factory=list)
    median_days: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    overdue_tasks: list[dict] = field(default_factory=list)


# Tables whose history rows (simple-history) change whenever a dashboard figure may change.
VERSIONED_MODELS = (
    Project,
    ProjectParticipant,
    Engagement,
    Commitment,
    Task,
    CurrencyRate,
    Direction,
    PipelineStage,
    Organisation,
)
CACHE_SECONDS = 60 * 60


def dashboard_data_version() -> tuple:
    """A key that changes with any write to the data the dashboard reads (1 cheap query).

    Every service write saves through the ORM, which adds a history row; MAX(history_id)
    is read from the primary key index, so this costs the same on 10 or 10^6 rows.
    M2M links are set in the same transaction as a save of their owner.
    """
    quote = connection.ops.quote_name
    selects = ", ".join(
        f"(SELECT MAX(history_id) FROM {quote(model.history.model._meta.db_table)})"
        for model in VERSIONED_MODELS
    )
    selects += f", (SELECT MAX(id) FROM {quote(StageTransition._meta.db_table)})"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selects}")
        return tuple(cursor.fetchone())


def dashboard_data(
    filters: DashboardFilters, *, user=None, now: datetime.datetime | None = None
) -> Dashboard:
    """Every dashboard figure for the filters: exact, cached until the data changes.

    Without ``now``, the time in the current stage counts until the start of the current
    hour, so an answer stays exact for the hour it is cached in.
    """
    if now is not None or (user is not None and not sees_everything(user)):
        return compute_dashboard(filters, user=user, now=now)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    key_source = repr(
        (
            sorted(filters.as_query().items()),
            dashboard_data_version(),
            now.isoformat(),
            get_language(),
        )
    )
    key = "reports:dashboard:" + hashlib.sha256(key_source.encode()).hexdigest()
    cached = cache.get(key)
    if cached is None:
        cached = compute_dashboard(filters, user=user, now=now)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def compute_dashboard(
    filters: DashboardFilters, *, user=None, now: datetime.datetime | None = None
) -> Dashboard:
    """Every dashboard figure for the filters, in a constant number of queries (11)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    # Amounts are converted at the rate valid at the end of the period (or today).
    rates_on = min(filters.date_to, today) if filters.date_to else today
    rates = currency_rates_at(rates_on)
    stages = list(PipelineStage.objects.order_by("order", "code"))
    projects = filtered_projects(filters, user=user)
    # Every project not archived: figures over them can skip joining the filtered set.
    all_active = filters == DashboardFilters() and (user is None or sees_everything(user))
    engagements = filtered_engagements(filters)
    return Dashboard(
        filters=filters,
        rates_on=rates_on,
        funnel=pipeline_funnel(projects, stages, capex_rub_expression(rates)),
        by_direction=projects_by_direction(projects, rates),
        by_country=projects_by_country(projects, rates),
        by_municipality=projects_by_municipality(projects, rates),
        engagements_per_month=engagements_per_month(engagements),
        conversion=stage_conversion(projects, stages),
        median_days=stage_median_days(projects, stages, now, all_active=all_active),
        commitments=[
            {**row, "label": str(row["label"])} for row in commitments_summary(engagements, today)
        ],
        overdue_tasks=overdue_tasks_by_owner(filtered_overdue_tasks(filters, today)),
    )
