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
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.accounts.access import sees_everything
from investdesk.engagements.choices import CommitmentStatus, EngagementStatus
from investdesk.engagements.models import Commitment, Engagement
from investdesk.organisations.models import Organisation
from investdesk.projects.choices import ParticipantRole
from investdesk.projects.models import PipelineStage, Project, ProjectParticipant, StageTransition
from investdesk.reference.models import CurrencyRate, Direction
from investdesk.tasks.choices import OPEN_STATUSES
from investdesk.tasks.models import Task

RUB = "RUB"
MONEY = DecimalField(max_digits=24, decimal_places=2)


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


# --- currency -----------------------------------------------------------------------------


def currency_rates_at(on: datetime.date) -> dict[str, Decimal]:
    """The latest rate to roubles valid on ``on`` for every currency that has one (1 query)."""
    rates: dict[str, Decimal] = {}
    for currency, rate in (
        CurrencyRate.objects.filter(valid_from__lte=on)
        .order_by("currency", "-valid_from")
        .values_list("currency", "rate_to_rub")
    ):
        rates.setdefault(currency, rate)
    rates[RUB] = Decimal(1)
    return rates


def currency_rate_at(currency: str, on: datetime.date) -> Decimal | None:
    """Roubles per unit of ``currency`` on ``on``; None when no rate is known then."""
    if currency == RUB:
        return Decimal(1)
    return (
        CurrencyRate.objects.filter(currency=currency, valid_from__lte=on)
        .order_by("-valid_from")
        .values_list("rate_to_rub", flat=True)
        .first()
    )


def to_roubles(amount: Decimal | None, currency: str, on: datetime.date) -> Decimal | None:
    if amount is None:
        return None
    rate = currency_rate_at(currency, on)
    return None if rate is None else (amount * rate).quantize(Decimal("0.01"))


def capex_rub_expression(rates: dict[str, Decimal], prefix: str = "") -> Case:
    """SQL expression converting a project's planned capex to roubles with the given rates.

    ``prefix`` reaches the project from another model (``"project__"``). Amounts in a
    currency without a rate give NULL, so they are left out of sums rather than added as
    if they were roubles.
    """
    amount = F(f"{prefix}capex_planned")
    whens = [
        When(
            **{f"{prefix}currency": currency},
            then=ExpressionWrapper(amount * Value(rate), output_field=MONEY),
        )
        for currency, rate in sorted(rates.items())
        if currency != RUB
    ]
    return Case(
        When(**{f"{prefix}currency": RUB}, then=amount),
        *whens,
        default=Value(None, output_field=MONEY),
        output_field=MONEY,
    )


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


# --- figures --------------------------------------------------------------------------------


def _money(value: Decimal | None) -> Decimal:
    return (value or Decimal(0)).quantize(Decimal("0.01"))


def _rows(queryset, key: str, label_of) -> list[dict[str, Any]]:
    return [
        {
            "key": row[key],
            "label": label_of(row),
            "count": row["count"],
            "capex": _money(row["capex"]),
        }
        for row in queryset
    ]


def pipeline_funnel(projects: QuerySet[Project], stages: list[PipelineStage], capex) -> list[dict]:
    """Projects now at each stage, with their planned capital investment in roubles."""
    totals = {
        row["stage_id"]: row
        for row in projects.order_by()
        .values("stage_id")
        .annotate(count=Count("id"), capex=Sum(capex))
    }
    return [
        {
            "key": stage.code,
            "label": stage.name,
            "count": totals.get(stage.pk, {}).get("count", 0),
            "capex": _money(totals.get(stage.pk, {}).get("capex")),
        }
        for stage in stages
    ]


def _localised(name_ru: str, name_en: str) -> str:
    return name_en if (get_language() or "ru").startswith("en") else name_ru


def projects_by_direction(projects: QuerySet[Project], rates: dict[str, Decimal]) -> list[dict]:
    """A project with two directions counts under each of them (the rows do not add up)."""
    rows = (
        Project.directions.through.objects.filter(project__in=projects.values("pk"))
        .values("direction__order", "direction__code", "direction__name_ru", "direction__name_en")
        .annotate(
            count=Count("project_id"), capex=Sum(capex_rub_expression(rates, prefix="project__"))
        )
        .order_by("-count", "direction__order", "direction__code")
    )
    return _rows(
        rows,
        "direction__code",
        lambda row: _localised(row["direction__name_ru"], row["direction__name_en"]),
    )


def projects_by_country(projects: QuerySet[Project], rates: dict[str, Decimal]) -> list[dict]:
    """Projects by the country of their lead (first recorded) investor; none → empty key."""
    lead_country = Subquery(
        ProjectParticipant.objects.filter(
            project=OuterRef("pk"),
            role__in=(ParticipantRole.INVESTOR, ParticipantRole.CO_INVESTOR),
        )
        .order_by(Case(When(role=ParticipantRole.INVESTOR, then=Value(0)), default=Value(1)), "id")
        .values("organisation__country")[:1],
        output_field=CharField(),
    )
    rows = (
        projects.order_by()
        .annotate(investor_country=lead_country)
        .values("investor_country")
        .annotate(count=Count("id"), capex=Sum(capex_rub_expression(rates)))
        .order_by("-count", "investor_country")
    )
    return _rows(
        rows,
        "investor_country",
        lambda row: (
            countries.name(row["investor_country"])
            if row["investor_country"]
            else gettext("No investor")
        ),
    )


def projects_by_municipality(projects: QuerySet[Project], rates: dict[str, Decimal]) -> list[dict]:
    rows = (
        projects.order_by()
        .values("municipality_id", "municipality__name")
        .annotate(count=Count("id"), capex=Sum(capex_rub_expression(rates)))
        .order_by("-count", "municipality__name")
    )
    return _rows(
        rows,
        "municipality_id",
        lambda row: row["municipality__name"] or gettext("No municipality"),
    )


def engagements_per_month(engagements: QuerySet[Engagement]) -> list[dict]:
    """Top-level engagements (a visit counts once, not once per meeting) by month of start."""
    rows = (
        engagements.filter(parent__isnull=True)
        .order_by()
        .annotate(month=TruncMonth("start_date"))
        .values("month")
        .annotate(count=Count("id"))
        .order_by("month")
    )
    return [
        {"key": row["month"].strftime("%Y-%m"), "month": row["month"], "count": row["count"]}
        for row in rows
    ]


def stage_conversion(projects: QuerySet[Project], stages: list[PipelineStage]) -> list[dict]:
    """Share of projects that reached the next stage among those that reached a stage.

    Reaching a stage means a recorded transition into it or into any later open stage
    (a project that skipped qualification still passed it); closing states do not count.
    """
    open_stages = [stage for stage in stages if not stage.is_closing]
    furthest = list(
        StageTransition.objects.filter(
            project__in=projects.values("pk"), to_stage__is_closing=False
        )
        .values("project_id")
        .annotate(furthest=Max("to_stage__order"))
        .values_list("furthest", flat=True)
    )
    reached = [sum(1 for order in furthest if order >= stage.order) for stage in open_stages]
    rows = []
    for index, (stage, following) in enumerate(zip(open_stages, open_stages[1:], strict=False)):
        base, moved = reached[index], reached[index + 1]
        rows.append(
            {
                "key": f"{stage.code}-{following.code}",
                "label": f"{stage.name} → {following.name}",
                "reached": base,
                "moved": moved,
                "percent": (Decimal(moved * 100) / base).quantize(Decimal("0.1")) if base else None,
            }
        )
    return rows


def stage_median_days(
    projects: QuerySet[Project], stages: list[PipelineStage], now: datetime.datetime
) -> list[dict]:
    """Median days a project spends in each stage (its current stage counts until now).

    A project that entered a stage twice has the two stays added up, as in
    ``projects.selectors.stage_durations``.
    """
    spent: dict[tuple[int, int], datetime.timedelta] = defaultdict(datetime.timedelta)
    previous: tuple[int, int, datetime.datetime] | None = None
    for project_id, stage_id, changed_at in (
        StageTransition.objects.filter(project__in=projects.values("pk"))
        .order_by("project_id", "changed_at", "id")
        .values_list("project_id", "to_stage_id", "changed_at")
    ):
        if previous is not None:
            prev_project, prev_stage, prev_at = previous
            end = changed_at if prev_project == project_id else now
            spent[(prev_project, prev_stage)] += end - prev_at
        previous = (project_id, stage_id, changed_at)
    if previous is not None:
        spent[(previous[0], previous[1])] += now - previous[2]
    by_stage: dict[int, list[float]] = defaultdict(list)
    for (_project, stage_id), duration in spent.items():
        by_stage[stage_id].append(duration.total_seconds() / 86400)
    return [
        {
            "key": stage.code,
            "label": stage.name,
            "projects": len(by_stage[stage.pk]),
            "median_days": Decimal(statistics.median(by_stage[stage.pk])).quantize(Decimal("0.1"))
            if by_stage[stage.pk]
            else None,
        }
        for stage in stages
    ]


COMMITMENT_BUCKETS = [
    ("kept", _("Kept")),
    ("partly", _("Partly kept")),
    ("overdue", _("Overdue")),
    ("open", _("Open, not yet due")),
    ("broken", _("Not kept")),
    ("cancelled", _("Cancelled")),
]


def commitments_summary(engagements: QuerySet[Engagement], today: datetime.date) -> list[dict]:
    bucket = Case(
        When(status=CommitmentStatus.KEPT, then=Value("kept")),
        When(status=CommitmentStatus.PARTLY, then=Value("partly")),
        When(status=CommitmentStatus.OPEN, due_date__lt=today, then=Value("overdue")),
        When(status=CommitmentStatus.OPEN, then=Value("open")),
        When(status=CommitmentStatus.BROKEN, then=Value("broken")),
        default=Value("cancelled"),
        output_field=CharField(),
    )
    counts = {
        row["bucket"]: row["count"]
        for row in Commitment.objects.filter(engagement__in=engagements.values("pk"))
        .order_by()
        .annotate(bucket=bucket)
        .values("bucket")
        .annotate(count=Count("id"))
    }
    return [
        {"key": key, "label": label, "count": counts.get(key, 0)}
        for key, label in COMMITMENT_BUCKETS
    ]


def overdue_tasks_by_owner(tasks: QuerySet[Task]) -> list[dict]:
    rows = (
        tasks.order_by()
        .values("assignee_id", "assignee__first_name", "assignee__last_name", "assignee__username")
        .annotate(count=Count("id"))
        .order_by("-count", "assignee__last_name", "assignee_id")
    )
    return [
        {
            "key": row["assignee_id"],
            "label": " ".join(
                part for part in (row["assignee__first_name"], row["assignee__last_name"]) if part
            )
            or row["assignee__username"],
            "count": row["count"],
        }
        for row in rows
    ]


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
        median_days=stage_median_days(projects, stages, now),
        commitments=[
            {**row, "label": str(row["label"])} for row in commitments_summary(engagements, today)
        ],
        overdue_tasks=overdue_tasks_by_owner(filtered_overdue_tasks(filters, today)),
    )
