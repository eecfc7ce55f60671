import datetime
import re

import pytest
from django.urls import reverse

from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.engagements.choices import EngagementKind
from investdesk.engagements.services import CommitmentSpec, ParticipantSpec, engagement_record
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create, organisation_update
from investdesk.people.services import person_create
from investdesk.projects.services import project_create
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def ze(db):
    return organisation_create(
        name="ZE Optoelectronic",
        kind="investor",
        country="CN",
        name_original="ZE Optoelectronic SciTech Co., Ltd.",
        aliases=["ЗЕ Оптоэлектроник"],
    )


def test_anonymous_is_sent_to_login(client, ze):
    for url in ("/organisations/", f"/organisations/{ze.pk}/", "/organisations/new/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_partner_cannot_see_organisations(client, make_user, ze):
    client.force_login(make_user("partner"))
    assert client.get("/organisations/").status_code == 403
    assert client.get(f"/organisations/{ze.pk}/").status_code == 403


def test_leadership_reads_only(client, make_user, ze):
    client.force_login(make_user("leadership"))
    response = client.get("/organisations/")
    assert response.status_code == 200
    assert "/organisations/new/" not in response.content.decode()
    assert client.get("/organisations/new/").status_code == 403
    assert client.get(f"/organisations/{ze.pk}/edit/").status_code == 403
    response = client.post("/organisations/new/", {"name": "X", "kind": "other", "country": "RU"})
    assert response.status_code == 403
    assert not Organisation.objects.filter(name="X").exists()


def test_list_filters_sorts_and_counts(client, curator, ze):
    organisation_create(name="Фонд развития Югры", kind="development_institution")
    organisation_create(name="Деловая Россия", kind="business_association")
    client.force_login(curator)
    response = client.get("/organisations/?kind=investor")
    assert [o.name for o in response.context["object_list"]] == ["ZE Optoelectronic"]
    assert response.context["total_count"] == 1
    response = client.get("/organisations/?q=Оптоэлектроник")  # matched by alias
    assert [o.name for o in response.context["object_list"]] == ["ZE Optoelectronic"]
    response = client.get("/organisations/?sort=-name")
    names = [o.name for o in response.context["object_list"]]
    assert names == sorted(names, reverse=True)
    assert response.context["total_count"] == 3
    html = response.content.decode()
    assert 'href="/organisations/export.xlsx?sort=-name"' in html
    response = client.get("/organisations/?sort=password")  # not whitelisted: default order
    assert [o.name for o in response.context["object_list"]] == sorted(names)


def test_list_query_count_is_constant(client, curator, django_assert_num_queries):
    client.force_login(curator)
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            parent = organisation_create(name=f"Холдинг {i}", kind="investor")
            organisation_create(name=f"Дочка {i}", kind="investor", parent=parent)

    assert_constant_queries(client, "/organisations/", add)


def test_detail_shows_relations(client, curator, ze):
    founder = person_create(
        last_name="Ли", first_name="Вэй", position="Основатель", organisation=ze
    )
    project = project_create(title="Глубокая переработка кварца", investors=[ze])
    engagement_record(
        kind=EngagementKind.DELEGATION_VISIT,
        title="Визит ZE Optoelectronic в Югру",
        start_date=datetime.date(2025, 11, 10),
        end_date=datetime.date(2025, 11, 11),
        organisations=[ze],
        participants=[ParticipantSpec(person=founder, organisation=ze, role="guest")],
        commitments=[CommitmentSpec(text="Проработать каждое направление детально")],
    )
    organisation_update(organisation=ze, changes={"website": "https://ze.example.cn"})
    client.force_login(curator)
    response = client.get(f"/organisations/{ze.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ли" in html and "Основатель" in html
    assert project.title in html
    assert "Визит ZE Optoelectronic в Югру" in html
    assert "Проработать каждое направление детально" in html
    assert "ЗЕ Оптоэлектроник" in html
    assert f'href="/dossier/organisation/{ze.pk}/"' in html
    assert f'href="/dossier/organisation/{ze.pk}/?format=pdf"' in html
    kinds = set(re.findall(r'data-kind="([a-z]+)"', html))
    assert {"engagement", "commitment", "edit", "created"} <= kinds


def test_detail_query_count_is_constant(client, curator, ze, django_assert_num_queries):
    client.force_login(curator)
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            person = person_create(last_name=f"Сотрудник {i}", position="Инженер", organisation=ze)
            project = project_create(title=f"Проект {i}", investors=[ze])
            engagement_record(
                kind=EngagementKind.NEGOTIATIONS,
                title=f"Встреча {i}",
                start_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=i),
                organisations=[ze],
                projects=[project],
                participants=[ParticipantSpec(person=person, organisation=ze)],
                commitments=[CommitmentSpec(text=f"Обещание {i}")],
            )
            task_create(
                title=f"Задача {i}",
                assignee=curator,
                due_date=datetime.date(2026, 1, 1),
                organisation=ze,
                project=project,
            )
            organisation_update(organisation=ze, changes={"description": f"Версия {i}"})

    assert_constant_queries(client, f"/organisations/{ze.pk}/", add)


def test_create_with_aliases(client, curator):
    client.force_login(curator)
    response = client.post(
        "/organisations/new/",
        {
            "name": "Полярный кварц",
            "kind": "enterprise",
            "country": "RU",
            "aliases": "Полярного кварца\nПолярному кварцу",
        },
    )
    organisation = Organisation.objects.get(name="Полярный кварц")
    assert response.status_code == 302
    assert response["Location"] == f"/organisations/{organisation.pk}/"
    assert sorted(a.alias for a in organisation.aliases.all()) == [
        "Полярного кварца",
        "Полярному кварцу",
    ]


def test_create_validation_names_the_field_in_russian(client, curator, ze):
    client.force_login(curator)
    response = client.post(
        "/organisations/new/", {"name": "", "kind": "investor", "country": "RU", "inn": "123"}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["name"] == ["Обязательное поле."]
    assert "inn" in form.errors
    html = response.content.decode()
    assert "Обязательное поле." in html
    assert Organisation.objects.count() == 1
    response = client.post(
        "/organisations/new/", {"name": "ze optoelectronic", "kind": "investor", "country": "CN"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Organisation.objects.count() == 1


def test_edit_saves_through_service_and_bumps_version(client, curator, ze):
    client.force_login(curator)
    response = client.post(
        f"/organisations/{ze.pk}/edit/",
        {
            "name": ze.name,
            "kind": "investor",
            "country": "CN",
            "version": ze.version,
            "website": "ze.example.cn",
        },
    )
    assert response.status_code == 302
    ze.refresh_from_db()
    assert ze.version == 2
    assert ze.website == "https://ze.example.cn"


def test_concurrent_edit_is_refused_and_shows_their_change(client, curator, ze):
    client.force_login(curator)
    form_version = client.get(f"/organisations/{ze.pk}/edit/").context["form"]["version"].value()
    assert form_version == 1
    organisation_update(  # someone else saves first
        organisation=ze, changes={"short_name": "ZE"}, expected_version=1
    )
    response = client.post(
        f"/organisations/{ze.pk}/edit/",
        {
            "name": ze.name,
            "name_original": ze.name_original,
            "kind": "investor",
            "country": "CN",
            "version": form_version,
            "short_name": "ZEO",
        },
    )
    assert response.status_code == 409
    ze.refresh_from_db()
    assert ze.short_name == "ZE"
    assert ze.version == 2
    rows = response.context["conflict_rows"]
    assert rows == [
        {"name": "short_name", "label": rows[0]["label"], "theirs": "ZE", "yours": "ZEO"}
    ]
    html = response.content.decode()
    assert 'id="conflict"' in html
    assert 'name="version" value="2"' in html
    # Having seen their change, the user saves again on purpose.
    response = client.post(
        f"/organisations/{ze.pk}/edit/",
        {
            "name": ze.name,
            "name_original": ze.name_original,
            "kind": "investor",
            "country": "CN",
            "version": 2,
            "short_name": "ZEO",
        },
    )
    assert response.status_code == 302
    ze.refresh_from_db()
    assert (ze.short_name, ze.version) == ("ZEO", 3)


def test_edit_without_version_is_refused(client, curator, ze):
    client.force_login(curator)
    response = client.post(
        f"/organisations/{ze.pk}/edit/",
        {"name": "Другое имя", "kind": "investor", "country": "CN"},
    )
    assert response.status_code == 409
    ze.refresh_from_db()
    assert ze.name == "ZE Optoelectronic"
