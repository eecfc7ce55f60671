"""Reads of the site catalogue for lists and the site page."""

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.engagements.models import Engagement
from investdesk.projects.models import Project

from .models import Site


def site_list() -> QuerySet[Site]:
    return Site.objects.select_related("municipality", "operator")


def site_detail(*, pk: int, user) -> dict:
    """A site with its projects and the engagements that visited it."""
    site = get_object_or_404(
        Site.objects.select_related("municipality", "operator").prefetch_related("directions"),
        pk=pk,
    )
    return {
        "site": site,
        "projects": list(
            Project.objects.active()
            .visible_to(user)
            .filter(site=site)
            .select_related("stage", "curator")
            .order_by("stage__order", "title")
        ),
        "engagements": list(
            Engagement.objects.visible_to(user)
            .filter(pk__in=Engagement.objects.filter(sites=site).values("pk"))
            .order_by("-start_date", "-id")[:50]
        ),
    }


def site_map_points(sites: QuerySet[Site] | Iterable[Site]) -> list[dict[str, Any]]:
    """Sites that have coordinates; the queryset is read once with its municipality."""
    if isinstance(sites, QuerySet):
        sites = sites.filter(latitude__isnull=False, longitude__isnull=False).select_related(
            "municipality"
        )
    return [
        {
            "kind": "site",
            "id": site.pk,
            "lat": float(site.latitude),
            "lng": float(site.longitude),
            "title": site.name,
            "subtitle": " · ".join(
                str(part) for part in (site.get_kind_display(), site.municipality or "") if part
            ),
            "url": site.get_absolute_url(),
        }
        for site in sites
        if site.latitude is not None and site.longitude is not None
    ]
