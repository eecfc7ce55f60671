import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.reference.models import Direction
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.tests.factories import make_site

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/sites/"


@pytest.mark.parametrize(
    ("role", "read", "write"),
    [("analyst", 200, 201), ("leadership", 200, 403), ("partner", 403, 403)],
)
def test_permissions(make_user, role, read, write):
    client = client_for(make_user(role))
    assert client.get(URL).status_code == read
    response = client.post(URL, {"name": "ОЭЗ Нягань", "kind": "sez"}, format="json")
    assert response.status_code == write
    assert Site.objects.filter(name="ОЭЗ Нягань").count() == (write == 201)


def test_free_area_above_area_is_refused(make_user):
    response = client_for(make_user("curator")).post(
        URL, {"name": "X", "kind": "sez", "area_ha": "10", "free_area_ha": "20"}, format="json"
    )
    assert response.status_code == 400
    assert not Site.objects.exists()


def test_update_directions_and_conflict(make_user):
    site = make_site()
    quartz = Direction.objects.get(code="quartz")
    client = client_for(make_user("curator"))
    ok = client.patch(f"{URL}{site.pk}/", {"directions": [quartz.pk], "version": 1}, format="json")
    assert ok.status_code == 200
    assert list(site.directions.all()) == [quartz]
    assert (
        client.patch(f"{URL}{site.pk}/", {"name": "Y", "version": 1}, format="json").status_code
        == 409
    )


def test_filters_and_queries(make_user):
    client = client_for(make_user("curator"))
    make_site(name="Импульс", kind="technopark", free_area_ha=5, area_ha=10)
    make_site(name="Нягань", kind="sez")
    assert [s["name"] for s in client.get(URL, {"kind": "sez"}).data["results"]] == ["Нягань"]
    assert [s["name"] for s in client.get(URL, {"min_free_area": 1}).data["results"]] == ["Импульс"]
    quartz = Direction.objects.get(code="quartz")
    assert_constant_queries(client, URL, rows_of(lambda: make_site(directions=[quartz])))
