"""News: a confirmed press release that mentions an organisation you curate."""

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.documents.choices import DocumentKind, ReviewStatus
from investdesk.documents.models import Document
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.services import NotificationSpec
from investdesk.projects.models import ProjectParticipant
from investdesk.support.choices import SupportCaseStatus
from investdesk.support.models import SupportCase

from .common import Scan, _create, _setting


def news(scan: Scan) -> int:
    """A confirmed press release that mentions an organisation you curate: one in a project
    you curate, or one whose open support case ("single window") you lead."""
    since = scan.now - datetime.timedelta(days=_setting("NOTIFY_CATCH_UP_DAYS", 7))
    documents = Document.objects.filter(
        kind=DocumentKind.PRESS_RELEASE,
        review_status=ReviewStatus.CONFIRMED,
        updated_at__gte=since,
    ).in_bulk()
    if not documents:
        return 0
    rows = (
        ProjectParticipant.objects.filter(
            organisation__engagements__documents__in=list(documents),
            project__curator__isnull=False,
            project__curator__is_active=True,
            project__is_archived=False,
        )
        .values_list(
            "organisation__engagements__documents", "project__curator_id", "organisation__name"
        )
        .distinct()
    )
    cases = (
        SupportCase.objects.filter(
            organisation__engagements__documents__in=list(documents),
            status=SupportCaseStatus.OPEN,
            curator__isnull=False,
            curator__is_active=True,
        )
        .values_list("organisation__engagements__documents", "curator_id", "organisation__name")
        .distinct()
    )
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for document_id, curator_id, organisation in [*rows, *cases]:
        found[(document_id, curator_id)].add(organisation)
    curators = User.objects.in_bulk({curator_id for _doc, curator_id in found})
    specs = []
    for (document_id, curator_id), organisations in sorted(found.items()):
        document = documents[document_id]
        names = ", ".join(sorted(organisations))
        specs.append(
            NotificationSpec(
                recipient=curators[curator_id],
                kind=NotificationKind.NEWS,
                title=lambda document=document: (
                    _("In the news: %(title)s") % {"title": document.title}
                ),
                body=lambda names=names: _("Mentions: %(names)s") % {"names": names},
                target=document,
                dedup_key=f"news:{document.pk}",
            )
        )
    with transaction.atomic():
        return len(_create(specs))
