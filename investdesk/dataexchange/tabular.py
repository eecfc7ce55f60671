"""Imports and exports of the registry as .xlsx, .csv and .json with Russian headers.

Tables are read and written with tablib (the dataset layer of django-import-export); every
write goes through the apps' services. An import runs in one transaction: each row in a
savepoint, every bad row reported with its number, column and problem, and the whole
transaction rolled back if any row is bad (or for a dry run), so a file imports all or
nothing.
"""

import datetime
import decimal
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tablib
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from investdesk.agreements.models import Agreement
from investdesk.agreements.selectors import agreement_list
from investdesk.core.columns import headers, row_values
from investdesk.core.spreadsheets import formula_safe, formula_unguard
from investdesk.documents.models import Document
from investdesk.documents.selectors import document_list
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project
from investdesk.sitecatalog.models import Site
from investdesk.support.models import SupportCase
from investdesk.support.selectors import open_cases_by_lateness
from investdesk.tasks.models import Task

from .columns import COLUMNS
from .importers import RECORD_IMPORTERS, RowProblem, choice_values
from .importers_work import WORK_IMPORTERS

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}
# An import file is at most this large (on disk, and unpacked for .xlsx) and this long.
MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000

MODELS: dict[str, type[models.Model]] = {
    "organisations": Organisation,
    "people": Person,
    "sites": Site,
    "projects": Project,
    "engagements": Engagement,
    "tasks": Task,
    "documents": Document,
    "agreements": Agreement,
    "support": SupportCase,
}
IMPORTERS = {**RECORD_IMPORTERS, **WORK_IMPORTERS}


def _file_format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            _("Unsupported file type “%(ext)s”: use .xlsx, .csv or .json.") % {"ext": path.suffix}
        ) from None


# --- export ---------------------------------------------------------------------------


def _text_cell(value: Any) -> Any:
    """A cell of ``core.columns.cell_value`` as .csv and .json hold it (text, or a number)."""
    if value is None:
        return ""
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return formula_safe(str(value)) if not isinstance(value, int | bool) else value


def export_queryset(entity: str) -> models.QuerySet:
    """Every record of ``entity`` the command exports, read with what its columns show."""
    if entity in LIST_SELECTORS:
        return LIST_SELECTORS[entity]()
    model = MODELS[entity]
    queryset = model._default_manager.all()
    if entity in ("organisations", "people"):
        queryset = queryset.filter(is_archived=False)
    related = {
        "organisations": (["municipality"], ["directions", "aliases"]),
        "people": (["organisation"], []),
        "sites": (["municipality", "operator"], ["directions"]),
        "projects": (
            ["stage", "municipality", "site"],
            ["directions", "participants__organisation"],
        ),
        "engagements": (["municipality"], ["organisations", "directions"]),
    }[entity]
    return queryset.select_related(*related[0]).prefetch_related(*related[1]).order_by("pk")


# Entities exported as their list page shows them (its selector), in full.
LIST_SELECTORS: dict[str, Callable[[], models.QuerySet]] = {
    "tasks": lambda: Task.objects.select_related(
        "assignee", "project", "engagement", "organisation", "direction"
    ).order_by("pk"),
    "documents": lambda: document_list().order_by("pk"),
    "agreements": lambda: agreement_list().prefetch_related("parties").order_by("pk"),
    "support": lambda: open_cases_by_lateness().order_by("pk"),
}


def export_dataset(entity: str) -> tablib.Dataset:
    columns = COLUMNS[entity]
    dataset = tablib.Dataset(headers=headers(columns))
    for obj in export_queryset(entity):
        dataset.append([_text_cell(value) for value in row_values(obj, columns)])
    return dataset


def export_file(entity: str, path: Path) -> int:
    path = Path(path)
    fmt = _file_format(path)
    dataset = export_dataset(entity)
    data = dataset.export(fmt)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    else:
        path.write_bytes(data)
    return len(dataset)


# --- import ---------------------------------------------------------------------------


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("row %(row)s, column “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportReport:
    entity: str
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def applied(self) -> bool:
        return self.ok and not self.dry_run


class ImportTooLarge(ValueError):
    """The file is larger or longer than an import takes."""


def _too_large() -> ImportTooLarge:
    return ImportTooLarge(
        _("The file is too large: import at most %(mb)s MB and %(rows)s rows at a time.")
        % {"mb": MAX_IMPORT_BYTES // (1024 * 1024), "rows": MAX_IMPORT_ROWS}
    )


def read_dataset(path: Path) -> tablib.Dataset:
    """The file's table, refused (``ImportTooLarge``) past the size and row caps."""
    path = Path(path)
    fmt = _file_format(path)
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise _too_large()
    if fmt == "xlsx":
        try:
            with zipfile.ZipFile(path) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
        except zipfile.BadZipFile:
            raise ValueError(_("The file is not a readable .xlsx workbook.")) from None
        if unpacked > MAX_IMPORT_UNPACKED_BYTES:
            raise _too_large()
        dataset = tablib.Dataset().load(path.read_bytes(), format="xlsx")
    else:
        dataset = tablib.Dataset().load(path.read_text(encoding="utf-8-sig"), format=fmt)
    if dataset.height > MAX_IMPORT_ROWS:
        raise _too_large()
    return dataset


def imports_clean(directory: Path, *, max_age_seconds: int = 24 * 3600) -> int:
    """Remove uploaded import files older than ``max_age_seconds`` that nobody confirmed."""
    if not directory.is_dir():
        return 0
    limit = time.time() - max_age_seconds
    removed = 0
    for path in directory.iterdir():
        if path.is_file() and path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return formula_unguard(str(value).strip())


def import_dataset(entity: str, dataset: tablib.Dataset, *, dry_run: bool = False) -> ImportReport:
    """Import every row or none: bad rows are all reported, and then nothing is saved."""
    columns = [(column.path, column.header) for column in COLUMNS[entity]]
    by_header = {header.strip().lower(): path for path, header in columns}
    header_of = dict(columns)
    report = ImportReport(entity=entity, dry_run=dry_run)
    headers = [str(h or "").strip() for h in (dataset.headers or [])]
    unknown = [h for h in headers if h and h.lower() not in by_header]
    for header in unknown:
        report.errors.append(RowError(1, header, _("Unknown column.")))
    if report.errors:
        return report
    paths = [by_header.get(h.lower()) for h in headers]
    importer = IMPORTERS[entity]
    with transaction.atomic():
        for number, row in enumerate(dataset, start=2):  # row 1 holds the headers
            values = {p: _text(cell) for p, cell in zip(paths, row, strict=False) if p}
            values = choice_values(MODELS[entity], values)
            if not any(values.values()):
                continue
            try:
                with transaction.atomic():
                    outcome = importer(values)
            except RowProblem as problem:
                report.errors.append(
                    RowError(number, header_of.get(problem.path, problem.path), problem.message)
                )
                continue
            except ValidationError as exc:
                details = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
                for path, messages in details.items():
                    column = (
                        header_of.get(path)
                        or header_of.get(f"{path}__name")
                        or ("" if path in ("", NON_FIELD_ERRORS) else path)
                    )
                    for message in messages:
                        report.errors.append(RowError(number, column, message))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome != "unchanged":
                label = (
                    values.get("name")
                    or values.get("title")
                    or values.get("subject")
                    or values.get("last_name", "")
                )
                report.changes.append(f"{number}: {outcome} {label}")
        if report.errors or dry_run:
            transaction.set_rollback(True)
    return report


def import_file(entity: str, path: Path, *, dry_run: bool = False) -> ImportReport:
    return import_dataset(entity, read_dataset(Path(path)), dry_run=dry_run)
