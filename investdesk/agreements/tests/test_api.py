import pytest

from investdesk.agreements.models import Agreement, Obligation
from investdesk.agreements.tests.factories import make_agreement
from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.organisations.tests.factories import make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/agreements/"


@pytest.mark.parametrize(
    ("role", "read", "write"), [("curator", 200, 201), ("analyst", 200, 403), ("partner", 403, 403)]
)
def test_permissions(make_user, role, read, write):
    client = client_for(make_user(role))
    party = make_organisation()
    assert client.get(URL).status_code == read
    response = client.post(
        URL,
        {
            "kind": "memorandum",
            "title": "Меморандум",
            "signed_on": "2026-03-02",
            "parties": [party.pk],
        },
        format="json",
    )
    assert response.status_code == write
    assert Agreement.objects.filter(title="Меморандум").count() == (write == 201)


def test_update_version_and_validation(make_user):
    agreement = make_agreement(title="A")
    client = client_for(make_user("curator"))
    bad = client.patch(
        f"{URL}{agreement.pk}/", {"valid_until": "2000-01-01", "version": 1}, format="json"
    )
    assert bad.status_code == 400
    assert set(bad.data) <= {"valid_until", "non_field_errors"}
    assert (
        client.patch(
            f"{URL}{agreement.pk}/", {"title": "B", "version": 1}, format="json"
        ).status_code
        == 200
    )
    assert (
        client.patch(
            f"{URL}{agreement.pk}/", {"title": "C", "version": 1}, format="json"
        ).status_code
        == 409
    )
    agreement.refresh_from_db()
    assert agreement.title == "B"


def test_obligations(make_user):
    agreement = make_agreement()
    client = client_for(make_user("curator"))
    response = client.post(
        "/api/v1/obligations/", {"agreement": agreement.pk, "text": "Сделать ещё"}, format="json"
    )
    assert response.status_code == 201
    done = client.post(
        f"/api/v1/obligations/{response.data['id']}/set-status/",
        {"status": "fulfilled"},
        format="json",
    )
    assert done.status_code == 200
    assert Obligation.objects.get(pk=response.data["id"]).status == "fulfilled"
    empty = client.post(f"/api/v1/obligations/{response.data['id']}/set-status/", {})
    assert empty.status_code == 400
    assert "status" in empty.data
    assert Obligation.objects.get(pk=response.data["id"]).status == "fulfilled"
    rows = client.get("/api/v1/obligations/", {"status": "fulfilled"}).data["results"]
    assert [r["text"] for r in rows] == ["Сделать ещё"]


def test_list_queries_constant(make_user):
    assert_constant_queries(client_for(make_user("curator")), URL, rows_of(make_agreement))


def test_parties_change_and_delete_go_through_the_services(make_user):
    agreement = make_agreement()
    other = make_organisation(name="Другая сторона")
    admin = client_for(make_user("admin"))
    changed = admin.patch(
        f"{URL}{agreement.pk}/", {"parties": [other.pk], "version": 1}, format="json"
    )
    assert changed.status_code == 200, changed.data
    agreement.refresh_from_db()
    assert ([p.pk for p in agreement.parties.all()], agreement.version) == ([other.pk], 2)
    assert admin.delete(f"{URL}{agreement.pk}/").status_code == 204
    assert not Agreement.objects.filter(pk=agreement.pk).exists()
    assert not Obligation.objects.filter(agreement_id=agreement.pk).exists()
