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
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from investdesk.notifications.services import DeliveryReport, notifications_deliver_pending

from .assignments import assignments
from .common import Scan
from .deadlines import obligations_due, obligations_overdue, support_steps
from .digests import digests
from .news import news
from .task_rules import task_escalations, task_overdue, task_reminders

# --- the run -----------------------------------------------------------------------------

RULES: list[tuple[str, Callable[[Scan], int]]] = [
    ("task_reminders", task_reminders),
    ("task_overdue", task_overdue),
    ("task_escalations", task_escalations),
    ("support_steps", support_steps),
    ("obligations_due", obligations_due),
    ("obligations_overdue", obligations_overdue),
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
