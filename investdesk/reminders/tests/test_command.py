"""``investdesk notify`` end to end: records, sends through a real SMTP server, once."""

import datetime
import io

import pytest
from django.core.management import call_command

from investdesk.accounts.choices import Role
from investdesk.notifications.choices import Channel, DeliveryStatus
from investdesk.notifications.models import Delivery, Notification
from investdesk.notifications.tests.conftest import smtp_server, unreachable_smtp  # noqa: F401
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db(transaction=True)

NOW = "2026-03-11T10:00:00"


@pytest.fixture
def due_tasks(make_user):
    ivanova = make_user(Role.CURATOR, username="ivanova", email="ivanova@example.org")
    nomail = make_user(Role.CURATOR, username="nomail", email="")
    for user in (ivanova, nomail):
        task_create(
            title=f"Справка ({user.username})", assignee=user, due_date=datetime.date(2026, 3, 12)
        )
    return ivanova, nomail


def run(*args) -> str:
    out = io.StringIO()
    call_command("notify", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_notify_sends_once_and_a_second_run_sends_nothing(due_tasks, smtp_server):  # noqa: F811
    output = run("--now", NOW)
    assert "task_reminders: 2" in output and "digests: 2" in output
    assert "e-mail sent: 2, to retry: 0, given up: 0" in output
    # Only the user with an address gets e-mail: the reminder and the digest.
    assert smtp_server.recipients == [["ivanova@example.org"]] * 2
    subjects = sorted(m["Subject"].strip() for m in smtp_server.messages)
    assert subjects[1] == "Срок через 1 день (12.03.2026): Справка (ivanova)"
    assert Notification.objects.filter(recipient__username="nomail").count() == 2
    output = run("--now", NOW)
    assert "task_reminders: 0" in output and "e-mail sent: 0" in output
    assert len(smtp_server.messages) == 2


def test_unreachable_server_keeps_mail_pending_with_the_error(due_tasks, unreachable_smtp):  # noqa: F811
    output = run("--now", NOW)
    assert "e-mail sent: 0, to retry: 2" in output
    pending = Delivery.objects.filter(channel=Channel.EMAIL)
    assert {d.status for d in pending} == {DeliveryStatus.PENDING}
    assert all("Connection" in d.last_error for d in pending)
    assert Delivery.objects.filter(channel=Channel.IN_APP, status=DeliveryStatus.SENT).count() == 4


def test_bad_now_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        run("--now", "yesterday")
