"""Pages of the engagements app: list, story page, record a visit, edit, commitments → tasks."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from investdesk.core.tests.helpers import login
from investdesk.engagements.models import Commitment, Engagement, EngagementParticipant
from investdesk.engagements.services import (
    CommitmentSpec,
    OutcomeSpec,
    ParticipantSpec,
    QuoteSpec,
    engagement_record,
)
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.projects.services import project_create
from investdesk.reference.models import Direction
from investdesk.sitecatalog.services import site_create
from investdesk.tasks.models import Task

pytestmark = pytest.mark.django_db

FOUR = ["quartz", "oil_refining", "machine_building", "export_promotion"]


def make_visit(n: int = 0, *, sites: int = 3, extra_people: int = 0, **kwargs) -> Engagement:
    """A visit like the founding one: host, unnamed guest roles, sites, four directions."""
    directions = list(Direction.objects.filter(code__in=FOUR))
    investor = organisation_create(name=f"ZE {n}", kind="investor", country="CN")
    host = person_create(last_name=f"Огородникова {n}", first_name="Наталья", position="зам")
    guests = [person_create(last_name=f"Гость {n}-{i}") for i in range(extra_people)]
    site_list = [
        site_create(name=f"Площадка {n}-{i}", kind="sez", latitude=61 + i, longitude=69)
        for i in range(sites)
    ]
    project = project_create(title=f"Кварц {n}", investors=[investor], directions=directions[:1])
    visit = engagement_record(
        kind="delegation_visit",
        title=f"Визит {n}",
        start_date=datetime.date(2026, 11, 2),
        end_date=datetime.date(2026, 11, 3),
        venue="Фонд развития Югры",
        participants=[
            ParticipantSpec(person=host, role="host"),
            ParticipantSpec(organisation=investor, role_label="основатель", role="guest"),
            *[ParticipantSpec(person=p, role="accompanying") for p in guests],
        ],
        sites=site_list,
        projects=[project],
        directions=directions,
        outcomes=[OutcomeSpec(text="Наметили направления", directions=directions)],
        commitments=[
            CommitmentSpec(
                text="Каждое направление будет проработано",
                person=host,
                directions=directions,
                due_date=datetime.date(2020, 1, 1),
            )
        ],
        quotes=[QuoteSpec(text="Надеюсь на сотрудничество", person=host)],
        **kwargs,
    )
    for day in range(2):
        engagement_record(
            kind="site_visit",
            title=f"Посещение {n}-{day}",
            parent=visit,
            start_date=visit.start_date + datetime.timedelta(days=day),
            sites=site_list[:1],
        )
    return visit


@pytest.mark.parametrize("url", ["/engagements/", "/engagements/1/", "/engagements/new/"])
def test_anonymous_is_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_story_page_tells_the_visit(curator):
    visit = make_visit()
    response = login(curator).get(visit.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "2 days" in content
    assert "основатель — <a" in content
    assert "ZE 0" in content
    groups = [
        (label, [str(p) for p in people])
        for label, people in response.context["participant_groups"]
    ]
    assert [label for label, _ in groups] == ["Host", "Guest"]
    assert content.count('class="site"') == 3
    assert content.count("badge text-bg-info me-1 direction") == 4
    assert "Посещение 0-0" in content and "Посещение 0-1" in content
    assert "Надеюсь на сотрудничество" in content
    assert "Create tasks" in content
    assert f'href="/dossier/engagement/{visit.pk}/"' in content
    assert 'data-map-root="detail-map"' in content
    assert len(response.context["points"]) == 3
    assert response.context["commitments"][0]["missing"][0].code in FOUR


def test_story_page_queries_do_not_grow(curator, django_assert_num_queries):
    small = make_visit(0, sites=1)
    big = make_visit(1, sites=6, extra_people=8)
    client = login(curator)
    with CaptureQueriesContext(connection) as baseline:
        assert client.get(small.get_absolute_url()).status_code == 200
    commitment = big.commitments.get()
    for direction in commitment.directions.all()[:2]:
        Task.objects.create(
            title="t",
            assignee=curator,
            due_date=datetime.date(2020, 1, 1),
            commitment=commitment,
            direction=direction,
            engagement=big,
        )
    with django_assert_num_queries(len(baseline.captured_queries)):
        assert client.get(big.get_absolute_url()).status_code == 200


def test_list_queries_do_not_grow(curator, django_assert_num_queries):
    make_visit(0)
    client = login(curator)
    with CaptureQueriesContext(connection) as baseline:
        response = client.get("/engagements/")
    assert response.status_code == 200
    assert response.context["total_count"] == 3
    for n in range(1, 7):
        make_visit(n)
    with django_assert_num_queries(len(baseline.captured_queries)):
        response = client.get("/engagements/")
    assert response.context["total_count"] == 21


def test_record_form_reads_the_directions_once_in_constant_queries(
    curator, django_assert_num_queries
):
    """The engagement's directions and each outcome's and commitment's row (and their
    empty rows) share one read of the directions; more directions add no query."""
    client = login(curator)
    client.get("/engagements/new/")  # warm the caches of the page shell
    with CaptureQueriesContext(connection) as baseline:
        response = client.get("/engagements/new/")
    assert response.status_code == 200
    sqls = [q["sql"] for q in baseline.captured_queries]
    assert sum('FROM "reference_direction"' in sql for sql in sqls) == 1
    assert not any("DECLARE" in sql for sql in sqls)
    active = Direction.objects.filter(is_active=True).count()
    # Every picker lists the directions: the engagement's, the outcome's and the
    # commitment's (row and empty row).
    content = response.content.decode()
    for name in ("directions", "outcomes-0-directions", "commitments-__prefix__-directions"):
        assert f'name="{name}"' in content
    assert content.count(f">{Direction.objects.filter(is_active=True).first()}</option>") == 5
    for n in range(3):
        Direction.objects.create(code=f"extra_{n}", name_ru=f"Доп {n}", name_en=f"Extra {n}")
    with django_assert_num_queries(len(sqls)):
        client.get("/engagements/new/")
    assert Direction.objects.filter(is_active=True).count() == active + 3


def test_partner_sees_only_engagements_of_shared_projects(make_user):
    partner = make_user("partner", username="partner")
    shared, hidden = make_visit(0), make_visit(1)
    shared.projects.get().shared_with.add(partner)
    client = login(partner)
    assert client.get(shared.get_absolute_url()).status_code == 200
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_commitment_creates_one_task_per_direction_with_owners(curator, make_user):
    other = make_user("curator", username="other")
    visit = make_visit()
    commitment = visit.commitments.get()
    quartz = Direction.objects.get(code="quartz")
    prefix = f"c{commitment.pk}"
    client = login(curator)
    response = client.post(
        f"/engagements/commitments/{commitment.pk}/tasks/",
        {
            f"{prefix}-assignee": curator.pk,
            f"{prefix}-due_date": "2026-12-31",
            f"{prefix}-owner_{quartz.pk}": other.pk,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == commitment.get_absolute_url()
    tasks = {t.direction.code: t for t in commitment.tasks.select_related("direction")}
    assert sorted(tasks) == sorted(FOUR)
    assert tasks["quartz"].assignee == other
    assert {tasks[c].assignee for c in FOUR if c != "quartz"} == {curator}
    assert {t.due_date for t in tasks.values()} == {datetime.date(2026, 12, 31)}
    # A second submit is idempotent: nothing new.
    client.post(
        f"/engagements/commitments/{commitment.pk}/tasks/",
        {f"{prefix}-assignee": curator.pk, f"{prefix}-due_date": "2026-12-31"},
    )
    assert commitment.tasks.count() == 4
    page = client.get(visit.get_absolute_url())
    assert page.context["commitments"][0]["form"] is None


def test_overdue_tasks_are_marked_on_the_story_page(curator):
    visit = make_visit()
    commitment = visit.commitments.get()
    Task.objects.create(
        title="Просроченная",
        assignee=curator,
        due_date=timezone.localdate() - datetime.timedelta(days=1),
        commitment=commitment,
        direction=commitment.directions.first(),
        engagement=visit,
    )
    content = login(curator).get(visit.get_absolute_url()).content.decode()
    assert 'class="overdue"' in content
    assert "overdue-badge" in content


def test_leadership_cannot_post_changes(make_user):
    leader = make_user("leadership", username="leader")
    visit = make_visit()
    commitment = visit.commitments.get()
    client = login(leader)
    assert client.get(visit.get_absolute_url()).status_code == 200
    assert client.post(f"/engagements/commitments/{commitment.pk}/tasks/", {}).status_code == 403
    assert client.post("/engagements/new/", {}).status_code == 403
    assert client.post(f"/engagements/{visit.pk}/edit/", {}).status_code == 403
    assert not Task.objects.exists()


def record_data(**overrides) -> dict:
    quartz = Direction.objects.get(code="quartz")
    data = {
        "kind": "delegation_visit",
        "status": "held",
        "title": "Визит делегации",
        "start_date": "2026-11-02",
        "end_date": "2026-11-03",
        "venue": "Фонд развития Югры",
        "directions": [quartz.pk],
        "participants-TOTAL_FORMS": "2",
        "participants-INITIAL_FORMS": "0",
        "participants-0-role": "host",
        "participants-0-new_person_last_name": "Огородникова",
        "participants-0-new_person_first_name": "Наталья",
        "participants-0-role_label": "заместитель губернатора",
        "participants-0-new_organisation_kind": "other",
        "participants-1-role": "guest",
        "participants-1-new_organisation_name": "ZE Optoelectronic",
        "participants-1-new_organisation_kind": "investor",
        "participants-1-new_organisation_country": "CN",
        "participants-1-role_label": "основатель",
        "outcomes-TOTAL_FORMS": "1",
        "outcomes-INITIAL_FORMS": "0",
        "outcomes-0-kind": "directions_agreed",
        "outcomes-0-text": "Наметили направления",
        "outcomes-0-directions": [quartz.pk],
        "commitments-TOTAL_FORMS": "1",
        "commitments-INITIAL_FORMS": "0",
        "commitments-0-text": "Проработать каждое направление",
        "commitments-0-directions": [quartz.pk],
        "commitments-0-due_date": "2026-12-01",
    }
    data.update(overrides)
    return data


def test_record_a_visit_creates_everything_in_one_go(curator):
    site = site_create(name="ОЭЗ «Нягань»", kind="sez")
    response = login(curator).post("/engagements/new/", record_data(sites=[site.pk]))
    visit = Engagement.objects.get()
    assert response.status_code == 302
    assert response["Location"] == visit.get_absolute_url()
    participants = {
        (
            p.role,
            str(p.person) if p.person else None,
            p.organisation.name if p.organisation else None,
            p.role_label,
        )
        for p in visit.participants.select_related("person", "organisation")
    }
    assert participants == {
        ("host", "Наталья Огородникова", None, "заместитель губернатора"),
        ("guest", None, "ZE Optoelectronic", "основатель"),
    }
    assert Organisation.objects.get().country == "CN"
    assert [s.name for s in visit.sites.all()] == ["ОЭЗ «Нягань»"]
    assert visit.outcomes.get().text == "Наметили направления"
    commitment = visit.commitments.get()
    assert (commitment.due_date, [d.code for d in commitment.directions.all()]) == (
        datetime.date(2026, 12, 1),
        ["quartz"],
    )
    assert visit.created_by == curator


def test_record_a_visit_with_an_error_creates_nothing(curator):
    # The organisation row is valid and would be created first; the bad date must undo it.
    response = login(curator).post(
        "/engagements/new/",
        record_data(end_date="2026-11-01", **{"participants-1-role_label": "основатель"}),
    )
    assert response.status_code == 400
    assert "end_date" in response.context["form"].errors
    assert not Engagement.objects.exists()
    assert not Organisation.objects.exists()
    assert not Person.objects.exists()
    assert not EngagementParticipant.objects.exists()
    assert not Commitment.objects.exists()


def test_record_a_visit_service_error_rolls_back_created_people(curator):
    # Dates are fine for the form; the service refuses an empty (whitespace) title.
    response = login(curator).post("/engagements/new/", record_data(title="   "))
    assert response.status_code == 400
    assert not Engagement.objects.exists()
    assert not Person.objects.exists()
    assert not Organisation.objects.exists()


def test_unnamed_participant_needs_a_role_named_in_the_error(curator):
    response = login(curator).post(
        "/engagements/new/", record_data(**{"participants-1-role_label": ""})
    )
    assert response.status_code == 400
    errors = response.context["participants"].forms[1].errors
    assert list(errors) == ["role_label"]
    assert "Role or position: An unnamed participant needs a role" in response.content.decode()
    assert not Engagement.objects.exists()


def test_edit_with_stale_version_is_refused(curator):
    visit = make_visit()
    data = {
        "kind": "delegation_visit",
        "status": "held",
        "title": "Новый заголовок",
        "start_date": "2026-11-02",
        "end_date": "2026-11-03",
        "version": visit.version,
    }
    client = login(curator)
    assert client.post(f"/engagements/{visit.pk}/edit/", data).status_code == 302
    data["title"] = "Другой заголовок"
    response = client.post(f"/engagements/{visit.pk}/edit/", data)
    assert response.status_code == 409
    visit.refresh_from_db()
    assert visit.title == "Новый заголовок"


def test_autocomplete_returns_matching_options(curator):
    organisation_create(name="ZE Optoelectronic SciTech", kind="investor", country="CN")
    organisation_create(name="Полярный кварц", kind="enterprise")
    response = login(curator).get("/autocomplete/organisations/", {"q": "scitech"})
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == ["ZE Optoelectronic SciTech"]
    assert login(curator).get("/autocomplete/unknown/", {"q": "x"}).status_code == 404


def test_partner_list_offers_only_organisations_of_visible_engagements(make_user):
    partner = make_user("partner", username="partner")
    shared, _hidden = make_visit(0), make_visit(1)
    shared.projects.get().shared_with.add(partner)
    response = login(partner).get("/engagements/")
    assert [e.pk for e in response.context["object_list"]] == [shared.pk]
    offered = {str(o) for o in response.context["filter"].form.fields["organisations"].queryset}
    assert offered == {"ZE 0"}


def test_a_partner_sees_the_names_it_may_not_open_as_plain_text(make_user, curator):
    partner = make_user("partner", username="partner")
    visit = make_visit(0)
    project = visit.projects.get()
    project.shared_with.add(partner)
    organisation = visit.participants.exclude(organisation=None).first().organisation
    person = visit.participants.exclude(person=None).first().person
    site = visit.sites.first()
    hidden = [organisation.get_absolute_url(), person.get_absolute_url()]

    page = login(partner).get(visit.get_absolute_url())
    html = page.content.decode()
    assert organisation.name in html and person.full_name in html
    assert not [url for url in hidden if f'href="{url}"' in html]  # each would answer 403
    assert f'<li class="site">{site.name}</li>' in html
    assert [login(partner).get(url).status_code for url in hidden] == [403, 403]
    assert login(partner).get(site.get_absolute_url()).status_code == 403
    investor = project.participants.first().organisation
    own = login(partner).get(project.get_absolute_url()).content.decode()
    assert investor.name in own
    assert f'href="{investor.get_absolute_url()}"' not in own

    # Colleagues who open them still follow the links.
    html = login(curator).get(visit.get_absolute_url()).content.decode()
    assert all(f'href="{url}"' in html for url in hidden)
    assert f'<a href="{site.get_absolute_url()}">{site.name}</a></li>' in html
