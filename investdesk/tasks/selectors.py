"""Reads of tasks: my tasks (overdue first), overdue by owner."""

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import timezone

from .choices import OPEN_STATUSES
from .models import Task


def task_list(*, user) -> QuerySet[Task]:
    return Task.objects.visible_to(user).select_related(
        "assignee", "project", "engagement", "direction", "organisation"
    )


def my_open_tasks(*, user) -> QuerySet[Task]:
    today = timezone.localdate()
    return (
        task_list(user=user)
        .filter(assignee=user, status__in=OPEN_STATUSES)
        .annotate(
            overdue_first=Case(
                When(due_date__lt=today, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("overdue_first", "due_date", "id")
    )
