"""The background worker sends pending e-mail every minute (mentions, assignments, ...)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import notifications_deliver_pending


def deliver_pending() -> int:
    return notifications_deliver_pending().sent


deliver_pending_task = db_periodic_task(crontab(minute="*"))(deliver_pending)
