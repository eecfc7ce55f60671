"""Ingestion: a text becomes a stored document and a draft engagement; review confirms it.

Every document is written in its own transaction, and a text already stored (same content
hash) is skipped, so a batch that crashed can simply be run again: nothing is half-written
and nothing is stored twice.
"""

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from investdesk.accounts.models import User
from investdesk.core.services import validate_and_save
from investdesk.documents.choices import DocumentKind, ReviewStatus
from investdesk.documents.models import Document
from investdesk.documents.services import (
    content_hash,
    document_set_review_status,
    document_store,
)
from investdesk.engagements.choices import EngagementKind, EngagementStatus, ParticipationRole
from investdesk.engagements.models import Engagement
from investdesk.engagements.services import (
    CommitmentSpec,
    ParticipantSpec,
    QuoteSpec,
    commitment_add,
    engagement_delete_drafts,
    engagement_record,
    engagement_replace_participants,
    engagement_update,
    quote_add,
)
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.models import Notification
from investdesk.notifications.services import notification_create
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create

from .linking import LinkIndex, link_extraction, normalise_name, split_person_name
from .models import Feed


@dataclass
class IngestOutcome:
    source: str
    status: str  # "created", "duplicate" or "error"
    message: str = ""
    document_id: int | None = None
    engagement_id: int | None = None


def _engagement_kind(event_type: str | None) -> str:
    return event_type if event_type in EngagementKind.values else EngagementKind.OTHER


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return _("Press release")


def document_already_stored(text: str) -> Document | None:
    return Document.objects.filter(content_hash=content_hash(text)).first()


def ingest_document(
    *,
    text: str,
    source: str,
    extraction: dict[str, Any],
    title: str = "",
    source_url: str = "",
    published_on: datetime.date | None = None,
    user: User | None = None,
    index: LinkIndex | None = None,
) -> IngestOutcome:
    """Store the text with its extraction and create a draft engagement for review."""
    with transaction.atomic():
        existing = document_already_stored(text)
        if existing is not None:
            draft = existing.engagements.order_by("id").first()
            return IngestOutcome(
                source, "duplicate", _("already ingested"), existing.pk, draft.pk if draft else None
            )
        linked = link_extraction(extraction, index)
        document, _created = document_store(
            title=title or _first_line(text),
            text=text,
            kind=DocumentKind.PRESS_RELEASE,
            source_url=source_url if source_url.startswith(("http://", "https://")) else "",
            source_name=source if not source_url else "",
            published_on=published_on,
            extraction=linked,
            review_status=ReviewStatus.NEW,
            uploaded_by=user,
        )
        engagement = _draft_engagement(document=document, linked=linked, user=user)
    return IngestOutcome(source, "created", "", document.pk, engagement.pk)


def _extraction_date(linked: dict[str, Any], fallback: datetime.date) -> datetime.date:
    value = linked.get("date")
    if value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return fallback


def _draft_engagement(
    *, document: Document, linked: dict[str, Any], user: User | None
) -> Engagement:
    start = _extraction_date(linked, document.published_on or timezone.localdate())
    days = linked.get("duration_days") or 1
    return engagement_record(
        kind=_engagement_kind(linked.get("event_type")),
        title=document.title,
        status=EngagementStatus.DRAFT,
        start_date=start,
        end_date=start + datetime.timedelta(days=max(1, int(days)) - 1),
        created_by=user,
        organisations=Organisation.objects.filter(
            pk__in=[
                o["link"]["id"]
                for o in linked.get("organizations", [])
                if o.get("link") and o["link"]["id"]
            ]
        ),
        sites=Site.objects.filter(
            pk__in=[
                s["link"]["id"]
                for s in linked.get("sites", [])
                if s.get("link") and s["link"]["id"]
            ]
        ),
        directions=Direction.objects.filter(code__in=linked.get("sectors") or []),
        documents=[document],
    )


def default_decisions(document: Document) -> dict[str, Any]:
    """What confirming without changes would do: link what was linked, create the rest."""
    linked = document.extraction or {}
    engagement = document.engagements.order_by("id").first()

    site_names = {normalise_name(s["name"]) for s in linked.get("sites", [])}

    def action(item: dict[str, Any], *, is_org: bool = False) -> dict[str, Any]:
        link = item.get("link") or {}
        if link.get("id"):
            return {"action": "link", "id": link["id"]}
        # A technopark or zone named as an organisation is the site itself, not a new company.
        if is_org and normalise_name(item["name"]) in site_names:
            return {"action": "skip", "id": None}
        return {"action": "new", "id": None}

    return {
        "kind": engagement.kind if engagement else _engagement_kind(linked.get("event_type")),
        "title": engagement.title if engagement else document.title,
        "start_date": (engagement.start_date if engagement else timezone.localdate()).isoformat(),
        "end_date": (engagement.end_date if engagement else timezone.localdate()).isoformat(),
        "organizations": [{**o, **action(o, is_org=True)} for o in linked.get("organizations", [])],
        "persons": [{**p, **action(p)} for p in linked.get("persons", [])],
        "sites": [{**s, **action(s)} for s in linked.get("sites", [])],
        "unnamed_participants": list(linked.get("unnamed_participants", [])),
        "directions": list(linked.get("sectors", [])),
        "commitments": [{**c, "include": True} for c in linked.get("commitments", [])],
        "quotes": [{**q, "include": True} for q in linked.get("quotes", [])],
    }


def _participation_role(organisation: Organisation | None) -> str:
    if organisation is None:
        return ParticipationRole.PARTICIPANT
    if organisation.country != "RU":
        return ParticipationRole.GUEST
    if organisation.kind in ("government", "development_institution"):
        return ParticipationRole.HOST
    if organisation.kind == "business_association":
        return ParticipationRole.ACCOMPANYING
    return ParticipationRole.PARTICIPANT


@transaction.atomic
def review_confirm(
    *, document: Document, decisions: dict[str, Any], user: User | None
) -> Engagement:
    """Create or link every reviewed record and turn the draft into a held engagement.

    One transaction: a validation error anywhere leaves the draft and the registry unchanged.
    """
    document = Document.objects.select_for_update().get(pk=document.pk)
    if document.review_status == ReviewStatus.CONFIRMED:
        raise ValidationError(_("This document has already been confirmed."))
    engagement = document.engagements.filter(status=EngagementStatus.DRAFT).order_by("id").first()

    organisations: dict[str, Organisation] = {}
    for item in decisions.get("organizations", []):
        resolved = _resolve_organisation(item)
        if resolved is not None:
            organisations[item["name"].casefold()] = resolved

    def organisation_named(name: str | None) -> Organisation | None:
        if not name:
            return None
        found = organisations.get(name.casefold())
        return found or Organisation.objects.filter(name__iexact=name).first()

    people: dict[str, Person] = {}
    for item in decisions.get("persons", []):
        resolved = _resolve_person(item, organisation_named(item.get("organization")))
        if resolved is not None:
            people[item["name"].casefold()] = resolved

    sites = [
        s for s in (_resolve_site(item) for item in decisions.get("sites", [])) if s is not None
    ]
    directions = list(Direction.objects.filter(code__in=decisions.get("directions", [])))

    start = datetime.date.fromisoformat(str(decisions["start_date"]))
    end = datetime.date.fromisoformat(str(decisions.get("end_date") or decisions["start_date"]))
    fields = {
        "kind": decisions.get("kind") or EngagementKind.OTHER,
        "title": decisions.get("title") or document.title,
        "start_date": start,
        "end_date": end,
        "status": EngagementStatus.HELD,
    }
    links = {
        "organisations": list(
            {
                o.pk: o
                for o in [*organisations.values(), *(p.organisation for p in people.values())]
                if o is not None
            }.values()
        ),
        "sites": sites,
        "directions": directions,
    }
    if engagement is None:
        engagement = engagement_record(documents=[document], created_by=user, **fields, **links)
    else:
        engagement = engagement_update(engagement=engagement, changes=fields, m2m=links)
    participants = [
        ParticipantSpec(person=person, role=_participation_role(person.organisation))
        for person in people.values()
    ]
    for item in decisions.get("unnamed_participants", []):
        organisation = organisation_named(item.get("organization"))
        if organisation is not None and item.get("role"):
            participants.append(
                ParticipantSpec(
                    organisation=organisation, role_label=item["role"], role=ParticipationRole.GUEST
                )
            )
    engagement_replace_participants(engagement=engagement, participants=participants)
    for item in decisions.get("commitments", []):
        if item.get("include", True) and item.get("text"):
            commitment_add(
                engagement=engagement,
                spec=CommitmentSpec(
                    text=item["text"],
                    person=people.get((item.get("who") or "").casefold()),
                    directions=[d for d in directions if d.code in (item.get("covers") or [])],
                ),
            )
    for item in decisions.get("quotes", []):
        text = item.get("text") or item.get("starts_with")
        if item.get("include", True) and text:
            quote_add(
                engagement=engagement,
                spec=QuoteSpec(
                    text=text,
                    person=people.get((item.get("speaker") or "").casefold()),
                    document=document,
                ),
            )
    document_set_review_status(document=document, status=ReviewStatus.CONFIRMED)
    return engagement


def _resolve_organisation(item: dict[str, Any]) -> Organisation | None:
    if item.get("action") == "skip":
        return None
    if item.get("action") == "link" and item.get("id"):
        return Organisation.objects.get(pk=item["id"])
    existing = Organisation.objects.filter(name__iexact=item["name"]).first()
    if existing:
        return existing
    return organisation_create(
        name=item["name"], kind=item.get("kind") or "other", country=item.get("country") or "RU"
    )


def _resolve_person(item: dict[str, Any], organisation: Organisation | None) -> Person | None:
    if item.get("action") == "skip":
        return None
    if item.get("action") == "link" and item.get("id"):
        return Person.objects.get(pk=item["id"])
    first, last, patronymic = split_person_name(item["name"])
    return person_create(
        first_name=first,
        last_name=last,
        patronymic=patronymic,
        position=item.get("position") or "",
        organisation=organisation,
    )


def _resolve_site(item: dict[str, Any]) -> Site | None:
    if item.get("action") == "skip":
        return None
    if item.get("action") == "link" and item.get("id"):
        return Site.objects.get(pk=item["id"])
    existing = Site.objects.filter(name__iexact=item["name"]).first()
    if existing:
        return existing
    municipality = (
        Municipality.objects.filter(name__iexact=item["municipality"]).first()
        if item.get("municipality")
        else None
    )
    return site_create(
        name=item["name"], kind=item.get("kind") or "other", municipality=municipality
    )


@transaction.atomic
def review_reject(*, document: Document, user: User | None) -> Document:
    """Keep the document, drop its draft engagement, create nothing."""
    document = Document.objects.select_for_update().get(pk=document.pk)
    if document.review_status == ReviewStatus.CONFIRMED:
        raise ValidationError(_("A confirmed document cannot be rejected."))
    engagement_delete_drafts(document=document)
    return document_set_review_status(document=document, status=ReviewStatus.REJECTED)


def feed_register(*, url: str, title: str = "", poll_interval_minutes: int = 60) -> Feed:
    """Register a feed to poll on schedule."""
    return validate_and_save(
        Feed(url=url, title=title.strip(), poll_interval_minutes=poll_interval_minutes)
    )


def feed_record_poll(*, feed: Feed, errors: list[str]) -> Feed:
    """Note when the feed was polled and what went wrong, if anything."""
    feed.last_polled_at = timezone.now()
    feed.last_error = "\n".join(errors)[:5000]
    feed.save(update_fields=["last_polled_at", "last_error", "updated_at"])
    return feed


# At most this many reasons in one notice (a feed's items may fail by the dozen).
FAILURE_LINES = 20


def ingest_failures_notify(
    *, user: User, sources: list[str], outcomes: list[IngestOutcome]
) -> Notification | None:
    """Tell the user who queued ``sources`` which of them could not be ingested and why.

    The queue's page only says the address is queued: without this notice a refused or
    failed fetch (``ingest.fetch`` says only that the address could not be fetched, never
    why, so the notice cannot map the agency's network) left the user waiting for
    documents that never come. ``None`` when every source was read.
    """
    failed = [outcome for outcome in outcomes if outcome.status == "error"]
    if not failed:
        return None
    reasons = [outcome.message or outcome.source for outcome in failed[:FAILURE_LINES]]
    more = len(failed) - FAILURE_LINES
    # The addresses in full are in the reasons; the title keeps within its 300 characters.
    first = Truncator(", ".join(sources[:3])).chars(160)

    # Rendered by notification_create in the recipient's language, whichever is active in
    # the worker (the reasons were written in it: ingest_sources runs the job in it).
    def title() -> str:
        return ngettext(
            "Ingestion of %(source)s failed: %(count)s document was not read",
            "Ingestion of %(source)s failed: %(count)s documents were not read",
            len(failed),
        ) % {"source": first, "count": len(failed)}

    def body() -> str:
        lines = list(reasons)
        if more > 0:
            lines.append(_("… and %(count)s more.") % {"count": more})
        return "\n".join(lines)

    return notification_create(
        recipient=user,
        kind=NotificationKind.GENERAL,
        title=title,
        body=body,
        url=reverse("ingest:index"),
    )
