import pytest

from investdesk.core.tests.helpers import API_URLCONF, client_for
from investdesk.reference.models import Direction

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]


@pytest.mark.parametrize(
    "url", ["/api/v1/directions/", "/api/v1/municipalities/", "/api/v1/stages/"]
)
@pytest.mark.parametrize("role", ["curator", "partner", "leadership"])
def test_everybody_reads_nobody_but_admin_writes(make_user, url, role):
    client = client_for(make_user(role))
    assert client.get(url).status_code == 200
    assert client.post(url, {"code": "x", "name": "X"}, format="json").status_code == 403


def test_stages_in_order(make_user):
    codes = [
        s["code"] for s in client_for(make_user("curator")).get("/api/v1/stages/").data["results"]
    ]
    assert codes[:3] == ["lead", "qualification", "negotiations"]


def test_admin_maintains_directions(make_user):
    client = client_for(make_user("admin"))
    response = client.post(
        "/api/v1/directions/",
        {"code": "space", "name_ru": "Космос", "name_en": "Space"},
        format="json",
    )
    assert response.status_code == 201, response.data
    dup = client.post(
        "/api/v1/directions/",
        {"code": "space2", "name_ru": "космос", "name_en": "Space"},
        format="json",
    )
    assert dup.status_code == 400
    assert Direction.objects.filter(name_ru__iexact="космос").count() == 1
    assert (
        client.patch(
            f"/api/v1/directions/{response.data['id']}/", {"name_en": "Outer space"}, format="json"
        ).status_code
        == 200
    )
    assert Direction.objects.get(code="space").name_en == "Outer space"
