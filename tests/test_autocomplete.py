"""One picker pattern: /autocomplete/<kind>/ answers at most 20 visible matches as JSON,
and a filter renders only the chosen record (with its label) — never every option."""

import pytest
from django.test import Client

from investdesk.accounts.choices import Role
from investdesk.core.autocomplete import AUTOCOMPLETE_LIMIT
from investdesk.organisations.services import organisation_create
from investdesk.projects.services import project_create

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_at_most_twenty_matches_and_the_chosen_left_out(make_user):
    client = login(make_user(Role.CURATOR))
    organisations = [
        organisation_create(name=f"Кварц {n:02d}", kind="enterprise") for n in range(25)
    ]
    rows = client.get("/autocomplete/organisations/", {"q": "кварц"}).json()["results"]
    assert len(rows) == AUTOCOMPLETE_LIMIT
    chosen = organisations[0].pk
    rows = client.get("/autocomplete/organisations/", {"q": "кварц 0", "selected": chosen}).json()[
        "results"
    ]
    assert chosen not in [row["id"] for row in rows] and len(rows) == 9
    labelled = client.get("/autocomplete/organisations/", {"ids": chosen}).json()["results"]
    assert labelled == [{"id": chosen, "text": "Кварц 00"}]


def test_the_chosen_records_that_match_are_named_apart(make_user):
    """A chosen record is left out of the matches; the answer says whether it matches, so
    a single-choice picker does not say "nothing found" while its choice fits the text."""
    client = login(make_user(Role.CURATOR))
    quartz = organisation_create(name="Полярный кварц", kind="enterprise")
    other = organisation_create(name="Технопарк Импульс", kind="enterprise")
    answer = client.get(
        "/autocomplete/organisations/", {"q": "кварц", "selected": [quartz.pk, other.pk]}
    ).json()
    assert answer == {"results": [], "selected": [quartz.pk]}
    answer = client.get("/autocomplete/organisations/", {"q": "кварц"}).json()
    assert answer == {"results": [{"id": quartz.pk, "text": "Полярный кварц"}], "selected": []}


def test_the_chosen_records_are_matched_within_what_the_user_sees(make_user):
    partner = login(make_user(Role.PARTNER))
    hidden = project_create(title="Завод кварца")
    answer = partner.get("/autocomplete/projects/", {"q": "кварц", "selected": hidden.pk}).json()
    assert answer == {"results": [], "selected": []}


def test_users_and_documents_are_pickers_too(make_user):
    curator = make_user(Role.CURATOR, username="ivanova", last_name="Иванова")
    make_user(Role.CURATOR, username="petrov", last_name="Петров")
    rows = login(curator).get("/autocomplete/users/", {"q": "петр"}).json()["results"]
    assert [row["text"] for row in rows] == ["Петров"]
    assert login(curator).get("/autocomplete/documents/", {"q": "x"}).status_code == 200


def test_a_partner_may_not_browse_the_registry(make_user):
    partner = login(make_user(Role.PARTNER))
    organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    assert partner.get("/autocomplete/organisations/", {"q": "ZE"}).status_code == 403
    assert partner.get("/autocomplete/projects/", {"q": "ZE"}).json()["results"] == []


def test_filters_render_only_the_chosen_record_with_its_label(make_user):
    client = login(make_user(Role.CURATOR))
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    organisation_create(name="Полярный кварц", kind="enterprise")
    project = project_create(title="Завод кварца")
    project_create(title="Рудник на Полярном Урале")
    html = client.get("/people/", {"organisation": ze.pk}).content.decode()
    assert f'<option value="{ze.pk}" selected>ZE Optoelectronic</option>' in html
    assert "Полярный кварц" not in html
    html = client.get("/engagements/", {"organisations": ze.pk}).content.decode()
    assert f'<option value="{ze.pk}" selected>ZE Optoelectronic</option>' in html
    assert "Полярный кварц" not in html
    html = client.get("/tasks/", {"project": project.pk}).content.decode()
    assert 'data-autocomplete-url="/autocomplete/projects/"' in html
    assert 'data-autocomplete-url="/autocomplete/users/"' in html
    assert f'<option value="{project.pk}" selected>Завод кварца</option>' in html
    assert "Рудник на Полярном Урале" not in html
    # Without a choice the pickers render no record at all.
    for url in ("/people/", "/engagements/", "/tasks/"):
        html = client.get(url).content.decode()
        assert "ZE Optoelectronic" not in html and "Завод кварца" not in html, url


def test_agreements_filter_by_party_and_project(make_user):
    import datetime

    from investdesk.agreements.services import agreement_create

    client = login(make_user(Role.CURATOR))
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    other = organisation_create(name="Полярный кварц", kind="enterprise")
    project = project_create(title="Завод кварца")
    signed = datetime.date(2026, 5, 4)
    memo = agreement_create(
        kind="memorandum", title="Меморандум", signed_on=signed, parties=[ze], project=project
    )
    agreement_create(kind="memorandum", title="Другое", signed_on=signed, parties=[other])
    response = client.get("/agreements/", {"party": ze.pk})
    assert [a.pk for a in response.context["object_list"]] == [memo.pk]
    assert f'<option value="{ze.pk}" selected>ZE Optoelectronic</option>' in (
        response.content.decode()
    )
    response = client.get("/agreements/", {"project": project.pk})
    assert [a.pk for a in response.context["object_list"]] == [memo.pk]


@pytest.mark.parametrize("value", ["²", "١", "99999999999999999999999", "9223372036854775808"])
def test_an_id_that_is_not_a_database_key_is_ignored_not_a_server_error(make_user, value):
    client = Client()
    client.force_login(make_user(Role.CURATOR))
    for param in ("ids", "selected"):
        response = client.get(f"/autocomplete/projects/?q=a&{param}={value}")
        assert response.status_code == 200
    response = client.get(f"/autocomplete/projects/?ids={value}")
    assert response.status_code == 200
    assert response.json() == {"results": [], "selected": []}


def _texts(client, kind: str, text: str) -> list[str]:
    rows = client.get(f"/autocomplete/{kind}/", {"q": text}).json()["results"]
    return [row["text"] for row in rows]


def test_names_starting_with_the_text_come_first(make_user):
    """A picker lists the names that start with the typed text first (alphabetically),
    then the others that contain it; two letters match only where a word begins."""
    client = login(make_user(Role.CURATOR))
    for name in ("Нефтегаз", "Северный газ", "Газовик", "Агат", "ГАЗ-Сервис"):
        organisation_create(name=name, kind="enterprise")
    assert _texts(client, "organisations", "газ") == [
        "ГАЗ-Сервис",
        "Газовик",
        "Нефтегаз",
        "Северный газ",
    ]
    assert _texts(client, "organisations", "га") == ["ГАЗ-Сервис", "Газовик", "Северный газ"]
    assert _texts(client, "organisations", "газ сев") == ["Северный газ"]


def test_people_by_last_name_first_then_first_name(make_user):
    from investdesk.people.services import person_create

    client = login(make_user(Role.CURATOR))
    person_create(last_name="Петрова", first_name="Анна")
    person_create(last_name="Анненков", first_name="Пётр")
    person_create(last_name="Иванов", first_name="Анатолий")
    person_create(last_name="Иванов", first_name="Сергей")
    assert _texts(client, "people", "ан") == ["Пётр Анненков", "Анатолий Иванов", "Анна Петрова"]
    assert _texts(client, "people", "иванов с") == ["Сергей Иванов"]


def test_the_picker_reads_a_fixed_number_of_queries_whatever_the_matches(make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(make_user(Role.CURATOR))
    client.get("/autocomplete/organisations/", {"q": "кварц"})  # the session, the user

    def queries(text: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get("/autocomplete/organisations/", {"q": text})
        return len(captured)

    organisation_create(name="Кварц 00", kind="enterprise")
    organisation_create(name="Полярный кварц", kind="enterprise")
    # Fewer names start with the text than a page: the others are read too (one query
    # more); never more than that, however many match.
    few = queries("кварц")
    assert queries("нет такого") == few
    for n in range(1, 25):
        organisation_create(name=f"Кварц {n:02d}", kind="enterprise")
    assert queries("кварц") == few - 1
