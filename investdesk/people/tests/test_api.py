import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.models import Person
from investdesk.people.tests.factories import make_person

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/people/"


@pytest.mark.parametrize(
    ("role", "sees_contacts"),
    [("curator", True), ("admin", True), ("leadership", False), ("analyst", False)],
)
def test_contact_fields_only_for_curators_and_admins(make_user, role, sees_contacts):
    person = make_person(email="a@example.org", phone="+7 900", notes="private")
    client = client_for(make_user(role))
    detail = client.get(f"{URL}{person.pk}/").data
    row = client.get(URL).data["results"][0]
    for data in (detail, row):
        assert ("email" in data) is sees_contacts
        assert ("phone" in data) is sees_contacts
        assert ("notes" in data) is sees_contacts
    if sees_contacts:
        assert detail["email"] == "a@example.org"


def test_partner_cannot_read_people(make_user):
    make_person()
    assert client_for(make_user("partner")).get(URL).status_code == 403


def test_leadership_cannot_write(make_user):
    person = make_person(last_name="Огородникова")
    client = client_for(make_user("leadership"))
    assert client.post(URL, {"last_name": "X"}, format="json").status_code == 403
    response = client.patch(f"{URL}{person.pk}/", {"last_name": "Y", "version": 1}, format="json")
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.last_name == "Огородникова"


def test_create_with_position(make_user):
    fund = make_organisation(name="Фонд развития Югры")
    response = client_for(make_user("curator")).post(
        URL,
        {
            "last_name": "Огородникова",
            "first_name": "Наталья",
            "position": "заместитель губернатора",
            "organisation": fund.pk,
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    person = Person.objects.get(last_name="Огородникова")
    assert person.positions.get().title == "заместитель губернатора"
    assert person.organisation == fund


def test_change_of_position_is_recorded_in_history(make_user):
    person = make_person(position="советник")
    client = client_for(make_user("curator"))
    response = client.patch(
        f"{URL}{person.pk}/", {"position": "директор", "version": person.version}, format="json"
    )
    assert response.status_code == 200, response.data
    titles = list(person.positions.order_by("id").values_list("title", "ended_on"))
    assert [t for t, _ in titles] == ["советник", "директор"]
    assert titles[0][1] is not None and titles[1][1] is None
    assert response.data["position"] == "директор"


def test_stale_version_is_409(make_user):
    person = make_person(last_name="Захаров")
    client = client_for(make_user("curator"))
    response = client.patch(f"{URL}{person.pk}/", {"last_name": "Z", "version": 7}, format="json")
    assert response.status_code == 409
    assert response.data["current"]["last_name"] == "Захаров"


def test_empty_last_name_names_the_field(make_user):
    response = client_for(make_user("curator")).post(URL, {"last_name": ""}, format="json")
    assert response.status_code == 400
    assert list(response.data) == ["last_name"]


def test_filter_and_pagination(make_user):
    org = make_organisation()
    make_person(last_name="Захаров", first_name="Максим", organisation=org)
    make_person(last_name="Огородникова")
    make_person(last_name="Петров")
    client = client_for(make_user("curator"))
    assert [p["last_name"] for p in client.get(URL, {"q": "макс"}).data["results"]] == ["Захаров"]
    by_org = client.get(URL, {"organisation": org.pk}).data["results"]
    assert [p["last_name"] for p in by_org] == ["Захаров"]
    page = client.get(URL, {"page_size": 2, "page": 2}).data
    assert (page["count"], [p["last_name"] for p in page["results"]]) == (3, ["Петров"])


def test_delete_archives(make_user):
    person = make_person()
    assert client_for(make_user("admin")).delete(f"{URL}{person.pk}/").status_code == 204
    person.refresh_from_db()
    assert person.is_archived


def test_list_queries_constant(make_user):
    org = make_organisation()
    assert_constant_queries(
        client_for(make_user("curator")),
        URL,
        rows_of(lambda: make_person(position="директор", organisation=org)),
    )


def test_positions_endpoint(make_user):
    person = make_person(position="советник")
    client = client_for(make_user("curator"))
    response = client.post(
        "/api/v1/positions/", {"person": person.pk, "title": "министр"}, format="json"
    )
    assert response.status_code == 201, response.data
    person.refresh_from_db()
    assert person.position == "министр"
    listed = client.get("/api/v1/positions/", {"person": person.pk}).data
    assert listed["count"] == 2
