"""The moment of a run and the helpers every rule shares."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.notifications.models import Notification
from investdesk.notifications.services import (
    NotificationSpec,
    notifications_create,
)
from investdesk.tasks.models import Task

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
