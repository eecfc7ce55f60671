import datetime

import pytest

from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.engagements.services import engagement_record
from investdesk.projects.services import project_create
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create, site_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def sez(db):
    return site_create(
        name="ОЭЗ «Нягань»",
        kind="sez",
        area_ha=100,
        free_area_ha=40,
        power_mw=25,
        has_gas=True,
        preferences="Налог на прибыль 2%",
    )


def test_permissions(client, make_user, sez):
    assert client.get("/sites/").status_code == 302
    client.force_login(make_user("partner"))
    assert client.get("/sites/").status_code == 403
    assert client.get(f"/sites/{sez.pk}/").status_code == 403
    client.force_login(make_user("leadership"))
    assert client.get(f"/sites/{sez.pk}/").status_code == 200
    assert client.get(f"/sites/{sez.pk}/edit/").status_code == 403


def test_list_filter_and_detail(client, make_user, sez):
    site_create(name="Технопарк «Импульс»", kind="technopark", free_area_ha=2)
    client.force_login(make_user("analyst"))
    response = client.get("/sites/?min_free_area=10")
    assert [s.name for s in response.context["object_list"]] == ["ОЭЗ «Нягань»"]
    assert response.context["total_count"] == 1
    assert 'href="/sites/export.xlsx?min_free_area=10"' in response.content.decode()
    html = client.get(f"/sites/{sez.pk}/").content.decode()
    assert "Налог на прибыль 2%" in html
    assert 'id="utilities"' in html
    assert "data-map-root" not in html  # no coordinates, no map
    site_update(site=sez, changes={"latitude": "62.136", "longitude": "65.394"})
    html = client.get(f"/sites/{sez.pk}/").content.decode()
    assert 'data-map-root="detail-map"' in html
    assert "vendor/leaflet/leaflet.js" in html


def test_create_validation(client, make_user):
    client.force_login(make_user("curator"))
    response = client.post(
        "/sites/new/",
        {
            "name": "Участок",
            "kind": "land_plot",
            "status": "planned",
            "area_ha": "5",
            "free_area_ha": "7",
            "has_road": "on",
        },
    )
    assert response.status_code == 200
    # The interface is Russian by default: the constraint's message arrives translated.
    assert "Свободная площадь не может превышать общую площадь." in str(
        response.context["form"].errors
    )
    assert not Site.objects.exists()
    response = client.post(
        "/sites/new/",
        {
            "name": "Участок",
            "kind": "land_plot",
            "status": "planned",
            "area_ha": "5",
            "free_area_ha": "3",
        },
    )
    assert response.status_code == 302
    assert Site.objects.get().free_area_ha == 3


def test_concurrent_edit_refused(client, make_user, sez):
    client.force_login(make_user("curator"))
    site_update(site=sez, changes={"power_mw": 30}, expected_version=1)
    response = client.post(
        f"/sites/{sez.pk}/edit/",
        {
            "name": sez.name,
            "kind": "sez",
            "status": "operating",
            "area_ha": "100",
            "free_area_ha": "40",
            "power_mw": "20",
            "version": 1,
        },
    )
    assert response.status_code == 409
    sez.refresh_from_db()
    assert sez.power_mw == 30


def test_query_counts(client, make_user, sez, django_assert_num_queries):
    client.force_login(make_user("curator"))
    site_update(site=sez, changes={"latitude": "62.136", "longitude": "65.394"})
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            site_create(name=f"Площадка {i}", kind="industrial_park")
            project_create(title=f"Проект {i}", site=sez)
            engagement_record(
                kind="site_visit",
                title=f"Осмотр {i}",
                start_date=datetime.date(2025, 6, 1),
                sites=[sez],
            )
            site_update(site=sez, changes={"description": f"v{i}"})

    assert_constant_queries(client, "/sites/", add)
    assert_constant_queries(client, f"/sites/{sez.pk}/", add)
