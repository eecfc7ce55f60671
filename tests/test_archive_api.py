"""``POST /api/v1/<entity>/{id}/archive/`` and ``restore/``: the web page's archive and restore
buttons in the API, through the same services, role checks and version conflict."""

import pytest

from investdesk.accounts.choices import Role
from investdesk.core.tests.helpers import API_URLCONF, client_for
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_archive, organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.projects.models import Project
from investdesk.projects.services import project_create

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]


def records():
    return {
        "organisations": organisation_create(name="ZE Optoelectronic", kind="investor"),
        "people": person_create(last_name="Огородникова", first_name="Наталья"),
        "projects": project_create(title="Завод кварца"),
    }


MODELS = {"organisations": Organisation, "people": Person, "projects": Project}


@pytest.mark.parametrize("entity", ["organisations", "people", "projects"])
def test_archive_then_restore_with_the_version(make_user, entity):
    record = records()[entity]
    client = client_for(make_user(Role.CURATOR))
    url = f"/api/v1/{entity}/{record.pk}/"
    response = client.post(f"{url}archive/", {"version": record.version}, format="json")
    assert response.status_code == 200, response.data
    assert response.data["is_archived"] is True
    assert MODELS[entity].objects.get(pk=record.pk).is_archived
    # Archived records leave the API's lists and details, but can be restored.
    assert client.get(url).status_code == 404
    response = client.post(
        f"{url}restore/", {}, format="json", HTTP_IF_MATCH=str(response.data["version"])
    )
    assert response.status_code == 200, response.data
    assert response.data["is_archived"] is False
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("entity", ["organisations", "people", "projects"])
def test_a_stale_version_answers_409_with_the_current_record(make_user, entity):
    record = records()[entity]
    stale = record.version
    keyword = {"organisations": "organisation", "people": "person", "projects": "project"}
    from investdesk.people.services import person_archive
    from investdesk.projects.services import project_archive

    service = {
        "organisations": organisation_archive,
        "people": person_archive,
        "projects": project_archive,
    }[entity]
    service(**{keyword[entity]: record}, archived=True)
    client = client_for(make_user(Role.CURATOR))
    response = client.post(
        f"/api/v1/{entity}/{record.pk}/restore/", {"version": stale}, format="json"
    )
    assert response.status_code == 409
    assert response.data["version"] == stale + 1
    assert response.data["current"]["is_archived"] is True
    assert MODELS[entity].objects.get(pk=record.pk).is_archived


@pytest.mark.parametrize("entity", ["organisations", "people", "projects"])
def test_roles_that_cannot_change_the_register_are_refused(make_user, entity):
    record = records()[entity]
    leader = client_for(make_user(Role.LEADERSHIP))
    assert leader.post(f"/api/v1/{entity}/{record.pk}/archive/").status_code == 403
    assert not MODELS[entity].objects.get(pk=record.pk).is_archived


def test_a_merged_record_cannot_be_restored(make_user):
    keep = organisation_create(name="Полярный кварц", kind="enterprise")
    merged = organisation_create(name="Полярный кварц АО", kind="enterprise")
    Organisation.objects.filter(pk=merged.pk).update(merged_into=keep, is_archived=True)
    response = client_for(make_user(Role.ADMIN)).post(f"/api/v1/organisations/{merged.pk}/restore/")
    assert response.status_code == 400
    assert Organisation.objects.get(pk=merged.pk).is_archived


def test_a_partner_cannot_archive_a_project_not_shared_with_them(make_user):
    project = project_create(title="Завод кварца")
    partner = client_for(make_user(Role.PARTNER))
    assert partner.post(f"/api/v1/projects/{project.pk}/archive/").status_code in (403, 404)
    assert not Project.objects.get(pk=project.pk).is_archived


def test_the_schema_documents_both_actions():
    from drf_spectacular.generators import SchemaGenerator

    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    for entity in MODELS:
        for name in ("archive", "restore"):
            operation = paths[f"/api/v1/{entity}/{{id}}/{name}/"]["post"]
            assert {"200", "403", "409"} <= set(operation["responses"])
            assert any(p["name"] == "If-Match" for p in operation.get("parameters", []))
