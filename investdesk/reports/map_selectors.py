"""Points for maps: sites and projects with coordinates, as plain dicts for JSON."""

from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet

from investdesk.projects.models import Project
from investdesk.sitecatalog.models import Site


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


def project_map_points(projects: QuerySet[Project]) -> list[dict[str, Any]]:
    """Projects placed at their site, or else at their municipality's centre."""
    rows = projects.select_related("site", "municipality", "stage").filter(
        Q(site__latitude__isnull=False, site__longitude__isnull=False)
        | Q(site__isnull=True, municipality__latitude__isnull=False)
    )
    points = []
    for project in rows.order_by("pk"):
        place = project.site if project.site_id else project.municipality
        points.append(
            {
                "kind": "project",
                "id": project.pk,
                "lat": float(place.latitude),
                "lng": float(place.longitude),
                "title": project.display_title,
                "subtitle": " · ".join(str(p) for p in (project.stage.name, place) if p),
                "url": project.get_absolute_url(),
            }
        )
    return points


def project_site_points(project: Project) -> list[dict[str, Any]]:
    """The project's site as one marker, or nothing.

    No query when the project was read with ``site`` and ``site__municipality``.
    """
    return site_map_points([project.site]) if project.site_id else []


def engagement_site_points(engagement) -> list[dict[str, Any]]:
    """The sites an engagement visited that have coordinates: one query, whatever the count."""
    return site_map_points(Site.objects.filter(engagements=engagement).order_by("name", "pk"))
