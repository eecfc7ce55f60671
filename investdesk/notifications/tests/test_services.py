import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from investdesk.accounts.choices import Role
from investdesk.notifications.choices import (
    Channel,
    ChannelChoice,
    DeliveryStatus,
    NotificationKind,
)
from investdesk.notifications.models import Delivery, Notification
from investdesk.notifications.services import (
    mentioned_usernames,
    mentions_notify,
    notification_create,
    notification_mark_read,
    notification_preferences_save,
    notifications_deliver_pending,
    notifications_mark_all_read,
    retry_delay,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def ivanova(make_user):
    return make_user(
        Role.CURATOR,
        username="ivanova",
        first_name="Ольга",
        last_name="Иванова",
        email="ivanova@example.org",
    )


@pytest.fixture
def task(db):
    # This app sits below the domain apps, so a group stands in for "a record".
    group = Group.objects.create(name="Проработать глубокую переработку кварца")
    group.title = group.name
    group.get_absolute_url = lambda: f"/groups/{group.pk}/"
    return group


def _notify(user, task, key="k1", **kwargs):
    return notification_create(
        recipient=user,
        kind=NotificationKind.TASK_REMINDER,
        title=f"Срок: {task.title}",
        body="Осталось три дня.",
        target=task,
        dedup_key=key,
        **kwargs,
    )


def test_a_notification_is_recorded_once_per_key(ivanova, task):
    first = _notify(ivanova, task)
    assert first is not None
    assert first.url == f"/groups/{task.pk}/"
    assert first.target == task
    assert _notify(ivanova, task) is None
    assert Notification.objects.count() == 1
    channels = dict(first.deliveries.values_list("channel", "status"))
    assert channels == {Channel.IN_APP: DeliveryStatus.SENT, Channel.EMAIL: DeliveryStatus.PENDING}


def test_a_user_without_email_gets_in_app_only(make_user, task):
    nomail = make_user(Role.CURATOR, username="nomail", email="")
    notification = _notify(nomail, task)
    assert list(notification.deliveries.values_list("channel", flat=True)) == [Channel.IN_APP]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (ChannelChoice.NONE, set()),
        (ChannelChoice.EMAIL, {Channel.EMAIL}),
        (ChannelChoice.IN_APP, {Channel.IN_APP}),
        (ChannelChoice.BOTH, {Channel.IN_APP, Channel.EMAIL}),
    ],
)
def test_preferences_choose_the_channels_per_kind(ivanova, task, choice, expected):
    notification_preferences_save(
        user=ivanova,
        language="ru",
        digest_hour=9,
        channels={NotificationKind.TASK_REMINDER: choice},
    )
    notification = _notify(ivanova, task)
    assert set(notification.deliveries.values_list("channel", flat=True)) == expected
    other = notification_create(
        recipient=ivanova, kind=NotificationKind.MENTION, title="x", dedup_key="other"
    )
    assert other.deliveries.count() == 2  # other kinds keep the default: both


def test_an_unknown_kind_is_refused(ivanova):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        notification_create(recipient=ivanova, kind="nonsense", title="x")
    assert not Notification.objects.exists()


def test_email_arrives_at_a_real_smtp_server_once(ivanova, task, smtp_server):
    _notify(ivanova, task)
    report = notifications_deliver_pending()
    assert (report.sent, report.retrying, report.failed) == (1, 0, 0)
    assert smtp_server.recipients == [["ivanova@example.org"]]
    message = smtp_server.messages[0]
    assert message["Subject"].strip() == f"Срок: {task.title}"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    link = f"https://desk.example.org/groups/{task.pk}/"
    assert "Осталось три дня." in text
    assert f"Открыть в investdesk: {link}" in text
    assert f'<a href="{link}">Открыть в investdesk</a>' in html
    delivery = Delivery.objects.get(channel=Channel.EMAIL)
    assert (delivery.status, delivery.attempts, delivery.last_error) == (DeliveryStatus.SENT, 1, "")
    # A second pass finds nothing to send.
    assert notifications_deliver_pending().sent == 0
    assert len(smtp_server.messages) == 1


def test_email_is_rendered_in_the_recipients_language(ivanova, task, smtp_server):
    notification_preferences_save(user=ivanova, language="en", digest_hour=8, channels={})
    _notify(ivanova, task)
    notifications_deliver_pending()
    text = smtp_server.messages[0].get_body(preferencelist=("plain",)).get_content()
    assert f"Open in investdesk: https://desk.example.org/groups/{task.pk}/" in text


def test_an_unreachable_server_leaves_the_email_pending_and_it_is_retried(
    ivanova, task, unreachable_smtp, settings
):
    _notify(ivanova, task)
    before = timezone.now()
    report = notifications_deliver_pending()
    assert (report.sent, report.retrying) == (0, 1)
    delivery = Delivery.objects.get(channel=Channel.EMAIL)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1
    assert "ConnectionRefusedError" in delivery.last_error
    assert delivery.next_attempt_at >= before + datetime.timedelta(minutes=1)
    # Not due yet: an immediate second pass does not try again.
    assert notifications_deliver_pending().retrying == 0
    assert Delivery.objects.get(pk=delivery.pk).attempts == 1
    # The server comes back; once the wait has passed, the message goes out.
    from aiosmtpd.controller import Controller

    from .conftest import Inbox

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=unreachable_smtp)
    controller.start()
    try:
        later = delivery.next_attempt_at + datetime.timedelta(seconds=1)
        assert notifications_deliver_pending(now=later).sent == 1
    finally:
        controller.stop()
    assert [m["Subject"].strip() for m in inbox.messages] == [f"Срок: {task.title}"]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error) == (DeliveryStatus.SENT, 2, "")


def test_failures_back_off_exponentially_and_are_given_up_at_last(
    ivanova, task, unreachable_smtp, settings
):
    settings.NOTIFY_MAX_ATTEMPTS = 3
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert retry_delay(30) == datetime.timedelta(hours=6)
    _notify(ivanova, task)
    now = timezone.now()
    for attempt in (1, 2, 3):
        notifications_deliver_pending(now=now)
        delivery = Delivery.objects.get(channel=Channel.EMAIL)
        assert delivery.attempts == attempt
        now = (delivery.next_attempt_at or now) + datetime.timedelta(seconds=1)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.next_attempt_at is None
    assert notifications_deliver_pending(now=now + datetime.timedelta(days=1)).failed == 0


def test_a_delivery_claimed_by_one_worker_is_not_taken_by_another(ivanova, task):
    from investdesk.notifications.services import _claim

    _notify(ivanova, task)
    now = timezone.now()
    assert len(_claim(now, 10)) == 1
    assert _claim(now, 10) == []


def test_mark_read_one_and_all(ivanova, make_user, task):
    first, second = _notify(ivanova, task, "a"), _notify(ivanova, task, "b")
    notification_mark_read(notification=first, user=ivanova)
    assert Notification.objects.filter(read_at__isnull=True).get() == second
    stranger = make_user(Role.CURATOR, username="stranger")
    with pytest.raises(PermissionError):
        notification_mark_read(notification=second, user=stranger)
    assert notifications_mark_all_read(user=ivanova) == 1
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_mentioned_usernames_are_parsed():
    text = (
        "@ivanova, посмотрите; cc @petrov. Адрес ivanova@example.org не упоминание, "
        "а @petrov — повтор. @a.b-c_d+e тоже имя."
    )
    assert mentioned_usernames(text) == ["ivanova", "petrov", "a.b-c_d+e"]
    assert mentioned_usernames("") == []


def test_mentions_notify_each_mentioned_user_once_not_the_author(ivanova, make_user, task):
    petrov = make_user(Role.CURATOR, username="petrov", first_name="Алексей", last_name="Петров")
    retired = make_user(Role.CURATOR, username="retired")
    retired.is_active = False
    retired.save()
    created = mentions_notify(
        text="@ivanova и @petrov, обсудим. @retired @nobody", author=petrov, target=task
    )
    assert [n.recipient for n in created] == [ivanova]
    notification = created[0]
    assert notification.kind == NotificationKind.MENTION
    assert notification.title == f"Алексей Петров упомянул(а) вас: {task.title}"
    assert (notification.content_type.model, notification.object_id) == ("group", task.pk)
    # Edited text mentioning her again does not notify twice.
    assert mentions_notify(text="@ivanova ещё раз", author=petrov, target=task) == []
    other = Group.objects.create(name="Другое")
    assert len(mentions_notify(text="@ivanova", author=petrov, target=other)) == 1
