"""SQLite: a trigram index that narrows a text search to the rows that may match.

PostgreSQL serves ``icontains`` from trigram indexes. On SQLite the same lookup is a
``LIKE`` through the Python ``like`` of ``core.sqlite`` on every row of the table: a
second or more on the big tables. A table searched that way gets, on SQLite only, an FTS5
table with the ``trigram`` tokenizer (``<table>_substr``, contentless, kept by triggers)
over one text: a space, then its searched columns, each followed by a space. A typed word
of three letters or more is contained in a column only if the text contains it; a shorter
one at the start of a word only if the text contains it after a space (which is three
letters for a two-letter word). ``substring_candidates`` is that condition: the rows it
gives are a superset of the matches, and the search's own condition still decides which
of them match, so results are the same as without it. A one-letter word narrows nothing
(a trigram index needs three letters) and is left to the search's own condition.
"""

from collections.abc import Iterable, Sequence

from django.db import connections
from django.db.models import Model, Q
from django.db.models.expressions import RawSQL

# A word this long is looked for anywhere; a shorter one (two letters) after a space.
TRIGRAM = 3
SUFFIX = "_substr"


def index_table(table: str) -> str:
    return f"{table}{SUFFIX}"


def _text(alias: str, columns: Sequence[str]) -> str:
    parts = " || ".join(f"coalesce({alias}.{column}, '') || ' '" for column in columns)
    return f"' ' || {parts}"


def create_statements(table: str, columns: Sequence[str]) -> list[str]:
    """SQL that builds the index of ``columns`` of ``table`` and keeps it (SQLite only)."""
    fts = index_table(table)
    new, old = _text("new", columns), _text("old", columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='', tokenize='trigram')",
        f"INSERT INTO {fts}(rowid, text) SELECT id, {_text(table, columns)} FROM {table}",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, {new}); END",
        # A contentless FTS5 table forgets a row when given the text it was indexed with.
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {', '.join(columns)} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, {new}); END",
    ]


def drop_statements(table: str) -> list[str]:
    fts = index_table(table)
    return [
        *(f"DROP TRIGGER IF EXISTS {fts}_{event}" for event in ("insert", "delete", "update")),
        f"DROP TABLE IF EXISTS {fts}",
    ]


def run_on_sqlite(statements: Iterable[str]):
    """A ``RunPython`` function running ``statements`` on SQLite (PostgreSQL has its
    trigram indexes)."""

    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


def needles(text: str, *, word_start: bool = True) -> list[str]:
    """What the index looks for, one per word of ``text`` that it can narrow on: the word
    (three letters or more), or, with ``word_start``, a two-letter word after a space
    (``core.autocomplete.words_match``: a short word only where a word begins)."""
    found = []
    for word in text.split():
        if len(word) >= TRIGRAM:
            found.append(word)
        elif word_start and len(word) == TRIGRAM - 1:
            found.append(f" {word}")
    return found


def substring_candidates(
    model: type[Model],
    found: Sequence[str],
    *,
    limit: int | None = None,
    field: str = "pk",
    using: str = "default",
) -> Q:
    """On SQLite, the rows of ``model`` whose indexed text contains every one of ``found``
    (``needles``): a superset of a search's matches, to be combined with its condition.
    Elsewhere, or with nothing to look for, every row (``Q()``). ``field``: the column
    holding the ids of ``model`` in the table filtered (a foreign key to it).

    Without ``limit``, a subquery: the search then tries its condition on those rows only
    (a list counts all its matches, so they are all read anyway). With ``limit``, for a
    search that reads its matches in an order until it has a page of them: the index is
    read first, in a query of its own, for at most ``limit + 1`` ids; a rare word ("ив",
    in no engagement's title) leaves those few rows to check, where the search alone
    would try every row of the table; a common one ("форум", in one engagement of eight)
    gives every row (``Q()``): the search finds its page among the first rows it reads,
    where narrowing by the index would check all 125,000.
    """
    if not found or connections[using].vendor != "sqlite":
        return Q()
    fts = index_table(model._meta.db_table)
    query = " AND ".join('"{}"'.format(needle.replace('"', '""')) for needle in found)
    sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s"
    if limit is None:
        return Q(**{f"{field}__in": RawSQL(sql, (query,))})
    with connections[using].cursor() as cursor:
        cursor.execute(f"{sql} LIMIT %s", [query, limit + 1])
        ids = [row[0] for row in cursor.fetchall()]
    if len(ids) > limit:
        return Q()
    if not ids:
        # The subquery, not an empty list: Django would skip the search's query, and a
        # picker reads the same number of queries whatever it finds.
        return Q(**{f"{field}__in": RawSQL(sql, (query,))})
    return Q(**{f"{field}__in": ids})


def substring_index_operations(table: str, columns: Sequence[str]) -> list:
    """Migration operations adding (and, reversed, dropping) the SQLite index of
    ``columns`` of ``table``; nothing on PostgreSQL."""
    from django.db import migrations

    return [
        migrations.RunPython(
            run_on_sqlite(create_statements(table, columns)),
            run_on_sqlite(drop_statements(table)),
        )
    ]
