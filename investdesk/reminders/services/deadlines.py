"""Deadlines of support-case steps (working days) and of agreement obligations."""

import datetime

from django.db import models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from investdesk.agreements.choices import ObligationStatus
from investdesk.agreements.models import Obligation
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.services import NotificationSpec
from investdesk.support.choices import SupportCaseStatus
from investdesk.support.models import SupportStep
from investdesk.support.workdays import add_working_days, working_days_between
from investdesk.tasks.models import Task

from .common import (
    OBLIGATION_WARN_DAYS,
    SUPPORT_STEP_WARN_WORKING_DAYS,
    Scan,
    _create,
    _d,
)


def support_steps(scan: Scan) -> int:
    """Steps nearing their target (2 working days) and steps past it, to the case curator."""
    warn_until = add_working_days(scan.today, SUPPORT_STEP_WARN_WORKING_DAYS)
    steps = (
        SupportStep.objects.filter(
            actual_date__isnull=True,
            case__status=SupportCaseStatus.OPEN,
            case__curator__isnull=False,
            case__curator__is_active=True,
            target_date__lte=warn_until,
            target_date__gte=scan.catch_up_from - datetime.timedelta(days=1),
        )
        .select_related("case__curator", "case__organisation")
        .order_by("target_date", "id")
    )
    specs = []
    for step in steps:
        late = step.target_date < scan.today
        if late:
            days = working_days_between(step.target_date, scan.today)

            def title(step: SupportStep = step, days: int = days) -> str:
                return ngettext(
                    "Step late by %(days)s working day: %(step)s — %(case)s",
                    "Step late by %(days)s working days: %(step)s — %(case)s",
                    days,
                ) % {"days": days, "step": step.get_kind_display(), "case": step.case}
        else:
            days = working_days_between(scan.today, step.target_date)

            def title(step: SupportStep = step, days: int = days) -> str:
                if days == 0:
                    return _("Step due today: %(step)s — %(case)s") % {
                        "step": step.get_kind_display(),
                        "case": step.case,
                    }
                return ngettext(
                    "Step due in %(days)s working day: %(step)s — %(case)s",
                    "Step due in %(days)s working days: %(step)s — %(case)s",
                    days,
                ) % {"days": days, "step": step.get_kind_display(), "case": step.case}

        def body(step: SupportStep = step) -> str:
            return _("Target: %(date)s (%(days)s working days from the application).") % {
                "date": _d(step.target_date),
                "days": step.target_working_days,
            }

        kind = NotificationKind.SUPPORT_STEP_LATE if late else NotificationKind.SUPPORT_STEP_DUE
        key = "support.step_late" if late else "support.step_due"
        specs.append(
            NotificationSpec(
                recipient=step.case.curator,
                kind=kind,
                title=title,
                body=body,
                target=step.case,
                dedup_key=f"{key}:{step.pk}:{step.target_date.isoformat()}",
            )
        )
    with transaction.atomic():
        return len(_create(specs))


def _obligations(scan: Scan, **deadline: datetime.date) -> list[Obligation]:
    """Open obligations with their agreement's curator and the open tasks made from them."""
    return list(
        Obligation.objects.filter(status=ObligationStatus.OPEN, **deadline)
        .select_related("agreement__project__curator", "party")
        .prefetch_related(
            models.Prefetch(
                "tasks",
                queryset=Task.objects.open().select_related("assignee"),
                to_attr="open_tasks",
            )
        )
        .order_by("deadline", "id")
    )


def _obligation_specs(scan: Scan, obligations: list[Obligation], *, late: bool) -> list:
    """One notification per obligation and recipient, due soon or overdue.

    An agreement's curator is the curator of its project; without one, the assignees of
    the open tasks made from the obligation.
    """
    specs = []
    for obligation in obligations:
        project = obligation.agreement.project
        if project is not None and project.curator_id:
            recipients = [project.curator]
        else:
            recipients = list({t.assignee_id: t.assignee for t in obligation.open_tasks}.values())
        if late:
            days = (scan.today - obligation.deadline).days

            def title(obligation: Obligation = obligation, days: int = days) -> str:
                return ngettext(
                    "Obligation overdue by %(days)s day (%(date)s): %(agreement)s",
                    "Obligation overdue by %(days)s days (%(date)s): %(agreement)s",
                    days,
                ) % {
                    "days": days,
                    "date": _d(obligation.deadline),
                    "agreement": obligation.agreement,
                }
        else:
            days = (obligation.deadline - scan.today).days

            def title(obligation: Obligation = obligation, days: int = days) -> str:
                return ngettext(
                    "Obligation due in %(days)s day (%(date)s): %(agreement)s",
                    "Obligation due in %(days)s days (%(date)s): %(agreement)s",
                    days,
                ) % {
                    "days": days,
                    "date": _d(obligation.deadline),
                    "agreement": obligation.agreement,
                }

        def body(obligation: Obligation = obligation) -> str:
            party = (
                _("Party: %(party)s") % {"party": obligation.party} + "\n"
                if obligation.party_id
                else ""
            )
            return party + obligation.text

        kind = NotificationKind.OBLIGATION_OVERDUE if late else NotificationKind.OBLIGATION_DUE
        key = "obligation.overdue" if late else "obligation.due"
        for user in recipients:
            specs.append(
                NotificationSpec(
                    recipient=user,
                    kind=kind,
                    title=title,
                    body=body,
                    target=obligation.agreement,
                    dedup_key=f"{key}:{obligation.pk}:{obligation.deadline.isoformat()}",
                )
            )
    return specs


def obligations_due(scan: Scan) -> int:
    """Open obligations whose deadline is within a week, to the agreement's curator."""
    obligations = _obligations(
        scan,
        deadline__gte=scan.today,
        deadline__lte=scan.today + datetime.timedelta(days=OBLIGATION_WARN_DAYS),
    )
    specs = _obligation_specs(scan, obligations, late=False)
    with transaction.atomic():
        return len(_create(specs))


def obligations_overdue(scan: Scan) -> int:
    """Open obligations past their deadline, to the agreement's curator, once per deadline
    (a new deadline is a new promise and is notified again), like late support steps."""
    obligations = _obligations(
        scan,
        deadline__lt=scan.today,
        deadline__gte=scan.catch_up_from - datetime.timedelta(days=1),
    )
    specs = _obligation_specs(scan, obligations, late=True)
    with transaction.atomic():
        return len(_create(specs))
