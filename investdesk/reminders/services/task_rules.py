"""Tasks: reminders before the due date, overdue on the first day, escalations."""

import datetime

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.services import NotificationSpec
from investdesk.tasks.models import Task

from .common import (
    Scan,
    _create,
    _d,
    _leadership,
    _not_notified_since_due,
    _setting,
)


def _task_body(task: Task) -> str:
    parts = [task.description.strip()] if task.description.strip() else []
    if task.project_id:
        parts.append(_("Project: %(project)s") % {"project": task.project})
    return "\n".join(parts)


def task_reminders(scan: Scan) -> int:
    """A reminder to the assignee ``remind_days_before`` days before the due date."""
    horizon = (
        Task.objects.open()
        .filter(due_date__gte=scan.today, remind_days_before__gt=0)
        .aggregate(longest=models.Max("remind_days_before"))["longest"]
    )
    if not horizon:
        return 0
    tasks = (
        Task.objects.open()
        .filter(
            due_date__gte=scan.today,
            due_date__lte=scan.today + datetime.timedelta(days=min(horizon, 3660)),
            remind_days_before__gt=0,
        )
        # Never reminded, or edited since (perhaps given a new due date).
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lt=models.F("updated_at")))
        .select_related("assignee", "project")
    )
    specs, reminded = [], []
    for task in tasks:
        remind_on = task.due_date - datetime.timedelta(days=task.remind_days_before)
        if remind_on > scan.today:
            continue
        if task.reminded_at and timezone.localdate(task.reminded_at) >= remind_on:
            continue  # reminded for this due date already
        days = (task.due_date - scan.today).days

        def title(task: Task = task, days: int = days) -> str:
            if days == 0:
                return _("Due today: %(title)s") % {"title": task.title}
            return ngettext(
                "Due in %(days)s day (%(date)s): %(title)s",
                "Due in %(days)s days (%(date)s): %(title)s",
                days,
            ) % {"days": days, "date": _d(task.due_date), "title": task.title}

        specs.append(
            NotificationSpec(
                recipient=task.assignee,
                kind=NotificationKind.TASK_REMINDER,
                title=title,
                body=lambda task=task: _task_body(task),
                target=task,
                dedup_key=f"task.reminder:{task.pk}:{task.due_date.isoformat()}",
            )
        )
        reminded.append(task.pk)
    with transaction.atomic():
        created = _create(specs)
        Task.objects.filter(pk__in=reminded).update(reminded_at=scan.now)
    return len(created)


def task_overdue(scan: Scan) -> int:
    """On the first day overdue (or the first run after it), tell the assignee."""
    tasks = (
        Task.objects.open()
        .filter(
            due_date__lt=scan.today,
            due_date__gte=scan.catch_up_from - datetime.timedelta(days=1),
        )
        .filter(_not_notified_since_due(NotificationKind.TASK_OVERDUE))
        .select_related("assignee", "project")
    )
    specs = []
    for task in tasks:
        days = (scan.today - task.due_date).days

        def title(task: Task = task, days: int = days) -> str:
            return ngettext(
                "Overdue by %(days)s day: %(title)s",
                "Overdue by %(days)s days: %(title)s",
                days,
            ) % {"days": days, "title": task.title}

        specs.append(
            NotificationSpec(
                recipient=task.assignee,
                kind=NotificationKind.TASK_OVERDUE,
                title=title,
                body=lambda task=task: (
                    _("The due date was %(date)s.") % {"date": _d(task.due_date)}
                    + ("\n" + _task_body(task) if _task_body(task) else "")
                ),
                target=task,
                dedup_key=f"task.overdue:{task.pk}:{task.due_date.isoformat()}",
            )
        )
    with transaction.atomic():
        return len(_create(specs))


def task_escalations(scan: Scan) -> int:
    """Overdue by N days (default 3): to the project's curator and to leadership."""
    after = _setting("NOTIFY_ESCALATE_AFTER_DAYS", 3)
    last_due = scan.today - datetime.timedelta(days=after)
    tasks = list(
        Task.objects.open()
        .filter(
            due_date__lte=last_due,
            due_date__gte=scan.catch_up_from - datetime.timedelta(days=after),
        )
        .filter(
            Q(escalated_at__isnull=True) | _not_notified_since_due(NotificationKind.TASK_ESCALATED)
        )
        .select_related("assignee", "project__curator")
    )
    tasks = [
        t
        for t in tasks
        if not (
            t.escalated_at
            and timezone.localdate(t.escalated_at) >= t.due_date + datetime.timedelta(days=after)
        )
    ]
    if not tasks:
        return 0
    leaders = _leadership()
    specs, escalated = [], []
    for task in tasks:
        recipients = {u.pk: u for u in leaders}
        if task.project_id and task.project.curator_id:
            recipients.setdefault(task.project.curator_id, task.project.curator)
        days = (scan.today - task.due_date).days

        def title(task: Task = task, days: int = days) -> str:
            return ngettext(
                "Escalation: %(title)s is %(days)s day overdue",
                "Escalation: %(title)s is %(days)s days overdue",
                days,
            ) % {"title": task.title, "days": days}

        def body(task: Task = task) -> str:
            lines = [
                _("Assignee: %(who)s; due %(date)s.")
                % {"who": task.assignee, "date": _d(task.due_date)}
            ]
            if task.project_id:
                lines.append(_("Project: %(project)s") % {"project": task.project})
            return "\n".join(lines)

        for user in recipients.values():
            specs.append(
                NotificationSpec(
                    recipient=user,
                    kind=NotificationKind.TASK_ESCALATED,
                    title=title,
                    body=body,
                    target=task,
                    dedup_key=f"task.escalated:{task.pk}:{task.due_date.isoformat()}",
                )
            )
        escalated.append(task.pk)
    with transaction.atomic():
        created = _create(specs)
        Task.objects.filter(pk__in=escalated).update(escalated_at=scan.now)
    return len(created)
