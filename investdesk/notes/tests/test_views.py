import pytest
from django.urls import reverse

from investdesk.accounts.choices import Role
from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.engagements.tests.factories import make_engagement
from investdesk.notes.models import Note
from investdesk.notes.services import note_create
from investdesk.organisations.tests.factories import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(make_user, client):
    user = make_user(Role.CURATOR, username="curator")
    client.force_login(user)
    return user


def thread_url(record) -> str:
    return reverse("notes:thread", args=[record._meta.label_lower, record.pk])


def test_the_detail_page_shows_the_thread_and_htmx_adds_a_note(client, curator):
    org = make_organisation()
    page = client.get(org.get_absolute_url()).content.decode()
    assert 'id="notes"' in page and thread_url(org) in page
    response = client.post(
        thread_url(org), {"text": "Звонил, пришлют к пятнице"}, HTTP_HX_REQUEST="true"
    )
    note = Note.objects.get()
    html = response.content.decode()
    assert f'id="note-{note.pk}"' in html and "Звонил, пришлют к пятнице" in html
    # The note is on the record's timeline too, linked to its place in the thread.
    page = client.get(org.get_absolute_url()).content.decode()
    assert f'href="#note-{note.pk}"' in page


def test_without_htmx_a_note_returns_to_the_record_at_the_note(client, curator):
    org = make_organisation()
    response = client.post(thread_url(org), {"text": "Без htmx"})
    note = Note.objects.get()
    assert response.url == f"{org.get_absolute_url()}#note-{note.pk}"


def test_the_author_edits_in_place_and_a_stale_version_is_shown(client, curator):
    org = make_organisation()
    note = note_create(author=curator, target=org, text="было")
    edit = reverse("notes:edit", args=[note.pk])
    assert "было" in client.get(edit, HTTP_HX_REQUEST="true").content.decode()
    response = client.post(edit, {"text": "стало", "version": 1}, HTTP_HX_REQUEST="true")
    assert response["HX-Retarget"] == "#notes" and "стало" in response.content.decode()
    response = client.post(edit, {"text": "по старой", "version": 1}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "alert-warning" in response.content.decode()
    note.refresh_from_db()
    assert (note.text, note.version) == ("стало", 2)


def test_somebody_elses_note_is_neither_edited_nor_deleted(client, curator, make_user):
    note = note_create(author=make_user(Role.CURATOR), target=make_organisation(), text="чужая")
    assert client.get(reverse("notes:edit", args=[note.pk])).status_code == 403
    assert client.post(reverse("notes:delete", args=[note.pk])).status_code == 403
    note.refresh_from_db()
    assert note.deleted_at is None
    page = client.get(note.target.get_absolute_url()).content.decode()
    assert reverse("notes:edit", args=[note.pk]) not in page


def test_partners_see_no_notes_even_on_a_shared_project(client, make_user):
    from investdesk.projects.services import project_share
    from investdesk.projects.tests.factories import make_project

    partner = make_user(Role.PARTNER, username="partner")
    project = make_project()
    project_share(project=project, partners=[partner])
    note_create(author=make_user(Role.CURATOR), target=project, text="внутренняя заметка")
    client.force_login(partner)
    page = client.get(project.get_absolute_url())
    assert page.status_code == 200
    assert "внутренняя заметка" not in page.content.decode()
    assert client.get(thread_url(project)).status_code == 403


def test_mention_suggestions_list_colleagues_only(client, curator, make_user):
    make_user(Role.CURATOR, username="petrov")
    make_user(Role.PARTNER, username="petrenko")
    data = client.get(reverse("notes:users"), {"q": "@pe"}).json()
    assert [u["username"] for u in data["results"]] == ["petrov"]


def test_the_thread_panel_runs_a_constant_number_of_queries(client, curator, make_user):
    engagement = make_engagement()
    authors = [curator, make_user(Role.CURATOR), make_user(Role.LEADERSHIP)]

    def add(n: int) -> None:
        for i in range(n):
            note_create(author=authors[i % 3], target=engagement, text=f"заметка {i}")

    assert_constant_queries(client, thread_url(engagement), add)
    assert_constant_queries(client, engagement.get_absolute_url(), add)
