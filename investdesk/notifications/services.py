"""Writes of notifications: recording them once, delivering them, reading and preferences.

A notification is recorded first (in the caller's transaction, with a deduplication key
unique per recipient, so a second run or a retried job never records it twice); e-mail is
sent afterwards by ``notifications_deliver_pending`` (the ``investdesk notify`` command and
the background worker call it), which claims due deliveries, sends them, and on failure
keeps them pending with the error and the time of the next attempt (exponential backoff).
"""

import datetime
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, models, transaction
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from investdesk.accounts.models import User

from .choices import CHANNELS_OF_CHOICE, Channel, ChannelChoice, DeliveryStatus, NotificationKind
from .emails import render_email
from .models import Delivery, Notification, NotificationPreference, NotificationSettings
from .selectors import channels_for, languages_for

logger = logging.getLogger(__name__)

# Retries of e-mail: the n-th failed attempt waits BASE * 2**(n-1), at most CAP; after
# MAX_ATTEMPTS failures the delivery is given up (status failed, the error kept).
RETRY_BASE = datetime.timedelta(minutes=1)
RETRY_CAP = datetime.timedelta(hours=6)
# A claimed delivery is invisible to other workers for this long; if the sender dies
# between sending and recording, the message is retried after the lease.
CLAIM_LEASE = datetime.timedelta(minutes=10)

# A title or body: a string, a lazy translation or a callable rendering one.
Text = str | Promise | Callable[[], str]


def max_attempts() -> int:
    return int(getattr(settings, "NOTIFY_MAX_ATTEMPTS", 12))


def retry_delay(attempts: int) -> datetime.timedelta:
    """How long to wait after the ``attempts``-th failure (1, 2, 4, ... minutes, capped)."""
    return min(RETRY_BASE * (2 ** max(0, attempts - 1)), RETRY_CAP)


@dataclass
class NotificationSpec:
    """What to notify: built by callers, recorded by ``notifications_create``."""

    recipient: User
    kind: str
    title: Text
    body: Text = ""
    target: models.Model | None = None
    url: str = ""
    dedup_key: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _render(value: Text) -> str:
    """A string, a lazy translation or a callable, rendered in the active language."""
    return value() if callable(value) else str(value)


def _target_url(target: models.Model | None, url: str) -> str:
    if url or target is None:
        return url
    get_url = getattr(target, "get_absolute_url", None)
    return get_url() if get_url else ""


def notifications_create(*, specs: Iterable[NotificationSpec]) -> list[Notification]:
    """Record notifications that are new; deliveries per the recipients' preferences.

    Specs whose (recipient, dedup_key) already exists are skipped, so calling this again
    with the same specs records nothing. In-app deliveries are done at once; e-mail ones
    are pending until the next delivery pass (after the caller's transaction commits).
    """
    specs = [s for s in specs if s.recipient is not None and s.recipient.is_active]
    if not specs:
        return []
    keyed = {(s.recipient.pk, s.dedup_key) for s in specs if s.dedup_key}
    existing: set[tuple[int, str]] = set()
    if keyed:
        users = {user_id for user_id, _key in keyed}
        keys = {key for _user, key in keyed}
        existing = set(
            Notification.objects.filter(recipient_id__in=users, dedup_key__in=keys).values_list(
                "recipient_id", "dedup_key"
            )
        )
    fresh: list[NotificationSpec] = []
    for spec in specs:
        key = (spec.recipient.pk, spec.dedup_key)
        if spec.dedup_key and key in existing:
            continue
        if spec.dedup_key:
            existing.add(key)  # the same key twice in one batch is recorded once
        fresh.append(spec)
    if not fresh:
        return []
    user_ids = {s.recipient.pk for s in fresh}
    languages = languages_for(user_ids)
    channels = channels_for(user_ids)
    content_types: dict[type, ContentType] = {}
    now = timezone.now()
    rows = []
    for spec in fresh:
        language = languages[spec.recipient.pk]
        with translation.override(language):
            title, body = _render(spec.title)[:300], _render(spec.body)
        content_type = None
        if spec.target is not None:
            model = type(spec.target)
            if model not in content_types:
                content_types[model] = ContentType.objects.get_for_model(model)
            content_type = content_types[model]
        notification = Notification(
            recipient=spec.recipient,
            kind=spec.kind,
            title=title,
            body=body,
            content_type=content_type,
            object_id=spec.target.pk if spec.target is not None else None,
            url=_target_url(spec.target, spec.url)[:500],
            language=language,
            dedup_key=spec.dedup_key[:200],
        )
        notification.full_clean(
            exclude=["recipient", "content_type"], validate_unique=False, validate_constraints=False
        )
        rows.append(notification)
    with transaction.atomic():
        created = Notification.objects.bulk_create(rows, batch_size=500)
        deliveries = []
        for notification in created:
            choice = channels.get(
                (notification.recipient_id, notification.kind), ChannelChoice.BOTH
            )
            wanted = CHANNELS_OF_CHOICE[choice]
            if Channel.IN_APP in wanted:
                deliveries.append(
                    Delivery(
                        notification=notification,
                        channel=Channel.IN_APP,
                        status=DeliveryStatus.SENT,
                        attempts=1,
                        sent_at=now,
                    )
                )
            if Channel.EMAIL in wanted and notification.recipient.email:
                deliveries.append(
                    Delivery(notification=notification, channel=Channel.EMAIL, next_attempt_at=now)
                )
        Delivery.objects.bulk_create(deliveries, batch_size=500)
    return created


def notification_create(
    *,
    recipient: User,
    kind: str,
    title: Text,
    body: Text = "",
    target: models.Model | None = None,
    url: str = "",
    dedup_key: str = "",
) -> Notification | None:
    """Record one notification for ``recipient``; ``None`` if that key was notified already.

    Lazy translations (or callables) in ``title`` and ``body`` are rendered in the
    recipient's language.
    The link is ``url`` or the target's ``get_absolute_url()``. Safe to call inside any
    transaction: a concurrent duplicate is caught and nothing is recorded twice.
    """
    spec = NotificationSpec(
        recipient=recipient,
        kind=kind,
        title=title,
        body=body,
        target=target,
        url=url,
        dedup_key=dedup_key,
    )
    try:
        with transaction.atomic():
            created = notifications_create(specs=[spec])
    except IntegrityError:
        if not dedup_key:
            raise
        return None  # recorded by a concurrent caller in the meantime
    return created[0] if created else None


def notification_mark_read(*, notification: Notification, user: User) -> Notification:
    """Mark the user's own notification read (reading someone else's is refused)."""
    if notification.recipient_id != user.pk:
        raise PermissionError("Not the recipient of this notification.")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
    return notification


def notifications_mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def notification_preferences_save(
    *, user: User, language: str, digest_hour: int, channels: dict[str, str]
) -> NotificationSettings:
    """Store the user's language, digest hour and channel choice per kind."""
    prefs, _created = NotificationSettings.objects.get_or_create(user=user)
    prefs.language = language
    prefs.digest_hour = digest_hour
    prefs.full_clean()
    prefs.save()
    for kind, choice in channels.items():
        if kind not in NotificationKind.values or choice not in ChannelChoice.values:
            raise ValueError(f"Unknown kind or channel: {kind}={choice}")
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"channels": choice}
        )
    return prefs


# --- mentions --------------------------------------------------------------------------

# @username as Django allows it (letters, digits and @ . + - _), not inside an e-mail
# address; a full stop or comma that ends the sentence is not part of the name.
MENTION_RE = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")


def mentioned_usernames(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for match in MENTION_RE.finditer(text or ""):
        seen.setdefault(match.group(1), None)
    return list(seen)


def mentions_notify(
    *,
    text: str,
    author: User | None,
    target: models.Model,
    may_see: Callable[[User], bool] | None = None,
) -> list[Notification]:
    """Notify every active user mentioned as ``@username`` in ``text`` (not the author).

    ``target`` is the note or comment (its page is the link); each user is notified once
    per target however often the text is edited. ``may_see(user)``, if given, is the
    caller's visibility rule: a mentioned user who may not see the record gets nothing
    (neither the text nor the record's name).
    """
    names = mentioned_usernames(text)
    if not names:
        return []
    users = User.objects.filter(username__in=names, is_active=True)
    if author is not None:
        users = users.exclude(pk=author.pk)
    if may_see is not None:
        users = [user for user in users if may_see(user)]
    content_type = ContentType.objects.get_for_model(type(target))
    excerpt = (text or "").strip()
    if len(excerpt) > 500:
        excerpt = excerpt[:499] + "…"
    who, what = (str(author) if author is not None else ""), str(target)

    def title() -> str:
        if who:
            return _("%(who)s mentioned you: %(target)s") % {"who": who, "target": what}
        return _("You were mentioned: %(target)s") % {"target": what}

    specs = [
        NotificationSpec(
            recipient=user,
            kind=NotificationKind.MENTION,
            title=title,
            body=excerpt,
            target=target,
            dedup_key=f"mention:{content_type.pk}:{target.pk}",
        )
        for user in users
    ]
    with transaction.atomic():
        return notifications_create(specs=specs)


# --- delivery --------------------------------------------------------------------------


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _claim(now: datetime.datetime, batch_size: int) -> list[Delivery]:
    """Take due e-mail deliveries for this worker: lock, then hide them for the lease."""
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(
                channel=Channel.EMAIL,
                status=DeliveryStatus.PENDING,
                next_attempt_at__lte=now,
            )
            .order_by("next_attempt_at", "id")
            .values_list("id", flat=True)[:batch_size]
        )
        if not ids:
            return []
        Delivery.objects.filter(pk__in=ids).update(next_attempt_at=now + CLAIM_LEASE)
    return list(
        Delivery.objects.filter(pk__in=ids).select_related("notification__recipient").order_by("id")
    )


def _record_failure(delivery: Delivery, error: str, report: DeliveryReport) -> None:
    attempts = delivery.attempts + 1
    given_up = attempts >= max_attempts()
    Delivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts,
        last_error=error[:2000],
        status=DeliveryStatus.FAILED if given_up else DeliveryStatus.PENDING,
        next_attempt_at=None if given_up else timezone.now() + retry_delay(attempts),
    )
    if given_up:
        report.failed += 1
    else:
        report.retrying += 1
    report.errors.append(error)


def notifications_deliver_pending(
    *, now: datetime.datetime | None = None, batch_size: int = 100
) -> DeliveryReport:
    """Send every e-mail delivery that is due, once; failures wait and are retried."""
    now = now or timezone.now()
    report = DeliveryReport()
    while True:
        batch = _claim(now, batch_size)
        if not batch:
            return report
        connection = get_connection(fail_silently=False)
        try:
            connection.open()
        except Exception as exc:  # an unreachable or refusing server: the whole batch waits
            error = f"{type(exc).__name__}: {exc}"
            logger.warning("Cannot connect to the mail server: %s", error)
            for delivery in batch:
                _record_failure(delivery, error, report)
            return report
        try:
            for delivery in batch:
                notification = delivery.notification
                recipient = notification.recipient
                if not recipient.email or not recipient.is_active:
                    _record_failure(delivery, "The recipient has no e-mail address.", report)
                    continue
                subject, text, html = render_email(notification)
                message = EmailMultiAlternatives(
                    subject=subject,
                    body=text,
                    to=[recipient.email],
                    connection=connection,
                    headers={"Message-ID": _message_id(delivery)},
                )
                message.attach_alternative(html, "text/html")
                try:
                    message.send()
                except Exception as exc:
                    _record_failure(delivery, f"{type(exc).__name__}: {exc}", report)
                    continue
                Delivery.objects.filter(pk=delivery.pk).update(
                    status=DeliveryStatus.SENT,
                    attempts=delivery.attempts + 1,
                    sent_at=timezone.now(),
                    next_attempt_at=None,
                    last_error="",
                )
                report.sent += 1
        finally:
            connection.close()


def _message_id(delivery: Delivery) -> str:
    """The same Message-ID on every attempt, so a resent message is recognisably the same."""
    domain = getattr(settings, "NOTIFY_MESSAGE_ID_DOMAIN", "investdesk.local")
    return f"<notification-{delivery.notification_id}-{delivery.pk}@{domain}>"
