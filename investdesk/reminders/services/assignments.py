"""Assignments, read from the history of the records: a task, a project, a case."""

import datetime
from collections.abc import Callable
from typing import Any

from django.db import models, transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.services import NotificationSpec
from investdesk.projects.models import Project
from investdesk.support.models import SupportCase
from investdesk.tasks.models import Task

from .common import Scan, _create, _setting


def _handed_over(model: type[models.Model], field_name: str, since: datetime.datetime) -> list[Any]:
    """History rows since ``since`` where ``field_name`` got a new user, set by someone else."""
    history = model.history.model
    column = f"{field_name}_id"
    previous = (
        history.objects.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
        .order_by("-history_id")
        .values(column)[:1]
    )
    rows = (
        history.objects.filter(
            history_date__gte=since,
            history_user__isnull=False,
            **{f"{column}__isnull": False},
        )
        .exclude(history_type="-")
        .exclude(**{column: models.F("history_user_id")})
        .annotate(previous=Subquery(previous))
        .filter(Q(previous__isnull=True) | ~Q(previous=models.F(column)))
        .select_related("history_user")
        .order_by("history_id")
    )
    return list(rows)


def assignments(scan: Scan) -> int:
    """A task given to you, a project you now curate, a case handed to you."""
    since = scan.now - datetime.timedelta(days=_setting("NOTIFY_CATCH_UP_DAYS", 7))
    rules: list[tuple[type[models.Model], str, str, str, Callable[[Any, Any], str]]] = [
        (
            Task,
            "assignee",
            NotificationKind.TASK_ASSIGNED,
            "task.assigned",
            lambda obj, by: (
                _("%(who)s assigned you a task: %(title)s") % {"who": by, "title": obj.title}
            ),
        ),
        (
            Project,
            "curator",
            NotificationKind.PROJECT_ASSIGNED,
            "project.curator",
            lambda obj, by: (
                _("%(who)s made you the curator of %(project)s") % {"who": by, "project": obj}
            ),
        ),
        (
            SupportCase,
            "curator",
            NotificationKind.CASE_ASSIGNED,
            "case.curator",
            lambda obj, by: (
                _("%(who)s handed you a support case: %(case)s") % {"who": by, "case": obj}
            ),
        ),
    ]
    specs = []
    for model, field_name, kind, key, render in rules:
        rows = _handed_over(model, field_name, since)
        if not rows:
            continue
        current = model.objects.in_bulk({row.id for row in rows})
        users = User.objects.in_bulk({getattr(row, f"{field_name}_id") for row in rows})
        for row in rows:
            obj = current.get(row.id)
            user_id = getattr(row, f"{field_name}_id")
            if obj is None or getattr(obj, f"{field_name}_id") != user_id:
                continue  # gone, or handed on again since
            specs.append(
                NotificationSpec(
                    recipient=users[user_id],
                    kind=kind,
                    title=lambda obj=obj, by=row.history_user, render=render: render(obj, by),
                    body=lambda obj=obj: getattr(obj, "description", "") or "",
                    target=obj,
                    dedup_key=f"{key}:{obj.pk}:{row.history_id}",
                )
            )
    with transaction.atomic():
        return len(_create(specs))
