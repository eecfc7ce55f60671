"""The one search service: indexing records and querying them on SQLite or PostgreSQL.

Records are indexed as ``SearchEntry`` rows (see the model). Other apps do not call us
when they save: before every search, the history rows (simple-history) written since
the index last looked name the records to re-index (``search_refresh_stale``), and
``investdesk reindex`` rebuilds everything. ``search_index_object`` re-indexes one record
at once, for callers that want it searchable before the next search.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext

from investdesk.accounts.access import sees_everything
from investdesk.core.bulk import BulkWriter
from investdesk.core.watermarks import (
    Source,
    changed_since,
    history_table,
    latest_marks,
    watermarks_read,
    watermarks_save,
)
from investdesk.documents.models import Document
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.people.models import Person, Position
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.sitecatalog.models import Site

from .bulk import ENTRY_COLUMNS, database_now, entry_rows
from .choices import EntityType
from .indexers import INDEXERS
from .models import PG_INDEX_CREATE, PG_INDEX_DROP, SearchEntry, SearchWatermark
from .parallel import compose, start_pool, tasks_for
from .text import index_text, query_terms

RESULTS_PER_TYPE = 20
# A full rebuild reads and writes in larger chunks: two queries per chunk of records
# (their values, their links' values), one COPY of their entries.
REINDEX_CHUNK = 10_000
# Above this many records to index, PostgreSQL's GIN index is dropped and built once
# after the rows are in: maintaining it row by row made a million entries take over 35
# minutes. Searches wait for the rebuild's transaction meanwhile.
PAUSE_INDEX_ABOVE = 20_000


def _entity_type_of(obj: models.Model) -> str | None:
    for entity_type, indexer in INDEXERS.items():
        if isinstance(obj, indexer.model):
            return entity_type
    return None


def _entries(entity_type: str, objects: Iterable[Any]) -> Iterator[SearchEntry]:
    """Entries of records read one by one as model instances (``search.bulk`` reads whole
    tables as rows; the two must agree, ``tests/test_bulk.py``)."""
    describe = INDEXERS[entity_type].describe
    now = timezone.now()
    for obj in objects:
        title, subtitle, texts = describe(obj)
        yield SearchEntry(
            entity_type=entity_type,
            object_id=obj.pk,
            title=str(title)[:500],
            subtitle=str(subtitle)[:500],
            url=obj.get_absolute_url(),
            text=index_text(*texts),
            source_updated_at=getattr(obj, "updated_at", None),
            indexed_at=now,
        )


def _replace(entity_type: str, objects: list[Any]) -> int:
    """Replace the entries of these objects (delete + insert keeps the FTS triggers simple)."""
    entries = list(_entries(entity_type, objects))
    with transaction.atomic():
        SearchEntry.objects.filter(
            entity_type=entity_type, object_id__in=[obj.pk for obj in objects]
        ).delete()
        SearchEntry.objects.bulk_create(entries)
    return len(entries)


def search_index_object(obj: models.Model) -> None:
    """(Re)index one record, or drop it from the index if it is no longer searchable."""
    entity_type = _entity_type_of(obj)
    if entity_type is None:
        return
    current = INDEXERS[entity_type].queryset().filter(pk=obj.pk).first()
    if current is None:
        SearchEntry.objects.filter(entity_type=entity_type, object_id=obj.pk).delete()
        return
    _replace(entity_type, [current])


# Where a change to each type shows: history tables (simple-history) and the field that
# names the indexed record. Aliases, positions and project participants change what a
# record is found by without touching the record itself.
SOURCES: dict[str, list[Source]] = {
    EntityType.ORGANISATION: [(Organisation, "id"), (OrganisationAlias, "organisation_id")],
    EntityType.PERSON: [(Person, "id"), (Position, "person_id")],
    EntityType.PROJECT: [(Project, "id"), (ProjectParticipant, "project_id")],
    EntityType.ENGAGEMENT: [(Engagement, "id")],
    EntityType.SITE: [(Site, "id")],
    EntityType.DOCUMENT: [(Document, "id")],
}


def _sources(entity_types: Iterable[str]) -> list[Source]:
    return [source for entity_type in entity_types for source in SOURCES[entity_type]]


def search_reindex_counts(entity_types: Iterable[str] | None = None) -> dict[str, int]:
    """How many records each type would index (for a progress bar)."""
    return {t: INDEXERS[t].queryset().order_by().count() for t in entity_types or INDEXERS}


def search_reindex(
    *,
    entity_types: Iterable[str] | None = None,
    progress: Callable[[str, int], None] | None = None,
    expected: dict[str, int] | None = None,
    workers: int = 1,
) -> dict[str, int]:
    """Rebuild the index for the given types (all by default); returns counts per type.

    One transaction: readers see the old index until the new one is complete. Records
    are read as plain rows (``search.bulk``) and entries written with COPY on PostgreSQL
    (``core.bulk``). Above ``PAUSE_INDEX_ABOVE`` records PostgreSQL's GIN index is built
    once at the end instead of row by row, and the entries are composed by ``workers``
    processes if more than one (``search.parallel``). A rebuild of every type empties
    the table with TRUNCATE (a DELETE leaves every old row behind as a dead one).
    ``progress(type, n)`` is told about every chunk written; ``expected`` are counts
    from ``search_reindex_counts`` if the caller has them already.
    """
    types = list(entity_types or INDEXERS)
    tick = progress or (lambda _type, _n: None)
    counts: dict[str, int] = {}
    postgresql = connection.vendor == "postgresql"
    with transaction.atomic():
        pause = postgresql and (
            sum((expected or search_reindex_counts(types)).values()) > PAUSE_INDEX_ABOVE
        )
        truncate = postgresql and set(types) == set(INDEXERS)
        # The watermarks first: a change made while we index is picked up later.
        marks = {t: latest_marks(SOURCES[t]) for t in types}
        with connection.cursor() as cursor:
            if pause:
                cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
                for statement in PG_INDEX_DROP:
                    cursor.execute(statement)
            if truncate:
                cursor.execute(f"TRUNCATE {connection.ops.quote_name(SearchEntry._meta.db_table)}")
        pool = start_pool(workers) if pause and workers > 1 else None
        try:
            for entity_type in types:
                if not truncate:
                    SearchEntry.objects.filter(entity_type=entity_type).delete()
                counts[entity_type] = _write_entries(entity_type, pool, tick)
                watermarks_save(SearchWatermark, marks[entity_type])
        finally:
            if pool is not None:
                pool.terminate()
        if pause:
            with connection.cursor() as cursor:
                for statement in PG_INDEX_CREATE:
                    cursor.execute(statement)
    return counts


def _write_entries(entity_type: str, pool: Pool | None, tick: Callable[[str, int], None]) -> int:
    now = database_now(timezone.now())
    if pool is None:
        writer = BulkWriter()
        written = 0
        for rows in entry_rows(entity_type, now, REINDEX_CHUNK):
            writer.rows(SearchEntry._meta.db_table, ENTRY_COLUMNS, rows)
            written += len(rows)
            tick(entity_type, len(rows))
        return written
    tasks = tasks_for(entity_type, str(now))  # before the COPY: no query can run during it
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in ENTRY_COLUMNS)
    written = 0
    with (
        connection.cursor() as cursor,
        cursor.copy(f"COPY {quote(SearchEntry._meta.db_table)} ({columns}) FROM STDIN") as copy,
    ):
        for count, text in compose(pool, tasks):
            copy.write(text)
            written += count
            tick(entity_type, count)
    return written


def search_refresh_stale() -> int:
    """Re-index records changed since the index last looked (from their history rows).

    One query for the watermarks and one for the history tables (``core.watermarks``), so
    the cost does not grow with the data and a search with nothing to refresh costs two
    round trips. History ids missing below a watermark (a transaction not yet committed
    on PostgreSQL) are kept with it and read again until they appear. A type never
    indexed is indexed whole.
    """
    marks = watermarks_read(SearchWatermark, _sources(SOURCES))
    refreshed = 0
    stale = [
        entity_type
        for entity_type, sources in SOURCES.items()
        if any(history_table(model) not in marks for model, _field in sources)
    ]
    for entity_type in stale:
        refreshed += search_reindex(entity_types=[entity_type])[entity_type]
    fresh = [entity_type for entity_type in SOURCES if entity_type not in stale]
    changes = changed_since(_sources(fresh), marks)
    for entity_type in fresh:
        found = [
            changes[history_table(model)]
            for model, _field in SOURCES[entity_type]
            if history_table(model) in changes
        ]
        if not found:
            continue
        changed = set().union(*(source.record_ids for source in found))
        with transaction.atomic():
            current = list(INDEXERS[entity_type].queryset().filter(pk__in=changed))
            gone = changed - {obj.pk for obj in current}
            SearchEntry.objects.filter(entity_type=entity_type, object_id__in=gone).delete()
            if current:
                refreshed += _replace(entity_type, current)
            watermarks_save(
                SearchWatermark,
                {
                    history_table(model): changes[history_table(model)].mark
                    for model, _field in SOURCES[entity_type]
                    if history_table(model) in changes
                },
            )
    return refreshed


# --- querying -----------------------------------------------------------------------------


@dataclass
class SearchResults:
    query: str
    groups: list[tuple[str, str, list[SearchEntry]]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(len(entries) for _type, _label, entries in self.groups)


def _fts5_query(terms: list[tuple[str, ...]]) -> str:
    # Words come from \w+ so they hold no quotes; each is quoted to be read literally.
    groups = []
    for index, alternatives in enumerate(terms):
        options = [f'"{word}"' for word in alternatives]
        if index == len(terms) - 1 and len(terms[-1][-1]) >= 3:
            options.append(f'"{terms[-1][-1]}"*')  # the word being typed
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def _tsquery(terms: list[tuple[str, ...]]) -> str:
    groups = []
    for index, alternatives in enumerate(terms):
        options = [f"'{word}'" for word in alternatives]
        if index == len(terms) - 1 and len(terms[-1][-1]) >= 3:
            options.append(f"'{terms[-1][-1]}':*")
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


def _matching_ids(terms: list[tuple[str, ...]], limit: int) -> list[int]:
    """Entry ids that match every query word, best first; the vendor-specific part."""
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s "
                "ORDER BY rank LIMIT %s",
                [_fts5_query(terms), limit],
            )
        elif vendor == "postgresql":
            cursor.execute(
                # The stored vector (migration 0005): ranking thousands of matches no
                # longer parses each one's text again.
                "SELECT id FROM search_searchentry "
                "WHERE text_vector @@ to_tsquery('simple', %s) "
                "ORDER BY ts_rank(text_vector, to_tsquery('simple', %s)) DESC, "
                "id LIMIT %s",
                [_tsquery(terms), _tsquery(terms), limit],
            )
        else:  # pragma: no cover - only SQLite and PostgreSQL are supported
            queryset = SearchEntry.objects.all()
            for alternatives in terms:
                condition = models.Q()
                for word in alternatives:
                    condition |= models.Q(text__icontains=word)
                queryset = queryset.filter(condition)
            return list(queryset.values_list("id", flat=True)[:limit])
        return [row[0] for row in cursor.fetchall()]


def _allowed_types(user) -> list[str]:
    return [t for t, indexer in INDEXERS.items() if user.has_perm(indexer.permission)]


def search(query: str, *, user, refresh: bool = True) -> SearchResults:
    """Records matching every word of ``query`` in any form, grouped by type.

    Partners see only projects shared with them and the engagements about those.
    """
    results = SearchResults(query=query.strip())
    terms = query_terms(query)
    allowed = _allowed_types(user)
    if not terms or not allowed:
        return results
    if refresh:
        search_refresh_stale()
    ids = _matching_ids(terms, limit=RESULTS_PER_TYPE * len(INDEXERS) * 5)
    if not ids:
        return results
    entries = SearchEntry.objects.filter(pk__in=ids, entity_type__in=allowed)
    if not sees_everything(user):
        visible_projects = Project.objects.visible_to(user).values("pk")
        visible_engagements = Engagement.objects.visible_to(user).values("pk")
        entries = entries.exclude(
            models.Q(entity_type=EntityType.PROJECT) & ~models.Q(object_id__in=visible_projects)
        ).exclude(
            models.Q(entity_type=EntityType.ENGAGEMENT)
            & ~models.Q(object_id__in=visible_engagements)
        )
    rank = {pk: position for position, pk in enumerate(ids)}
    by_type: dict[str, list[SearchEntry]] = {}
    for entry in sorted(entries, key=lambda e: rank[e.pk]):
        bucket = by_type.setdefault(entry.entity_type, [])
        if len(bucket) < RESULTS_PER_TYPE:
            bucket.append(entry)
    labels = dict(EntityType.choices)
    results.groups = [
        (entity_type, gettext(str(labels[entity_type])), by_type[entity_type])
        for entity_type in INDEXERS
        if entity_type in by_type
    ]
    return results
