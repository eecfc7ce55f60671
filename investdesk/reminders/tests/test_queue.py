"""The periodic job through the real Redis queue, as the background worker runs it."""

import datetime
import uuid

import pytest
from django.core import mail
from huey import RedisHuey

from investdesk.accounts.choices import Role
from investdesk.core.tests.helpers import redis_available
from investdesk.notifications.models import Notification
from investdesk.reminders.tasks import notify
from investdesk.tasks.services import task_create

REDIS_URL = "redis://127.0.0.1:6379/8"


@pytest.mark.skipif(not redis_available(REDIS_URL), reason="no Redis on 127.0.0.1:6379")
@pytest.mark.django_db(transaction=True)
def test_the_notify_job_runs_from_the_redis_queue(make_user):
    user = make_user(Role.CURATOR, username="ivanova", email="ivanova@example.org")
    task_create(title="Справка", assignee=user, due_date=datetime.date.today())
    queue = RedisHuey(f"investdesk-test-{uuid.uuid4().hex}", url=REDIS_URL)
    try:
        job = queue.task()(notify)
        result = job()
        assert queue.pending_count() == 1
        queue.execute(queue.dequeue())  # what a worker process does
        outcome = result.get()
        assert outcome["task_reminders"] == 1
        assert outcome["sent"] == len(mail.outbox) >= 1
        assert Notification.objects.filter(recipient=user, kind="task_reminder").count() == 1
        assert queue.pending_count() == 0
        # Enqueued again, the job records and sends nothing new.
        again = job()
        queue.execute(queue.dequeue())
        assert again.get()["task_reminders"] == 0
    finally:
        queue.storage.flush_all()


def test_the_periodic_jobs_are_declared():
    from django.utils.module_loading import autodiscover_modules
    from huey.contrib.djhuey import HUEY

    autodiscover_modules("tasks")  # as `investdesk run_huey` does

    names = {task.__name__ for task in HUEY._registry._periodic_tasks}
    assert {"notify", "deliver_pending"} <= names
