"""Creating and editing agreements with their obligations; obligation status from its page."""

import datetime

import pytest

from investdesk.agreements.models import Agreement
from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.core.tests.helpers import login
from investdesk.organisations.services import organisation_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs():
    return (
        organisation_create(name="Правительство Югры", kind="government"),
        organisation_create(name="ZE Optoelectronic", kind="investor", country="CN"),
    )


def management(prefix: str, total: int, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_create_with_two_obligations(curator, orgs):
    region, investor = orgs
    data = {
        "kind": "memorandum",
        "title": "Меморандум о кварце",
        "signed_on": "2026-06-01",
        "parties": [region.pk, investor.pk],
        **management("obligations", 3),
        "obligations-0-text": "Подобрать площадку",
        "obligations-0-party": region.pk,
        "obligations-0-deadline": "2026-09-01",
        "obligations-1-text": "Подготовить ТЭО",
        "obligations-1-party": investor.pk,
        "obligations-2-text": "",
    }
    response = login(curator).post("/agreements/new/", data)
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert set(agreement.parties.all()) == {region, investor}
    assert sorted(agreement.obligations.values_list("text", "party_id")) == [
        ("Подготовить ТЭО", investor.pk),
        ("Подобрать площадку", region.pk),
    ]


def test_create_errors_name_the_field_and_save_nothing(curator, orgs):
    data = {
        "kind": "memorandum",
        "title": "",
        "signed_on": "2026-06-01",
        "valid_until": "2026-01-01",
        "parties": [orgs[0].pk],
        **management("obligations", 1),
        "obligations-0-party": orgs[0].pk,
    }
    response = login(curator).post("/agreements/new/", data)
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) == {"title", "valid_until"}
    assert response.context["obligations"].forms[0].errors["text"]
    content = response.content.decode()
    assert "Title: This field is required." in content
    assert "Obligation: This field is required." in content
    assert not Agreement.objects.exists()


def make_agreement(orgs) -> Agreement:
    return agreement_create(
        kind="memorandum",
        title="Меморандум",
        signed_on=datetime.date(2026, 6, 1),
        parties=list(orgs),
        obligations=[ObligationSpec(text="Первое"), ObligationSpec(text="Второе")],
    )


def test_edit_changes_adds_and_removes_obligations(curator, orgs):
    agreement = make_agreement(orgs)
    first, second = agreement.obligations.order_by("id")
    client = login(curator)
    page = client.get(f"/agreements/{agreement.pk}/edit/")
    assert page.status_code == 200
    data = {
        "kind": "cooperation",
        "title": "Соглашение о сотрудничестве",
        "signed_on": "2026-06-01",
        "parties": [orgs[1].pk],
        "version": agreement.version,
        **management("obligations", 3, initial=2),
        "obligations-0-id": first.pk,
        "obligations-0-text": "Первое, уточнённое",
        "obligations-1-id": second.pk,
        "obligations-1-text": "Второе",
        "obligations-1-DELETE": "on",
        "obligations-2-text": "Третье",
        "obligations-2-deadline": "2026-12-01",
    }
    response = client.post(f"/agreements/{agreement.pk}/edit/", data)
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert (agreement.kind, agreement.title, agreement.version) == (
        "cooperation",
        "Соглашение о сотрудничестве",
        2,
    )
    assert list(agreement.parties.all()) == [orgs[1]]
    assert sorted(agreement.obligations.values_list("text", flat=True)) == [
        "Первое, уточнённое",
        "Третье",
    ]
    # The same stale version again: refused with a conflict, nothing changes.
    stale = client.post(f"/agreements/{agreement.pk}/edit/", {**data, "title": "Другое"})
    assert stale.status_code == 409
    agreement.refresh_from_db()
    assert agreement.title == "Соглашение о сотрудничестве"


def test_obligation_row_and_status_page(curator, orgs):
    agreement = make_agreement(orgs)
    obligation = agreement.obligations.order_by("id").first()
    client = login(curator)
    row = client.get("/agreements/obligations/row/?index=5")
    assert 'name="obligations-5-text"' in row.content.decode()
    url = f"/agreements/obligations/{obligation.pk}/status/"
    assert client.get(url).status_code == 200
    future = client.post(url, {"status": "partly", "on": "2999-01-01", "comment": "x"})
    assert future.status_code == 400
    assert "Status date: The date cannot be in the future." in future.content.decode()
    response = client.post(url, {"status": "partly", "on": "2026-07-01", "comment": " Половина "})
    assert response.status_code == 302
    obligation.refresh_from_db()
    assert (obligation.status, obligation.status_date, obligation.status_comment) == (
        "partly",
        datetime.date(2026, 7, 1),
        "Половина",
    )
    detail = client.get(agreement.get_absolute_url()).content.decode()
    assert "Partly fulfilled" in detail and "Половина" in detail


def test_leadership_cannot_write(make_user, orgs):
    agreement = make_agreement(orgs)
    obligation = agreement.obligations.first()
    client = login(make_user("leadership"))
    for url in (
        "/agreements/new/",
        f"/agreements/{agreement.pk}/edit/",
        f"/agreements/obligations/{obligation.pk}/status/",
        "/agreements/obligations/row/",
    ):
        assert client.get(url).status_code == 403, url


def test_create_from_the_page_as_rendered_skips_blank_obligation_rows(curator, orgs):
    """The form's own management data: the two blank rows it offers may stay blank."""
    region, _investor = orgs
    client = login(curator)
    page = client.get("/agreements/new/")
    formset = page.context["obligations"]
    data = {
        **{f"obligations-{key}": value for key, value in formset.management_form.initial.items()},
        "kind": "memorandum",
        "title": "Меморандум с одним обязательством",
        "signed_on": "2026-06-01",
        "parties": [region.pk],
        "obligations-0-text": "Подобрать площадку",
        "obligations-0-party": region.pk,
    }
    assert len(formset.forms) == 2
    response = client.post("/agreements/new/", data)
    assert response.status_code == 302, response.context["obligations"].errors
    agreement = Agreement.objects.get()
    assert list(agreement.obligations.values_list("text", flat=True)) == ["Подобрать площадку"]
