"""Pages of the agreements app: the list, an agreement with obligations, obligation → task."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.core.tests.helpers import login
from investdesk.organisations.services import organisation_create
from investdesk.tasks.models import Task

pytestmark = pytest.mark.django_db


def make_agreements(count: int, *, start: int = 0, obligations: int = 2):
    region = organisation_create(name=f"Правительство {start}", kind="government")
    made = []
    for n in range(start, start + count):
        investor = organisation_create(name=f"Инвестор {n}", kind="investor", country="CN")
        made.append(
            agreement_create(
                kind="memorandum",
                title=f"Меморандум {n}",
                signed_on=datetime.date(2026, 6, 1),
                parties=[region, investor],
                obligations=[
                    ObligationSpec(
                        text=f"Обязательство {n}-{i}",
                        party=investor,
                        deadline=timezone.localdate() - datetime.timedelta(days=1),
                    )
                    for i in range(obligations)
                ],
            )
        )
    return made


@pytest.mark.parametrize("url", ["/agreements/", "/agreements/1/"])
def test_anonymous_is_sent_to_login(client, url):
    response = client.get(url)
    assert (response.status_code, response["Location"][:16]) == (302, "/accounts/login/")


def test_partner_has_no_access(make_user):
    partner = make_user("partner", username="partner")
    agreement = make_agreements(1)[0]
    client = login(partner)
    assert client.get("/agreements/").status_code == 403
    assert client.get(agreement.get_absolute_url()).status_code == 403


def test_detail_shows_parties_obligations_and_overdue(curator):
    agreement = make_agreements(1)[0]
    response = login(curator).get(agreement.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert "Правительство 0" in content and "Инвестор 0" in content
    assert "Обязательство 0-0" in content and "Обязательство 0-1" in content
    assert content.count("overdue-badge") == 2
    assert content.count("Create task") == 2


def test_list_and_detail_queries_do_not_grow(curator, django_assert_num_queries):
    small = make_agreements(2, obligations=1)
    client = login(curator)
    with CaptureQueriesContext(connection) as list_baseline:
        client.get("/agreements/")
    with CaptureQueriesContext(connection) as detail_baseline:
        client.get(small[0].get_absolute_url())
    big = make_agreements(18, start=2, obligations=6)
    for obligation in big[0].obligations.all():
        Task.objects.create(
            title="t",
            assignee=curator,
            due_date=datetime.date(2026, 1, 1),
            obligation=obligation,
        )
    with django_assert_num_queries(len(list_baseline.captured_queries)):
        client.get("/agreements/")
    with django_assert_num_queries(len(detail_baseline.captured_queries)):
        client.get(big[0].get_absolute_url())


def test_create_task_for_an_obligation(curator, make_user):
    owner = make_user("curator", username="owner")
    agreement = make_agreements(1, obligations=1)[0]
    obligation = agreement.obligations.get()
    client = login(curator)
    response = client.post(
        f"/agreements/obligations/{obligation.pk}/task/", {f"o{obligation.pk}-assignee": owner.pk}
    )
    assert response.status_code == 302
    task = Task.objects.get()
    assert (task.obligation, task.assignee, task.due_date, task.source) == (
        obligation,
        owner,
        obligation.deadline,
        "obligation",
    )
    client.post(
        f"/agreements/obligations/{obligation.pk}/task/", {f"o{obligation.pk}-assignee": owner.pk}
    )
    assert Task.objects.count() == 1


def test_leadership_cannot_create_tasks(make_user):
    leader = make_user("leadership", username="leader")
    obligation = make_agreements(1, obligations=1)[0].obligations.get()
    client = login(leader)
    response = client.post(
        f"/agreements/obligations/{obligation.pk}/task/", {f"o{obligation.pk}-assignee": leader.pk}
    )
    assert response.status_code == 403
    assert not Task.objects.exists()
