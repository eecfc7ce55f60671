"""A file exported — from a list page or by ``investdesk export``, as .xlsx, .csv or .json —
imports back unchanged, for every entity: one column definition per entity
(``<app>/columns.py``) and one way to write a cell (``core.columns``)."""

import datetime
import io

import pytest
import tablib
from django.core.management import call_command

from investdesk.agreements.tests.factories import make_agreement
from investdesk.core.tests.helpers import TODAY
from investdesk.dataexchange.columns import ENTITIES, headers
from investdesk.dataexchange.tabular import import_dataset, import_file
from investdesk.documents.tests.factories import make_document
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.tests.factories import make_person
from investdesk.projects.models import Project
from investdesk.projects.tests.factories import make_project
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.tests.factories import make_site
from investdesk.support.tests.factories import make_support_case
from investdesk.tasks.models import Task
from investdesk.tasks.tests.factories import make_task

pytestmark = pytest.mark.django_db

LIST_PATHS = {
    "organisations": "/organisations/export.xlsx",
    "people": "/people/export.xlsx",
    "sites": "/sites/export.xlsx",
    "projects": "/projects/export.xlsx",
    "engagements": "/engagements/export.xlsx",
    "tasks": "/tasks/export.xlsx",
    "documents": "/documents/export.xlsx",
    "agreements": "/agreements/export.xlsx",
    "support": "/support/export.xlsx",
}


@pytest.fixture
def records(db, make_user):
    """Records of every type with what exports write by label or name: kinds, statuses,
    countries, directions, users, names holding commas, a confidential project."""
    directions = list(Direction.objects.all()[:2])
    municipality = Municipality.objects.first()
    investor = make_organisation(
        name="ZE Optoelectronic SciTech Co., Ltd.",
        kind="investor",
        country="CN",
        directions=directions,
        aliases=["泽光电科技"],
        municipality=municipality,
    )
    make_organisation(name="Полярный кварц", kind="other", country="RU")
    make_person(last_name="Ли", first_name="Вэй", organisation=investor, position="директор")
    site = make_site(name="Технопарк «Север»", kind="technopark", municipality=municipality)
    make_project(title="Кварц", investors=[investor], directions=directions, site=site)
    make_project(
        title="Настоящее название",
        code_name="Проект Х",
        confidentiality="confidential",
        investors=[investor],
    )
    engagement = make_engagement(
        title="Переговоры", organisations=[investor], directions=directions
    )
    curator = make_user("curator", username="curator-export", first_name="Анна", last_name="Ким")
    quartz = Project.objects.get(title="Кварц")
    make_task(
        title="Справка по кварцу",
        assignee=curator,
        priority="high",
        source="meeting",
        project=quartz,
        engagement=engagement,
        organisation=investor,
        direction=directions[0],
    )
    make_task(title="Сделано", assignee=curator, due_date=TODAY, status="done")
    make_agreement(
        kind="memorandum",
        title="Меморандум о кварце",
        number="12-М",
        valid_until=datetime.date(2030, 12, 31),
        parties=[investor],
        project=quartz,
        engagement=engagement,
    )
    make_support_case(
        organisation=investor, subject="Земельный участок", project=quartz, curator=curator
    )
    make_document(
        title="Пресс-релиз о кварце",
        kind="press_release",
        source_name="Сайт правительства",
        source_url="https://example.org/news/1",
        published_on=TODAY,
    )


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user("admin", username="admin-export"))
    return client


def _as_text(cell) -> str:
    """A cell read from .xlsx as the .csv export writes it (dates come back as datetimes)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime.datetime) and cell.time() == datetime.time():
        return cell.date().isoformat()
    return cell.isoformat() if isinstance(cell, datetime.datetime) else str(cell)


def _unchanged(entity: str, report, count: int) -> None:
    assert (report.ok, report.created, report.updated, report.unchanged) == (
        True,
        0,
        0,
        count,
    ), (entity, [str(e) for e in report.errors], report.changes)


@pytest.mark.parametrize("entity", ENTITIES)
def test_a_list_page_export_imports_back_unchanged(entity, records, admin_client):
    response = admin_client.get(LIST_PATHS[entity])
    assert response.status_code == 200
    dataset = tablib.Dataset().load(io.BytesIO(b"".join(response.streaming_content)), "xlsx")
    assert dataset.headers == headers(entity)
    assert len(dataset) >= 1
    _unchanged(entity, import_dataset(entity, dataset), len(dataset))


@pytest.mark.parametrize("ext", ["xlsx", "csv", "json"])
@pytest.mark.parametrize("entity", ENTITIES)
def test_a_command_line_export_imports_back_unchanged(entity, ext, records, tmp_path):
    path = tmp_path / f"{entity}.{ext}"
    call_command("export", "--type", entity, str(path))
    report = import_file(entity, path)
    _unchanged(entity, report, report.unchanged)
    assert report.unchanged >= 1


def test_both_exports_write_the_same_cells(records, admin_client, tmp_path):
    """The list page and the command write each cell alike (here: the organisations)."""
    response = admin_client.get(LIST_PATHS["organisations"])
    page = tablib.Dataset().load(io.BytesIO(b"".join(response.streaming_content)), "xlsx")
    path = tmp_path / "organisations.csv"
    call_command("export", "--type", "organisations", str(path))
    command = tablib.Dataset().load(path.read_text(encoding="utf-8-sig"), "csv")
    as_text = [[_as_text(cell) for cell in row] for row in page]
    assert sorted(as_text) == sorted(list(row) for row in command)
    row = next(r for r in command.dict if r["Наименование"].startswith("ZE"))
    assert row["Тип"] != "investor"  # the label, as people read it
    assert row["Другие наименования"] == "泽光电科技"


def test_a_confidential_project_keeps_its_title_through_a_round_trip(records, tmp_path):
    path = tmp_path / "projects.xlsx"
    call_command("export", "--type", "projects", str(path))
    rows = tablib.Dataset().load(path.read_bytes(), "xlsx").dict
    assert "Настоящее название" not in [row["Название"] for row in rows]
    _unchanged("projects", import_file("projects", path), len(rows))
    assert Project.objects.filter(title="Настоящее название").exists()


@pytest.mark.parametrize("entity", ["tasks", "documents", "agreements", "support"])
def test_the_command_and_the_list_page_write_the_same_cells(
    entity, records, admin_client, tmp_path
):
    """Tasks, documents, agreements and support cases: the same columns and cells as their
    list page, real rows and not only headers."""
    path = tmp_path / f"{entity}.csv"
    call_command("export", "--type", entity, str(path))
    command = tablib.Dataset().load(path.read_text(encoding="utf-8-sig"), "csv")
    assert command.headers == headers(entity)
    assert len(command) >= 1
    response = admin_client.get(LIST_PATHS[entity])
    page = tablib.Dataset().load(io.BytesIO(b"".join(response.streaming_content)), "xlsx")
    as_text = [[_as_text(cell) for cell in row] for row in page]
    assert sorted(as_text) == sorted(list(row) for row in command)


def test_every_exported_type_imports():
    assert set(ENTITIES) == set(LIST_PATHS)


def test_an_edited_export_of_work_records_updates_creates_and_reports_bad_rows(records, tmp_path):
    """The new importers behave like the others: edits update, new rows create through the
    services, and a bad row is reported with its column while nothing is saved."""
    path = tmp_path / "tasks.csv"
    call_command("export", "--type", "tasks", str(path))
    tasks = tablib.Dataset().load(path.read_text(encoding="utf-8-sig"), "csv")
    rows = tasks.dict
    rows[0]["Приоритет"] = "Низкий"
    rows.append({**rows[0], "ID": "", "Поручение": "Новое поручение", "Статус": "Открыто"})
    edited = tablib.Dataset(headers=tasks.headers)
    for row in rows:
        edited.append([row[h] for h in tasks.headers])
    report = import_dataset("tasks", edited, dry_run=True)
    assert (report.ok, report.created, report.updated) == (True, 1, 1), report.errors
    assert not Task.objects.filter(title="Новое поручение").exists()  # a dry run
    report = import_dataset("tasks", edited)
    assert Task.objects.get(title="Новое поручение").assignee.username == "curator-export"
    assert Task.objects.get(title="Справка по кварцу").priority == "low"

    bad = tablib.Dataset(headers=tasks.headers)
    bad.append(
        [{"Исполнитель": "Никто", "Поручение": "Ещё одно"}.get(h, "") for h in tasks.headers]
    )
    bad.append([row[h] for h in tasks.headers])
    report = import_dataset("tasks", bad)
    assert [(e.row, e.column) for e in report.errors] == [(2, "Исполнитель")]
    assert not Task.objects.filter(title="Ещё одно").exists()
