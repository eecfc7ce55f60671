"""Reads of notifications: the bell, the list, and preferences looked up in bulk."""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet

from investdesk.accounts.models import User

from .choices import Channel, ChannelChoice, NotificationKind
from .models import Notification, NotificationPreference, NotificationSettings


def notifications_in_app(*, user: User) -> QuerySet[Notification]:
    """The user's notifications shown in the application, newest first."""
    return Notification.objects.filter(recipient=user, deliveries__channel=Channel.IN_APP)


def unread_count(*, user: User) -> int:
    """One query: the number on the bell."""
    return notifications_in_app(user=user).filter(read_at__isnull=True).count()


def languages_for(user_ids: Iterable[int]) -> dict[int, str]:
    """Each user's language for messages (the site's default where none is chosen)."""
    user_ids = set(user_ids)
    chosen = dict(
        NotificationSettings.objects.filter(user_id__in=user_ids).values_list("user_id", "language")
    )
    return {user_id: chosen.get(user_id, settings.LANGUAGE_CODE) for user_id in user_ids}


def digest_hours_for(user_ids: Iterable[int], default: int = 8) -> dict[int, int]:
    user_ids = set(user_ids)
    chosen = dict(
        NotificationSettings.objects.filter(user_id__in=user_ids).values_list(
            "user_id", "digest_hour"
        )
    )
    return {user_id: chosen.get(user_id, default) for user_id in user_ids}


def channels_for(user_ids: Iterable[int]) -> dict[tuple[int, str], str]:
    """(user id, kind) -> channel choice, for the kinds a user has chosen; else both."""
    return {
        (user_id, kind): channels
        for user_id, kind, channels in NotificationPreference.objects.filter(
            user_id__in=set(user_ids)
        ).values_list("user_id", "kind", "channels")
    }


def preferences_of(*, user: User) -> tuple[NotificationSettings, dict[str, str]]:
    """The user's settings (unsaved defaults if none) and the channel choice of every kind."""
    prefs = NotificationSettings.objects.filter(user=user).first() or NotificationSettings(
        user=user, language=settings.LANGUAGE_CODE
    )
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "channels"))
    return prefs, {kind: chosen.get(kind, ChannelChoice.BOTH) for kind in NotificationKind.values}
