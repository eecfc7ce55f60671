"""Archived organisations, people and projects: a list of their own, archive and restore
from the record's page, with the role checks of the registers."""

import pytest
from django.test import Client

from investdesk.accounts.choices import Role
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_archive, organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.projects.models import Project
from investdesk.projects.services import project_create

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_archive_then_restore_an_organisation(make_user):
    curator = login(make_user(Role.CURATOR))
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    page = curator.get(f"/organisations/{ze.pk}/").content.decode()
    assert 'id="archive-button"' in page
    response = curator.post(
        f"/organisations/{ze.pk}/archive/", {"action": "archive", "version": ze.version}
    )
    assert response["Location"] == f"/organisations/{ze.pk}/"
    assert Organisation.objects.get(pk=ze.pk).is_archived
    assert "ZE Optoelectronic" not in curator.get("/organisations/").content.decode()
    archive = curator.get("/organisations/", {"archived": "1"})
    assert [o.pk for o in archive.context["object_list"]] == [ze.pk]
    assert 'id="archive-heading"' in archive.content.decode()
    page = curator.get(f"/organisations/{ze.pk}/").content.decode()
    assert 'id="restore-button"' in page and 'id="archived-badge"' in page
    ze.refresh_from_db()
    curator.post(f"/organisations/{ze.pk}/archive/", {"action": "restore", "version": ze.version})
    assert not Organisation.objects.get(pk=ze.pk).is_archived


def test_a_stale_version_is_refused(make_user):
    curator = login(make_user(Role.CURATOR))
    ze = organisation_create(name="ZE", kind="investor", country="CN")
    stale = ze.version
    organisation_archive(organisation=ze, archived=True)
    curator.post(f"/organisations/{ze.pk}/archive/", {"action": "restore", "version": stale})
    assert Organisation.objects.get(pk=ze.pk).is_archived


def test_a_merged_record_cannot_be_restored(make_user):
    admin = login(make_user(Role.ADMIN))
    keep = organisation_create(name="Полярный кварц", kind="enterprise")
    merged = organisation_create(name="Полярный кварц АО", kind="enterprise")
    Organisation.objects.filter(pk=merged.pk).update(merged_into=keep, is_archived=True)
    admin.post(f"/organisations/{merged.pk}/archive/", {"action": "restore"})
    assert Organisation.objects.get(pk=merged.pk).is_archived


def test_people_and_projects_archive_with_their_roles(make_user):
    curator, leader = make_user(Role.CURATOR), make_user(Role.LEADERSHIP)
    person = person_create(last_name="Огородникова", first_name="Наталья")
    project = project_create(title="Завод кварца")
    assert login(leader).post(f"/people/{person.pk}/archive/").status_code == 403
    assert login(leader).post(f"/projects/{project.pk}/archive/").status_code == 403
    login(curator).post(f"/people/{person.pk}/archive/", {"action": "archive"})
    login(curator).post(f"/projects/{project.pk}/archive/", {"action": "archive"})
    assert Person.objects.get(pk=person.pk).is_archived
    assert Project.objects.get(pk=project.pk).is_archived
    listed = login(curator).get("/projects/", {"archived": "1"}).context["object_list"]
    assert [p.pk for p in listed] == [project.pk]
    listed = login(curator).get("/people/", {"archived": "1"}).context["object_list"]
    assert [p.pk for p in listed] == [person.pk]
    assert list(login(curator).get("/people/").context["object_list"]) == []


def test_closed_support_cases_have_their_archive_and_cases_filter_by_applicant(make_user):
    import datetime

    from investdesk.support.services import support_case_close, support_case_open

    curator = login(make_user(Role.CURATOR))
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    quartz = organisation_create(name="Полярный кварц", kind="enterprise")
    applied = datetime.date(2026, 4, 30)
    open_case = support_case_open(organisation=ze, subject="Льготы резидента", applied_on=applied)
    other = support_case_open(organisation=quartz, subject="Подключение", applied_on=applied)
    closed = support_case_open(organisation=ze, subject="Земельный участок", applied_on=applied)
    support_case_close(case=closed, status="withdrawn", reason="Отозвано", on=applied)
    listed = curator.get("/support/").context["object_list"]
    assert {c.pk for c in listed} == {open_case.pk, other.pk}
    listed = curator.get("/support/", {"organisation": ze.pk}).context["object_list"]
    assert [c.pk for c in listed] == [open_case.pk]
    archive = curator.get("/support/", {"archived": "1"})
    assert [c.pk for c in archive.context["object_list"]] == [closed.pk]
    assert 'id="archive-toggle"' in archive.content.decode()
