"""Writes to tasks: creating them by hand or from commitments and obligations, progress."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.agreements.models import Obligation
from investdesk.core.services import apply_changes, validate_and_save
from investdesk.engagements.choices import ParticipationRole
from investdesk.engagements.models import Commitment

from .choices import TaskPriority, TaskSource, TaskStatus
from .models import Task


@transaction.atomic
def task_create(
    *,
    title: str,
    assignee: User,
    due_date: datetime.date,
    created_by: User | None = None,
    sites: list[Any] | None = None,
    documents: list[Any] | None = None,
    **fields: Any,
) -> Task:
    task = validate_and_save(
        Task(
            title=title.strip(),
            assignee=assignee,
            due_date=due_date,
            created_by=created_by,
            **fields,
        )
    )
    if sites:
        task.sites.set(sites)
    if documents:
        task.documents.set(documents)
    return task


def task_update(
    *,
    task: Task,
    changes: dict[str, Any],
    expected_version: int | None = None,
    m2m: dict[str, list[Any]] | None = None,
) -> Task:
    if "status" in changes:
        keep_completed = changes["status"] == TaskStatus.DONE and task.completed_at is not None
        changes = {
            **changes,
            "completed_at": (
                task.completed_at
                if keep_completed
                else timezone.now()
                if changes["status"] == TaskStatus.DONE
                else None
            ),
        }
    return apply_changes(task, changes=changes, expected_version=expected_version, m2m=m2m)


def task_set_status(*, task: Task, status: str, expected_version: int | None = None) -> Task:
    return task_update(task=task, changes={"status": status}, expected_version=expected_version)


@transaction.atomic
def commitment_create_tasks(
    *,
    commitment: Commitment,
    assignee: User,
    due_date: datetime.date,
    created_by: User | None = None,
    project: Any = None,
    priority: str = TaskPriority.HIGH,
    assignees_by_direction: dict[int, User] | None = None,
    due_dates_by_direction: dict[int, datetime.date] | None = None,
) -> list[Task]:
    """One task per direction the commitment covers; directions that already have one are skipped."""
    engagement = commitment.engagement
    directions = list(commitment.directions.all())
    if not directions:
        raise ValidationError(
            {"directions": _("The commitment covers no direction to make tasks for.")}
        )
    existing = set(commitment.tasks.values_list("direction_id", flat=True))
    guest = (
        engagement.participants.filter(role=ParticipationRole.GUEST, organisation__isnull=False)
        .values_list("organisation_id", flat=True)
        .first()
    )
    project = project or engagement.projects.order_by("id").first()
    sites = list(engagement.sites.all())
    documents = list(engagement.documents.all())
    who = commitment.person.short_name if commitment.person_id else _("the agency")
    created = []
    for direction in directions:
        if direction.pk in existing:
            continue
        created.append(
            task_create(
                title=_("%(direction)s: work out in detail (promised by %(who)s)")
                % {"direction": direction.name_ru, "who": who},
                description=commitment.text,
                assignee=(assignees_by_direction or {}).get(direction.pk, assignee),
                due_date=(due_dates_by_direction or {}).get(direction.pk, due_date),
                created_by=created_by,
                priority=priority,
                source=TaskSource.COMMITMENT,
                commitment=commitment,
                engagement=engagement,
                project=project,
                organisation_id=guest,
                direction=direction,
                sites=sites,
                documents=documents,
            )
        )
    return created


def obligation_create_task(
    *, obligation: Obligation, assignee: User, created_by: User | None = None
) -> Task:
    agreement = obligation.agreement
    existing = obligation.tasks.first()
    if existing:
        return existing
    return task_create(
        title=obligation.text[:500],
        assignee=assignee,
        due_date=obligation.deadline or agreement.signed_on,
        created_by=created_by,
        source=TaskSource.OBLIGATION,
        obligation=obligation,
        project=agreement.project,
        engagement=agreement.engagement,
        organisation=obligation.party,
    )


@transaction.atomic
def task_bulk_reassign(*, tasks: list[Task], assignee: User) -> int:
    """Give several tasks to another owner (e.g. a departing colleague's); returns how many."""
    if not assignee.is_active:
        raise ValidationError({"assignee": _("Choose an active user.")})
    changed = 0
    for task in tasks:
        if task.assignee_id != assignee.pk:
            task_update(task=task, changes={"assignee": assignee})
            changed += 1
    return changed


@transaction.atomic
def task_bulk_set_status(*, tasks: list[Task], status: str) -> int:
    """Set the status of several tasks at once; returns how many changed."""
    if status not in TaskStatus.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    changed = 0
    for task in tasks:
        if task.status != status:
            task_set_status(task=task, status=status)
            changed += 1
    return changed
