"""Reads of organisations for lists, detail pages and linking."""

from django.db.models import Count, Q, QuerySet

from .models import Organisation


def organisation_list() -> QuerySet[Organisation]:
    return Organisation.objects.active().select_related("parent", "municipality")


def organisation_find_by_name(name: str) -> Organisation | None:
    """Exact match on the canonical name or any alias, case-insensitive."""
    name = name.strip()
    return (
        Organisation.objects.filter(Q(name__iexact=name) | Q(aliases__alias__iexact=name))
        .order_by("id")
        .first()
    )


def organisation_with_counts(pk: int) -> Organisation:
    return (
        Organisation.objects.select_related("parent", "municipality")
        .annotate(
            project_count=Count("projects", distinct=True),
            people_count=Count("people", distinct=True),
        )
        .get(pk=pk)
    )
