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
