import json
from decimal import Decimal

import pytest

from investdesk.sitecatalog.services import site_create

pytestmark = pytest.mark.django_db


def points_of(response):
    html = response.content.decode()
    start = html.index('id="site-map-points"')
    body = html[html.index(">", start) + 1 : html.index("</script>", start)]
    return json.loads(body)


def test_site_map_lists_sites_and_projects(client, dataset, make_user):
    client.force_login(make_user("leadership", username="leader"))
    site_create(name="Участок без координат", kind="land_plot")
    response = client.get("/sites/map/")
    assert response.status_code == 200
    points = points_of(response)
    by_kind = {(p["kind"], p["title"]): (p["lat"], p["lng"]) for p in points}
    assert by_kind[("site", "ОЭЗ «Нягань»")] == (62.1465, 65.3814)
    # p1 sits at the site; p2 has no site, so it is placed at its municipality's centre.
    assert by_kind[("project", "Глубокая переработка кварца")] == (62.1465, 65.3814)
    assert by_kind[("project", "Нефтепереработка")] == (61.0042, 69.0019)
    assert ("site", "Участок без координат") not in by_kind
    html = response.content.decode()
    assert "vendor/leaflet/leaflet.js" in html
    # No tile server by default (offline): the countries' outline from our static files.
    assert 'data-tile-url=""' in html
    assert "vendor/world-atlas/countries.geojson" in html
    # The list beside the map links every point, so it works without tiles.
    assert dataset.site.get_absolute_url() in html


def test_site_map_filters_and_query_count(
    client, dataset, make_user, django_assert_max_num_queries
):
    client.force_login(make_user("leadership", username="leader"))
    response = client.get("/sites/map/", {"kind": "technopark", "projects": "0"})
    assert points_of(response) == []
    for index in range(20):
        site_create(
            name=f"Площадка {index}",
            kind="industrial_park",
            latitude=Decimal("61.0"),
            longitude=Decimal("69.0"),
        )
    with django_assert_max_num_queries(12):
        response = client.get("/sites/map/")
    assert len([p for p in points_of(response) if p["kind"] == "site"]) == 21


def test_partner_cannot_open_the_map(client, dataset, make_user):
    client.force_login(make_user("partner", username="partner"))
    assert client.get("/sites/map/").status_code == 403


def _projects_at(municipality, count, **fields):
    from investdesk.projects.services import project_create

    return [
        project_create(
            title=f"Проект {municipality.name} {index}", municipality=municipality, **fields
        )
        for index in range(count)
    ]


def test_a_place_with_many_projects_is_one_marker_with_their_count(client, dataset, make_user):
    from investdesk.projects.models import Project
    from investdesk.projects.selectors import MAP_PROJECTS_PER_PLACE
    from investdesk.reference.models import Municipality

    client.force_login(make_user("leadership", username="leader"))
    surgut = Municipality.objects.get(name="Сургут")
    _projects_at(surgut, MAP_PROJECTS_PER_PLACE + 2)
    # Projects on the site beyond the cap: the site's projects become one marker too.
    from investdesk.projects.services import project_create

    for index in range(MAP_PROJECTS_PER_PLACE):
        project_create(title=f"На площадке {index}", site=dataset.site)
    points = points_of(client.get("/sites/map/"))

    groups = {(p["title"], p["count"], p["url"]) for p in points if p["kind"] == "projects"}
    expected_site = Project.objects.filter(site=dataset.site, is_archived=False).count()
    assert expected_site == MAP_PROJECTS_PER_PLACE + 1
    assert groups == {
        (
            f"{MAP_PROJECTS_PER_PLACE + 2} проектов: Сургут",
            MAP_PROJECTS_PER_PLACE + 2,
            f"/projects/?municipality={surgut.pk}",
        ),
        (
            f"{expected_site} проекта: ОЭЗ «Нягань»",
            expected_site,
            f"{dataset.site.get_absolute_url()}#projects",
        ),
    }
    group = next(p for p in points if p["title"].endswith("Сургут"))
    assert (group["lat"], group["lng"]) == (float(surgut.latitude), float(surgut.longitude))
    # Only the place with few projects keeps them one by one (p2 in Ханты-Мансийск).
    singles = {p["title"] for p in points if p["kind"] == "project"}
    assert singles == {"Нефтепереработка"}
    # The group's link lists exactly the projects it counts.
    listed = client.get(group["url"])
    assert listed.status_code == 200
    assert listed.context["paginator"].count == MAP_PROJECTS_PER_PLACE + 2


def test_map_queries_do_not_grow_with_the_projects(client, dataset, make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from investdesk.reference.models import Municipality

    client.force_login(make_user("leadership", username="leader"))
    surgut = Municipality.objects.get(name="Сургут")
    nizhnevartovsk = Municipality.objects.get(name="Нижневартовск")
    _projects_at(surgut, 2)
    _projects_at(nizhnevartovsk, 5)
    client.get("/sites/map/")
    with CaptureQueriesContext(connection) as few:
        points_few = points_of(client.get("/sites/map/"))
    _projects_at(nizhnevartovsk, 40)
    _projects_at(surgut, 40)
    with CaptureQueriesContext(connection) as many:
        points_many = points_of(client.get("/sites/map/"))
    assert len(many) == len(few)
    # Сургут's two markers become one with the count; 80 more projects, no more markers.
    assert len(points_many) == len(points_few) - 1
    assert {p["count"] for p in points_many if p["kind"] == "projects"} == {42, 45}


def test_map_points_show_only_what_the_user_may_see(dataset, make_user):
    from investdesk.projects.choices import Confidentiality
    from investdesk.projects.models import Project
    from investdesk.projects.selectors import project_map_points
    from investdesk.projects.services import project_create
    from investdesk.reference.models import Municipality

    partner = make_user("partner", username="partner")
    surgut = Municipality.objects.get(name="Сургут")
    _projects_at(surgut, 10)
    shared = project_create(
        title="Секретный завод",
        code_name="Проект Альфа",
        confidentiality=Confidentiality.CONFIDENTIAL,
        municipality=surgut,
        shared_with=[partner],
    )
    # The partner sees one project in Сургут: a marker of its own, by its code name.
    points = project_map_points(Project.objects.active().visible_to(partner))
    assert [(p["kind"], p["title"], p["url"]) for p in points] == [
        ("project", "Проект Альфа", shared.get_absolute_url())
    ]
    # Leadership counts all eleven there, and the code name shows nowhere as a title.
    leader = make_user("leadership", username="leader")
    points = project_map_points(Project.objects.active().visible_to(leader))
    surgut_points = [p for p in points if p["lat"] == float(surgut.latitude)]
    assert [(p["kind"], p["count"]) for p in surgut_points] == [("projects", 11)]
    assert "Секретный завод" not in json.dumps(points, ensure_ascii=False)
