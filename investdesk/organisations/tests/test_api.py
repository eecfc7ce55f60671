import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.organisations.tests.factories import make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/organisations/"


@pytest.fixture
def curator(make_user):
    return make_user("curator")


@pytest.mark.parametrize(
    ("roles", "read", "write"),
    [
        (("curator",), 200, 201),
        (("analyst",), 200, 201),
        (("leadership",), 200, 403),
        (("partner",), 403, 403),
        (("admin",), 200, 201),
    ],
)
def test_permissions_per_role(make_user, roles, read, write):
    client = client_for(make_user(*roles))
    assert client.get(URL).status_code == read
    response = client.post(URL, {"name": "ZE Optoelectronic", "kind": "investor"}, format="json")
    assert response.status_code == write
    assert Organisation.objects.filter(name="ZE Optoelectronic").count() == (write == 201)


def test_anonymous_is_refused(db):
    assert client_for(None).get(URL).status_code in (401, 403)


def test_create_with_aliases_through_the_service(curator):
    response = client_for(curator).post(
        URL,
        {"name": "Полярный кварц", "kind": "enterprise", "new_aliases": ["Полярного кварца"]},
        format="json",
    )
    assert response.status_code == 201, response.data
    org = Organisation.objects.get(name="Полярный кварц")
    assert response.data["version"] == 1
    assert [a["alias"] for a in response.data["aliases"]] == ["Полярного кварца"]
    assert list(org.aliases.values_list("alias", flat=True)) == ["Полярного кварца"]


def test_validation_error_names_the_field(curator):
    response = client_for(curator).post(
        URL, {"name": "Bad", "kind": "investor", "inn": "1234567890"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.data) == ["inn"]
    assert not Organisation.objects.filter(name="Bad").exists()


def test_duplicate_name_is_a_field_error(curator):
    make_organisation(name="Фонд развития Югры")
    response = client_for(curator).post(
        URL, {"name": "фонд развития югры", "kind": "investor"}, format="json"
    )
    assert response.status_code == 400
    assert set(response.data) <= {"name", "non_field_errors"}
    assert Organisation.objects.count() == 1


def test_update_with_current_version(curator):
    org = make_organisation(name="Old")
    response = client_for(curator).patch(
        f"{URL}{org.pk}/", {"name": "New", "version": 1}, format="json"
    )
    assert response.status_code == 200, response.data
    assert response.data["version"] == 2
    org.refresh_from_db()
    assert (org.name, org.version) == ("New", 2)


def test_stale_version_gets_409_with_current_state(curator):
    org = make_organisation(name="Old")
    client = client_for(curator)
    assert (
        client.patch(f"{URL}{org.pk}/", {"name": "First", "version": 1}, format="json").status_code
        == 200
    )
    response = client.patch(f"{URL}{org.pk}/", {"name": "Second", "version": 1}, format="json")
    assert response.status_code == 409
    assert response.data["version"] == 2
    assert response.data["current"]["name"] == "First"
    org.refresh_from_db()
    assert (org.name, org.version) == ("First", 2)


def test_if_match_header_carries_the_version(curator):
    org = make_organisation(name="Old")
    client = client_for(curator)
    stale = client.patch(f"{URL}{org.pk}/", {"name": "X"}, format="json", HTTP_IF_MATCH='"5"')
    assert stale.status_code == 409
    ok = client.patch(f"{URL}{org.pk}/", {"name": "X"}, format="json", HTTP_IF_MATCH='"1"')
    assert ok.status_code == 200


def test_update_without_version_is_refused(curator):
    org = make_organisation(name="Old")
    response = client_for(curator).patch(f"{URL}{org.pk}/", {"name": "X"}, format="json")
    assert response.status_code == 400
    assert list(response.data) == ["version"]
    org.refresh_from_db()
    assert org.name == "Old"


def test_delete_archives(make_user):
    org = make_organisation()
    response = client_for(make_user("admin")).delete(f"{URL}{org.pk}/")
    assert response.status_code == 204
    org.refresh_from_db()
    assert org.is_archived is True
    assert client_for(make_user("admin")).get(f"{URL}{org.pk}/").status_code == 404


def test_filters_and_ordering(curator):
    make_organisation(name="Альфа", kind="investor", country="CN")
    make_organisation(name="Бета", kind="government")
    gamma = make_organisation(name="Гамма", kind="investor", aliases=["Gamma Ltd"])
    client = client_for(curator)
    names = lambda r: [row["name"] for row in r.data["results"]]  # noqa: E731
    assert names(client.get(URL, {"kind": "investor"})) == ["Альфа", "Гамма"]
    assert names(client.get(URL, {"country": "CN"})) == ["Альфа"]
    assert names(client.get(URL, {"q": "gamma"})) == [gamma.name]
    assert names(client.get(URL, {"ordering": "-name"})) == ["Гамма", "Бета", "Альфа"]


def test_pagination(curator):
    for name in ("A", "B", "C"):
        make_organisation(name=name)
    response = client_for(curator).get(URL, {"page_size": 2})
    assert response.data["count"] == 3
    assert [r["name"] for r in response.data["results"]] == ["A", "B"]
    assert response.data["next"].endswith("page=2&page_size=2")


def test_list_queries_constant(curator):
    assert_constant_queries(
        client_for(curator), URL, rows_of(lambda: make_organisation(aliases=["x", "y"]))
    )


def test_alias_endpoint(curator):
    org = make_organisation(name="Деловая Россия")
    client = client_for(curator)
    response = client.post(
        "/api/v1/organisation-aliases/",
        {"organisation": org.pk, "alias": "Деловой России", "kind": "inflected"},
        format="json",
    )
    assert response.status_code == 201, response.data
    assert OrganisationAlias.objects.filter(organisation=org, alias="Деловой России").exists()
    listed = client.get("/api/v1/organisation-aliases/", {"organisation": org.pk})
    assert [a["alias"] for a in listed.data["results"]] == ["Деловой России"]


def test_token_authentication_with_drf_create_token(make_user):
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    user = make_user("leadership", username="portal")
    make_organisation(name="Фонд развития Югры")
    call_command("drf_create_token", "portal")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get(user=user).key}")
    response = client.get(URL)
    assert response.status_code == 200
    assert [row["name"] for row in response.data["results"]] == ["Фонд развития Югры"]
    client.credentials(HTTP_AUTHORIZATION="Token wrong")
    # Session authentication comes first, so DRF answers 403 rather than 401.
    assert client.get(URL).status_code == 403
