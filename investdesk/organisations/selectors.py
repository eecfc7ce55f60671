"""Reads of organisations for lists, detail pages and linking."""

from django.db.models import Q, QuerySet

from investdesk.accounts.access import sees_everything
from investdesk.engagements.choices import CommitmentStatus
from investdesk.engagements.models import Commitment, Engagement
from investdesk.engagements.selectors import engagement_ids_involving
from investdesk.people.models import Person, Position
from investdesk.projects.models import ProjectParticipant

from .models import Organisation


def organisation_list(*, archived: bool = False) -> QuerySet[Organisation]:
    """The register, or with ``archived`` its archive."""
    return Organisation.objects.filter(is_archived=archived).select_related(
        "parent", "municipality"
    )


def organisation_find_by_name(name: str) -> Organisation | None:
    """Exact match on the canonical name or any alias, case-insensitive."""
    name = name.strip()
    return (
        Organisation.objects.filter(Q(name__iexact=name) | Q(aliases__alias__iexact=name))
        .order_by("id")
        .first()
    )


def organisation_detail(*, pk: int, user) -> dict:
    """An organisation and its relations for the detail page, a fixed number of queries."""
    from django.shortcuts import get_object_or_404

    organisation = get_object_or_404(
        Organisation.objects.select_related(
            "parent", "municipality", "merged_into"
        ).prefetch_related("aliases", "directions", "subsidiaries"),
        pk=pk,
    )
    engagement_ids = engagement_ids_involving(organisation)
    engagements = (
        Engagement.objects.visible_to(user)
        .filter(pk__in=engagement_ids)
        .select_related("municipality")
        .order_by("-start_date", "-id")
    )
    return {
        "organisation": organisation,
        "people": list(
            Person.objects.active()
            .filter(organisation=organisation)
            .order_by("last_name", "first_name")
        ),
        "positions": list(
            Position.objects.filter(organisation=organisation)
            .select_related("person")
            .order_by("ended_on", "-started_on", "person__last_name")
        ),
        "project_roles": list(
            ProjectParticipant.objects.filter(organisation=organisation, project__is_archived=False)
            .filter(
                # Partners see only shared projects; for others this would scan every project.
                **({"project__shared_with": user} if not sees_everything(user) else {})
            )
            .select_related("project__stage")
            .order_by("project__stage__order", "project__title")
        ),
        "engagements": list(engagements[:50]),
        "open_commitments": list(
            Commitment.objects.filter(engagement__in=engagement_ids, status=CommitmentStatus.OPEN)
            .select_related("person", "engagement")
            .prefetch_related("directions")
            .order_by("due_date", "id")
        ),
    }
