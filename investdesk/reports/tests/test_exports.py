import io

import pytest
from openpyxl import load_workbook

from investdesk.projects.services import project_create

pytestmark = pytest.mark.django_db


def read(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Disposition"].startswith("attachment;")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.fixture
def leader_client(client, make_user):
    client.force_login(make_user("leadership", username="leader"))
    return client


def test_projects_export_uses_filters_sorting_and_russian_headers(leader_client, dataset):
    rows = read(leader_client.get("/projects/export.xlsx", {"sort": "title"}))
    header = rows[0]
    assert header[:4] == ["ID", "Название", "Кодовое название", "Стадия"]
    titles = [row[1] for row in rows[1:]]
    assert titles == ["Глубокая переработка кварца", "Нефтепереработка", "Станкостроение"]
    by_title = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_title["Глубокая переработка кварца"]["Инвесторы"] == "ZE Оптоэлектроника"
    assert by_title["Нефтепереработка"]["Инвестиции (план)"] == 500000000

    descending = read(leader_client.get("/projects/export.xlsx", {"sort": "-title"}))
    assert [row[1] for row in descending[1:]] == list(reversed(titles))

    quartz = read(leader_client.get("/projects/export.xlsx", {"directions": dataset.quartz.pk}))
    assert sorted(row[1] for row in quartz[1:]) == [
        "Глубокая переработка кварца",
        "Нефтепереработка",
    ]


def test_every_list_exports(leader_client, dataset):
    expected_rows = {
        "organisations": 3,
        "people": 1,
        "projects": 3,
        "engagements": 4,  # two visits, the meeting within one, and the draft (as listed)
        "sites": 1,
        "tasks": 5,
    }
    for entity, count in expected_rows.items():
        # A parameter binds the FilterSet (core's list view shows nothing when unbound).
        rows = read(leader_client.get(f"/{entity}/export.xlsx", {"sort": ""}))
        assert len(rows) - 1 == count, (entity, len(rows) - 1)
        assert all(isinstance(h, str) and h for h in rows[0]), entity
    tasks = read(leader_client.get("/tasks/export.xlsx", {"status": "done"}))
    assert [row[1] for row in tasks[1:]] == ["Т3"]
    assert tasks[0][1] == "Поручение"
    organisations = read(leader_client.get("/organisations/export.xlsx", {"country": "CN"}))
    header = organisations[0]
    ze = dict(zip(header, organisations[1], strict=True))
    assert ze["Наименование на языке оригинала"] == "ZE Optoelectronic SciTech Co., Ltd."
    assert ze["Другие наименования"] == "泽光电科技"
    assert len(organisations) == 2


def test_export_respects_permissions(client, dataset, make_user):
    assert client.get("/projects/export.xlsx").status_code == 302
    partner = make_user("partner", username="partner")
    client.force_login(partner)
    assert client.get("/organisations/export.xlsx").status_code == 403
    rows = read(client.get("/projects/export.xlsx", {"sort": "title"}))
    assert rows[1:] == []  # nothing shared with the partner


def test_export_query_count_does_not_grow(leader_client, dataset):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    params = {"sort": "title"}
    read(leader_client.get("/projects/export.xlsx", params))
    with CaptureQueriesContext(connection) as small:
        read(leader_client.get("/projects/export.xlsx", params))
    from investdesk.reference.models import Municipality
    from investdesk.sitecatalog.models import Site

    # the municipality and site columns are not on the list page's rows: the export reads them
    municipality, site = Municipality.objects.first(), Site.objects.first()
    for index in range(20):
        project_create(
            title=f"Проект {index}",
            investors=[dataset.ze],
            directions=[dataset.oil],
            municipality=municipality,
            site=site,
        )
    with CaptureQueriesContext(connection) as large:
        rows = read(leader_client.get("/projects/export.xlsx", params))
    assert len(rows) == 24
    assert len(large.captured_queries) == len(small.captured_queries)


def test_text_in_a_list_export_never_becomes_a_formula(leader_client, dataset):
    from investdesk.organisations.services import organisation_create

    organisation_create(name='=HYPERLINK("http://x","y")', kind="investor")
    response = leader_client.get("/organisations/export.xlsx", {"sort": ""})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    assert not [cell.value for cell in cells if cell.data_type == "f"]
    assert '\'=HYPERLINK("http://x","y")' in [cell.value for cell in cells]
