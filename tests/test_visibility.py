"""One visibility rule, checked where the review found it broken (issue 13, finding 3).

No role, no data; partners see only what is shared with them; a confidential project
shows its code name to everyone but its curator and the administrators.
"""

import datetime

import pytest
from access_world import NO_ROLE, SECRET_CODE, SECRET_TITLE, TODAY, build_world
from django.utils import timezone
from rest_framework.test import APIClient

from investdesk.accounts.choices import Role
from investdesk.accounts.services import calendar_token_regenerate, user_create
from investdesk.engagements.services import engagement_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def _api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_a_user_without_a_role_sees_nothing_on_home_calendar_and_feed(world):
    nobody = world.users[NO_ROLE]
    # Even an assignment or a share left over from an old role shows nothing.
    from investdesk.projects.services import project_share

    project_share(project=world.shared, partners=[nobody])
    soon = timezone.localdate() + datetime.timedelta(days=3)
    engagement_record(
        kind="delegation_visit", title="Визит ZE", start_date=soon, projects=[world.shared]
    )
    client = _client(nobody)
    home = client.get("/")
    assert home.status_code == 200
    assert home.context["engagements"] == [] and home.context["projects"] == []
    assert "Визит ZE" not in home.content.decode()
    calendar = client.get("/engagements/calendar/", {"date": soon.isoformat()})
    assert not any(
        day.engagements or day.tasks for week in calendar.context["weeks"] for day in week
    )
    feed = client.get(f"/calendar/{calendar_token_regenerate(user=nobody)}.ics")
    assert feed.status_code == 200
    assert "BEGIN:VEVENT" not in feed.content.decode()
    # The same feed for a curator has the visit: the test would see a leak.
    curator_feed = client.get(
        f"/calendar/{calendar_token_regenerate(user=world.users[Role.CURATOR])}.ics"
    )
    assert "BEGIN:VEVENT" in curator_feed.content.decode()


def test_the_engagement_page_and_api_show_a_partner_only_shared_links(world):
    partner = world.users[Role.PARTNER]
    both = engagement_record(
        kind="negotiations",
        title="Общая встреча",
        start_date=TODAY,
        projects=[world.shared, world.secret],
        documents=[world.document],
    )
    engagement_record(
        kind="site_visit",
        title="Закрытый осмотр",
        start_date=TODAY,
        parent=both,
        projects=[world.secret],
    )
    from investdesk.agreements.services import agreement_create

    agreement_create(
        kind="memorandum",
        title="Закрытый меморандум",
        signed_on=TODAY,
        parties=[world.organisation],
        engagement=both,
    )
    page = _client(partner).get(f"/engagements/{both.pk}/")
    assert page.status_code == 200
    story = page.context["engagement"]
    assert [p.pk for p in story.project_list] == [world.shared.pk]
    assert story.part_list == [] and story.agreement_list == [] and story.document_list == []
    html = page.content.decode()
    for hidden in ("Закрытый осмотр", "Закрытый меморандум", SECRET_CODE, "Пресс-релиз"):
        assert hidden not in html
    data = _api(partner).get(f"/api/v1/engagements/{both.pk}/").json()
    assert data["projects"] == [world.shared.pk]
    assert data["documents"] == []
    # A curator sees every link of the same engagement.
    data = _api(world.users[Role.CURATOR]).get(f"/api/v1/engagements/{both.pk}/").json()
    assert sorted(data["projects"]) == sorted([world.shared.pk, world.secret.pk])


@pytest.mark.parametrize(
    ("role", "sees_title"),
    [
        (Role.LEADERSHIP, False),
        (Role.ANALYST, False),
        ("other_curator", False),
        (Role.CURATOR, True),  # the project's own curator
        (Role.ADMIN, True),
    ],
)
def test_a_confidential_title_is_only_for_its_curator_and_administrators(world, role, sees_title):
    if role == "other_curator":
        user = user_create(username="c2", password="pass-12345", roles=[Role.CURATOR])
    else:
        user = world.users[role]
    secret = world.secret.pk
    api = _api(user)
    assert api.get(f"/api/v1/projects/{secret}/").json()["title"] == (
        SECRET_TITLE if sees_title else SECRET_CODE
    )
    found = [
        p["id"] for p in api.get("/api/v1/projects/", {"q": "особой чистоты"}).json()["results"]
    ]
    assert found == ([secret] if sees_title else [])
    client = _client(user)
    listed = client.get("/projects/", {"q": "особой чистоты"}).context["object_list"]
    assert [p.pk for p in listed] == ([secret] if sees_title else [])
    options = client.get("/autocomplete/projects/", {"q": "особой"}).json()["results"]
    assert (SECRET_TITLE in str(options)) is sees_title
    assert ([row["id"] for row in options] == [secret]) is sees_title
    # The code name finds the project for everyone who sees it.
    assert [p.pk for p in client.get("/projects/", {"q": "Альфа"}).context["object_list"]] == [
        secret
    ]
    detail = client.get(f"/projects/{secret}/").content.decode()
    assert (SECRET_TITLE in detail) is sees_title


def test_user_filters_offer_a_partner_only_people_of_shared_work(world):
    partner = world.users[Role.PARTNER]
    curator = world.users[Role.CURATOR]
    stranger = user_create(username="stranger", password="pass-12345", roles=[Role.CURATOR])
    client = _client(partner)
    curators = client.get("/projects/").context["filter"].form.fields["curator"].queryset
    assert set(curators) == {partner, curator}
    assignees = client.get("/tasks/").context["filter"].form.fields["assignee"].queryset
    assert set(assignees) == {partner, curator}
    projects = client.get("/tasks/").context["filter"].form.fields["project"].queryset
    assert list(projects) == [world.shared]
    # Filtering the API by a user not offered is refused like any invalid choice.
    assert _api(partner).get("/api/v1/tasks/", {"assignee": stranger.pk}).status_code == 400
    assert (
        stranger
        in client.get("/projects/")
        .context["filter"]
        .form.fields["curator"]
        .queryset.model.objects.all()
    )  # the stranger exists; only the choices are cut


def test_a_shared_project_page_hides_what_a_partner_may_not_open(world):
    partner = world.users[Role.PARTNER]
    html = _client(partner).get(f"/projects/{world.shared.pk}/").content.decode()
    assert "Меморандум о кварце" not in html  # agreements: partners have no access
    assert "Пресс-релиз" not in html  # documents: likewise
    curator_html = _client(world.users[Role.CURATOR]).get(f"/projects/{world.shared.pk}/")
    assert "Меморандум о кварце" in curator_html.content.decode()


def test_partners_and_users_without_a_role_do_not_find_what_they_may_not_see(world):
    from investdesk.search.services import search

    partner = world.users[Role.PARTNER]
    nobody = world.users[NO_ROLE]
    assert search(SECRET_CODE, user=partner).total == 0
    assert search("Кварц", user=nobody).total == 0
    assert search("Кварц", user=partner).total >= 1


def test_a_shared_task_does_not_tell_a_partner_where_it_came_from(world):
    from investdesk.tasks.services import task_create

    task = task_create(
        title="Поручение по итогам",
        assignee=world.users[Role.CURATOR],
        due_date=TODAY,
        project=world.shared,
        engagement=world.other_engagement,
        support_case=world.support_case,
        documents=[world.document],
    )
    partner_html = _client(world.users[Role.PARTNER]).get(f"/tasks/{task.pk}/").content.decode()
    curator_html = _client(world.users[Role.CURATOR]).get(f"/tasks/{task.pk}/").content.decode()
    for hidden in ("Секретная встреча", "Пресс-релиз", "Поддержка"):
        assert hidden in curator_html
        assert hidden not in partner_html
