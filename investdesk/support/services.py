"""Writes to single-window support cases: opening a case with its steps, closing steps."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from investdesk.core.services import apply_changes, lock_for_change, validate_and_save

from .choices import DEFAULT_STEP_TARGETS, SupportCaseStatus
from .models import SupportCase, SupportStep


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days (Monday to Friday) after ``start``."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


@transaction.atomic
def support_case_open(
    *,
    organisation: Any,
    subject: str,
    applied_on: datetime.date,
    step_targets: dict[str, int] | None = None,
    **fields: Any,
) -> SupportCase:
    """Open a case with every step of the procedure and its target date in working days."""
    case = validate_and_save(
        SupportCase(
            organisation=organisation, subject=subject.strip(), applied_on=applied_on, **fields
        )
    )
    for order, (kind, days) in enumerate((step_targets or DEFAULT_STEP_TARGETS).items(), start=1):
        validate_and_save(
            SupportStep(
                case=case,
                kind=kind,
                order=order,
                target_working_days=days,
                target_date=add_working_days(applied_on, days),
            )
        )
    return case


@transaction.atomic
def support_step_complete(
    *, step: SupportStep, done_on: datetime.date, note: str = ""
) -> SupportStep:
    if done_on < step.case.applied_on:
        raise ValidationError(
            {"actual_date": _("A step cannot be done before the application date.")}
        )
    step.actual_date = done_on
    step.note = note or step.note
    validate_and_save(step, update_fields=["actual_date", "note"])
    case = step.case
    if not case.steps.filter(actual_date__isnull=True).exists():
        locked = lock_for_change(case)
        locked.status = SupportCaseStatus.COMPLETED
        locked.save(update_fields=["status", "version", "updated_at"])
    return step


def support_case_update(
    *, case: SupportCase, changes: dict[str, Any], expected_version: int | None = None
) -> SupportCase:
    return apply_changes(case, changes=changes, expected_version=expected_version)


@transaction.atomic
def support_case_delete(*, case: SupportCase) -> None:
    """Delete a case with its steps (history keeps their last state)."""
    case.delete()
