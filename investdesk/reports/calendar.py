"""Engagements and task deadlines by day: month and week views, and the iCalendar feed."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import QuerySet
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
DAY_CAP = {"month": 4, "week": 15}


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
    """Planned and held engagements that overlap [start, end] (drafts are not yet real)."""
    return (
        Engagement.objects.visible_to(user)
        .filter(start_date__lte=end, end_date__gte=start)
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


def calendar_days(
    *,
    user,
    start: datetime.date,
    end: datetime.date,
    month: int | None = None,
    mine: bool = False,
    cap: int | None = None,
) -> list[Day]:
    """One ``Day`` per date in [start, end] with what happens on it (2 queries).

    With ``cap``, a day keeps its first ``cap`` entries (engagements first) and counts the
    others in ``hidden``. Rows are read as tuples: a month at scale 2 has thousands of them,
    and model instances cost several times more than the page shows of them.
    """
    today = timezone.localdate()
    days = {
        start + datetime.timedelta(days=offset): Day(
            date=start + datetime.timedelta(days=offset),
            in_month=month is None or (start + datetime.timedelta(days=offset)).month == month,
        )
        for offset in range((end - start).days + 1)
    }
    limit = cap if cap is not None else float("inf")
    engagement_url = pk_link("engagements:detail")
    rows = calendar_engagements(user=user, start=start, end=end).values_list(
        "pk", "title", "start_date", "end_date"
    )
    for pk, title, first, last in rows:
        current = max(first, start)
        while current <= min(last, end):
            day = days[current]
            if len(day.engagements) < limit:
                day.engagements.append(Entry(pk, title, engagement_url(pk)))
            else:
                day.hidden += 1
            current += datetime.timedelta(days=1)
    task_url = pk_link("tasks:detail")
    rows = calendar_tasks(user=user, start=start, end=end, mine=mine).values_list(
        "pk",
        "title",
        "due_date",
        "assignee__first_name",
        "assignee__last_name",
        "assignee__username",
    )
    for pk, title, due, first_name, last_name, username in rows:
        day = days[due]
        if len(day.engagements) + len(day.tasks) < limit:
            # Only open tasks are read, so a past due date means overdue (Task.is_overdue).
            day.tasks.append(
                Entry(
                    pk, title, task_url(pk), due < today, _person(first_name, last_name, username)
                )
            )
        else:
            day.hidden += 1
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
