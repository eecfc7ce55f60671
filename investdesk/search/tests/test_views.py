import pytest

pytestmark = pytest.mark.django_db


def test_search_page_requires_login(client):
    assert client.get("/search/", {"q": "кварц"}).status_code == 302


def test_search_page_groups_results(client, records, roles, make_user):
    client.force_login(make_user("leadership", username="leader"))
    response = client.get("/search/", {"q": "Деловой России"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="results-organisation"' in html
    assert records["business_russia"].get_absolute_url() in html


def test_htmx_gets_the_partial(client, records, roles, make_user):
    client.force_login(make_user("leadership", username="leader"))
    response = client.get("/search/", {"q": "кварц"}, headers={"HX-Request": "true"})
    assert "<html" not in response.content.decode()
    assert 'id="results-project"' in response.content.decode()


def test_search_query_count_is_constant(
    client, records, roles, make_user, django_assert_max_num_queries
):
    from investdesk.organisations.services import organisation_create

    client.force_login(make_user("leadership", username="leader"))
    client.get("/search/", {"q": "кварц"})
    for index in range(20):
        organisation_create(name=f"Кварцевый завод {index}", kind="enterprise")
    client.get("/search/", {"q": "завод"})  # indexes the 20 new organisations
    with django_assert_max_num_queries(20):
        client.get("/search/", {"q": "завод"})
