import pytest

from investdesk.accounts.choices import Role
from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for
from investdesk.notes.models import Note
from investdesk.notes.services import note_create
from investdesk.organisations.tests.factories import make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]

URL = "/api/v1/notes/"


def test_notes_are_listed_by_target_and_created(make_user):
    curator = make_user(Role.CURATOR)
    org, other = make_organisation(), make_organisation()
    note_create(author=curator, target=other, text="о другой")
    api = client_for(curator)
    response = api.post(
        URL,
        {"target_type": "organisations.organisation", "target_id": org.pk, "text": "звонок"},
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["author"] == curator.username and response.data["version"] == 1
    listed = api.get(URL, {"target_type": "organisations.organisation", "target_id": org.pk})
    assert [n["text"] for n in listed.data["results"]] == ["звонок"]


def test_a_missing_record_is_refused(make_user):
    api = client_for(make_user(Role.CURATOR))
    response = api.post(
        URL, {"target_type": "tasks.task", "target_id": 999_999, "text": "x"}, format="json"
    )
    assert response.status_code == 400 and "target_id" in response.data
    assert not Note.objects.exists()


def test_only_the_author_edits_with_the_version_read(make_user):
    author, other = make_user(Role.CURATOR), make_user(Role.CURATOR)
    note = note_create(author=author, target=make_organisation(), text="было")
    url = f"{URL}{note.pk}/"
    assert (
        client_for(other).patch(url, {"text": "x", "version": 1}, format="json").status_code == 403
    )
    api = client_for(author)
    assert api.patch(url, {"text": "стало", "version": 1}, format="json").data["version"] == 2
    stale = api.patch(url, {"text": "снова", "version": 1}, format="json")
    assert stale.status_code == 409 and stale.data["current"]["text"] == "стало"
    moved = api.patch(url, {"target_id": note.object_id + 1, "version": 2}, format="json")
    assert moved.status_code == 400
    assert client_for(other).delete(url).status_code == 403
    assert client_for(make_user(Role.ADMIN)).delete(url).status_code == 204
    assert api.get(url).status_code == 404  # deleted notes are gone from the API


def test_partners_are_refused(make_user):
    assert client_for(make_user(Role.PARTNER)).get(URL).status_code == 403


def test_the_list_runs_a_constant_number_of_queries(make_user):
    curator = make_user(Role.CURATOR)
    org = make_organisation()

    def add(n: int) -> None:
        for i in range(n):
            note_create(author=make_user(Role.CURATOR), target=org, text=f"n{i}")

    assert_constant_queries(client_for(curator), URL, add)
