import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.documents.models import Document
from investdesk.documents.tests.factories import make_document

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/documents/"


def test_store_once(make_user):
    client = client_for(make_user("analyst"))
    body = {"title": "Пресс-релиз", "text": "Югру посетила делегация", "kind": "press_release"}
    first = client.post(URL, body, format="json")
    second = client.post(URL, {**body, "title": "Копия"}, format="json")
    assert first.status_code == second.status_code == 201
    assert first.data["id"] == second.data["id"]
    assert Document.objects.count() == 1


def test_permissions(make_user):
    document = make_document()
    assert client_for(make_user("partner")).get(URL).status_code == 403
    assert client_for(make_user("curator")).delete(f"{URL}{document.pk}/").status_code == 403
    assert client_for(make_user("admin")).delete(f"{URL}{document.pk}/").status_code == 204
    assert not Document.objects.exists()


def test_filter_and_queries(make_user):
    client = client_for(make_user("analyst"))
    make_document(title="Меморандум", kind="agreement")
    assert [d["title"] for d in client.get(URL, {"kind": "agreement"}).data["results"]] == [
        "Меморандум"
    ]
    assert_constant_queries(client, URL, rows_of(make_document))
