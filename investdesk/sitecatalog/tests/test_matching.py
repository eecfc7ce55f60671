from decimal import Decimal

import pytest

from investdesk.dataexchange.testing import make_site
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.matching import (
    WEIGHTS,
    SiteNeeds,
    distance_km,
    needs_for_project,
    needs_from_values,
    rank_sites,
    site_fit,
)
from investdesk.sitecatalog.models import Site

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def quartz():
    return Direction.objects.get(code="quartz")


@pytest.fixture
def timber():
    return Direction.objects.get(code="timber")


def _read(*sites):
    """Sites as matching reads them: directions prefetched."""
    return list(
        Site.objects.filter(pk__in=[s.pk for s in sites])
        .prefetch_related("directions")
        .order_by("pk")
    )


def test_reasons_in_words(quartz):
    site = make_site(free_area_ha="12", power_mw="10", has_rail=False, directions=[quartz])
    needs = needs_from_values(directions=[quartz], area_ha="5", power_mw="10")
    match = site_fit(_read(site)[0], needs)
    assert match.score == 100
    assert match.reasons == [
        "suits Quartz and its deep processing",
        "free area 12 ha ≥ 5 ha needed",
        "10 MW available ≥ 10 MW needed",
        "no rail",
    ]


def test_reasons_for_what_was_not_asked_only_inform(quartz):
    site = make_site(free_area_ha="12", power_mw="10", has_rail=False, directions=[quartz])
    match = site_fit(_read(site)[0], needs_from_values(directions=[quartz]))
    assert match.score == 100  # area, power and rail were not asked: they do not count
    assert match.reasons == [
        "suits Quartz and its deep processing",
        "free area 12 ha",
        "10 MW available",
        "no rail",
    ]


def test_score_is_the_share_of_weights_earned(quartz, timber):
    site = make_site(free_area_ha="3", power_mw="20", has_rail=True, directions=[timber])
    needs = needs_from_values(directions=[quartz], area_ha="5", power_mw="10", needs_rail=True)
    match = site_fit(_read(site)[0], needs)
    earned = (
        0 * WEIGHTS["directions"] + WEIGHTS["area"] * 3 / 5 + WEIGHTS["power"] + WEIGHTS["rail"]
    )
    possible = WEIGHTS["directions"] + WEIGHTS["area"] + WEIGHTS["power"] + WEIGHTS["rail"]
    assert match.score == round(100 * earned / possible)
    assert "not listed as suitable for Quartz and its deep processing" in match.reasons
    assert "free area 3 ha < 5 ha needed" in match.reasons
    assert "railway siding" in match.reasons


def test_gas_and_water_capacities(quartz):
    small = make_site(has_gas=True, gas_m3h="100", has_water=True, directions=[quartz])
    unknown = make_site(has_gas=True, has_water=True, directions=[quartz])
    none = make_site(has_gas=False, has_water=False, directions=[quartz])
    needs = needs_from_values(gas_m3h="200", water_m3d="50")
    by_pk = {m.site.pk: m for m in rank_sites(needs, _read(small, unknown, none))}
    assert "gas 100 m³/h < 200 m³/h needed" in by_pk[small.pk].reasons
    assert "gas connected, capacity not stated" in by_pk[unknown.pk].reasons
    assert "no gas" in by_pk[none.pk].reasons and "no water supply" in by_pk[none.pk].reasons
    assert by_pk[none.pk].score == 0
    assert by_pk[unknown.pk].score > by_pk[small.pk].score > by_pk[none.pk].score


def test_ranking_best_first_and_closed_sites_score_nothing(quartz, timber):
    best = make_site(name="Б", free_area_ha="50", power_mw="30", directions=[quartz])
    partial = make_site(name="А", free_area_ha="2", power_mw="30", directions=[quartz])
    wrong = make_site(name="В", free_area_ha="50", power_mw="30", directions=[timber])
    closed = make_site(
        name="Г", free_area_ha="50", power_mw="30", status="closed", directions=[quartz]
    )
    needs = needs_from_values(directions=[quartz], area_ha="10", power_mw="5")
    ranked = rank_sites(needs, _read(best, partial, wrong, closed))
    # A site not suited to the direction ranks below one with too little land.
    assert [m.site.pk for m in ranked] == [best.pk, partial.pk, wrong.pk, closed.pk]
    assert ranked[-1].score == 0 and "the site is closed" in ranked[-1].reasons
    assert [m.site.pk for m in rank_sites(needs, _read(best, partial), limit=1)] == [best.pk]


def test_distance_counts_from_the_place(quartz):
    nyagan = Municipality.objects.get(name="Нягань")
    near = make_site(latitude="62.13", longitude="65.42", directions=[quartz])
    far = make_site(latitude="60.95", longitude="76.64", directions=[quartz])
    needs = SiteNeeds(
        direction_ids=frozenset({quartz.pk}),
        latitude=float(nyagan.latitude),
        longitude=float(nyagan.longitude),
        place="Нягань",
    )
    ranked = rank_sites(needs, _read(near, far))
    assert [m.site.pk for m in ranked] == [near.pk, far.pk]
    km = round(distance_km(float(nyagan.latitude), float(nyagan.longitude), 60.95, 76.64))
    assert f"{km} km from Нягань" in ranked[1].reasons
    assert 500 < km < 700  # Nyagan to Nizhnevartovsk, about 600 km


def test_needs_for_project_use_its_directions_place_and_site(quartz):
    from investdesk.dataexchange.testing import make_project
    from investdesk.projects.models import Project

    site = make_site(directions=[quartz])
    nyagan = Municipality.objects.get(name="Нягань")
    project = make_project(directions=[quartz], municipality=nyagan, site=site)
    project = (
        Project.objects.select_related("municipality")
        .prefetch_related("directions")
        .get(pk=project.pk)
    )
    needs = needs_for_project(project)
    assert needs.direction_ids == frozenset({quartz.pk})
    assert needs.latitude == pytest.approx(float(nyagan.latitude))
    assert needs.current_site_id == site.pk
    assert "the project's current site" in site_fit(_read(site)[0], needs).reasons


def test_ranking_reads_nothing_from_the_database(quartz, django_assert_num_queries):
    sites = _read(*[make_site(directions=[quartz]) for _ in range(5)])
    needs = needs_from_values(directions=[quartz], area_ha=Decimal(1), needs_rail=True)
    with django_assert_num_queries(0):
        assert len(rank_sites(needs, sites)) == 5
