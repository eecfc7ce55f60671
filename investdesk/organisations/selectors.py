"""Reads of organisations for lists, detail pages and linking."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from investdesk.core import related

from .models import Organisation

# The extension point of the organisation page (``core.related``).
DETAIL_POINT = "organisations.organisation"


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
    """An organisation and its relations for the detail page, a fixed number of queries.

    Its people, projects and engagements come from those apps (``core.related``).
    """
    organisation = get_object_or_404(
        Organisation.objects.select_related(
            "parent", "municipality", "merged_into"
        ).prefetch_related("aliases", "directions", "subsidiaries"),
        pk=pk,
    )
    return {
        "organisation": organisation,
        **related.sections(DETAIL_POINT, organisation, user=user),
    }
