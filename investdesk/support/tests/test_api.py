import pytest

from investdesk.core.tests.helpers import API_URLCONF, assert_constant_queries, client_for, rows_of
from investdesk.organisations.tests.factories import make_organisation
from investdesk.support.models import SupportCase
from investdesk.support.tests.factories import make_support_case

pytestmark = [pytest.mark.django_db, pytest.mark.urls(API_URLCONF)]
URL = "/api/v1/support-cases/"


def test_open_case_creates_steps(make_user):
    org = make_organisation()
    response = client_for(make_user("curator")).post(
        URL,
        {"organisation": org.pk, "subject": "Льготы", "applied_on": "2026-03-02"},
        format="json",
    )
    assert response.status_code == 201, response.data
    assert [s["kind"] for s in response.data["steps"]] == [
        "compliance_check",
        "curator_assigned",
        "road_map",
        "support_agreement",
    ]
    assert response.data["steps"][0]["target_date"] == "2026-03-05"


def test_permissions_and_conflict(make_user):
    case = make_support_case()
    assert client_for(make_user("partner")).get(URL).status_code == 403
    assert (
        client_for(make_user("leadership"))
        .patch(f"{URL}{case.pk}/", {"subject": "X", "version": 1}, format="json")
        .status_code
        == 403
    )
    client = client_for(make_user("curator"))
    assert (
        client.patch(f"{URL}{case.pk}/", {"subject": "Y", "version": 2}, format="json").status_code
        == 409
    )
    assert (
        client.patch(f"{URL}{case.pk}/", {"subject": "Y", "version": 1}, format="json").status_code
        == 200
    )
    case.refresh_from_db()
    assert case.subject == "Y"


def test_complete_step(make_user):
    case = make_support_case()
    step = case.steps.order_by("order").first()
    client = client_for(make_user("curator"))
    early = client.post(
        f"/api/v1/support-steps/{step.pk}/complete/", {"done_on": "2020-01-01"}, format="json"
    )
    assert early.status_code == 400
    assert list(early.data) == ["actual_date"]
    done = client.post(
        f"/api/v1/support-steps/{step.pk}/complete/", {"done_on": "2026-03-04"}, format="json"
    )
    assert done.status_code == 200
    assert (done.data["actual_date"], done.data["is_late"]) == ("2026-03-04", False)


def test_filter_and_queries(make_user):
    client = client_for(make_user("curator"))
    make_support_case()
    SupportCase.objects.update(status="rejected")
    make_support_case()
    assert client.get(URL, {"status": "rejected"}).data["count"] == 1
    assert_constant_queries(client, URL, rows_of(make_support_case))


def test_delete_removes_the_case_and_its_steps(make_user):
    from investdesk.support.models import SupportStep

    case = make_support_case()
    assert SupportStep.objects.filter(case=case).exists()
    assert client_for(make_user("admin")).delete(f"{URL}{case.pk}/").status_code == 204
    assert not SupportCase.objects.filter(pk=case.pk).exists()
    assert not SupportStep.objects.filter(case_id=case.pk).exists()
