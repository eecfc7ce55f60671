import pytest
import tablib
from django.core.management import CommandError, call_command

from investdesk.dataexchange.columns import COLUMNS, headers
from investdesk.dataexchange.tabular import (
    export_dataset,
    import_dataset,
    import_file,
    read_dataset,
)
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.models import Organisation
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.models import Person
from investdesk.people.tests.factories import make_person
from investdesk.projects.tests.factories import make_project
from investdesk.sitecatalog.tests.factories import make_site

pytestmark = pytest.mark.django_db


def test_headers_are_russian_and_shared():
    assert headers("organisations")[:3] == ["ID", "Наименование", "Наименование на языке оригинала"]
    assert all(c.path and c.header for cols in COLUMNS.values() for c in cols)


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_round_trip_export_edit_import(tmp_path, ext):
    org = make_organisation(name="Полярный кварц", inn="7707083893", aliases=["Полярного кварца"])
    make_organisation(name="Импульс")
    path = tmp_path / f"orgs.{ext}"
    call_command("export", "--type", "organisations", str(path))
    dataset = read_dataset(path)
    assert dataset.headers == headers("organisations")
    name_col = dataset.headers.index("Наименование")
    rows = [list(r) for r in dataset]
    rows[0][name_col] = "Полярный кварц АО"  # edit a cell as a user would in Excel
    edited = tablib.Dataset(*rows, headers=dataset.headers)
    path.write_bytes(edited.export("xlsx")) if ext == "xlsx" else path.write_text(
        edited.export("csv")
    )
    report = import_file("organisations", path)
    assert (report.ok, report.created, report.updated, report.unchanged) == (True, 0, 1, 1)
    org.refresh_from_db()
    assert org.name == "Полярный кварц АО"
    assert Organisation.objects.count() == 2


def test_matching_by_inn_and_alias_updates_instead_of_duplicating():
    make_organisation(name="ZE Optoelectronic", inn="7707083893", aliases=["ZE Opto"])
    data = tablib.Dataset(
        ["ЗЕ Оптоэлектроник", "7707083893", "Китай"], headers=["Наименование", "ИНН", "Описание"]
    )
    report = import_dataset("organisations", data)
    assert (report.created, report.updated) == (0, 1)
    data = tablib.Dataset(["zE opto", "x"], headers=["Наименование", "Описание"])
    report = import_dataset("organisations", data)
    assert (report.created, report.updated) == (0, 1)
    assert Organisation.objects.count() == 1
    assert Organisation.objects.get().description == "x"


def test_bad_rows_import_nothing_and_are_all_reported():
    data = tablib.Dataset(
        ["Хорошая", "", "investor"],
        ["Плохая", "1234567890", "investor"],
        ["", "", "investor"],
        ["Третья", "", "nonsense"],
        headers=["Наименование", "ИНН", "Тип"],
    )
    report = import_dataset("organisations", data)
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [
        (3, "ИНН"),
        (4, "Наименование"),
        (5, "Тип"),
    ]
    assert not Organisation.objects.exists()


def test_unknown_column_is_refused():
    report = import_dataset("organisations", tablib.Dataset(["x"], headers=["Цвет"]))
    assert [(e.row, e.column) for e in report.errors] == [(1, "Цвет")]


def test_dry_run_saves_nothing(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Фамилия,Имя,Должность\nЗахаров,Максим,глава комитета\n", encoding="utf-8")
    call_command("import", str(path), "--type", "people", "--dry-run")
    assert not Person.objects.exists()
    call_command("import", str(path), "--type", "people")
    assert Person.objects.get().position == "глава комитета"


def test_command_reports_bad_file(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Фамилия,Организация\nЗахаров,Нет такой\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import", str(path), "--type", "people")
    assert not Person.objects.exists()


@pytest.mark.parametrize("entity", ["people", "sites", "projects", "engagements"])
def test_every_entity_round_trips_unchanged(entity, tmp_path):
    {
        "people": make_person,
        "sites": make_site,
        "projects": make_project,
        "engagements": make_engagement,
    }[entity]()
    dataset = export_dataset(entity)
    assert len(dataset) == 1
    report = import_dataset(entity, dataset)
    assert (report.ok, report.created, report.updated, report.unchanged) == (True, 0, 0, 1), (
        report.errors
    )
    path = tmp_path / f"{entity}.json"
    call_command("export", "--type", entity, str(path))
    assert path.read_text(encoding="utf-8").startswith("[")


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_text_never_becomes_a_formula_and_still_round_trips(tmp_path, ext):
    names = ['=HYPERLINK("http://x")', "+7 Инвест", "-Минус", "@Собака"]
    for name in names:
        make_organisation(name=name, description="=1+1")
    path = tmp_path / f"orgs.{ext}"
    call_command("export", "--type", "organisations", str(path))
    if ext == "csv":
        text = path.read_text(encoding="utf-8-sig")
        assert ',"=' not in text and ",=" not in text and "\n=" not in text
        assert "'=HYPERLINK" in text and "'=1+1" in text
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
        assert not [c.value for c in cells if c.data_type == "f"]
        assert {c.value for c in cells} >= {"'" + name for name in names}
    report = import_file("organisations", path)
    assert (report.ok, report.created, report.updated, report.unchanged) == (True, 0, 0, 4), (
        report.errors
    )
    assert sorted(Organisation.objects.values_list("name", flat=True)) == sorted(names)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_guard_is_taken_off_on_import(start):
    from investdesk.core.spreadsheets import formula_safe, formula_unguard

    text = f"{start}SUM(A1)"
    assert formula_safe(text) == f"'{text}"
    assert formula_unguard(formula_safe(text)) == text
    assert formula_safe("Кварц") == "Кварц" and formula_unguard("'Кварц") == "'Кварц"
    assert formula_safe(-5) == -5


def test_import_caps_rows_and_size(tmp_path, monkeypatch):
    from investdesk.dataexchange import tabular

    path = tmp_path / "orgs.csv"
    path.write_text("Наименование\nА\nБ\nВ\n", encoding="utf-8")
    monkeypatch.setattr(tabular, "MAX_IMPORT_ROWS", 2)
    with pytest.raises(tabular.ImportTooLarge):
        import_file("organisations", path)
    monkeypatch.setattr(tabular, "MAX_IMPORT_ROWS", 3)
    monkeypatch.setattr(tabular, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    with pytest.raises(tabular.ImportTooLarge):
        import_file("organisations", path)
    monkeypatch.setattr(tabular, "MAX_IMPORT_BYTES", path.stat().st_size)
    assert import_file("organisations", path).created == 3


def test_xlsx_unpacking_to_more_than_the_cap_is_refused(tmp_path, monkeypatch):
    from investdesk.dataexchange import tabular

    path = tmp_path / "orgs.xlsx"
    path.write_bytes(tablib.Dataset(["А" * 50_000], headers=["Наименование"]).export("xlsx"))
    monkeypatch.setattr(tabular, "MAX_IMPORT_UNPACKED_BYTES", 10_000)
    with pytest.raises(tabular.ImportTooLarge):
        import_file("organisations", path)
    assert not Organisation.objects.exists()


def test_old_unconfirmed_imports_are_cleaned(tmp_path):
    import os
    import time

    from investdesk.dataexchange.tabular import imports_clean

    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text("x"), new.write_text("x")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    assert imports_clean(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["new.csv"]
    assert imports_clean(tmp_path / "missing") == 0
