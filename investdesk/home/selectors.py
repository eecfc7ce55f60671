"""Reads for the home page: what the logged-in user should look at today."""

import datetime
from typing import Any

from django.db.models import Prefetch
from django.utils import timezone

from investdesk.engagements.choices import EngagementStatus
from investdesk.engagements.models import Engagement
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.tasks.selectors import my_open_tasks

HOME_LIMIT = 20


def home_context(*, user: Any, today: datetime.date | None = None) -> dict[str, Any]:
    """My open tasks (overdue first), my projects with next steps, upcoming engagements.

    A fixed number of queries: each list is one query (plus one prefetch; the engagements
    three, see ``upcoming_engagements``), cut to ``HOME_LIMIT`` rows.
    """
    today = today or timezone.localdate()
    tasks_qs = my_open_tasks(user=user)
    tasks = list(tasks_qs[:HOME_LIMIT])
    projects_qs = (
        Project.objects.active()
        .visible_to(user)
        .filter(curator=user)
        .select_related("stage")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            )
        )
        .order_by("stage__is_closing", "next_step_due", "id")
    )
    projects = list(projects_qs[:HOME_LIMIT])
    engagements = upcoming_engagements(user=user, today=today, limit=HOME_LIMIT)
    return {
        "today": today,
        "tasks": tasks,
        "overdue_count": sum(1 for t in tasks if t.due_date < today),
        "projects": projects,
        "engagements": engagements,
    }


def upcoming_engagements(*, user: Any, today: datetime.date, limit: int) -> list[Engagement]:
    """The first ``limit`` engagements not cancelled that still run or are to come, by start.

    Those begun before today and still running come first, read by (start, end) from
    ``engagement_calendar_idx`` (the longest engagement bounds their start: one query);
    then those from today on, read in start order from ``engagement_date_idx``. Asked as
    one query (``end_date >= today`` by start date), PostgreSQL read every engagement of
    the days before today from the table to drop those already over.
    """
    engagements = (
        Engagement.objects.visible_to(user)
        .exclude(status=EngagementStatus.CANCELLED)
        .select_related("municipality")
        .order_by("start_date", "id")
    )
    running = list(engagements.overlapping(today).filter(start_date__lt=today)[:limit])
    return running + list(engagements.filter(start_date__gte=today)[: limit - len(running)])
