"""Reads of agreements and their obligations."""

from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from investdesk.core import related
from investdesk.documents.models import Document
from investdesk.documents.selectors import DETAIL_POINT as DOCUMENT_POINT
from investdesk.engagements.selectors import DETAIL_POINT as ENGAGEMENT_POINT
from investdesk.projects.selectors import DETAIL_POINT as PROJECT_POINT

from .choices import ObligationStatus
from .models import Agreement, Obligation

# Extension points (``core.related``): the agreement page (task forms under obligations) and
# each obligation (its tasks).
DETAIL_POINT = "agreements.agreement"
OBLIGATION_POINT = "agreements.obligation"


def agreement_list() -> QuerySet[Agreement]:
    return (
        Agreement.objects.select_related("engagement", "project", "document")
        .prefetch_related("parties")
        .annotate(
            obligation_count=Count("obligations", distinct=True),
            open_obligation_count=Count(
                "obligations",
                filter=Q(obligations__status=ObligationStatus.OPEN),
                distinct=True,
            ),
        )
    )


def agreement_detail(*, pk: int, user) -> Agreement:
    """An agreement with its parties and obligations (their tasks come from the tasks app)."""
    return (
        Agreement.objects.select_related("engagement", "project", "document")
        .prefetch_related(
            "parties",
            Prefetch(
                "obligations",
                queryset=Obligation.objects.select_related("party").prefetch_related(
                    *related.prefetches(OBLIGATION_POINT, user=user)
                ),
                to_attr="obligation_list",
            ),
        )
        .get(pk=pk)
    )


# --- what the pages of the apps below show about agreements (``core.related``) -------------


def project_agreements_prefetch(*, user) -> Prefetch:
    """A project's agreements the user may see, newest first, as ``project.agreement_list``."""
    return Prefetch(
        "agreements",
        queryset=Agreement.objects.visible_to(user).order_by("-signed_on", "-id"),
        to_attr="agreement_list",
    )


def engagement_agreements_prefetch(*, user) -> Prefetch:
    """The agreements signed at an engagement, as ``engagement.agreement_list``."""
    return Prefetch(
        "agreements", queryset=Agreement.objects.visible_to(user), to_attr="agreement_list"
    )


def document_agreements(document: Document, *, user) -> dict[str, Any]:
    """The agreements a document is the text of."""
    return {"agreements": list(document.agreements.order_by("-signed_on"))}


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_prefetch(PROJECT_POINT, project_agreements_prefetch)
    related.add_prefetch(ENGAGEMENT_POINT, engagement_agreements_prefetch)
    related.add_section(DOCUMENT_POINT, document_agreements)
