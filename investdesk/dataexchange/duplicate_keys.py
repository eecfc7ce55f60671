"""Blocking keys of names, kept in tables so that finding duplicates reads candidates only.

For every active organisation and person the tables hold its names normalised
(``DuplicateNames``), the keys that put it in a block with similar names (``DuplicateKey``:
a word, the word's first letters, the name without spaces, the cross-script key) and, for
every key two records or more share, the block's size (``DuplicateBlock``). Reading the
blocks of 2 to ``MAX_BLOCK`` records is then one indexed query, instead of normalising
and transliterating 400k names on every look (about 30 µs a name).

Like the search index, other apps do not call us when they save: before duplicates are
read, the history rows (simple-history) written since the keys last looked name the
records to recompute (``duplicate_keys_refresh``), so services, merges, imports and the
admin are covered. A kind never indexed is indexed whole; bulk writers without history
(``generate``) call ``duplicate_keys_update`` with the ids they wrote; ``investdesk
duplicates --rebuild`` rebuilds everything. The tables are backed up with the rest
(watermarks included), so a restored installation needs no rebuild.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence

from django.db import connection, transaction

from investdesk.core.bulk import BulkWriter
from investdesk.core.translit import comparison_key
from investdesk.core.watermarks import (
    Source,
    changed_since,
    latest_marks,
    watermarks_read,
    watermarks_save,
)
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.people.models import Person

from .models import DuplicateBlock, DuplicateKey, DuplicateNames, DuplicateWatermark, NameKind

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Legal forms and generic words (after transliteration) say nothing about identity.
_NOISE = {
    "ooo", "ao", "pao", "zao", "oao", "nao", "ip", "gk", "fgup", "mup", "gup", "ano",
    "llc", "ltd", "co", "inc", "corp", "jsc", "pjsc", "ojsc", "gmbh", "ag", "plc",
    "kompaniya", "upravlyayushchaya", "kholding", "kholdinga", "gruppa", "company",
    "group", "holding", "the",
}  # fmt: skip

# str.translate does in C what a per-character loop did in Python (most of the time of
# finding duplicates among 300k people).
_CYR_TABLE = str.maketrans(_CYR)
_NOT_WORD = re.compile(r"[\W_]+")

# A cross-script key this short ('ao', 'zhe') says little about identity.
MIN_SCRIPT_KEY = 5
# Blocking: only records sharing a key (a word of a normalised name, its first letters,
# the name without spaces, its cross-script key) are compared. A key shared by more
# records than this ('ivanov', 'invest') says nothing about identity and would make the
# comparison quadratic again, so its block is skipped; equal names are still caught by
# their rarer words, and ИНН/ОГРН are compared exactly. Applied when reading, so a new
# limit needs no rebuild.
MAX_BLOCK = 50
MIN_TOKEN = 3
PREFIX = 5
SCRIPT = "x"  # the first character of a cross-script key
# Keys longer than this are stored as a digest (a btree entry has a size limit); equal
# keys keep equal digests.
LONG_KEY = 500
CHUNK = 5_000
# Above this many keys to recount, all blocks of the kind are counted in one statement.
RECOUNT_ALL = 20_000
LOCK_SPACE = 160_016  # the first key of the advisory lock (issue 16), the kind the second


def transliterate(text: str) -> str:
    """Cyrillic to Latin (a simple passport-like scheme); Latin text is left as it is."""
    return text.lower().translate(_CYR_TABLE)


def normalise(text: str) -> str:
    words = _NOT_WORD.sub(" ", transliterate(text)).split()
    return " ".join(w for w in words if w not in _NOISE)


def block_keys(names: Iterable[str]) -> set[str]:
    """Keys of normalised names: the spaceless name, each word, each word's first letters."""
    keys = set()
    for name in names:
        tokens = name.split()
        if len(tokens) > 1:
            keys.add("=" + "".join(tokens))
        for token in tokens:
            if len(token) >= MIN_TOKEN:
                keys.add("w" + token)
            if len(token) > PREFIX:
                keys.add("p" + token[:PREFIX])
    return keys


def script_keys(raw_names: Iterable[str]) -> set[str]:
    """Cross-script keys of names as written ('Лунчэн' = 'Longcheng' = '龙城')."""
    keys = (comparison_key(name) for name in raw_names)
    return {SCRIPT + key for key in keys if len(key) >= MIN_SCRIPT_KEY}


def organisation_names(
    name: str, original: str, short: str, aliases: Sequence[str]
) -> tuple[set[str], list[str]]:
    """(normalised names to compare, names as written for the cross-script key)."""
    names = {normalise(n) for n in (name, original, short, *aliases) if n} - {""}
    return names, [n for n in (name, original, *aliases) if n]


def person_names(
    first: str, patronymic: str, last: str, original: str
) -> tuple[set[str], list[str]]:
    """The same name forms as ``Person.full_name`` and ``Person.short_name``."""
    full = " ".join(p for p in (first, patronymic, last) if p)
    short = " ".join(p for p in (first, last) if p)
    names = {normalise(n) for n in (full, short, original) if n} - {""}
    return names, [n for n in (full, original) if n]


def _stored(key: str) -> str:
    if len(key) <= LONG_KEY:
        return key
    return key[0] + "#" + hashlib.sha256(key.encode()).hexdigest()


def _names_and_keys(
    names_and_raw: tuple[set[str], list[str]],
) -> tuple[set[str], set[str]]:
    names, raw = names_and_raw
    return names, {_stored(k) for k in block_keys(names) | script_keys(raw)}


# --- what each kind reads and where its changes show ---------------------------------------

SOURCES: dict[str, list[Source]] = {
    NameKind.ORGANISATION: [(Organisation, "id"), (OrganisationAlias, "organisation_id")],
    NameKind.PERSON: [(Person, "id")],
}


def _organisations(pks: dict) -> Iterator[tuple[int, tuple[set[str], set[str]]]]:
    """Active organisations whose primary key matches the lookups ``pks`` ({"pk__in": ...})."""
    aliases: dict[int, list[str]] = {}
    alias_rows = OrganisationAlias.objects.filter(
        **{"organisation__" + lookup: value for lookup, value in pks.items()}
    )
    for pk, alias in alias_rows.order_by().values_list("organisation_id", "alias"):
        aliases.setdefault(pk, []).append(alias)
    rows = (
        Organisation.objects.active()
        .filter(**pks)
        .order_by("pk")
        .values_list("pk", "name", "name_original", "short_name")
    )
    for pk, name, original, short in rows:
        yield pk, _names_and_keys(organisation_names(name, original, short, aliases.get(pk, ())))


def _people(pks: dict) -> Iterator[tuple[int, tuple[set[str], set[str]]]]:
    rows = (
        Person.objects.active()
        .filter(**pks)
        .order_by("pk")
        .values_list("pk", "first_name", "patronymic", "last_name", "name_original")
    )
    for pk, first, patronymic, last, original in rows:
        yield pk, _names_and_keys(person_names(first, patronymic, last, original))


READERS = {NameKind.ORGANISATION: _organisations, NameKind.PERSON: _people}


# --- writing -------------------------------------------------------------------------------


def _write(kind: str, records: Iterable[tuple[int, tuple[set[str], set[str]]]]) -> set[str]:
    """Insert the names and keys of records that have none stored; returns their keys."""
    writer = BulkWriter()
    names_rows, key_rows, written = [], [], set()
    for pk, (names, keys) in records:
        if names:
            names_rows.append((kind, pk, "\n".join(sorted(names))))
        key_rows.extend((kind, pk, key) for key in keys)
        written |= keys
    writer.values(DuplicateNames, ["kind", "record_id", "names"], names_rows)
    writer.values(DuplicateKey, ["kind", "record_id", "key"], key_rows)
    return written


def _in(column: str, values: Sequence) -> tuple[str, list]:
    """``column IN values`` with one parameter, however many values."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [list(values)]
    return f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(list(values))]


def _recount(kind: str, keys: set[str] | None) -> None:
    """Recount the blocks of ``keys`` (all of the kind's blocks for ``None``)."""
    key_table = DuplicateKey._meta.db_table
    block_table = DuplicateBlock._meta.db_table
    with connection.cursor() as cursor:
        if keys is None:
            cursor.execute(f"DELETE FROM {block_table} WHERE kind = %s", [kind])
            where, params = "", []
        else:
            where, params = _in("key", sorted(keys))
            cursor.execute(
                f"DELETE FROM {block_table} WHERE kind = %s AND {where}", [kind, *params]
            )
            where = "AND " + where
        cursor.execute(
            f"INSERT INTO {block_table} (kind, key, size) SELECT kind, key, COUNT(*) "
            f"FROM {key_table} WHERE kind = %s {where} GROUP BY kind, key HAVING COUNT(*) > 1",
            [kind, *params],
        )


def _replace(kind: str, ids: Sequence[int]) -> set[str]:
    """Recompute the names and keys of ``ids``; returns the keys they had and have."""
    old = set(
        DuplicateKey.objects.filter(kind=kind, record_id__in=ids).values_list("key", flat=True)
    )
    DuplicateKey.objects.filter(kind=kind, record_id__in=ids).delete()
    DuplicateNames.objects.filter(kind=kind, record_id__in=ids).delete()
    return old | _write(kind, READERS[kind]({"pk__in": ids}))


def _chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _analyse() -> None:
    BulkWriter().analyse([DuplicateKey, DuplicateBlock, DuplicateNames])


def _update(kind: str, ids: Iterable[int]) -> None:
    ordered = sorted(set(ids))
    if not ordered:
        return
    # SQLite allows 999 parameters a statement in Django's accounting.
    size = min(CHUNK, (connection.features.max_query_params or CHUNK) - 10)
    affected: set[str] = set()
    for chunk in _chunks(ordered, size):
        affected |= _replace(kind, chunk)
    _recount(kind, None if len(affected) > RECOUNT_ALL else affected)
    if len(ordered) > CHUNK:
        _analyse()


def _lock(kind: str) -> None:
    """Let one transaction at a time write a kind's keys (PostgreSQL; SQLite has one writer
    anyway): two first looks at once would both index everything and collide."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, ascii(%s))", [LOCK_SPACE, kind])


def _rebuild(kind: str) -> None:
    marks = latest_marks(SOURCES[kind])  # a change made meanwhile is picked up later
    DuplicateBlock.objects.filter(kind=kind).delete()
    DuplicateKey.objects.filter(kind=kind).delete()
    DuplicateNames.objects.filter(kind=kind).delete()
    model = SOURCES[kind][0][0]
    last = 0
    while True:
        pks = list(
            model.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:CHUNK]
        )
        if not pks:
            break
        _write(kind, READERS[kind]({"pk__gte": pks[0], "pk__lte": pks[-1]}))
        last = pks[-1]
    _recount(kind, None)
    watermarks_save(DuplicateWatermark, marks)


def duplicate_keys_rebuild(kinds: Iterable[str] = tuple(NameKind)) -> None:
    """Recompute every key of the given kinds (all by default), a transaction each."""
    for kind in kinds:
        with transaction.atomic():
            _lock(kind)
            _rebuild(kind)
        _analyse()


def duplicate_keys_update(kind: str, ids: Iterable[int]) -> None:
    """Recompute the keys of records written without history (bulk writers). Nothing to do
    while the kind was never indexed: its first refresh indexes it whole."""
    if watermarks_read(DuplicateWatermark, SOURCES[kind]):
        with transaction.atomic():
            _update(kind, ids)


def duplicate_keys_refresh(kind: str) -> None:
    """Recompute the keys of records changed since the keys last looked.

    Two queries when nothing changed (the watermarks, the history tables); history ids
    missing below a watermark (a transaction not yet committed on PostgreSQL) are read
    again until they appear (``core.watermarks``); a kind never indexed is indexed whole. Changes are applied under a lock (``_lock``), so two
    refreshes at once do not both apply them.
    """
    sources = SOURCES[kind]
    marks = watermarks_read(DuplicateWatermark, sources)
    if len(marks) == len(sources) and not changed_since(sources, marks):
        return
    with transaction.atomic():
        _lock(kind)
        # As the transaction that held the lock left them.
        marks = watermarks_read(DuplicateWatermark, sources)
        whole = len(marks) < len(sources)
        if whole:
            _rebuild(kind)
        else:
            changes = changed_since(sources, marks)
            _update(kind, set().union(*(c.record_ids for c in changes.values())))
            watermarks_save(DuplicateWatermark, {t: c.mark for t, c in changes.items()})
    if whole:
        _analyse()


# --- reading -------------------------------------------------------------------------------


def duplicate_blocks(kind: str) -> tuple[dict[int, set[str]], list[list[int]], list[list[int]]]:
    """(names of the records in blocks, blocks of names, blocks of cross-script keys): the
    blocks of 2 to ``MAX_BLOCK`` records, members in increasing order. One query."""
    quote = connection.ops.quote_name
    block, key, names = (
        quote(m._meta.db_table) for m in (DuplicateBlock, DuplicateKey, DuplicateNames)
    )
    names_of: dict[int, set[str]] = {}
    members: dict[str, list[int]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT b.key, k.record_id, n.names FROM {block} b "
            f"JOIN {key} k ON k.kind = b.kind AND k.key = b.key "
            f"LEFT JOIN {names} n ON n.kind = k.kind AND n.record_id = k.record_id "
            "WHERE b.kind = %s AND b.size BETWEEN 2 AND %s",
            [kind, MAX_BLOCK],
        )
        for block_key, record_id, record_names in cursor.fetchall():
            members.setdefault(block_key, []).append(record_id)
            if record_names and record_id not in names_of:
                names_of[record_id] = set(record_names.split("\n"))
    by_name, by_script = [], []
    for block_key, pks in members.items():
        (by_script if block_key.startswith(SCRIPT) else by_name).append(sorted(pks))
    return names_of, by_name, by_script
