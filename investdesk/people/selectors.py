"""Reads of people for lists and the person page."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.engagements.models import Commitment, Engagement, Quote

from .models import Person


def person_list(*, archived: bool = False) -> QuerySet[Person]:
    """The register, or with ``archived`` its archive."""
    return Person.objects.filter(is_archived=archived).select_related("organisation")


def person_detail(*, pk: int, user) -> dict:
    """A person with positions over time, engagements, quotes and commitments."""
    person = get_object_or_404(
        Person.objects.select_related("organisation", "merged_into").prefetch_related(
            "positions__organisation"
        ),
        pk=pk,
    )
    engagements = (
        Engagement.objects.visible_to(user)
        .filter(pk__in=Engagement.objects.filter(participants__person=person).values("pk"))
        .order_by("-start_date", "-id")
    )
    return {
        "person": person,
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
        "shows_personal_data": user.sees_personal_data,
    }
