import datetime

import pytest

from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.engagements.services import ParticipantSpec, QuoteSpec, engagement_record
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create, person_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def zakharov(db):
    org = organisation_create(name="Деловая Россия", kind="business_association")
    return person_create(
        last_name="Захаров",
        first_name="Максим",
        position="Руководитель международного комитета",
        organisation=org,
        email="zakharov@example.ru",
        phone="+7 900 000-00-00",
    )


def test_anonymous_and_partner(client, make_user, zakharov):
    assert client.get(f"/people/{zakharov.pk}/").status_code == 302
    client.force_login(make_user("partner"))
    assert client.get("/people/").status_code == 403
    assert client.get(f"/people/{zakharov.pk}/").status_code == 403


def test_curator_sees_contact_details(client, make_user, zakharov):
    client.force_login(make_user("curator"))
    html = client.get(f"/people/{zakharov.pk}/").content.decode()
    assert "zakharov@example.ru" in html
    assert "+7 900 000-00-00" in html
    assert f'href="/dossier/person/{zakharov.pk}/"' in html
    assert f'href="/dossier/person/{zakharov.pk}/?format=pdf"' in html


@pytest.mark.parametrize("role", ["analyst", "leadership"])
def test_others_do_not_see_contact_details(client, make_user, zakharov, role):
    client.force_login(make_user(role))
    response = client.get(f"/people/{zakharov.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Захаров" in html
    assert "zakharov@example.ru" not in html
    assert "+7 900" not in html
    assert 'id="contacts"' not in html


def test_analyst_edit_has_no_contact_fields_and_keeps_them(client, make_user, zakharov):
    client.force_login(make_user("analyst"))
    response = client.get(f"/people/{zakharov.pk}/edit/")
    assert "email" not in response.context["form"].fields
    assert "zakharov@example.ru" not in response.content.decode()
    response = client.post(
        f"/people/{zakharov.pk}/edit/",
        {
            "last_name": "Захаров",
            "first_name": "Максим",
            "patronymic": "Игоревич",
            "position_title": zakharov.position,
            "position_organisation": zakharov.organisation_id,
            "version": zakharov.version,
        },
    )
    assert response.status_code == 302
    zakharov.refresh_from_db()
    assert zakharov.patronymic == "Игоревич"
    assert zakharov.email == "zakharov@example.ru"
    assert zakharov.positions.count() == 1


def test_position_change_keeps_history(client, make_user, zakharov):
    client.force_login(make_user("curator"))
    response = client.post(
        f"/people/{zakharov.pk}/edit/",
        {
            "last_name": "Захаров",
            "first_name": "Максим",
            "email": "zakharov@example.ru",
            "position_title": "Вице-президент",
            "position_organisation": zakharov.organisation_id,
            "position_started_on": "2026-01-15",
            "version": zakharov.version,
        },
    )
    assert response.status_code == 302
    zakharov.refresh_from_db()
    assert zakharov.position == "Вице-президент"
    titles = [(p.title, p.ended_on) for p in zakharov.positions.order_by("id")]
    assert titles == [
        ("Руководитель международного комитета", datetime.date(2026, 1, 15)),
        ("Вице-президент", None),
    ]
    html = client.get(f"/people/{zakharov.pk}/").content.decode()
    assert "Руководитель международного комитета" in html and "Вице-президент" in html


def test_create_and_validation(client, make_user):
    client.force_login(make_user("curator"))
    response = client.post("/people/new/", {"last_name": "", "email": "not-an-email"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["last_name"] == ["Обязательное поле."]
    assert errors["email"] == ["Введите правильный адрес электронной почты."]
    assert Person.objects.count() == 0
    response = client.post(
        "/people/new/",
        {
            "last_name": "Огородникова",
            "first_name": "Наталья",
            "position_title": "Заместитель губернатора",
        },
    )
    person = Person.objects.get()
    assert response.status_code == 302
    assert person.position == "Заместитель губернатора"


def test_concurrent_edit_refused(client, make_user, zakharov):
    client.force_login(make_user("curator"))
    read_version = zakharov.version
    person_update(
        person=zakharov, changes={"patronymic": "Петрович"}, expected_version=read_version
    )
    response = client.post(
        f"/people/{zakharov.pk}/edit/",
        {
            "last_name": "Захаров",
            "first_name": "Максим",
            "patronymic": "Иванович",
            "email": "zakharov@example.ru",
            "phone": "+7 900 000-00-00",
            "position_title": zakharov.position,
            "position_organisation": zakharov.organisation_id,
            "version": read_version,
        },
    )
    assert response.status_code == 409
    zakharov.refresh_from_db()
    assert zakharov.patronymic == "Петрович"
    assert [r["theirs"] for r in response.context["conflict_rows"]] == ["Петрович"]


def test_list_and_detail_query_counts(client, make_user, zakharov, django_assert_num_queries):
    client.force_login(make_user("curator"))
    counter = iter(range(1000))
    org = zakharov.organisation

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            person_create(last_name=f"Фамилия {i}", position="Директор", organisation=org)
            engagement_record(
                kind="negotiations",
                title=f"Встреча {i}",
                start_date=datetime.date(2025, 5, 1),
                participants=[ParticipantSpec(person=zakharov)],
                quotes=[QuoteSpec(text=f"Цитата {i}", person=zakharov)],
            )
            person_update(person=zakharov, changes={"notes": f"заметка {i}"})

    assert_constant_queries(client, "/people/", add)
    assert_constant_queries(client, f"/people/{zakharov.pk}/", add)
    html = client.get(f"/people/{zakharov.pk}/").content.decode()
    assert "Цитата 0" in html


@pytest.mark.parametrize("query", ["q=Фамилия", "q=фамилия директор", "organisation_kind=investor"])
def test_searched_and_filtered_lists_query_counts(client, make_user, query):
    client.force_login(make_user("curator"))
    organisation = organisation_create(name="Инвестор", kind="investor")
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            person_create(
                last_name=f"Фамилия {next(counter)}", position="Директор", organisation=organisation
            )

    assert_constant_queries(client, f"/people/?{query}", add)


def test_the_organisation_kind_filter_finds_the_people_of_those_kinds(client, make_user):
    # On SQLite the kind is checked behind a unary plus (``PersonFilter``): the same people.
    client.force_login(make_user("curator"))
    investor = organisation_create(name="Инвестор", kind="investor")
    agency = organisation_create(name="Ведомство", kind="government")
    people = {
        "investor": person_create(last_name="Акимов", organisation=investor),
        "government": person_create(last_name="Борисов", organisation=agency),
        None: person_create(last_name="Васильев"),
    }
    for kinds in (["investor"], ["government"], ["investor", "government"], ["enterprise"]):
        query = "&".join(f"organisation_kind={kind}" for kind in kinds)
        html = client.get(f"/people/?{query}").content.decode()
        shown = {kind for kind, person in people.items() if person.last_name in html}
        assert shown == set(kinds) & set(people)
