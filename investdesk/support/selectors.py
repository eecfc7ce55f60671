"""Reads of single-window support cases: open cases by lateness, one case with its steps."""

import datetime

from django.db.models import Count, F, Min, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from .choices import SupportCaseStatus
from .models import SupportCase, SupportStep
from .workdays import working_days_between


def open_cases_by_lateness(
    *, today: datetime.date | None = None, closed: bool = False
) -> QuerySet[SupportCase]:
    """Open cases, the latest first: ordered by the oldest target date of a step not yet done.

    With ``closed`` the archive instead: completed, withdrawn and rejected cases, the most
    recently closed first.

    Each case carries ``first_open_target`` (the earliest target of an open step),
    ``late_open_steps`` (open steps past their target), ``late_done_steps`` (steps done
    after their target) and ``next_step_kind`` — all computed in the one query.
    """
    today = today or timezone.localdate()
    next_step = SupportStep.objects.filter(case=OuterRef("pk"), actual_date__isnull=True).order_by(
        "order"
    )
    cases = SupportCase.objects.filter(status=SupportCaseStatus.OPEN)
    if closed:
        cases = SupportCase.objects.exclude(status=SupportCaseStatus.OPEN)
    order = (
        (F("closed_on").desc(nulls_last=True), "-id")
        if closed
        else (F("first_open_target").asc(nulls_last=True), "applied_on", "id")
    )
    return (
        cases.select_related("organisation", "project", "curator")
        .annotate(
            first_open_target=Min("steps__target_date", filter=Q(steps__actual_date__isnull=True)),
            late_open_steps=Count(
                "steps",
                filter=Q(steps__actual_date__isnull=True, steps__target_date__lt=today),
            ),
            late_done_steps=Count(
                "steps", filter=Q(steps__actual_date__gt=F("steps__target_date"))
            ),
            next_step_kind=Subquery(next_step.values("kind")[:1]),
        )
        .order_by(*order)
    )


def days_late(case: SupportCase, *, today: datetime.date | None = None) -> int:
    """How many working days the case's oldest open step is past its target (0 if on time)."""
    today = today or timezone.localdate()
    target = getattr(case, "first_open_target", None)
    return working_days_between(target, today) if target else 0


def support_case_detail(*, pk: int) -> SupportCase:
    return (
        SupportCase.objects.select_related("organisation", "project", "curator")
        .prefetch_related("steps")
        .get(pk=pk)
    )
