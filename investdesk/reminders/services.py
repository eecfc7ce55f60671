"""What is due now: reminders, escalations, digests, assignments and news, recorded once.

``reminders_scan`` looks at the domain (tasks, support cases, agreements, engagements,
documents and their history) in the agency's time zone and records notifications through
``notifications.services`` with deduplication keys, so a second run (or a run from cron
beside the worker's) records nothing new. ``notify_run`` scans and then delivers pending
e-mail. Each rule runs in its own short transaction: what one rule recorded stays recorded
if a later one fails, and the keys keep every rule idempotent.

Events whose date lies further back than ``NOTIFY_CATCH_UP_DAYS`` (7) are not sent: after a
pause the command catches up a week, and the first run on an old database does not send
every overdue task of the past; the daily digest still lists them.
"""

import datetime
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.agreements.choices import ObligationStatus
from investdesk.agreements.models import Obligation
from investdesk.documents.choices import DocumentKind, ReviewStatus
from investdesk.documents.models import Document
from investdesk.engagements.choices import EngagementStatus
from investdesk.engagements.models import Engagement
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.models import Notification
from investdesk.notifications.selectors import digest_hours_for
from investdesk.notifications.services import (
    DeliveryReport,
    NotificationSpec,
    notifications_create,
    notifications_deliver_pending,
)
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.support.choices import SupportCaseStatus
from investdesk.support.models import SupportCase, SupportStep
from investdesk.support.workdays import add_working_days, working_days_between
from investdesk.tasks.models import Task

logger = logging.getLogger(__name__)

SUPPORT_STEP_WARN_WORKING_DAYS = 2
OBLIGATION_WARN_DAYS = 7
DIGEST_ENGAGEMENT_DAYS = 3
DIGEST_ITEMS = 10


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


@dataclass
class Scan:
    """The moment of one run, in the agency's time zone."""

    now: datetime.datetime
    today: datetime.date = field(init=False)
    catch_up_from: datetime.date = field(init=False)

    def __post_init__(self) -> None:
        self.today = timezone.localdate(self.now)
        self.catch_up_from = self.today - datetime.timedelta(
            days=_setting("NOTIFY_CATCH_UP_DAYS", 7)
        )


def _d(value: datetime.date) -> str:
    return date_format(value, "SHORT_DATE_FORMAT")


def _leadership() -> list[User]:
    return list(User.objects.filter(groups__name=Role.LEADERSHIP, is_active=True).distinct())


def _create(specs: list[NotificationSpec]) -> list:
    return notifications_create(specs=specs) if specs else []


def _not_notified_since_due(kind: str) -> Exists:
    """No notification of ``kind`` about the task since its due date (a cheap pre-filter;
    the deduplication keys remain the guarantee)."""
    return ~Exists(
        Notification.objects.filter(
            kind=kind,
            content_type=ContentType.objects.get_for_model(Task),
            object_id=OuterRef("pk"),
            created_at__date__gt=OuterRef("due_date"),
        )
    )


# --- tasks -----------------------------------------------------------------------------


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


# --- support cases and agreements --------------------------------------------------------


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


def obligations_due(scan: Scan) -> int:
    """Open obligations whose deadline is within a week, to the agreement's curator.

    An agreement's curator is the curator of its project; without one, the assignees of
    the open tasks made from the obligation.
    """
    obligations = list(
        Obligation.objects.filter(
            status=ObligationStatus.OPEN,
            deadline__gte=scan.today,
            deadline__lte=scan.today + datetime.timedelta(days=OBLIGATION_WARN_DAYS),
        )
        .select_related("agreement__project__curator", "party")
        .prefetch_related(
            models.Prefetch(
                "tasks",
                queryset=Task.objects.open().select_related("assignee"),
                to_attr="open_tasks",
            )
        )
    )
    specs = []
    for obligation in obligations:
        project = obligation.agreement.project
        if project is not None and project.curator_id:
            recipients = [project.curator]
        else:
            recipients = list({t.assignee_id: t.assignee for t in obligation.open_tasks}.values())
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

        for user in recipients:
            specs.append(
                NotificationSpec(
                    recipient=user,
                    kind=NotificationKind.OBLIGATION_DUE,
                    title=title,
                    body=body,
                    target=obligation.agreement,
                    dedup_key=f"obligation.due:{obligation.pk}:{obligation.deadline.isoformat()}",
                )
            )
    with transaction.atomic():
        return len(_create(specs))


# --- assignments, from the history of the records -----------------------------------------


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


# --- news --------------------------------------------------------------------------------


def news(scan: Scan) -> int:
    """A confirmed press release that mentions an organisation in a project you curate."""
    since = scan.now - datetime.timedelta(days=_setting("NOTIFY_CATCH_UP_DAYS", 7))
    documents = Document.objects.filter(
        kind=DocumentKind.PRESS_RELEASE,
        review_status=ReviewStatus.CONFIRMED,
        updated_at__gte=since,
    ).in_bulk()
    if not documents:
        return 0
    rows = (
        ProjectParticipant.objects.filter(
            organisation__engagements__documents__in=list(documents),
            project__curator__isnull=False,
            project__curator__is_active=True,
            project__is_archived=False,
        )
        .values_list(
            "organisation__engagements__documents", "project__curator_id", "organisation__name"
        )
        .distinct()
    )
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for document_id, curator_id, organisation in rows:
        found[(document_id, curator_id)].add(organisation)
    curators = User.objects.in_bulk({curator_id for _doc, curator_id in found})
    specs = []
    for (document_id, curator_id), organisations in sorted(found.items()):
        document = documents[document_id]
        names = ", ".join(sorted(organisations))
        specs.append(
            NotificationSpec(
                recipient=curators[curator_id],
                kind=NotificationKind.NEWS,
                title=lambda document=document: (
                    _("In the news: %(title)s") % {"title": document.title}
                ),
                body=lambda names=names: _("Mentions: %(names)s") % {"names": names},
                target=document,
                dedup_key=f"news:{document.pk}",
            )
        )
    with transaction.atomic():
        return len(_create(specs))


# --- the daily digest --------------------------------------------------------------------


def _digest_body(
    *,
    this_week: list[Task],
    overdue: list[Task],
    overdue_count: int,
    engagements: list[Engagement],
) -> str:
    lines: list[str] = []
    if this_week:
        lines.append(_("Due this week:"))
        lines += [f"— {_d(t.due_date)} {t.title}" for t in this_week]
    if overdue_count:
        lines.append(_("Overdue (%(count)s):") % {"count": overdue_count})
        lines += [f"— {_d(t.due_date)} {t.title}" for t in overdue]
    if engagements:
        lines.append(_("Engagements in the next days:"))
        lines += [f"— {_d(e.start_date)} {e.title}" for e in engagements]
    return "\n".join(lines)


def digests(scan: Scan) -> int:
    """Once a day per user, at their hour: tasks due this week, overdue, engagements."""
    local_now = timezone.localtime(scan.now)
    users = list(User.objects.filter(is_active=True).order_by("pk"))
    hours = digest_hours_for(u.pk for u in users)
    key = f"digest:{scan.today.isoformat()}"
    done = set(Notification.objects.filter(dedup_key=key).values_list("recipient_id", flat=True))
    due_users = [u for u in users if local_now.hour >= hours[u.pk] and u.pk not in done]
    if not due_users:
        return 0
    week_end = scan.today + datetime.timedelta(days=6 - scan.today.weekday())
    soon = scan.today + datetime.timedelta(days=DIGEST_ENGAGEMENT_DAYS)
    specs = []
    for user in due_users:
        mine = Task.objects.open().filter(assignee=user)
        this_week = list(
            mine.filter(due_date__gte=scan.today, due_date__lte=week_end).order_by(
                "due_date", "id"
            )[:DIGEST_ITEMS]
        )
        overdue_qs = mine.filter(due_date__lt=scan.today)
        overdue = list(overdue_qs.order_by("due_date", "id")[:DIGEST_ITEMS])
        overdue_count = overdue_qs.count() if len(overdue) == DIGEST_ITEMS else len(overdue)
        engagements = list(
            Engagement.objects.filter(
                Q(created_by=user) | Q(projects__curator=user),
                start_date__gte=scan.today,
                start_date__lte=soon,
                status__in=[EngagementStatus.PLANNED, EngagementStatus.HELD],
            )
            .distinct()
            .order_by("start_date", "id")[:DIGEST_ITEMS]
        )
        if not (this_week or overdue or engagements):
            continue

        def title(this_week=this_week, overdue_count=overdue_count, engagements=engagements):
            return _(
                "Your day, %(date)s: %(week)s due this week, %(overdue)s overdue, "
                "%(engagements)s engagements"
            ) % {
                "date": _d(scan.today),
                "week": len(this_week),
                "overdue": overdue_count,
                "engagements": len(engagements),
            }

        specs.append(
            NotificationSpec(
                recipient=user,
                kind=NotificationKind.DIGEST,
                title=title,
                body=lambda tw=this_week, o=overdue, oc=overdue_count, e=engagements: _digest_body(
                    this_week=tw, overdue=o, overdue_count=oc, engagements=e
                ),
                url="/tasks/?mine=1",
                dedup_key=key,
            )
        )
    with transaction.atomic():
        return len(_create(specs))


# --- the run -----------------------------------------------------------------------------

RULES: list[tuple[str, Callable[[Scan], int]]] = [
    ("task_reminders", task_reminders),
    ("task_overdue", task_overdue),
    ("task_escalations", task_escalations),
    ("support_steps", support_steps),
    ("obligations_due", obligations_due),
    ("assignments", assignments),
    ("news", news),
    ("digests", digests),
]


def reminders_scan(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Record every notification due at ``now``; returns how many each rule recorded."""
    scan = Scan(now=now or timezone.now())
    counts: dict[str, int] = {}
    for name, rule in RULES:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Runs from cron and from the worker may overlap: one scans at a time.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [0x1D_0E5C])
            counts[name] = rule(scan)
    return counts


@dataclass
class NotifyReport:
    recorded: dict[str, int]
    delivery: DeliveryReport


def notify_run(*, now: datetime.datetime | None = None, send: bool = True) -> NotifyReport:
    """Record what is due now, then (after the records are committed) send pending e-mail."""
    recorded = reminders_scan(now=now)
    delivery = notifications_deliver_pending() if send else DeliveryReport()
    return NotifyReport(recorded=recorded, delivery=delivery)
