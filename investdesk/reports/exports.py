"""Excel exports of list pages: the list view's own queryset (filters, sorting,
visibility), written row by row with the shared Russian headers.

Headers come from ``dataexchange.columns.COLUMNS``; tasks are not imported, so their
columns are defined here in the same shape.
"""

from collections.abc import Callable, Iterator
from importlib import import_module
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest
from django.utils import timezone

from investdesk.dataexchange.columns import COLUMNS

from .xlsx import xlsx_response

TASK_COLUMNS: list[tuple[str, str]] = [
    ("id", "ID"),
    ("title", "Поручение"),
    ("assignee", "Исполнитель"),
    ("due_date", "Срок"),
    ("status", "Статус"),
    ("priority", "Приоритет"),
    ("source", "Источник"),
    ("project", "Проект"),
    ("engagement", "Взаимодействие"),
    ("organisation__name", "Организация"),
    ("direction__name_ru", "Направление"),
    ("completed_at", "Выполнено"),
]

# Lists that are exported but not imported: their columns are defined here.
OWN_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "tasks": TASK_COLUMNS,
    "documents": [
        ("id", "ID"),
        ("title", "Название"),
        ("kind", "Вид"),
        ("source_name", "Источник"),
        ("source_url", "Ссылка"),
        ("published_on", "Дата публикации"),
        ("review_status", "Разбор"),
    ],
    "agreements": [
        ("id", "ID"),
        ("kind", "Вид"),
        ("title", "Название"),
        ("number", "Номер"),
        ("signed_on", "Дата подписания"),
        ("valid_until", "Действует до"),
        ("parties", "Стороны"),
        ("project", "Проект"),
        ("engagement", "Подписано на"),
        ("obligation_count", "Обязательств"),
        ("open_obligation_count", "Открытых обязательств"),
    ],
    "support": [
        ("id", "ID"),
        ("organisation__name", "Заявитель"),
        ("subject", "Запрошенная поддержка"),
        ("applied_on", "Дата обращения"),
        ("status", "Статус"),
        ("project", "Проект"),
        ("curator", "Куратор"),
        ("first_open_target", "Ближайший срок"),
        ("late_open_steps", "Просрочено шагов"),
    ],
}

# entity → (list view, extra prefetches the columns need beyond the list page's own)
LIST_VIEWS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "organisations": (
        "investdesk.organisations.views.OrganisationListView",
        ("directions", "aliases"),
    ),
    "people": ("investdesk.people.views.PersonListView", ()),
    "projects": ("investdesk.projects.views.ProjectListView", ()),
    "engagements": ("investdesk.engagements.views.EngagementListView", ()),
    "sites": ("investdesk.sitecatalog.views.SiteListView", ("directions",)),
    "tasks": ("investdesk.tasks.views.TaskListView", ()),
    "documents": ("investdesk.documents.views.DocumentListView", ()),
    "agreements": ("investdesk.agreements.views.AgreementListView", ()),
    "support": ("investdesk.support.views.SupportCaseListView", ()),
}


def columns_for(entity: str) -> list[tuple[str, str]]:
    return OWN_COLUMNS[entity] if entity in OWN_COLUMNS else COLUMNS[entity]


def _names(manager) -> str:
    return "; ".join(str(item) for item in manager.all())


# Values that are not plain attribute paths.
SPECIAL: dict[str, Callable[[Any], Any]] = {
    "directions": lambda obj: _names(obj.directions),
    "organisations": lambda obj: _names(obj.organisations),
    "parties": lambda obj: _names(obj.parties),
    "aliases": lambda obj: _names(obj.aliases),
    "investors": lambda obj: "; ".join(
        str(p.organisation) for p in obj.participants.all() if p.role == "investor"
    ),
    "country": lambda obj: obj.country.name,
}


def _value(obj: Any, path: str) -> Any:
    if path in SPECIAL:
        return SPECIAL[path](obj)
    if path == "title" and hasattr(obj, "display_title"):
        return obj.display_title  # confidential projects export their code name
    target = obj
    parts = path.split("__")
    for part in parts[:-1]:
        target = getattr(target, part, None)
        if target is None:
            return None
    last = parts[-1]
    display = getattr(target, f"get_{last}_display", None)
    if callable(display):
        return display()
    value = getattr(target, last, None)
    if isinstance(value, models.Model):
        return str(value)
    return value


def export_rows(queryset: models.QuerySet, columns: list[tuple[str, str]]) -> Iterator[list]:
    # iterator() with a chunk size streams from the database and still prefetches per chunk.
    for obj in queryset.iterator(chunk_size=2000):
        yield [_value(obj, path) for path, _header in columns]


def list_queryset(entity: str, request: HttpRequest) -> models.QuerySet:
    """The queryset the list page shows (without pagination), checked for permission."""
    view_path, prefetches = LIST_VIEWS[entity]
    module_name, class_name = view_path.rsplit(".", 1)
    view_class = getattr(import_module(module_name), class_name)
    view = view_class()
    view.setup(request)
    if not view.has_permission():
        raise PermissionDenied
    queryset = view.get_queryset()
    if prefetches:
        queryset = queryset.prefetch_related(*prefetches)
    if entity == "tasks":
        queryset = queryset.select_related("organisation", "direction")
    return queryset


def export_list(entity: str, request: HttpRequest):
    columns = columns_for(entity)
    queryset = list_queryset(entity, request)
    stamp = timezone.localdate().isoformat()
    sheet = (entity, [header for _path, header in columns], export_rows(queryset, columns))
    return xlsx_response([sheet], filename=f"{entity}-{stamp}.xlsx")
