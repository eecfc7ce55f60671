"""Excel exports of the documents, agreements and single-window lists."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.documents.services import document_store
from investdesk.organisations.services import organisation_create
from investdesk.support.services import support_case_open

pytestmark = pytest.mark.django_db


def read(response):
    assert response.status_code == 200, response.status_code
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.fixture
def curator_client(client, make_user):
    client.force_login(make_user("curator", username="curator"))
    return client


def test_agreements_and_support_export_with_filters(curator_client):
    region = organisation_create(name="Правительство Югры", kind="government")
    investor = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    for n, kind in enumerate(["memorandum", "cooperation"]):
        agreement_create(
            kind=kind,
            title=f"Соглашение {n}",
            signed_on=datetime.date(2026, 6, n + 1),
            parties=[region, investor],
            obligations=[ObligationSpec(text="Сделать")],
        )
    rows = read(curator_client.get("/agreements/export.xlsx", {"kind": "memorandum"}))
    header = rows[0]
    assert [row[header.index("Название")] for row in rows[1:]] == ["Соглашение 0"]
    parties = rows[1][header.index("Стороны")].split("; ")
    assert sorted(parties) == ["ZE Optoelectronic", "Правительство Югры"]
    support_case_open(
        organisation=investor, subject="Субсидия", applied_on=datetime.date(2026, 1, 12)
    )
    rows = read(curator_client.get("/support/export.xlsx"))
    assert rows[0][:3] == ["ID", "Заявитель", "Запрошенная поддержка"]
    assert [row[1:3] for row in rows[1:]] == [["ZE Optoelectronic", "Субсидия"]]


def test_documents_export_answers(curator_client):
    document_store(kind="press_release", title="Визит делегации", text="Текст")
    rows = read(curator_client.get("/documents/export.xlsx", {"sort": ""}))
    assert [row[1] for row in rows[1:]] == ["Визит делегации"]


@pytest.mark.parametrize("url", ["/projects/", "/engagements/", "/agreements/", "/documents/"])
def test_list_pages_show_the_excel_button_with_their_filters(curator_client, url):
    html = curator_client.get(url, {"q": "кварц"}).content.decode()
    assert 'id="export-link"' in html
    assert "export.xlsx?q=" in html


def test_support_export_follows_every_filter_of_the_list(curator_client, make_user):
    """The single window's Excel button exports exactly the rows the filtered list shows:
    applicant, project, curator, search and the archive switch."""
    from investdesk.projects.services import project_create
    from investdesk.support.services import support_case_close

    colleague = make_user("curator", username="colleague")
    ze = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    kvarts = organisation_create(name="Кварц", kind="investor")
    plant = project_create(title="Завод оптоэлектроники", investors=[ze])
    applied = datetime.date(2026, 1, 12)
    support_case_open(organisation=ze, subject="Субсидия", applied_on=applied, project=plant)
    support_case_open(organisation=ze, subject="Льгота", applied_on=applied, curator=colleague)
    support_case_open(organisation=kvarts, subject="Земля", applied_on=applied)
    closed = support_case_open(organisation=kvarts, subject="Сеть", applied_on=applied)
    support_case_close(case=closed, status="withdrawn", reason="Отозвана", on=applied)

    def shown(params):
        html = curator_client.get("/support/", params).content.decode()
        return {s for s in ["Субсидия", "Льгота", "Земля", "Сеть"] if f">{s}</a>" in html}

    def exported(params):
        rows = read(curator_client.get("/support/export.xlsx", params))
        return {row[2] for row in rows[1:]}

    for params, expected in [
        ({"organisation": ze.pk}, {"Субсидия", "Льгота"}),
        ({"project": plant.pk}, {"Субсидия"}),
        ({"curator": colleague.pk}, {"Льгота"}),
        ({"q": "Кварц"}, {"Земля"}),
        ({"archived": "1"}, {"Сеть"}),
        ({}, {"Субсидия", "Льгота", "Земля"}),
    ]:
        assert shown(params) == expected, params
        assert exported(params) == expected, params
    html = curator_client.get("/support/", {"organisation": ze.pk}).content.decode()
    assert f'href="/support/export.xlsx?organisation={ze.pk}"' in html
