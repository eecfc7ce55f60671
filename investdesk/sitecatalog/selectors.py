"""Reads of the site catalogue for lists and the site page."""

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.core import related

from .choices import SiteStatus
from .matching import rank_sites
from .models import Site

# The extension point of the site page (``core.related``).
DETAIL_POINT = "sitecatalog.site"


def site_list() -> QuerySet[Site]:
    return Site.objects.select_related("municipality", "operator")


def site_detail(*, pk: int, user) -> dict:
    """A site; its projects and the engagements that visited it come from those apps
    (``core.related``)."""
    site = get_object_or_404(
        Site.objects.select_related("municipality", "operator").prefetch_related("directions"),
        pk=pk,
    )
    return {"site": site, **related.sections(DETAIL_POINT, site, user=user)}


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


# --- site matching ------------------------------------------------------------------------


def match_candidates(*, public_only: bool = False) -> list[Site]:
    """Every site that can still host a project, read for matching in two queries."""
    sites = Site.objects.exclude(status=SiteStatus.CLOSED).prefetch_related("directions")
    if public_only:
        sites = sites.filter(is_public=True)
    return list(sites.select_related("municipality").order_by("name", "pk"))


def site_matches(needs, *, limit: int = 10, public_only: bool = False) -> list:
    """The ``limit`` sites that fit ``needs`` best (see ``matching.rank_sites``)."""
    return rank_sites(needs, match_candidates(public_only=public_only), limit=limit)
