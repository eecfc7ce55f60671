"""Reads of the site catalogue for lists and the site page."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from .models import Site


def site_list() -> QuerySet[Site]:
    return Site.objects.select_related("municipality", "operator")


def site_detail(*, pk: int, user) -> dict:
    """A site with its projects and the engagements that visited it."""
    from investdesk.engagements.models import Engagement
    from investdesk.projects.models import Project

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


# --- site matching ------------------------------------------------------------------------


def match_candidates(*, public_only: bool = False) -> list[Site]:
    """Every site that can still host a project, read for matching in two queries."""
    from .choices import SiteStatus

    sites = Site.objects.exclude(status=SiteStatus.CLOSED).prefetch_related("directions")
    if public_only:
        sites = sites.filter(is_public=True)
    return list(sites.select_related("municipality").order_by("name", "pk"))


def site_matches(needs, *, limit: int = 10, public_only: bool = False) -> list:
    """The ``limit`` sites that fit ``needs`` best (see ``matching.rank_sites``)."""
    from .matching import rank_sites

    return rank_sites(needs, match_candidates(public_only=public_only), limit=limit)


def projects_fitting_site(*, site: Site, user, limit: int = 10, min_score: int = 50) -> list:
    """The reverse of matching: open pipeline projects the user may see that this site fits,
    best first, each with its investors. A fixed number of queries, whatever the count."""
    from django.db.models import Prefetch

    from investdesk.projects.choices import ParticipantRole
    from investdesk.projects.models import Project, ProjectParticipant

    from .matching import needs_for_project, site_fit

    site = (
        Site.objects.prefetch_related("directions").get(pk=site.pk)
        if "directions" not in getattr(site, "_prefetched_objects_cache", {})
        else site
    )
    direction_ids = [d.pk for d in site.directions.all()]
    if not direction_ids:
        return []
    projects = (
        Project.objects.active()
        .open()
        .visible_to(user)
        .filter(directions__in=direction_ids)
        .distinct()
        .select_related("stage", "municipality")
        .prefetch_related(
            "directions",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.filter(
                    role__in=(ParticipantRole.INVESTOR, ParticipantRole.CO_INVESTOR)
                )
                .select_related("organisation")
                .order_by("id"),
                to_attr="investor_list",
            ),
        )
    )
    rows = []
    for project in projects:
        match = site_fit(site, needs_for_project(project))
        if match.score >= min_score:
            rows.append(
                {
                    "project": project,
                    "score": match.score,
                    "reasons": match.reasons,
                    "investors": [p.organisation for p in project.investor_list],
                    "is_here": project.site_id == site.pk,
                }
            )
    rows.sort(key=lambda r: (-r["score"], r["project"].display_title.lower(), r["project"].pk))
    return rows[:limit]
