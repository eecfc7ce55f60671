"""Reads of tasks: my tasks (overdue first), who may own tasks, what still needs a task, and
the tasks the pages of other apps show (``core.related``)."""

from typing import Any

from django.db.models import Prefetch, QuerySet

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.agreements.selectors import OBLIGATION_POINT
from investdesk.core import related
from investdesk.documents.models import Document
from investdesk.documents.selectors import DETAIL_POINT as DOCUMENT_POINT
from investdesk.engagements.models import Commitment
from investdesk.engagements.selectors import COMMITMENT_POINT
from investdesk.projects.selectors import DETAIL_POINT as PROJECT_POINT
from investdesk.reference.models import Direction

from .choices import OPEN_STATUSES
from .models import Task


def task_list(*, user) -> QuerySet[Task]:
    return Task.objects.visible_to(user).select_related(
        "assignee", "project", "engagement", "direction", "organisation"
    )


def my_open_tasks(*, user) -> QuerySet[Task]:
    """The user's open tasks, overdue first: by due date, since an open task is overdue
    exactly when its due date is past. So ordered, the first page is read from
    ``task_open_assignee_due_idx`` (an "overdue first" CASE made PostgreSQL read and sort
    every open task of the user, thousands at scale)."""
    return (
        task_list(user=user)
        .filter(assignee=user, status__in=OPEN_STATUSES)
        .order_by("due_date", "id")
    )


def task_owner_choices() -> list[tuple[int, str]]:
    """People who may own tasks (curators and administrators), in one query."""
    users = (
        User.objects.filter(is_active=True, groups__name__in=[Role.CURATOR, Role.ADMIN])
        .distinct()
        .order_by("last_name", "first_name", "username")
    )
    return [(user.pk, str(user)) for user in users]


def directions_needing_a_task(commitment: Commitment) -> list[Direction]:
    """The commitment's directions that have no task yet.

    Uses the commitment's prefetched ``task_list`` when it has one (no query).
    """
    tasks = getattr(commitment, "task_list", None)
    if tasks is None:
        covered = set(commitment.tasks.values_list("direction_id", flat=True))
    else:
        covered = {task.direction_id for task in tasks}
    return [d for d in commitment.directions.all() if d.pk not in covered]


# --- what the pages of the apps below show about tasks (``core.related``) ------------------


def project_tasks_prefetch(*, user) -> Prefetch:
    """A project's tasks by due date, as ``project.task_list`` (with their authors: the
    page's timeline lists them too)."""
    return Prefetch(
        "tasks",
        queryset=Task.objects.select_related("assignee", "direction", "created_by").order_by(
            "due_date", "id"
        ),
        to_attr="task_list",
    )


def commitment_tasks_prefetch(*, user) -> Prefetch:
    """The tasks the user may see that follow a commitment up, as ``commitment.task_list``."""
    return Prefetch(
        "tasks",
        queryset=Task.objects.visible_to(user)
        .select_related("assignee", "direction")
        .order_by("due_date", "id"),
        to_attr="task_list",
    )


def obligation_tasks_prefetch(*, user) -> Prefetch:
    """The task that follows an obligation up, as ``obligation.task_list``."""
    return Prefetch(
        "tasks",
        queryset=Task.objects.select_related("assignee").order_by("id"),
        to_attr="task_list",
    )


def document_tasks(document: Document, *, user) -> dict[str, Any]:
    """The tasks the user may see that cite a document."""
    return {
        "tasks": list(
            Task.objects.visible_to(user)
            .filter(documents=document)
            .select_related("assignee")
            .order_by("due_date", "id")
        )
    }


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_prefetch(PROJECT_POINT, project_tasks_prefetch)
    related.add_prefetch(COMMITMENT_POINT, commitment_tasks_prefetch)
    related.add_prefetch(OBLIGATION_POINT, obligation_tasks_prefetch)
    related.add_section(DOCUMENT_POINT, document_tasks)
