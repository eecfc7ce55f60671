"""What changed since a watermark, read from the records' history tables (simple-history).

Derived tables (the search index, the duplicate name keys) are not told about writes:
before they are read, the history rows written since they last looked name the records to
recompute. A *source* is a model with history and the field of its history rows that
names the derived record (``(Organisation, "id")``, ``(OrganisationAlias,
"organisation_id")``); a *watermark* is the last history id of a source taken into
account, stored per source table in a model with ``source``, ``last_history_id`` and
``gaps`` (each derived table keeps its own).

**Gaps.** On PostgreSQL a history id is handed out when the row is inserted but the row
becomes visible when its transaction commits, so a transaction holding id 100 may commit
after a refresh has read id 101: a watermark moved to 101 would skip row 100 for ever.
The ids missing between the old watermark and the newest id read are therefore kept with
the watermark as *gaps* (ranges of ids) and read again by every later refresh, in the same
statement, until they appear. A gap that never fills (its transaction rolled back, or the
row was deleted) is dropped once every transaction that was running when it was noticed
has ended — ``pg_snapshot_xmin`` of the reading statement's own snapshot has passed the
``pg_snapshot_xmax`` noted with the gap — and at least ``GAP_GRACE`` seconds have passed
(a transaction that drew its id but has not yet got a transaction id is not in a
snapshot); in any case after ``GAP_MAX_AGE`` seconds, and a source keeps at most
``MAX_GAPS`` ranges (the oldest go first). On SQLite one writer at a time holds the
database from its first insert to its commit, so ids become visible in order and a
missing id is never filled later: no gaps are kept there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, models
from django.db.models import Max

logger = logging.getLogger(__name__)

Source = tuple[type[models.Model], str]

# The oldest transaction still running and the first not yet started, as the statement
# this is part of sees them (pg_current_snapshot() is that statement's snapshot).
_SNAPSHOT = (
    "pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint "
    "FROM pg_current_snapshot() s"
)

# A gap is re-read until its transaction has surely ended; these bound the list anyway.
GAP_GRACE = 60  # seconds: an id drawn before the transaction got its transaction id
GAP_MAX_AGE = 24 * 3600  # seconds: a transaction open for a day is given up on
MAX_GAPS = 100  # ranges a source keeps (each is one more range in the reading statement)


@dataclass(frozen=True)
class Gap:
    """History ids ``first``..``last`` missing when ``noticed`` (Unix time); ``xmax`` is
    ``pg_snapshot_xmax`` of the statement that noticed them."""

    first: int
    last: int
    noticed: float
    xmax: int | None = None

    def stored(self) -> list:
        return [self.first, self.last, self.noticed, self.xmax]


@dataclass
class Mark:
    """A source's watermark: the last history id taken into account, and the ids below it
    not seen yet that may still appear."""

    last: int = 0
    gaps: list[Gap] = field(default_factory=list)


def _gaps_loaded(stored: list | None) -> list[Gap]:
    return [
        Gap(int(a), int(b), float(t), None if x is None else int(x)) for a, b, t, x in stored or []
    ]


def history_table(model: type[models.Model]) -> str:
    """The name a source's watermark is stored under: its history table."""
    return model.history.model._meta.db_table


def _gaps_may_fill() -> bool:
    """Whether a missing id may still appear later (see the module's docstring)."""
    return connection.vendor == "postgresql"


def latest_history_ids(sources: Iterable[Source]) -> dict[str, int]:
    """The newest history id of each source (0 for an empty history)."""
    return {
        history_table(model): model.history.model.objects.aggregate(last=Max("history_id"))["last"]
        or 0
        for model, _field in sources
    }


def latest_marks(sources: Iterable[Source]) -> dict[str, Mark]:
    """Watermarks for a rebuild that reads the data after this call: the newest history id
    of each source and, on PostgreSQL, the newest ``MAX_GAPS`` ranges of ids missing below
    it (one statement, so one snapshot)."""
    sources = list(sources)
    if not _gaps_may_fill():
        return {table: Mark(last) for table, last in latest_history_ids(sources).items()}
    quote = connection.ops.quote_name
    parts = []
    for index, (model, _field) in enumerate(sources):
        table = quote(model.history.model._meta.db_table)
        parts.append(f"SELECT {index}, 0, MAX(history_id), NULL FROM {table}")
        # Walked down from the newest id, so the scan stops at the MAX_GAPS-th gap.
        parts.append(
            f"SELECT {index}, 1, lo, hi FROM (SELECT history_id + 1 AS lo, higher - 1 AS hi "
            "FROM (SELECT history_id, LAG(history_id) OVER (ORDER BY history_id DESC) "
            f"AS higher FROM {table}) ids WHERE higher - history_id > 1 LIMIT {MAX_GAPS}) gaps"
        )
        parts.append(
            f"SELECT {index}, 1, 1, MIN(history_id) - 1 FROM {table} HAVING MIN(history_id) > 1"
        )
    parts.append(f"SELECT -1, 2, {_SNAPSHOT}")
    marks = [Mark() for _source in sources]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        rows = cursor.fetchall()
    xmax = next(b for index, _kind, _a, b in rows if index == -1)
    now = time.time()
    for index, kind, a, b in rows:
        if index == -1:
            continue
        if kind == 0:
            marks[index].last = a or 0
        else:
            marks[index].gaps.append(Gap(a, b, now, xmax))
    for mark in marks:
        mark.gaps.sort(key=lambda gap: gap.first)
    return {
        history_table(model): mark for (model, _field), mark in zip(sources, marks, strict=True)
    }


def watermarks_read(watermark: type[models.Model], sources: Iterable[Source]) -> dict[str, Mark]:
    """The stored watermarks of ``sources`` (a source never looked at is missing)."""
    rows = watermark.objects.filter(
        source__in=[history_table(model) for model, _field in sources]
    ).values_list("source", "last_history_id", "gaps")
    return {source: Mark(last, _gaps_loaded(gaps)) for source, last, gaps in rows}


def watermarks_save(watermark: type[models.Model], marks: dict[str, Mark]) -> None:
    for source, mark in marks.items():
        watermark.objects.update_or_create(
            source=source,
            defaults={
                "last_history_id": mark.last,
                "gaps": [gap.stored() for gap in mark.gaps],
            },
        )


@dataclass
class SourceChanges:
    """What one source's history says since its watermark."""

    mark: Mark  # the watermark to store once these records are recomputed
    record_ids: set[int] = field(default_factory=set)  # the records the new rows name

    @property
    def newest(self) -> int:
        return self.mark.last


def _without(gaps: list[Gap], seen: set[int]) -> list[Gap]:
    """``gaps`` less the ids ``seen``, split where those fall inside a range."""
    if not seen:
        return list(gaps)
    kept = []
    for gap in gaps:
        start = gap.first
        for history_id in sorted(i for i in seen if gap.first <= i <= gap.last):
            if history_id > start:
                kept.append(Gap(start, history_id - 1, gap.noticed, gap.xmax))
            start = history_id + 1
        if start <= gap.last:
            kept.append(Gap(start, gap.last, gap.noticed, gap.xmax))
    return kept


def _still_open(gaps: list[Gap], xmin: int | None, now: float) -> list[Gap]:
    """The gaps whose ids may still appear, at most ``MAX_GAPS`` of them (the newest)."""
    if not _gaps_may_fill():
        return []
    kept = [
        gap
        for gap in gaps
        if now - gap.noticed <= GAP_MAX_AGE
        and not (
            now - gap.noticed > GAP_GRACE
            and xmin is not None
            and gap.xmax is not None
            and xmin > gap.xmax
        )
    ]
    if len(kept) > MAX_GAPS:
        kept.sort(key=lambda gap: (gap.noticed, gap.first))
        logger.warning("history ids given up on: %s", [g.stored() for g in kept[:-MAX_GAPS]])
        kept = kept[-MAX_GAPS:]
    return sorted(kept, key=lambda gap: gap.first)


def changed_since(sources: Iterable[Source], marks: dict[str, Mark]) -> dict[str, SourceChanges]:
    """Per source table whose watermark in ``marks`` moves: the watermark to store and the
    records named by the history rows newer than it or filling one of its gaps.

    One statement (a UNION ALL, each part reading by primary key only the rows past the
    watermark or inside its gaps, plus the statement's snapshot on PostgreSQL), so nothing
    to do costs one round trip and everything is read from one snapshot. A source appears
    when rows were found or gaps were given up (then with no records).
    """
    quote = connection.ops.quote_name
    sources = list(sources)
    parts: list[str] = []
    params: list[int] = []
    names = []
    for index, (model, field_name) in enumerate(sources):
        history = model.history.model
        column = quote(history._meta.get_field(field_name).column)
        table = history._meta.db_table
        names.append(table)
        mark = marks[table]
        select = f"SELECT {index}, history_id, {column} FROM {quote(table)} WHERE "
        parts.append(select + "history_id > %s")
        params.append(mark.last)
        if mark.gaps:
            parts.append(select + " OR ".join(["history_id BETWEEN %s AND %s"] * len(mark.gaps)))
            params.extend(i for gap in mark.gaps for i in (gap.first, gap.last))
    if not parts:
        return {}
    if _gaps_may_fill():
        parts.append(f"SELECT -1, {_SNAPSHOT}")
    rows_of: dict[int, list[tuple[int, int | None]]] = {}
    xmin = xmax = None
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for index, history_id, record_id in cursor.fetchall():
            if index == -1:
                xmin, xmax = history_id, record_id
            else:
                rows_of.setdefault(index, []).append((history_id, record_id))
    now = time.time()
    found: dict[str, SourceChanges] = {}
    for index, table in enumerate(names):
        mark = marks[table]
        rows = rows_of.get(index, [])
        new_ids = sorted(history_id for history_id, _record in rows if history_id > mark.last)
        gaps = _without(mark.gaps, {h for h, _record in rows if h <= mark.last})
        previous = mark.last
        for history_id in new_ids:
            if history_id > previous + 1:
                gaps.append(Gap(previous + 1, history_id - 1, now, xmax))
            previous = history_id
        gaps = _still_open(gaps, xmin, now)
        if not rows and gaps == mark.gaps:
            continue
        found[table] = SourceChanges(
            mark=Mark(new_ids[-1] if new_ids else mark.last, gaps),
            record_ids={record for _h, record in rows if record is not None},
        )
    return found
