"""The daily digest per user, at the hour they chose."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.engagements.choices import EngagementStatus
from investdesk.engagements.models import Engagement
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.models import Notification
from investdesk.notifications.selectors import digest_hours_for
from investdesk.notifications.services import NotificationSpec
from investdesk.tasks.models import Task

from .common import (
    DIGEST_ENGAGEMENT_DAYS,
    DIGEST_ITEMS,
    Scan,
    _create,
    _d,
)


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
