"""A person's files and notes are personal data: only the roles that see contact details
(curators, administrators) read them; analysts and leadership see the person, not them."""

import io

import pytest
from django.test import Client

from investdesk.attachments.services import attachment_upload
from investdesk.notes.services import note_create
from investdesk.people.tests.factories import make_person
from investdesk.projects.tests.factories import make_project

from .samples import pdf_bytes

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _attach(target, user):
    return attachment_upload(
        target=target, upload=io.BytesIO(pdf_bytes()), name="passport-scan.pdf", user=user
    )


@pytest.mark.parametrize("role", ["analyst", "leadership"])
def test_roles_without_personal_data_do_not_read_a_persons_files_or_notes(make_user, role):
    curator = make_user("curator")
    reader = make_user(role)
    person = make_person()
    attachment = _attach(person, curator)
    note_create(author=curator, target=person, text="Мобильный: +7 900 000-00-00")

    page = _client(reader).get(person.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "passport-scan.pdf" not in html and "+7 900 000-00-00" not in html
    assert _client(reader).get(f"/attachments/{attachment.pk}/").status_code == 404
    api = _client(reader).get(
        "/api/v1/attachments/", {"target_type": "person", "target_id": person.pk}
    )
    assert attachment.pk not in [row["id"] for row in api.json()["results"]]
    notes = _client(reader).get("/api/v1/notes/")
    assert "+7 900" not in notes.content.decode()

    # The curator who may see contact details reads both.
    own = _client(curator).get(person.get_absolute_url()).content.decode()
    assert "passport-scan.pdf" in own and "+7 900 000-00-00" in own


def test_the_same_roles_still_read_a_projects_files(make_user):
    curator = make_user("curator")
    analyst = make_user("analyst")
    project = make_project()
    attachment = _attach(project, curator)
    assert _client(analyst).get(f"/attachments/{attachment.pk}/").status_code == 200
