"""Reads of people for lists and the person page."""

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.core import related
from investdesk.organisations.models import Organisation
from investdesk.organisations.selectors import DETAIL_POINT as ORGANISATION_POINT

from .models import Person, Position

# The extension point of the person page (``core.related``).
DETAIL_POINT = "people.person"


def person_list(*, archived: bool = False) -> QuerySet[Person]:
    """The register, or with ``archived`` its archive."""
    return Person.objects.filter(is_archived=archived).select_related("organisation")


def person_detail(*, pk: int, user) -> dict:
    """A person with positions over time; engagements, quotes and commitments come from the
    engagements app (``core.related``)."""
    person = get_object_or_404(
        Person.objects.select_related("organisation", "merged_into").prefetch_related(
            "positions__organisation"
        ),
        pk=pk,
    )
    return {
        "person": person,
        **related.sections(DETAIL_POINT, person, user=user),
        "shows_personal_data": user.sees_personal_data,
    }


def organisation_people(organisation: Organisation, *, user) -> dict[str, Any]:
    """The people and the positions over time of an organisation, for its page."""
    return {
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
    }


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_section(ORGANISATION_POINT, organisation_people)
