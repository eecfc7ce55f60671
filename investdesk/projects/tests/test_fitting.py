"""The projects a site fits stay right when what their scores depend on changes (the scores
per municipality are kept per process)."""

import pytest

from investdesk.projects.selectors import projects_fitting_site
from investdesk.projects.tests.factories import make_project
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.matching import needs_for_project, site_fit
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_update
from investdesk.sitecatalog.tests.factories import make_site

pytestmark = pytest.mark.django_db


def scored_one_by_one(site: Site, user) -> list[tuple[int, int]]:
    from investdesk.projects.models import Project

    site = Site.objects.get(pk=site.pk)
    directions = set(site.directions.values_list("pk", flat=True))
    rows = []
    for project in Project.objects.active().open().visible_to(user):
        if directions & set(project.directions.values_list("pk", flat=True)):
            score = site_fit(site, needs_for_project(project)).score
            if score >= 50:
                rows.append((-score, project.display_title.lower(), project.pk))
    return [(pk, -score) for score, _title, pk in sorted(rows)[:10]]


def test_fitting_projects_follow_the_site_and_the_municipalities(make_user):
    user = make_user("curator")
    quartz = Direction.objects.get(code="quartz")
    places = list(Municipality.objects.exclude(latitude=None).order_by("name")[:4])
    for index in range(16):
        make_project(
            title=f"Проект {index}",
            directions=[quartz],
            municipality=places[index % len(places)],
            investors=[],
        )
    site = make_site(
        name="Площадка",
        latitude=places[0].latitude,
        longitude=places[0].longitude,
        power_mw="25",
        directions=[quartz],
    )

    def fitting() -> list[tuple[int, int]]:
        rows = projects_fitting_site(site=Site.objects.get(pk=site.pk), user=user)
        return [(row["project"].pk, row["score"]) for row in rows]

    assert fitting() == scored_one_by_one(site, user)
    before = fitting()
    # The site moves to another place: other municipalities are near.
    site = site_update(
        site=Site.objects.get(pk=site.pk),
        changes={"latitude": places[-1].latitude, "longitude": places[-1].longitude},
    )
    assert fitting() == scored_one_by_one(site, user)
    assert fitting() != before
    # A municipality moves, with no change to the site.
    moved = places[-1]
    Municipality.objects.filter(pk=moved.pk).update(
        latitude=places[0].latitude, longitude=places[0].longitude
    )
    assert fitting() == scored_one_by_one(site, user)
