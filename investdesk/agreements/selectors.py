"""Reads of agreements and their obligations."""

from django.db.models import Count, Prefetch, Q, QuerySet

from investdesk.tasks.models import Task

from .choices import ObligationStatus
from .models import Agreement, Obligation


def agreement_list() -> QuerySet[Agreement]:
    return (
        Agreement.objects.select_related("engagement", "project", "document")
        .prefetch_related("parties")
        .annotate(
            obligation_count=Count("obligations", distinct=True),
            open_obligation_count=Count(
                "obligations",
                filter=Q(obligations__status=ObligationStatus.OPEN),
                distinct=True,
            ),
        )
    )


def agreement_detail(*, pk: int) -> Agreement:
    return (
        Agreement.objects.select_related("engagement", "project", "document")
        .prefetch_related(
            "parties",
            Prefetch(
                "obligations",
                queryset=Obligation.objects.select_related("party").prefetch_related(
                    Prefetch(
                        "tasks",
                        queryset=Task.objects.select_related("assignee").order_by("id"),
                        to_attr="task_list",
                    )
                ),
                to_attr="obligation_list",
            ),
        )
        .get(pk=pk)
    )
