"""Opening a case from an organisation or project page, rescheduling a step, closing."""

import datetime

import pytest

from investdesk.core.tests.helpers import login
from investdesk.organisations.services import organisation_create
from investdesk.projects.services import project_create
from investdesk.support.models import SupportCase
from investdesk.support.services import support_case_open
from investdesk.support.workdays import add_working_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def investor():
    return organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")


def test_open_from_the_organisation_page_creates_the_steps(curator, investor):
    client = login(curator)
    page = client.get(investor.get_absolute_url()).content.decode()
    assert f"/support/new/?organisation={investor.pk}" in page
    form = client.get(f"/support/new/?organisation={investor.pk}")
    assert form.context["form"]["organisation"].value() == investor.pk
    response = client.post(
        "/support/new/",
        {
            "organisation": investor.pk,
            "subject": "Налоговые льготы",
            "applied_on": "2026-04-30",
            "curator": curator.pk,
        },
    )
    case = SupportCase.objects.get()
    assert response["Location"] == case.get_absolute_url()
    steps = list(case.steps.order_by("order"))
    assert [s.target_working_days for s in steps] == [3, 10, 30, 60]
    # 30 April 2026 + 3 working days: 1 and 9–11 May are holidays/weekends → 6 May.
    assert steps[0].target_date == datetime.date(2026, 5, 6)
    assert [s.target_date for s in steps] == [
        add_working_days(datetime.date(2026, 4, 30), s.target_working_days) for s in steps
    ]


def test_open_from_the_project_page_takes_its_investor(curator, investor):
    project = project_create(title="Кварц", investors=[investor])
    client = login(curator)
    assert (
        f"/support/new/?project={project.pk}"
        in client.get(project.get_absolute_url()).content.decode()
    )
    form = client.get(f"/support/new/?project={project.pk}").context["form"]
    assert (form["organisation"].value(), form["project"].value()) == (investor.pk, project.pk)


def test_open_errors_name_the_field(curator):
    response = login(curator).post("/support/new/", {"subject": "", "applied_on": "x"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Applicant: This field is required." in content
    assert "Support requested: This field is required." in content
    assert not SupportCase.objects.exists()


def test_reschedule_a_step_with_a_reason(curator, investor):
    case = support_case_open(
        organisation=investor, subject="Льготы", applied_on=datetime.date(2026, 3, 2)
    )
    step = case.steps.get(order=2)
    client = login(curator)
    url = f"/support/steps/{step.pk}/reschedule/"
    assert client.get(url).status_code == 200
    missing = client.post(url, {f"r{step.pk}-target_date": "2026-04-01", f"r{step.pk}-reason": ""})
    assert "Reason: This field is required." in missing.content.decode()
    response = client.post(
        url, {f"r{step.pk}-target_date": "2026-04-01", f"r{step.pk}-reason": "Ждём документы"}
    )
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.target_date == datetime.date(2026, 4, 1)
    assert "Ждём документы" in step.note


@pytest.mark.parametrize("status", ["withdrawn", "rejected", "completed"])
def test_close_with_a_reason(curator, investor, status):
    case = support_case_open(
        organisation=investor, subject="Льготы", applied_on=datetime.date(2026, 3, 2)
    )
    client = login(curator)
    url = f"/support/{case.pk}/close/"
    no_reason = client.post(url, {"status": status, "closed_on": "2026-03-10", "version": 1})
    assert "Reason: This field is required." in no_reason.content.decode()
    response = client.post(
        url,
        {"status": status, "closed_on": "2026-03-10", "closing_reason": "Причина", "version": 1},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.status, case.closed_on, case.closing_reason, case.version) == (
        status,
        datetime.date(2026, 3, 10),
        "Причина",
        2,
    )
    again = client.post(
        url, {"status": status, "closed_on": "2026-03-10", "closing_reason": "x", "version": 1}
    )
    assert again.status_code == 409  # the page read at version 1 is stale


def test_leadership_cannot_open_or_close(make_user, investor):
    case = support_case_open(
        organisation=investor, subject="Льготы", applied_on=datetime.date(2026, 3, 2)
    )
    client = login(make_user("leadership"))
    for url in (
        "/support/new/",
        f"/support/{case.pk}/close/",
        f"/support/steps/{case.steps.first().pk}/reschedule/",
    ):
        assert client.get(url).status_code == 403, url


def test_edit_subject_project_and_curator_from_the_case_page(curator, investor, make_user):
    colleague = make_user("curator", username="colleague")
    plant = project_create(title="Завод оптоэлектроники", investors=[investor])
    case = support_case_open(
        organisation=investor, subject="Льготы", applied_on=datetime.date(2026, 3, 2)
    )
    client = login(curator)
    assert (
        f'href="/support/{case.pk}/edit/"' in client.get(case.get_absolute_url()).content.decode()
    )
    url = f"/support/{case.pk}/edit/"
    assert client.get(url).status_code == 200
    empty = client.post(url, {"subject": "", "version": 1})
    assert empty.status_code == 400
    response = client.post(
        url,
        {"subject": "Льготы резидента", "project": plant.pk, "curator": colleague.pk, "version": 1},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.subject, case.project, case.curator, case.version) == (
        "Льготы резидента",
        plant,
        colleague,
        2,
    )
    stale = client.post(url, {"subject": "Другое", "version": 1})
    assert stale.status_code == 409
    case.refresh_from_db()
    assert case.subject == "Льготы резидента"
    assert login(make_user("leadership")).get(url).status_code == 403
