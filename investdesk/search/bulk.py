"""Index rows for a whole table at once, read as plain values (``investdesk reindex``).

Building a model instance per record (and prefetching its links into it) was most of a
full reindex's time. Here each chunk of records is one ``values_list`` query in primary
key order, its links (aliases, investors, organisations) one more query over the chunk's
key range, and an entry is composed from the tuples by the same ``indexers.*_parts`` the
one-record path uses. Timestamps are read and written back as text (parsing a million
of them into datetimes cost seconds for nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.db import connection, models
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.translation import get_language

from investdesk.documents.models import Document
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.projects.models import PipelineStage, ProjectParticipant
from investdesk.sitecatalog.models import Site

from . import indexers
from .choices import EntityType
from .text import index_text

# An entry as written: the columns of ``ENTRY_COLUMNS`` in order.
ENTRY_COLUMNS = [
    "entity_type",
    "object_id",
    "title",
    "subtitle",
    "url",
    "text",
    "source_updated_at",
    "indexed_at",
]
URL_MARK = 987654321


@dataclass(frozen=True)
class Links:
    """Rows linked to each record: ``queryset()`` filtered on ``owner`` over a key range,
    ``order`` as the one-record path's prefetch orders them, ``value`` read per link."""

    queryset: Callable[[], models.QuerySet]
    owner: str
    value: str
    order: tuple[str, ...]


@dataclass(frozen=True)
class TableReader:
    columns: tuple[str, ...]  # read after the primary key
    # Called once per rebuild: the function composing (*columns, links) into a description.
    composer: Callable[[], Callable[..., indexers.Description]]
    links: Links | None = None


def _labels(model: type[models.Model]) -> dict[str, str]:
    return indexers.kind_labels(model, get_language())


def _organisations() -> Callable[..., indexers.Description]:
    kinds = _labels(Organisation)
    countries: dict[str, str] = {}

    def compose(name, original, short, kind, country, inn, ogrn, aliases):
        if country not in countries:
            countries[country] = Organisation(country=country).country.name or ""
        return indexers.organisation_parts(
            name, original, short, aliases, kinds.get(kind, kind), countries[country], inn, ogrn
        )

    return compose


def _projects() -> Callable[..., indexers.Description]:
    stage_names = {stage.pk: stage.name for stage in PipelineStage.objects.all()}

    def compose(title, code_name, description, confidentiality, stage_id, investors):
        return indexers.project_parts(
            title, code_name, description, confidentiality, stage_names[stage_id], investors
        )

    return compose


def _engagements() -> Callable[..., indexers.Description]:
    kinds = _labels(Engagement)
    dates: dict[Any, str] = {}

    def compose(title, venue, summary, kind, start_date, organisations):
        if start_date not in dates:
            dates[start_date] = indexers.engagement_dates(start_date)
        return indexers.engagement_parts(
            title, venue, summary, kinds.get(kind, kind), dates[start_date], organisations
        )

    return compose


def _sites() -> Callable[..., indexers.Description]:
    kinds = _labels(Site)

    def compose(name, address, kind, municipality, operator):
        return indexers.site_parts(name, address, kinds.get(kind, kind), municipality, operator)

    return compose


def _documents() -> Callable[..., indexers.Description]:
    kinds = _labels(Document)

    def compose(title, source_name, kind, text):
        return indexers.document_parts(title, source_name, kinds.get(kind, kind), text)

    return compose


READERS: dict[str, TableReader] = {
    EntityType.ORGANISATION: TableReader(
        ("name", "name_original", "short_name", "kind", "country", "inn", "ogrn"),
        _organisations,
        Links(OrganisationAlias.objects.all, "organisation_id", "alias", ("alias", "id")),
    ),
    EntityType.PERSON: TableReader(
        (
            "first_name",
            "patronymic",
            "last_name",
            "name_original",
            "position",
            "organisation__name",
        ),
        lambda: indexers.person_parts,
    ),
    EntityType.PROJECT: TableReader(
        ("title", "code_name", "description", "confidentiality", "stage_id"),
        _projects,
        Links(ProjectParticipant.objects.all, "project_id", "organisation__name", ("role", "id")),
    ),
    EntityType.ENGAGEMENT: TableReader(
        ("title", "venue", "summary", "kind", "start_date"),
        _engagements,
        Links(
            Engagement.organisations.through.objects.all,
            "engagement_id",
            "organisation__name",
            ("organisation__name", "organisation_id"),
        ),
    ),
    EntityType.SITE: TableReader(
        ("name", "address", "kind", "municipality__name", "operator__name"), _sites
    ),
    EntityType.DOCUMENT: TableReader(("title", "source_name", "kind", "text"), _documents),
}


@cache
def _url_template(model: type[models.Model]) -> tuple[str, str]:
    """``get_absolute_url`` around the primary key, so no ``reverse()`` per record."""
    prefix, found, suffix = model(pk=URL_MARK).get_absolute_url().rpartition(str(URL_MARK))
    assert found, f"{model.__name__}.get_absolute_url() does not show its primary key"
    return prefix, suffix


def _links(links: Links, first: int, last: int) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    rows = (
        links.queryset()
        .filter(**{f"{links.owner}__gte": first, f"{links.owner}__lte": last})
        .order_by(links.owner, *links.order)
        .values_list(links.owner, links.value)
    )
    for owner, value in rows:
        found.setdefault(owner, []).append(value)
    return found


def entry_rows(
    entity_type: str, indexed_at: Any, size: int, first: int = 0, last: int | None = None
) -> Iterator[list[tuple]]:
    """The entries of the records of a type (with primary keys from ``first`` to ``last``,
    all by default), a chunk of ``size`` records at a time, as rows of ``ENTRY_COLUMNS``.
    ``indexed_at`` is written as given (a database value)."""
    indexer = indexers.INDEXERS[entity_type]
    reader = READERS[entity_type]
    prefix, suffix = _url_template(indexer.model)
    queryset = (
        indexer.queryset()
        .prefetch_related(None)
        .select_related(None)
        .annotate(_updated=Cast("updated_at", TextField()))
        .values_list("pk", *reader.columns, "_updated")
        .order_by("pk")
    )
    if last is not None:
        queryset = queryset.filter(pk__lte=last)
    compose = reader.composer()
    last_pk = first - 1
    while True:
        chunk = list(queryset.filter(pk__gt=last_pk)[:size])
        if not chunk:
            return
        linked = _links(reader.links, chunk[0][0], chunk[-1][0]) if reader.links else None
        rows = []
        for pk, *values, updated in chunk:
            if linked is not None:
                values.append(linked.get(pk, []))
            title, subtitle, texts = compose(*values)
            rows.append(
                (
                    entity_type,
                    pk,
                    str(title)[:500],
                    str(subtitle)[:500],
                    f"{prefix}{pk}{suffix}",
                    index_text(*texts),
                    updated,
                    indexed_at,
                )
            )
        yield rows
        last_pk = chunk[-1][0]


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def copy_text(rows: list[tuple]) -> bytes:
    """Entry rows in COPY's text format (what a worker process hands over to be written)."""
    lines = []
    null = "\\N"
    for entity_type, pk, title, subtitle, url, text, updated, indexed_at in rows:
        fields = (title, subtitle, url, text)
        title, subtitle, url, text = (field.translate(_COPY_ESCAPES) for field in fields)
        updated = null if updated is None else updated
        lines.append(
            f"{entity_type}\t{pk}\t{title}\t{subtitle}\t{url}\t{text}\t{updated}\t{indexed_at}\n"
        )
    return "".join(lines).encode()


def database_now(now: Any) -> Any:
    """A datetime as the database takes it in a raw row."""
    return connection.ops.adapt_datetimefield_value(now)
