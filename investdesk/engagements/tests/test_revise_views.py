"""Editing everything recorded about an engagement on one page; commitment status."""

import datetime

import pytest
from django.db import models

from investdesk.core.tests.helpers import login
from investdesk.demodata.founding import load_founding_story
from investdesk.demodata.users import ensure_demo_users
from investdesk.engagements.models import Commitment, Engagement, EngagementParticipant
from investdesk.people.services import person_create
from investdesk.reports.selectors import DashboardFilters, dashboard_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return load_founding_story(users=ensure_demo_users(), with_tasks=False)


@pytest.fixture
def curator(make_user):
    return make_user("curator", username="curator-test")


def _value(value):
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | models.QuerySet):
        return [_value(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def page_data(context) -> dict:
    """What the browser would send back for the page as it was rendered."""
    data = {}
    form = context["form"]
    for name in form.fields:
        data[form.add_prefix(name)] = _value(form[name].value())
    for key in ("participants", "programme", "outcomes", "commitments"):
        formset = context[key]
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for row in formset.forms:
            for name in row.fields:
                if name != "DELETE":
                    data[row.add_prefix(name)] = _value(row[name].value())
    return {k: v for k, v in data.items() if v not in ("", [], None, False)}


def test_name_the_founder_add_a_participant_and_a_site_tour(client, story, curator):
    visit = story["visit"]
    client = login(curator)
    url = f"/engagements/{visit.pk}/edit/all/"
    response = client.get(url)
    assert response.status_code == 200
    data = page_data(response.context)
    founder = (
        EngagementParticipant.objects.filter(engagement=visit, person__isnull=True)
        .order_by("id")
        .first()
    )
    role_label = founder.role_label
    rows = response.context["participants"].forms
    index = next(i for i, f in enumerate(rows) if f.initial["id"] == founder.pk)
    person = person_create(last_name="Чжан", first_name="Вэй", organisation=founder.organisation)
    data[f"participants-{index}-person"] = person.pk
    total = len(rows)
    data["participants-TOTAL_FORMS"] = total + 1
    data[f"participants-{total}-role"] = "guest"
    data[f"participants-{total}-new_person_last_name"] = "Петров"
    data[f"participants-{total}-new_person_first_name"] = "Пётр"
    data[f"participants-{total}-organisation"] = story["organisations"]["fund"].pk
    parts = response.context["programme"].total_form_count()
    data["programme-TOTAL_FORMS"] = parts + 1
    data[f"programme-{parts}-kind"] = "site_visit"
    data[f"programme-{parts}-title"] = "Осмотр площадки"
    data[f"programme-{parts}-start_date"] = visit.start_date.isoformat()
    data[f"programme-{parts}-sites"] = [story["sites"]["impulse"].pk]
    response = client.post(url, data)
    assert response.status_code == 302, response.context and [
        response.context[k].errors for k in ("form", "participants", "programme")
    ]
    founder.refresh_from_db()
    assert (founder.person, founder.role_label) == (person, role_label)
    assert visit.participants.filter(person__last_name="Петров", role="guest").exists()
    item = visit.parts.get(title="Осмотр площадки")
    assert list(item.sites.all()) == [story["sites"]["impulse"]]
    visit.refresh_from_db()
    assert visit.version == 2
    # The page read at version 1 cannot be saved over version 2.
    stale = client.post(url, {**data, "title": "Другой заголовок"})
    assert stale.status_code == 409
    assert Engagement.objects.get(pk=visit.pk).title == visit.title


def test_errors_are_named_and_nothing_is_saved(story, curator):
    visit = story["visit"]
    client = login(curator)
    url = f"/engagements/{visit.pk}/edit/all/"
    data = page_data(client.get(url).context)
    count = int(data["commitments-TOTAL_FORMS"])
    data["commitments-TOTAL_FORMS"] = count + 1
    data[f"commitments-{count}-due_date"] = "2026-12-01"
    data["title"] = ""
    response = client.post(url, data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Title: This field is required." in content
    assert "Commitment: This field is required." in content
    assert Commitment.objects.filter(engagement=visit).count() == count


def test_remove_rows(story, curator):
    visit = story["visit"]
    client = login(curator)
    url = f"/engagements/{visit.pk}/edit/all/"
    context = client.get(url).context
    data = page_data(context)
    before = visit.outcomes.count()
    data["outcomes-0-DELETE"] = "on"
    assert client.post(url, data).status_code == 302
    assert visit.outcomes.count() == before - 1


def test_row_endpoint_and_permissions(story, curator, make_user):
    client = login(curator)
    row = client.get("/engagements/rows/programme/?index=3").content.decode()
    assert 'name="programme-3-title"' in row
    assert client.get("/engagements/rows/nothing/").status_code == 404
    leader = login(make_user("leadership"))
    visit = story["visit"]
    assert leader.get(f"/engagements/{visit.pk}/edit/all/").status_code == 403
    commitment = visit.commitments.first()
    assert leader.get(f"/engagements/commitments/{commitment.pk}/status/").status_code == 403


def test_commitment_kept_moves_the_dashboard(story, curator):
    commitment = Commitment.objects.filter(engagement=story["visit"]).first()

    def kept() -> int:
        data = dashboard_data(DashboardFilters())
        return {row["key"]: row["count"] for row in data.commitments}["kept"]

    before = kept()
    client = login(curator)
    url = f"/engagements/commitments/{commitment.pk}/status/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": "kept", "on": "2026-09-01", "comment": "Сделано"})
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert (commitment.status, commitment.status_date, commitment.status_comment) == (
        "kept",
        datetime.date(2026, 9, 1),
        "Сделано",
    )
    assert kept() == before + 1
    response = client.post(url, {"status": "partly", "on": "2026-09-02", "comment": ""})
    assert kept() == before
    partly = {r["key"]: r["count"] for r in dashboard_data(DashboardFilters()).commitments}
    assert partly["partly"] == 1


def test_rows_share_one_read_of_the_directions(story, curator):
    """Every outcome's and commitment's direction picker lists the directions from one
    query (each row used to read them through a cursor of its own)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    visit = story["visit"]
    assert visit.outcomes.count() + visit.commitments.count() >= 2
    client = login(curator)
    with CaptureQueriesContext(connection) as context:
        response = client.get(f"/engagements/{visit.pk}/edit/all/")
    assert response.status_code == 200
    every_direction = [
        q["sql"]
        for q in context.captured_queries
        if 'FROM "reference_direction"' in q["sql"] and "JOIN" not in q["sql"]
    ]
    # The rows' one read, and the engagement's own picker.
    assert len(every_direction) == 2
