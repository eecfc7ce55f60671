import pytest

from investdesk.core.tests.helpers import (
    API_URLCONF,
    TODAY,
    assert_constant_queries,
    client_for,
    rows_of,
)
from investdesk.engagements.models import Commitment, Engagement, EngagementParticipant
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.tests.factories import make_person
from investdesk.projects.tests.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/engagements/"


def test_partner_sees_only_engagements_on_shared_projects(make_user):
    partner = make_user("partner")
    project = make_project()
    project.shared_with.add(partner)
    seen = make_engagement(title="Визит", projects=[project])
    make_engagement(title="Другое")
    client = client_for(partner)
    assert [e["title"] for e in client.get(URL).data["results"]] == ["Визит"]
    commitments = client.get("/api/v1/commitments/").data["results"]
    assert {c["engagement"] for c in commitments} == {seen.pk}


def test_record_and_update(make_user):
    client = client_for(make_user("curator"))
    org = make_organisation()
    response = client.post(
        URL,
        {
            "kind": "delegation_visit",
            "title": "Визит ZE Optoelectronic",
            "start_date": "2026-03-02",
            "end_date": "2026-03-03",
            "organisations": [org.pk],
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    engagement = Engagement.objects.get(title="Визит ZE Optoelectronic")
    assert list(engagement.organisations.all()) == [org]
    stale = client.patch(f"{URL}{engagement.pk}/", {"venue": "X", "version": 3}, format="json")
    assert stale.status_code == 409
    ok = client.patch(
        f"{URL}{engagement.pk}/", {"venue": "Ханты-Мансийск", "version": 1}, format="json"
    )
    assert ok.status_code == 200
    engagement.refresh_from_db()
    assert (engagement.venue, engagement.version) == ("Ханты-Мансийск", 2)


def test_end_before_start_is_refused(make_user):
    response = client_for(make_user("curator")).post(
        URL,
        {"kind": "call", "title": "X", "start_date": "2026-03-02", "end_date": "2026-03-01"},
        format="json",
    )
    assert response.status_code == 400
    assert "non_field_errors" in response.data or "end_date" in response.data
    assert not Engagement.objects.exists()


def test_leadership_reads_only(make_user):
    make_engagement()
    client = client_for(make_user("leadership"))
    assert client.get(URL).status_code == 200
    response = client.post(
        URL, {"kind": "call", "title": "X", "start_date": "2026-01-01"}, format="json"
    )
    assert response.status_code == 403


def test_participants_outcomes_quotes_commitments(make_user):
    engagement = make_engagement()
    person = make_person()
    org = make_organisation()
    client = client_for(make_user("curator"))
    assert (
        client.post(
            "/api/v1/engagement-participants/",
            {"engagement": engagement.pk, "person": person.pk, "role": "guest"},
            format="json",
        ).status_code
        == 201
    )
    unnamed = client.post(
        "/api/v1/engagement-participants/",
        {"engagement": engagement.pk, "organisation": org.pk},
        format="json",
    )
    assert unnamed.status_code == 400  # an unnamed participant needs a role label
    assert EngagementParticipant.objects.filter(engagement=engagement).count() == 1
    assert (
        client.post(
            "/api/v1/outcomes/",
            {"engagement": engagement.pk, "kind": "other", "text": "Итог"},
            format="json",
        ).status_code
        == 201
    )
    assert (
        client.post(
            "/api/v1/quotes/",
            {"engagement": engagement.pk, "text": "Цитата", "person": person.pk},
            format="json",
        ).status_code
        == 201
    )
    created = client.post(
        "/api/v1/commitments/",
        {"engagement": engagement.pk, "text": "Проработать", "due_date": str(TODAY)},
        format="json",
    )
    assert created.status_code == 201, created.data
    done = client.post(
        f"/api/v1/commitments/{created.data['id']}/set-status/", {"status": "kept"}, format="json"
    )
    assert done.status_code == 200
    assert Commitment.objects.get(pk=created.data["id"]).status == "kept"
    empty = client.post(f"/api/v1/commitments/{created.data['id']}/set-status/", {}, format="json")
    assert empty.status_code == 400
    assert "status" in empty.data
    assert Commitment.objects.get(pk=created.data["id"]).status == "kept"


def test_filters_and_queries(make_user):
    client = client_for(make_user("curator"))
    make_engagement(kind="forum", title="Форум")
    make_engagement(kind="call", title="Звонок")
    rows = client.get(URL, {"kind": "forum"}).data["results"]
    assert [r["title"] for r in rows] == ["Форум"]
    org = make_organisation()
    assert_constant_queries(client, URL, rows_of(lambda: make_engagement(organisations=[org])))
    assert_constant_queries(client, "/api/v1/commitments/", rows_of(lambda: make_engagement()))


def test_record_a_visit_with_new_people_and_organisations_in_one_call(make_user):
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person

    client = client_for(make_user("curator"))
    body = {
        "kind": "delegation_visit",
        "title": "Визит делегации",
        "start_date": str(TODAY),
        "participants": [
            {
                "role": "guest",
                "role_label": "основатель",
                "new_organisation": {
                    "name": "ZE Optoelectronic",
                    "kind": "investor",
                    "country": "cn",
                },
                "new_person": {"last_name": "Чжан", "first_name": "Вэй"},
            }
        ],
    }
    response = client.post(URL, body, format="json")
    assert response.status_code == 201, response.data
    engagement = Engagement.objects.get(pk=response.data["id"])
    person = Person.objects.get(last_name="Чжан")
    assert (person.position, person.organisation.name) == ("основатель", "ZE Optoelectronic")
    assert person.organisation.country == "CN"
    participant = engagement.participants.get()
    assert (participant.person, participant.role) == (person, "guest")
    assert [o.name for o in engagement.organisations.all()] == ["ZE Optoelectronic"]

    # A participant's bad new record leaves nothing behind.
    body["title"] = "Другой визит"
    body["participants"] = [
        {"new_organisation": {"name": "Новая"}},
        {"new_person": {"last_name": "   "}},
    ]
    failed = client.post(URL, body, format="json")
    assert failed.status_code == 400
    assert not Organisation.objects.filter(name="Новая").exists()
    assert not Engagement.objects.filter(title="Другой визит").exists()
