"""Reads of engagements: the list and the story page of one engagement."""

from collections import OrderedDict
from typing import Any

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from investdesk.core import related
from investdesk.documents.models import Document
from investdesk.documents.selectors import DETAIL_POINT as DOCUMENT_POINT
from investdesk.organisations.models import Organisation
from investdesk.organisations.selectors import DETAIL_POINT as ORGANISATION_POINT
from investdesk.people.models import Person
from investdesk.people.selectors import DETAIL_POINT as PERSON_POINT
from investdesk.projects.models import Project
from investdesk.projects.selectors import DETAIL_POINT as PROJECT_POINT
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.selectors import DETAIL_POINT as SITE_POINT
from investdesk.sitecatalog.selectors import site_map_points

from .choices import CommitmentStatus, ParticipationRole
from .models import Commitment, Engagement, EngagementParticipant, Outcome, Quote

# Extension points (``core.related``): the story page of an engagement (its agreements, the
# task forms under its commitments) and each of its commitments (their tasks).
DETAIL_POINT = "engagements.engagement"
COMMITMENT_POINT = "engagements.commitment"

# The order in which the story page tells who took part.
ROLE_ORDER = [
    ParticipationRole.HOST,
    ParticipationRole.GUEST,
    ParticipationRole.ACCOMPANYING,
    ParticipationRole.SPEAKER,
    ParticipationRole.PARTICIPANT,
]


def engagement_list(*, user) -> QuerySet[Engagement]:
    part_counts = (
        Engagement.objects.filter(parent=OuterRef("pk"))
        .order_by()
        .values("parent")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Engagement.objects.visible_to(user)
        .select_related("municipality", "venue_organisation", "parent")
        # A correlated count, not Count("parts"): a GROUP BY over the whole table made the
        # page and its paginator aggregate every engagement (0.7 s at 100k engagements).
        .annotate(part_count=Coalesce(Subquery(part_counts), 0))
        .prefetch_related("directions", "organisations")
    )


def engagement_story(*, pk: int, user) -> Engagement:
    """One engagement with everything its story page tells, in a fixed number of queries (what
    the apps above add through ``core.related`` included).

    Raises ``Engagement.DoesNotExist`` when the user may not see it.
    """
    return (
        Engagement.objects.visible_to(user)
        .select_related("municipality", "venue_organisation", "parent", "created_by")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=Engagement.objects.visible_to(user)
                .select_related("venue_organisation", "municipality")
                .prefetch_related("sites")
                .order_by("start_date", "id"),
                to_attr="part_list",
            ),
            Prefetch(
                "participants",
                queryset=EngagementParticipant.objects.select_related(
                    "person", "person__organisation", "organisation"
                ).order_by("id"),
                to_attr="participant_list",
            ),
            Prefetch("sites", to_attr="site_list"),
            Prefetch("directions", to_attr="direction_list"),
            Prefetch("projects", queryset=Project.objects.visible_to(user), to_attr="project_list"),
            Prefetch("organisations", to_attr="organisation_list"),
            Prefetch(
                "documents",
                queryset=Document.objects.visible_to(user).defer("text", "extraction"),
                to_attr="document_list",
            ),
            Prefetch(
                "outcomes",
                queryset=Outcome.objects.prefetch_related("directions"),
                to_attr="outcome_list",
            ),
            Prefetch(
                "commitments",
                queryset=Commitment.objects.select_related("person")
                .prefetch_related("directions", *related.prefetches(COMMITMENT_POINT, user=user))
                .order_by("created_at", "id"),
                to_attr="commitment_list",
            ),
            Prefetch(
                "quotes",
                queryset=Quote.objects.select_related("person", "document"),
                to_attr="quote_list",
            ),
            *related.prefetches(DETAIL_POINT, user=user),
        )
        .get(pk=pk)
    )


def visible_commitments(*, user) -> QuerySet[Commitment]:
    """The commitments of the engagements the user may see, each with its engagement."""
    return Commitment.objects.select_related("engagement").filter(
        engagement__in=Engagement.objects.visible_to(user)
    )


def participants_by_role(engagement: Engagement) -> list[tuple[str, list[EngagementParticipant]]]:
    """Participants grouped by their part (host, guests, accompanying, ...), in story order."""
    groups: OrderedDict[str, list[EngagementParticipant]] = OrderedDict(
        (role, []) for role in ROLE_ORDER
    )
    for participant in engagement.participant_list:
        groups.setdefault(participant.role, []).append(participant)
    labels = dict(ParticipationRole.choices)
    return [(labels.get(role, role), people) for role, people in groups.items() if people]


def engagement_ids_involving(organisation) -> list[int]:
    """Ids of the engagements an organisation took part in: listed, through a participant,
    or as the venue.

    One UNION of three index lookups; the same condition written as an OR across joins
    makes the database scan every engagement (seconds at a million rows).
    """
    listed = Engagement.organisations.through.objects.filter(organisation=organisation).values_list(
        "engagement_id", flat=True
    )
    participating = (
        EngagementParticipant.objects.filter(organisation=organisation)
        .values_list("engagement_id", flat=True)
        .order_by()
    )
    hosted = (
        Engagement.objects.filter(venue_organisation=organisation)
        .values_list("id", flat=True)
        .order_by()
    )
    return sorted(set(listed.union(participating, hosted)))


def engagement_site_points(engagement) -> list[dict[str, Any]]:
    """The sites an engagement visited that have coordinates: one query, whatever the count."""
    return site_map_points(Site.objects.filter(engagements=engagement).order_by("name", "pk"))


# --- what the pages of the apps below show about engagements (``core.related``) ------------


def _visible(ids, *, user) -> QuerySet[Engagement]:
    return Engagement.objects.visible_to(user).filter(pk__in=ids).order_by("-start_date", "-id")


def organisation_engagements(organisation: Organisation, *, user) -> dict[str, Any]:
    """The engagements an organisation took part in and their open commitments. The ids
    read are kept on the record (``involved_engagement_ids``, as a prefetch's ``to_attr``):
    the page's timeline lists the same engagements."""
    engagement_ids = engagement_ids_involving(organisation)
    organisation.involved_engagement_ids = engagement_ids
    return {
        "engagements": list(
            _visible(engagement_ids, user=user).select_related("municipality")[:50]
        ),
        "open_commitments": list(
            Commitment.objects.filter(engagement__in=engagement_ids, status=CommitmentStatus.OPEN)
            .select_related("person", "engagement")
            .prefetch_related("directions")
            .order_by("due_date", "id")
        ),
    }


def person_engagements(person: Person, *, user) -> dict[str, Any]:
    """The engagements a person took part in, with what they said and promised there."""
    engagements = _visible(
        Engagement.objects.filter(participants__person=person).values("pk"), user=user
    )
    return {
        "engagements": list(engagements[:50]),
        "quotes": list(
            Quote.objects.filter(person=person, engagement__in=engagements.values("pk"))
            .select_related("engagement", "document")
            .order_by("-engagement__start_date", "id")
        ),
        "commitments": list(
            Commitment.objects.filter(person=person, engagement__in=engagements.values("pk"))
            .select_related("engagement")
            .prefetch_related("directions")
            .order_by("-created_at")
        ),
    }


def site_engagements(site: Site, *, user) -> dict[str, Any]:
    """The engagements that visited a site."""
    ids = Engagement.objects.filter(sites=site).values("pk")
    return {"engagements": list(_visible(ids, user=user)[:50])}


def document_engagements(document: Document, *, user) -> dict[str, Any]:
    """The engagements a document tells about."""
    return {
        "engagements": list(
            Engagement.objects.visible_to(user).filter(documents=document).order_by("-start_date")
        )
    }


def project_engagements_prefetch(*, user) -> Prefetch:
    """A project's engagements, newest first, as ``project.engagement_list`` (with their
    municipality: the page's timeline lists them too)."""
    return Prefetch(
        "engagements",
        queryset=Engagement.objects.select_related("municipality").order_by("-start_date", "-id"),
        to_attr="engagement_list",
    )


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_section(ORGANISATION_POINT, organisation_engagements)
    related.add_section(PERSON_POINT, person_engagements)
    related.add_section(SITE_POINT, site_engagements)
    related.add_section(DOCUMENT_POINT, document_engagements)
    related.add_prefetch(PROJECT_POINT, project_engagements_prefetch)
