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
import functools
import hashlib
from collections.abc import Collection
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
    funnel_and_conversion,
    overdue_tasks_by_owner,
    projects_by_country,
    projects_by_direction,
    projects_by_municipality,
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

FIGURES = (
    "funnel",
    "by_direction",
    "by_country",
    "by_municipality",
    "engagements_per_month",
    "conversion",
    "median_days",
    "commitments",
    "overdue_tasks",
)
# What each figure of the unfiltered dashboard reads (``StageTransition`` stands for the
# transitions table, versioned by its own ids): a write elsewhere leaves its cached copy
# valid. A filtered dashboard reads more (a country filter reaches the participants and
# the organisations from every figure), so its figures depend on every table.
FIGURE_SOURCES: dict[str, tuple[type, ...]] = {
    "funnel": (Project, PipelineStage, CurrencyRate),
    "by_direction": (Project, Direction, CurrencyRate),
    "by_country": (Project, ProjectParticipant, Organisation, CurrencyRate),
    "by_municipality": (Project, CurrencyRate),
    "engagements_per_month": (Engagement,),
    "conversion": (Project, PipelineStage, StageTransition),
    "median_days": (Project, PipelineStage, StageTransition),
    "commitments": (Engagement, Commitment),
    "overdue_tasks": (Task,),
}
ALL_SOURCES = (*VERSIONED_MODELS, StageTransition)


# How long figures stay cached when other transactions were writing as the versions were
# read: on PostgreSQL an id is drawn at insert and seen at commit, so a transaction that
# drew a lower id than the newest seen and commits later would not change the key.
IN_FLIGHT_CACHE_SECONDS = 30


def dashboard_data_version() -> tuple[dict[type, tuple], bool]:
    """For each model of ``ALL_SOURCES``, a value that changes with any write to it, and
    whether another transaction was writing at the time (1 cheap query for all).

    Every service write saves through the ORM, which adds a history row; MAX(history_id)
    is read from the primary key index, so this costs the same on 10 or 10^6 rows.
    M2M links are set in the same transaction as a save of their owner. MAX(id) of the
    table itself catches rows inserted without history (``generate``); the transitions
    have no history and are never changed, only added.
    """
    quote = connection.ops.quote_name
    selects = []
    for model in VERSIONED_MODELS:
        selects.append(f"(SELECT MAX(history_id) FROM {quote(model.history.model._meta.db_table)})")
        selects.append(f"(SELECT MAX(id) FROM {quote(model._meta.db_table)})")
    selects.append(f"(SELECT MAX(id) FROM {quote(StageTransition._meta.db_table)})")
    if connection.vendor == "postgresql":
        # Other sessions inside a transaction that has written to a table of this database
        # (a write holds ROW EXCLUSIVE on its table until the end). pg_locks is read live,
        # where pg_stat_activity would be the snapshot taken once per transaction.
        selects.append(
            "(SELECT COUNT(*) FROM pg_locks WHERE locktype = 'relation'"
            " AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
        )
    else:
        selects.append("0")  # SQLite has one writer, and what it wrote is seen in order
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(selects)}")
        row = cursor.fetchone()
    versions = {
        model: row[2 * index : 2 * index + 2] for index, model in enumerate(VERSIONED_MODELS)
    }
    versions[StageTransition] = row[-2:-1]
    return versions, bool(row[-1])


def _rates_on(filters: DashboardFilters, today: datetime.date) -> datetime.date:
    # Amounts are converted at the rate valid at the end of the period (or today).
    return min(filters.date_to, today) if filters.date_to else today


def dashboard_data(
    filters: DashboardFilters, *, user=None, now: datetime.datetime | None = None
) -> Dashboard:
    """Every dashboard figure for the filters: exact, each cached until its data changes.

    Each figure has its own cache entry, keyed on the versions of only the tables it reads
    (``FIGURE_SOURCES``), so a new task recomputes the overdue tasks and nothing else.
    Without ``now``, the time in the current stage counts until the start of the current
    hour, so an answer stays exact for the hour it is cached in; the other figures are
    keyed on the day (rates are those valid on it, tasks and promises fall due).
    """
    if now is not None or (user is not None and not sees_everything(user)):
        return compute_dashboard(filters, user=user, now=now)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    today = timezone.localdate(now)
    versions, others_writing = dashboard_data_version()
    query = sorted(filters.as_query().items())
    keys = {}
    for name in FIGURES:
        sources = FIGURE_SOURCES[name] if not query else ALL_SOURCES
        moment = now.isoformat() if name == "median_days" else today.isoformat()
        key_source = repr(
            (name, query, [versions[model] for model in sources], moment, get_language())
        )
        keys[name] = "reports:dashboard:" + hashlib.sha256(key_source.encode()).hexdigest()
    cached = cache.get_many(list(keys.values()))
    missing = [name for name in FIGURES if keys[name] not in cached]
    figures = {name: cached[keys[name]] for name in FIGURES if name not in missing}
    if missing:
        computed = compute_dashboard(filters, user=user, now=now, only=missing)
        fresh = {name: getattr(computed, name) for name in missing}
        cache.set_many(
            {keys[name]: value for name, value in fresh.items()},
            IN_FLIGHT_CACHE_SECONDS if others_writing else CACHE_SECONDS,
        )
        figures.update(fresh)
    return Dashboard(filters=filters, rates_on=_rates_on(filters, today), **figures)


def compute_dashboard(
    filters: DashboardFilters,
    *,
    user=None,
    now: datetime.datetime | None = None,
    only: Collection[str] | None = None,
) -> Dashboard:
    """Every dashboard figure for the filters (or ``only`` those named), in a constant
    number of queries (10 for all: the rates, the stages, one per figure, the funnel and
    the conversion together)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    wanted = set(FIGURES if only is None else only)
    rates_on = _rates_on(filters, today)
    dashboard = Dashboard(filters=filters, rates_on=rates_on)
    money = {"funnel", "conversion", "by_direction", "by_country", "by_municipality"}
    rates = currency_rates_at(rates_on) if wanted & money else {}
    staged = {"funnel", "conversion", "median_days"}
    stages = list(PipelineStage.objects.order_by("order", "code")) if wanted & staged else []
    projects = filtered_projects(filters, user=user)
    # Every project not archived: figures over them can skip joining the filtered set.
    all_active = filters == DashboardFilters() and (user is None or sees_everything(user))
    engagements = filtered_engagements(filters)
    # One query for both (the funnel's pass over the projects counts the stages reached).
    funnel_conversion = functools.cache(
        lambda: funnel_and_conversion(projects, stages, capex_rub_expression(rates))
    )
    compute = {
        "funnel": lambda: funnel_conversion()[0],
        "by_direction": lambda: projects_by_direction(projects, rates),
        "by_country": lambda: projects_by_country(projects, rates),
        "by_municipality": lambda: projects_by_municipality(projects, rates),
        "engagements_per_month": lambda: engagements_per_month(engagements),
        "conversion": lambda: funnel_conversion()[1],
        "median_days": lambda: stage_median_days(projects, stages, now, all_active=all_active),
        "commitments": lambda: [
            {**row, "label": str(row["label"])} for row in commitments_summary(engagements, today)
        ],
        "overdue_tasks": lambda: overdue_tasks_by_owner(filtered_overdue_tasks(filters, today)),
    }
    for name in FIGURES:
        if name in wanted:
            setattr(dashboard, name, compute[name]())
    return dashboard
