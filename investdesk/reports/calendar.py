"""Engagements and task deadlines by day: month and week views, and the iCalendar feed."""

import calendar
import datetime
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import Count, F, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from investdesk.core.links import pk_link
from investdesk.engagements.choices import EngagementStatus
from investdesk.engagements.models import Engagement
from investdesk.tasks.choices import OPEN_STATUSES
from investdesk.tasks.models import Task

FEED_PAST_DAYS = 90
FEED_FUTURE_DAYS = 366


# Entries a day shows at first in the month and week views; the rest come with the day's
# "+N more" (htmx). At scale 2 a month held about 3,000 entries: half a megabyte of HTML and
# a quarter of a second of CPU for a page nobody can read at that density.
# At scale 100 a day holds over a thousand engagements and task deadlines: the day's own
# view shows the first hundred and links to the engagement list for the rest.
DAY_CAP = {"month": 4, "week": 15, "day": 100}

# SQLite's default limit on the SELECTs of one compound statement (SQLITE_MAX_COMPOUND_SELECT).
SQLITE_MAX_ARMS = 500


@dataclass
class Entry:
    """An engagement or a task deadline as the calendar shows it."""

    pk: int
    title: str
    url: str
    overdue: bool = False
    assignee: str = ""


@dataclass
class Day:
    date: datetime.date
    in_month: bool = True
    engagements: list[Entry] = field(default_factory=list)
    tasks: list[Entry] = field(default_factory=list)
    hidden: int = 0  # entries left out by the cap

    @property
    def total(self) -> int:
        return len(self.engagements) + len(self.tasks) + self.hidden


def calendar_engagements(*, user, start: datetime.date, end: datetime.date) -> QuerySet[Engagement]:
    """Planned and held engagements that overlap [start, end] (drafts are not yet real).

    One query runs now (the longest engagement, see ``EngagementQuerySet.overlapping``).
    A partner's engagements (through shared projects, a join made distinct) are taken as
    a set of ids, so that counting them by date counts each once.
    """
    visible = Engagement.objects.visible_to(user)
    if visible.query.distinct:
        visible = Engagement.objects.filter(pk__in=visible.values("pk"))
    return (
        visible.overlapping(start, end)
        .filter(status__in=(EngagementStatus.PLANNED, EngagementStatus.HELD))
        .select_related("municipality")
        .order_by("start_date", "id")
    )


def calendar_tasks(
    *, user, start: datetime.date, end: datetime.date, mine: bool = False
) -> QuerySet[Task]:
    tasks = Task.objects.visible_to(user).filter(
        status__in=OPEN_STATUSES, due_date__gte=start, due_date__lte=end
    )
    if mine:
        tasks = tasks.filter(assignee=user)
    return tasks.select_related("assignee").order_by("due_date", "id")


def _person(first_name: str | None, last_name: str | None, username: str | None) -> str:
    # As User.__str__ (the full name, else the login), without a User object per task.
    full = " ".join(part for part in (first_name, last_name) if part)
    return full or username or ""


def _first_of_each(
    queryset: QuerySet,
    *,
    partition: list[str],
    keys: list[tuple[Any, ...]],
    cap: int,
    fields: list[str],
) -> list[tuple[Any, ...]]:
    """``fields`` of the first ``cap`` rows by id of ``queryset`` for each value ``key`` of
    the ``partition`` columns (one query). ``fields`` hold "pk" and the partition columns.

    On PostgreSQL, a LATERAL join of the keys to the query cut to ``LIMIT cap``: each key
    reads ``cap`` entries of the index on (partition..., id) and their rows (Django's ORM
    writes no LATERAL; one queryset per key in a UNION cost more Python than it saved).
    On SQLite (no LATERAL), a UNION ALL of the query cut to ``LIMIT cap`` per key: each arm
    reads its key's entries from the index (a month's window over every row of the period
    took 400 ms at scale 100; a correlated subquery per key was at the mercy of the planner).
    With more keys than SQLite allows arms, and elsewhere, the rows are numbered per key
    (a window), which reads every row of the period.
    """
    if not keys:
        return []
    connection = connections[queryset.db]
    if connection.vendor == "postgresql":
        sql, params = queryset.order_by().values_list(*fields).query.sql_with_params()
        names = [f"k{index}" for index in range(len(partition))]
        row = "(" + ", ".join(["%s"] * len(partition)) + ")"
        matches = " AND ".join(
            f'inner_rows."{column}" = keys.{name}'
            for column, name in zip(partition, names, strict=True)
        )
        query = (
            f"SELECT rows.* FROM (VALUES {', '.join([row] * len(keys))}) AS keys({', '.join(names)})"
            f" CROSS JOIN LATERAL (SELECT * FROM ({sql}) AS inner_rows WHERE {matches}"
            ' ORDER BY inner_rows."pk" LIMIT %s) AS rows'
        )
        with connection.cursor() as cursor:
            cursor.execute(query, [*(value for key in keys for value in key), *params, cap])
            return [tuple(row) for row in cursor.fetchall()]
    if connection.vendor == "sqlite" and len(keys) <= SQLITE_MAX_ARMS:
        sql, params = queryset.order_by().values_list(*fields).query.sql_with_params()
        matches = " AND ".join(f'"{column}" = %s' for column in partition)
        arm = f'SELECT * FROM (SELECT * FROM ({sql}) WHERE {matches} ORDER BY "pk" LIMIT %s)'
        with connection.cursor() as cursor:
            cursor.execute(
                " UNION ALL ".join([arm] * len(keys)),
                [value for key in keys for value in (*params, *key, cap)],
            )
            return [tuple(row) for row in cursor.fetchall()]
    window = {"partition_by": [F(name) for name in partition]}
    return list(
        queryset.order_by()
        .annotate(number=Window(RowNumber(), order_by="id", **window))
        .filter(number__lte=cap)
        .values_list(*fields)
    )


def calendar_days(
    *,
    user,
    start: datetime.date,
    end: datetime.date,
    month: int | None = None,
    mine: bool = False,
    cap: int = DAY_CAP["day"],
) -> list[Day]:
    """One ``Day`` per date in [start, end] with what happens on it (5 queries).

    A day keeps its first ``cap`` entries (engagements first, each kind by start, then
    id) and counts the others in ``hidden``. The database counts the entries per date
    from an index alone, and returns only the first ``cap`` of each date (of each start
    and end date for engagements): at scale 100 a month holds 50,000 engagements and
    77,000 open tasks, which read into Python took seconds, for 4 shown per day.
    """
    today = timezone.localdate()
    days = {
        start + datetime.timedelta(days=offset): Day(
            date=start + datetime.timedelta(days=offset),
            in_month=month is None or (start + datetime.timedelta(days=offset)).month == month,
        )
        for offset in range((end - start).days + 1)
    }
    # Engagements, by (start date, end date): each such group lies on the same days.
    engagements = calendar_engagements(user=user, start=start, end=end)
    groups = list(
        engagements.order_by().values_list("start_date", "end_date").annotate(n=Count("id"))
    )
    on_day: dict[datetime.date, list[tuple[datetime.date, int, str]]] = {}
    for first, last, size in groups:
        current = max(first, start)
        while current <= min(last, end):
            days[current].hidden += size
            current += datetime.timedelta(days=1)
    rows = _first_of_each(
        engagements,
        partition=["start_date", "end_date"],
        keys=[(first, last) for first, last, _ in groups],
        cap=cap,
        fields=["pk", "title", "start_date", "end_date"],
    )
    for pk, title, first, last in rows:
        current = max(first, start)
        while current <= min(last, end):
            on_day.setdefault(current, []).append((first, pk, title))
            current += datetime.timedelta(days=1)
    engagement_url = pk_link("engagements:detail")
    for date, entries in on_day.items():
        day = days[date]
        entries.sort()
        day.engagements = [Entry(pk, title, engagement_url(pk)) for _, pk, title in entries[:cap]]
        day.hidden -= len(day.engagements)
    # Task deadlines fill what the engagements leave of the cap.
    tasks = calendar_tasks(user=user, start=start, end=end, mine=mine)
    dues = []
    for due, size in tasks.order_by().values_list("due_date").annotate(n=Count("id")):
        days[due].hidden += size
        dues.append((due,))
    task_url = pk_link("tasks:detail")
    rows = _first_of_each(
        tasks,
        partition=["due_date"],
        keys=dues,
        cap=cap,
        fields=[
            "pk",
            "title",
            "due_date",
            "assignee__first_name",
            "assignee__last_name",
            "assignee__username",
        ],
    )
    for pk, title, due, first_name, last_name, username in sorted(rows, key=lambda r: (r[2], r[0])):
        day = days[due]
        if len(day.engagements) + len(day.tasks) < cap:
            # Only open tasks are read, so a past due date means overdue (Task.is_overdue).
            day.tasks.append(
                Entry(
                    pk, title, task_url(pk), due < today, _person(first_name, last_name, username)
                )
            )
            day.hidden -= 1
    return list(days.values())


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The Monday before the 1st to the Sunday after the last day: whole weeks."""
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return (
        first - datetime.timedelta(days=first.weekday()),
        last + datetime.timedelta(days=6 - last.weekday()),
    )


def week_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


# --- iCalendar (RFC 5545), written by hand ---------------------------------------------------


def _escape(text: str) -> str:
    return (
        (text or "")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current, size = [], "", 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _date(value: datetime.date) -> str:
    return value.strftime("%Y%m%d")


def ical_feed(*, user, today: datetime.date | None = None, base_url: str = "") -> str:
    """The user's calendar: engagements they may see and the deadlines of their tasks."""
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=FEED_PAST_DAYS)
    end = today + datetime.timedelta(days=FEED_FUTURE_DAYS)
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    host = (settings.ALLOWED_HOSTS or ["investdesk"])[0].lstrip(".") or "investdesk"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//investdesk//calendar//RU",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape('investdesk — ' + str(user))}",
        f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
    ]
    for engagement in calendar_engagements(user=user, start=start, end=end):
        summary = engagement.title
        lines += [
            "BEGIN:VEVENT",
            f"UID:engagement-{engagement.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(engagement.start_date)}",
            # DTEND of an all-day event is exclusive: the day after the last day.
            f"DTEND;VALUE=DATE:{_date(engagement.end_date + datetime.timedelta(days=1))}",
            f"SUMMARY:{_escape(summary)}",
            f"LOCATION:{_escape(engagement.venue or str(engagement.municipality or ''))}",
            f"DESCRIPTION:{_escape(engagement.get_kind_display())}",
            f"URL:{base_url}{engagement.get_absolute_url()}",
            "STATUS:CONFIRMED"
            if engagement.status == EngagementStatus.HELD
            else "STATUS:TENTATIVE",
            "END:VEVENT",
        ]
    for task in calendar_tasks(user=user, start=start, end=end, mine=True):
        lines += [
            "BEGIN:VEVENT",
            f"UID:task-{task.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(task.due_date)}",
            f"DTEND;VALUE=DATE:{_date(task.due_date + datetime.timedelta(days=1))}",
            f"SUMMARY:{_escape('⚑ ' + task.title)}",
            f"DESCRIPTION:{_escape(task.get_priority_display())}",
            f"URL:{base_url}{task.get_absolute_url()}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
