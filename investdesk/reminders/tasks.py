"""The background worker's periodic job: ``investdesk notify`` every five minutes."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import notify_run


def notify() -> dict[str, int]:
    report = notify_run()
    return {**report.recorded, "sent": report.delivery.sent, "retrying": report.delivery.retrying}


notify_task = db_periodic_task(crontab(minute="*/5"))(notify)
