"""Writes to single-window support cases: opening a case with its steps, closing steps."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.core.services import (
    ConcurrentUpdateError,
    apply_changes,
    lock_for_change,
    validate_and_save,
)

from .choices import DEFAULT_STEP_TARGETS, SupportCaseStatus
from .models import SupportCase, SupportStep
from .workdays import add_working_days

# Dates of the procedure are counted in working days, one day at a time: a typo such as
# 0026-11-30 made every page showing the case count two thousand years (20 s a page), and
# 9999-12-30 ran past the calendar. Dates outside this window are refused by field.
EARLIEST_DATE = datetime.date(1990, 1, 1)
LATEST_YEARS_AHEAD = 10


def _check_date(field: str, value: datetime.date) -> None:
    today = timezone.localdate()
    latest = today.replace(year=today.year + LATEST_YEARS_AHEAD, day=min(today.day, 28))
    if not EARLIEST_DATE <= value <= latest:
        raise ValidationError(
            {
                field: _("Enter a date between %(earliest)s and %(latest)s.")
                % {
                    "earliest": EARLIEST_DATE.strftime("%d.%m.%Y"),
                    "latest": latest.strftime("%d.%m.%Y"),
                }
            }
        )


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
    _check_date("applied_on", applied_on)
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
    _check_date("actual_date", done_on)
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


def support_step_reschedule(
    *, step: SupportStep, target_date: datetime.date, reason: str
) -> SupportStep:
    """Move a step's target date, with the reason kept in the step's note and history."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the step is rescheduled.")})
    if step.actual_date is not None:
        raise ValidationError({"target_date": _("A step that is done cannot be rescheduled.")})
    _check_date("target_date", target_date)
    if target_date < step.case.applied_on:
        raise ValidationError(
            {"target_date": _("The target date cannot be before the application date.")}
        )
    line = _("Rescheduled from %(old)s to %(new)s: %(reason)s") % {
        "old": step.target_date.strftime("%d.%m.%Y"),
        "new": target_date.strftime("%d.%m.%Y"),
        "reason": reason,
    }
    step.target_date = target_date
    step.note = f"{step.note}\n{line}".strip()
    step._change_reason = reason
    return validate_and_save(step, update_fields=["target_date", "note"])


CLOSING_STATUSES = (
    SupportCaseStatus.COMPLETED,
    SupportCaseStatus.WITHDRAWN,
    SupportCaseStatus.REJECTED,
)


def support_case_close(
    *,
    case: SupportCase,
    status: str,
    reason: str,
    on: datetime.date,
    expected_version: int | None = None,
) -> SupportCase:
    """Close a case as completed, withdrawn by the applicant or rejected, with a reason."""
    reason = (reason or "").strip()
    if status not in CLOSING_STATUSES:
        raise ValidationError({"status": _("Choose how the case is closed.")})
    if not reason:
        raise ValidationError({"closing_reason": _("Say why the case is closed.")})
    _check_date("closed_on", on)
    if on < case.applied_on:
        raise ValidationError(
            {"closed_on": _("A case cannot be closed before the application date.")}
        )
    with transaction.atomic():
        locked = SupportCase.objects.select_for_update().get(pk=case.pk)
        if expected_version is not None and locked.version != expected_version:
            raise ConcurrentUpdateError(locked, expected=expected_version)
        if locked.status != SupportCaseStatus.OPEN:
            raise ValidationError({"status": _("The case is already closed.")})
        return apply_changes(
            locked,
            changes={"status": status, "closing_reason": reason, "closed_on": on},
            expected_version=expected_version,
        )


@transaction.atomic
def support_case_ensure_steps(*, case: SupportCase) -> list[SupportStep]:
    """Create the procedure's steps a case lacks (e.g. one entered in the admin without
    them), each with its target in working days from the application date."""
    present = set(case.steps.values_list("kind", flat=True))
    created = []
    for order, (kind, days) in enumerate(DEFAULT_STEP_TARGETS.items(), start=1):
        if kind in present:
            continue
        created.append(
            validate_and_save(
                SupportStep(
                    case=case,
                    kind=kind,
                    order=order,
                    target_working_days=days,
                    target_date=add_working_days(case.applied_on, days),
                )
            )
        )
    return created
