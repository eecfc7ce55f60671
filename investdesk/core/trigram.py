"""Trigram (pg_trgm) indexes for the list searches, on PostgreSQL only.

The list pages filter with ``icontains``, which Django writes on PostgreSQL as
``UPPER(column::text) LIKE UPPER('%word%')``: no B-tree helps, so every search scanned the
table. A GIN trigram index on exactly that expression serves it (and ``BitmapOr``
combines several of them for a search across columns). SQLite keeps its scan: these
operations do nothing there.
"""

from __future__ import annotations

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def _index_name(table: str, column: str) -> str:
    return f"{table}_{column}_trgm"[:63]


def trigram_index_operations(
    table: str, columns: list[str]
) -> list[migrations.operations.base.Operation]:
    """The extension (idempotent) and one GIN index per column, PostgreSQL only."""

    def forward(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in columns:
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{_index_name(table, column)}" ON "{table}" '
                f'USING GIN ((UPPER("{column}"::text)) gin_trgm_ops)'
            )

    def backward(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in columns:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{_index_name(table, column)}"')

    return [TrigramExtension(), migrations.RunPython(forward, backward, elidable=False)]


def prefix_index_operations(
    table: str, column: str, then: list[str]
) -> list[migrations.operations.base.Operation]:
    """A B-tree on ``column``'s upper case in byte order (``COLLATE "C"``), then ``then``:
    the order ``core.autocomplete`` reads a picker's names starting with the typed text in,
    as a range of this index whatever the database's collation (``LIKE 'ИВ%'``). A trigram
    index finds such names too, but all of them: the 30,000 people named "Иванов" were
    read and sorted to show 20. PostgreSQL only (SQLite scans its small tables)."""
    name = f"{table}_{column}_prefix"[:63]
    columns = ", ".join(f'"{other}"' for other in then)

    def forward(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
            f'((UPPER("{column}") COLLATE "C"), {columns})'
        )

    def backward(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return [migrations.RunPython(forward, backward, elidable=False)]
