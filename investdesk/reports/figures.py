"""The dashboard's figures: each one aggregate query over the filtered base sets."""

from __future__ import annotations

import datetime
import decimal
from decimal import Decimal
from typing import Any

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.accounts.models import User
from investdesk.engagements.choices import CommitmentStatus
from investdesk.engagements.models import Commitment, Engagement
from investdesk.projects.models import PipelineStage, Project, StageStay
from investdesk.projects.stays import MAX_MASKED_STAGE_ID
from investdesk.reference.models import Direction
from investdesk.tasks.models import Task

from .currency import capex_rub_expression

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
SQLITE_DECIMALS = decimal.Context(prec=15)
MICROSECONDS_A_DAY = 86_400_000_000


def _money(value: Decimal | None) -> Decimal:
    return (value or Decimal(0)).quantize(Decimal("0.01"))


def _decimal(value: Any) -> Decimal | None:
    """A sum read by raw SQL as the ORM reads a decimal aggregate: SQLite hands back a float
    (or an integer), converted as Django's SQLite backend does (15 significant digits)."""
    if value is None or isinstance(value, Decimal):
        return value
    return SQLITE_DECIMALS.create_decimal_from_float(value)


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


def _localised(name_ru: str, name_en: str) -> str:
    return name_en if (get_language() or "ru").startswith("en") else name_ru


def projects_by_direction(projects: QuerySet[Project], rates: dict[str, Decimal]) -> list[dict]:
    """A project with two directions counts under each of them (the rows do not add up).

    The direction links are joined to the filtered projects and counted per direction id,
    and only those few rows joined to the directions for their names (grouping a hundred
    thousand rows by the names cost a third more). Projects without a direction are left
    out.
    """
    quote = connection.ops.quote_name
    project_sql, params = (
        projects.order_by()
        .annotate(capex_rub=capex_rub_expression(rates))
        .values("pk", "capex_rub")
        .query.sql_with_params()
    )
    links = quote(Project.directions.through._meta.db_table)
    directions = quote(Direction._meta.db_table)
    sql = f"""
        SELECT direction.code, direction.name_ru, direction.name_en, counted.total,
               counted.capex
        FROM (
            SELECT link.direction_id, COUNT(*) AS total, SUM(project.capex_rub) AS capex
            FROM {links} link JOIN ({project_sql}) project ON project.pk = link.project_id
            GROUP BY link.direction_id
        ) counted JOIN {directions} direction ON direction.id = counted.direction_id
        ORDER BY counted.total DESC, direction.{quote("order")}, direction.code
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        {
            "key": code,
            "label": _localised(name_ru, name_en),
            "count": total,
            "capex": _money(_decimal(capex)),
        }
        for code, name_ru, name_en, total, capex in rows
    ]


def projects_by_country(projects: QuerySet[Project], rates: dict[str, Decimal]) -> list[dict]:
    """Projects by the country of their lead (first recorded) investor; none → empty key.

    The lead investor is stored on the project (``projects.leads``), so this is one pass
    over the projects joined to the organisations; an organisation's country is read, not
    copied, so changing it needs nothing recomputed.
    """
    rows = (
        projects.order_by()
        .values(investor_country=F("lead_investor__country"))
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
    """Top-level engagements (a visit counts once, not once per meeting) by month of start.

    Counted per day in SQL and added up per month here: grouping a million rows by the plain
    date is about half the cost of truncating each one to its month (a timestamp with
    time zone on PostgreSQL), and there are only a few hundred days. ``COUNT(*)``, not of a
    column, so that the unfiltered count reads only ``engagement_month_idx`` (the start
    dates of exactly these engagements).
    """
    rows = (
        engagements.filter(parent__isnull=True)
        .order_by()
        .values("start_date")
        .annotate(count=Count("*"))
        .values_list("start_date", "count")
    )
    months: dict[datetime.date, int] = {}
    for day, count in rows:
        month = day.replace(day=1)
        months[month] = months.get(month, 0) + count
    return [
        {"key": month.strftime("%Y-%m"), "month": month, "count": count}
        for month, count in sorted(months.items())
    ]


def _project_stays_sql(
    projects: QuerySet[Project], *, all_active: bool = False
) -> tuple[str, str, list[Any]]:
    """(stage-stay table, WHERE clause restricting it to ``projects``, parameters).

    ``all_active``: ``projects`` are all the projects not archived (no filter, a user who
    sees everything), so the stays need no join to them: only the few archived ones are
    left out (``NOT IN`` a hashed list read from the archived-projects index).
    """
    table = connection.ops.quote_name(StageStay._meta.db_table)
    if all_active:
        archived = Project.objects.filter(is_archived=True).order_by().values("pk")
        archived_sql, params = archived.query.sql_with_params()
        return table, f"project_id NOT IN ({archived_sql})", list(params)
    project_sql, params = projects.order_by().values("pk").query.sql_with_params()
    return table, f"project_id IN ({project_sql})", list(params)


def _furthest_counts_from_stays(projects: QuerySet[Project]) -> list[tuple[int, int]]:
    """(furthest open stage order, projects) from the stage-stay table: the way when a
    stage id is too large for the ``stages_reached`` bits."""
    table, where, params = _project_stays_sql(projects)
    stage_table = connection.ops.quote_name(PipelineStage._meta.db_table)
    sql = f"""
        SELECT furthest, COUNT(*) FROM (
            SELECT MAX(stage."order") AS furthest
            FROM {table} stay JOIN {stage_table} stage ON stage.id = stay.stage_id
            WHERE NOT stage.is_closing AND stay.{where}
            GROUP BY stay.project_id
        ) reached GROUP BY furthest
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _reached_masks(open_stages: list[PipelineStage]) -> list[int] | None:
    """Per open stage, the ``stages_reached`` bits of it and the later open stages (None
    when a stage id is too large for the bits)."""
    if any(stage.pk > MAX_MASKED_STAGE_ID for stage in open_stages):
        return None
    return [
        sum(1 << later.pk for later in open_stages if later.order >= stage.order)
        for stage in open_stages
    ]


def funnel_and_conversion(
    projects: QuerySet[Project], stages: list[PipelineStage], capex
) -> tuple[list[dict], list[dict]]:
    """The pipeline funnel and the stage conversion, from one pass over the projects.

    Funnel: the projects now at each stage, with their planned capital investment in
    roubles. Conversion: the share of projects that reached the next stage among those
    that reached a stage; reaching a stage means a recorded transition into it or into any
    later open stage (a project that skipped qualification still passed it), closing
    states do not count. ``stages_reached`` has a bit per stage the project has been in,
    so "this stage or a later open one" is a mask, whatever the stages' order; the
    projects reaching each stage are counted per current stage with the funnel and added
    up here.
    """
    open_stages = [stage for stage in stages if not stage.is_closing]
    masks = _reached_masks(open_stages)
    aggregates: dict[str, Any] = {"count": Count("id"), "capex": Sum(capex)}
    hits = {}
    for index, mask in enumerate(masks or []):
        hits[f"hit{index}"] = F("stages_reached").bitand(mask)
        aggregates[f"reached{index}"] = Count("pk", filter=Q(**{f"hit{index}__gt": 0}))
    rows = list(projects.order_by().alias(**hits).values("stage_id").annotate(**aggregates))
    totals = {row["stage_id"]: row for row in rows}
    funnel = [
        {
            "key": stage.code,
            "label": stage.name,
            "count": totals.get(stage.pk, {}).get("count", 0),
            "capex": _money(totals.get(stage.pk, {}).get("capex")),
        }
        for stage in stages
    ]
    if masks is None:
        furthest = _furthest_counts_from_stays(projects)
        reached = [
            sum(count for order, count in furthest if order >= stage.order) for stage in open_stages
        ]
    else:
        reached = [sum(row[f"reached{index}"] for row in rows) for index in range(len(masks))]
    conversion = []
    for index, (stage, following) in enumerate(zip(open_stages, open_stages[1:], strict=False)):
        base, moved = reached[index], reached[index + 1]
        conversion.append(
            {
                "key": f"{stage.code}-{following.code}",
                "label": f"{stage.name} → {following.name}",
                "reached": base,
                "moved": moved,
                "percent": (Decimal(moved * 100) / base).quantize(Decimal("0.1")) if base else None,
            }
        )
    return funnel, conversion


# The lower and the upper middle of N sorted values in one sort: PERCENTILE_DISC(p) is row
# ceil(p * N), so 0.5 gives row ceil(N / 2) and 0.5 + 1e-10 row floor(N / 2) + 1 (the same
# row when N is odd) for any N under five billion.
MIDDLE_FRACTIONS = "ARRAY[0.5, 0.5000000001]::float8[]"


def _stage_medians_postgresql(
    projects: QuerySet[Project], stages: list[PipelineStage], now_us: int, *, all_active: bool
) -> dict[int, tuple[int, int]]:
    """stage id → (projects, sum of the two middle stays in microseconds): one pass over
    the stays.

    Of all active projects: ``GROUP BY stage_id`` over the stays read in the order of
    their stage index (no join, no sort of all stays; each stage's ordered-set aggregate
    sorts its own stays). Of filtered ones, which must be joined: ``FILTER (WHERE
    stage_id = …)`` per stage, since a grouped aggregate over the join first sorts every
    stay by stage (on disk), then again within each stage.
    """
    table, where, params = _project_stays_sql(projects, all_active=all_active)
    if all_active:
        sql = f"""
            SELECT stage_id, COUNT(*),
                   PERCENTILE_DISC({MIDDLE_FRACTIONS}) WITHIN GROUP (ORDER BY spent)
            FROM (
                SELECT stage_id, closed_us + COALESCE(%s - entered_us, 0) AS spent
                FROM {table} WHERE {where}
            ) stays
            GROUP BY stage_id
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [now_us, *params])
            return {stage_id: (total, sum(middle)) for stage_id, total, middle in cursor}
    columns = ", ".join(
        "COUNT(*) FILTER (WHERE stage_id = %s), "
        f"PERCENTILE_DISC({MIDDLE_FRACTIONS}) WITHIN GROUP (ORDER BY spent)"
        " FILTER (WHERE stage_id = %s)"
        for _stage in stages
    )
    sql = f"""
        SELECT {columns} FROM (
            SELECT stage_id, closed_us + COALESCE(%s - entered_us, 0) AS spent
            FROM {table} WHERE {where}
        ) stays
    """
    stage_params = [stage.pk for stage in stages for _twice in range(2)]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*stage_params, now_us, *params])
        row = cursor.fetchone()
    return {
        stage.pk: (row[2 * index], sum(row[2 * index + 1]))
        for index, stage in enumerate(stages)
        if row[2 * index]
    }


def _stage_medians_sqlite(
    projects: QuerySet[Project], now_us: int, *, all_active: bool
) -> dict[int, tuple[int, int]]:
    """stage id → (projects, sum of the two middle stays in microseconds), by
    ``ROW_NUMBER`` (the same row twice when the count is odd)."""
    table, where, params = _project_stays_sql(projects, all_active=all_active)
    sql = f"""
        WITH spent AS (
            SELECT stage_id, closed_us + COALESCE(%s - entered_us, 0) AS spent
            FROM {table} WHERE {where}
        ), ranked AS (
            SELECT stage_id, spent,
                   ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY spent) AS position,
                   COUNT(*) OVER (PARTITION BY stage_id) AS total
            FROM spent
        )
        SELECT stage_id, MAX(total),
               SUM(spent) * (3 - COUNT(*))
        FROM ranked
        WHERE position IN ((total + 1) / 2, (total + 2) / 2)
        GROUP BY stage_id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [now_us, *params])
        return {stage_id: (total, middle) for stage_id, total, middle in cursor.fetchall()}


def stage_median_days(
    projects: QuerySet[Project],
    stages: list[PipelineStage],
    now: datetime.datetime,
    *,
    all_active: bool = False,
) -> list[dict]:
    """Median days a project spends in each stage (its current stage counts until now).

    A project that entered a stage twice has the two stays added up, as in
    ``projects.selectors.stage_durations`` (the same rule as ``stage_stays``: a stay lasts
    until the project's next transition, or until ``now``). The stage-stay table
    (``projects.stays``) holds those sums for the finished stays and the start of the
    running one, in microseconds, so each project's time in a stage is one row:
    ``closed_us`` plus ``now - entered_us``. The median is the middle row (or the mean of
    the two middle rows) of each stage ranked by time, exact to the microsecond.
    ``all_active`` says ``projects`` are every project not archived (read without a join).
    """
    now_us = (now - EPOCH) // datetime.timedelta(microseconds=1)
    if connection.vendor == "postgresql":
        medians = _stage_medians_postgresql(projects, stages, now_us, all_active=all_active)
    else:
        medians = _stage_medians_sqlite(projects, now_us, all_active=all_active)
    rows = []
    for stage in stages:
        total, middle = medians.get(stage.pk, (0, None))
        rows.append(
            {
                "key": stage.code,
                "label": stage.name,
                "projects": total,
                "median_days": (Decimal(middle) / 2 / MICROSECONDS_A_DAY).quantize(Decimal("0.1"))
                if middle is not None
                else None,
            }
        )
    return rows


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
    """Overdue tasks per assignee, most first.

    Counted per assignee id first and only those few rows joined to the users: grouping
    the hundred thousand overdue tasks by the users' names (the join first) cost twice as
    much. Same groups (the names follow from the id), same order.
    """
    counts_sql, params = (
        tasks.order_by().values("assignee_id").annotate(total=Count("*")).query.sql_with_params()
    )
    users = connection.ops.quote_name(User._meta.db_table)
    sql = f"""
        SELECT counted.assignee_id, person.first_name, person.last_name, person.username,
               counted.total
        FROM ({counts_sql}) counted LEFT JOIN {users} person ON person.id = counted.assignee_id
        ORDER BY counted.total DESC, person.last_name, counted.assignee_id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        {
            "key": assignee_id,
            "label": " ".join(part for part in (first_name, last_name) if part) or username,
            "count": total,
        }
        for assignee_id, first_name, last_name, username, total in rows
    ]
