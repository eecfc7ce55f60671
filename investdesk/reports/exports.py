"""Excel exports of list pages: the list view's own queryset (filters, sorting,
visibility), written row by row.

The columns are each app's (``dataexchange.columns.COLUMNS``), written by
``core.columns.cell_value`` as the ``investdesk export`` command writes them, so a list
exported here imports back unchanged.
"""

from collections.abc import Iterator
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest
from django.utils import timezone

from investdesk.agreements.views import AgreementListView
from investdesk.core.columns import Column, headers, row_values
from investdesk.core.views import FilteredListView
from investdesk.dataexchange.columns import COLUMNS
from investdesk.documents.views import DocumentListView
from investdesk.engagements.views import EngagementListView
from investdesk.organisations.views import OrganisationListView
from investdesk.people.views import PersonListView
from investdesk.projects.views import ProjectListView
from investdesk.sitecatalog.views import SiteListView
from investdesk.support.views import SupportCaseListView
from investdesk.tasks.views import TaskListView

from .xlsx import xlsx_response

# entity → (list view, extra prefetches the columns need beyond the list page's own)
LIST_VIEWS: dict[str, tuple[type[FilteredListView], tuple[Any, ...]]] = {
    "organisations": (OrganisationListView, ("directions", "aliases")),
    "people": (PersonListView, ()),
    "projects": (ProjectListView, ()),
    "engagements": (EngagementListView, ()),
    "sites": (SiteListView, ("directions",)),
    "tasks": (TaskListView, ()),
    "documents": (DocumentListView, ()),
    "agreements": (AgreementListView, ()),
    "support": (SupportCaseListView, ()),
}


def columns_for(entity: str) -> list[Column]:
    return COLUMNS[entity]


def export_rows(queryset: models.QuerySet, columns: list[Column]) -> Iterator[list]:
    # iterator() with a chunk size streams from the database and still prefetches per chunk.
    for obj in queryset.iterator(chunk_size=2000):
        yield row_values(obj, columns)


def list_queryset(entity: str, request: HttpRequest) -> models.QuerySet:
    """The queryset the list page shows (without pagination), checked for permission."""
    view_class, prefetches = LIST_VIEWS[entity]
    view = view_class()
    view.setup(request)
    if not view.has_permission():
        raise PermissionDenied
    queryset = view.get_queryset()
    if prefetches:
        queryset = queryset.prefetch_related(*prefetches)
    if entity == "tasks":
        queryset = queryset.select_related("organisation", "direction")
    elif entity == "projects":
        # the list page's rows show neither; the export's columns do
        queryset = queryset.select_related("municipality", "site")
    return queryset


def export_list(entity: str, request: HttpRequest):
    columns = columns_for(entity)
    queryset = list_queryset(entity, request)
    stamp = timezone.localdate().isoformat()
    sheet = (entity, headers(columns), export_rows(queryset, columns))
    return xlsx_response([sheet], filename=f"{entity}-{stamp}.xlsx")
