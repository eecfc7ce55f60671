"""Pages of the single window: open cases ordered by lateness, a case as its steps."""

import datetime

import holidays
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from investdesk.core.tests.helpers import login
from investdesk.organisations.services import organisation_create
from investdesk.support.models import SupportCase
from investdesk.support.services import support_case_open, support_step_complete

pytestmark = pytest.mark.django_db


def open_case(n: int, *, days_ago: int) -> SupportCase:
    organisation = organisation_create(name=f"Заявитель {n}", kind="investor")
    return support_case_open(
        organisation=organisation,
        subject=f"Субсидия {n}",
        applied_on=timezone.localdate() - datetime.timedelta(days=days_ago),
    )


@pytest.mark.parametrize("url", ["/support/", "/support/1/"])
def test_anonymous_is_sent_to_login(client, url):
    response = client.get(url)
    assert (response.status_code, response["Location"][:16]) == (302, "/accounts/login/")


def test_open_cases_are_ordered_by_lateness(curator):
    fresh = open_case(1, days_ago=0)
    late = open_case(2, days_ago=30)
    later = open_case(3, days_ago=60)
    done = open_case(4, days_ago=90)
    for step in done.steps.all():
        support_step_complete(step=step, done_on=timezone.localdate())
    response = login(curator).get("/support/")
    cases = list(response.context["object_list"])
    assert [c.pk for c in cases] == [later.pk, late.pk, fresh.pk]
    first_target = later.steps.get(order=1).target_date
    calendar = holidays.country_holidays("RU")
    today = timezone.localdate()
    working = [
        first_target + datetime.timedelta(days=n)
        for n in range(1, (today - first_target).days + 1)
        if calendar.is_working_day(first_target + datetime.timedelta(days=n))
    ]
    assert cases[0].days_late == len(working)  # lateness in working days
    assert cases[-1].days_late == 0
    assert cases[0].next_step_label == "Compliance check"


def test_list_and_detail_queries_do_not_grow(curator, django_assert_num_queries):
    small = [open_case(n, days_ago=n * 5) for n in range(2)]
    client = login(curator)
    client.get(small[0].get_absolute_url())  # warm the content-type cache (notes) first
    with CaptureQueriesContext(connection) as list_baseline:
        client.get("/support/")
    with CaptureQueriesContext(connection) as detail_baseline:
        client.get(small[0].get_absolute_url())
    for n in range(2, 20):
        open_case(n, days_ago=n * 5)
    with django_assert_num_queries(len(list_baseline.captured_queries)):
        response = client.get("/support/")
    assert response.context["total_count"] == 20
    with django_assert_num_queries(len(detail_baseline.captured_queries)):
        client.get(small[1].get_absolute_url())


def test_detail_marks_late_steps_and_completes_one(curator):
    case = open_case(1, days_ago=20)
    client = login(curator)
    content = client.get(case.get_absolute_url()).content.decode()
    assert content.count("late by") == 2  # compliance check (3) and curator (10 working days)
    step = case.steps.get(order=1)
    response = client.post(
        f"/support/steps/{step.pk}/complete/",
        {f"s{step.pk}-done_on": timezone.localdate().isoformat(), f"s{step.pk}-note": "Проверено"},
    )
    assert response.status_code == 302
    step.refresh_from_db()
    assert (step.actual_date, step.note) == (timezone.localdate(), "Проверено")


def test_step_done_before_application_is_refused_with_the_field_named(curator):
    case = open_case(1, days_ago=5)
    step = case.steps.get(order=1)
    client = login(curator)
    response = client.post(
        f"/support/steps/{step.pk}/complete/",
        {f"s{step.pk}-done_on": (case.applied_on - datetime.timedelta(days=1)).isoformat()},
        follow=True,
    )
    assert (
        "Done on: A step cannot be done before the application date." in response.content.decode()
    )
    step.refresh_from_db()
    assert step.actual_date is None


def test_leadership_cannot_complete_steps(make_user):
    leader = make_user("leadership", username="leader")
    case = open_case(1, days_ago=5)
    step = case.steps.get(order=1)
    client = login(leader)
    assert client.get(case.get_absolute_url()).status_code == 200
    response = client.post(
        f"/support/steps/{step.pk}/complete/",
        {f"s{step.pk}-done_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 403
    step.refresh_from_db()
    assert step.actual_date is None


@pytest.mark.parametrize("applied_on", ["0026-11-30", "9999-12-30"])
def test_an_application_date_outside_the_calendar_is_refused_by_field(curator, applied_on):
    """0026 for 2026 made every page of the case count working days over two thousand
    years; 9999 ran past the calendar (a server error)."""
    org = organisation_create(name="Инвестор", kind="investor")
    data = {"organisation": org.pk, "applied_on": applied_on, "subject": "Субсидия на технику"}
    response = login(curator).post("/support/new/", data)
    assert response.status_code == 400
    assert "Enter a date between" in str(response.context["form"].errors["applied_on"])
    assert "Субсидия на технику" in response.content.decode()
    assert not SupportCase.objects.exists()
