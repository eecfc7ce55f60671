"""Fast bulk writes (synthetic data, the search index): COPY on PostgreSQL, executemany
on SQLite.

``bulk_create`` builds one INSERT … RETURNING per thousand rows; at ``--scale 100`` (about
seven million rows with the link tables) that took 22 minutes on PostgreSQL. Here the
primary keys are reserved beforehand (``nextval`` over ``generate_series`` on PostgreSQL,
the current maximum on SQLite, which has one writer), so rows can be streamed with COPY
and nothing needs to be read back.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, models

# Field classes (exactly these, not subclasses) whose Python value is the database value.
PLAIN_FIELDS = {
    models.AutoField,
    models.BigAutoField,
    models.BigIntegerField,
    models.BooleanField,
    models.CharField,
    models.ForeignKey,
    models.IntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.SlugField,
    models.SmallIntegerField,
    models.TextField,
}


class BulkWriter:
    """Writes model instances (primary keys reserved with ``reserve``) and raw link rows."""

    def __init__(self) -> None:
        self.vendor = connection.vendor
        self._next_id: dict[str, int] = {}

    def reserve(self, model: type[models.Model], count: int) -> list[int]:
        """``count`` unused primary keys of ``model``'s table, in increasing order."""
        table = model._meta.db_table
        column = model._meta.pk.column
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [table, column, count],
                )
                return sorted(row[0] for row in cursor.fetchall())
            if table not in self._next_id:
                cursor.execute(f'SELECT COALESCE(MAX("{column}"), 0) FROM "{table}"')
                self._next_id[table] = cursor.fetchone()[0] + 1
        first = self._next_id[table]
        self._next_id[table] = first + count
        return list(range(first, first + count))

    def objects(self, model: type[models.Model], objs: Sequence[models.Model]) -> None:
        """Insert unsaved instances: with primary keys set (from ``reserve``) or all without
        (the database numbers them; nothing is read back)."""
        without_pk = bool(objs) and objs[0].pk is None
        fields = [f for f in model._meta.concrete_fields if not (without_pk and f.primary_key)]
        conn = connections[DEFAULT_DB_ALIAS]  # not the proxy: it costs a lookup per value
        # Plain fields are read as they are; the rest go through the field's own
        # preparation (dates for SQLite, JSON, countries, auto_now), as bulk_create does.
        plan = [(f, f.attname, type(f) in PLAIN_FIELDS) for f in fields]

        def values(obj: models.Model) -> list[Any]:
            row = []
            for field, attname, plain in plan:
                if plain:
                    value = getattr(obj, attname)
                else:
                    value = field.get_db_prep_save(field.pre_save(obj, True), conn)
                row.append(value.value if isinstance(value, enum.Enum) else value)
            return row

        self.rows(model._meta.db_table, [f.column for f in fields], map(values, objs))

    def values(
        self, model: type[models.Model], attnames: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Insert rows given as values of ``attnames`` (choices as plain values); every other
        column takes the model's default, computed once from an empty instance. Cheaper than
        ``objects`` (no instance per row); only for models without per-row defaults (UUIDs)."""
        conn = connections[DEFAULT_DB_ALIAS]
        with_pk = model._meta.pk.attname in attnames
        fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
        template = model()
        base = [
            getattr(template, f.attname)
            if type(f) in PLAIN_FIELDS
            else f.get_db_prep_save(f.pre_save(template, True), conn)
            for f in fields
        ]
        base = [value.value if isinstance(value, enum.Enum) else value for value in base]
        position = {f.attname: index for index, f in enumerate(fields)}
        by_name = {f.attname: f for f in fields}
        plan = [
            (position[name], None if type(by_name[name]) in PLAIN_FIELDS else by_name[name])
            for name in attnames
        ]

        def fill(row: Sequence[Any]) -> list[Any]:
            values = base.copy()
            for (index, field), value in zip(plan, row, strict=True):
                values[index] = value if field is None else field.get_db_prep_save(value, conn)
            return values

        self.rows(model._meta.db_table, [f.column for f in fields], map(fill, rows))

    @contextmanager
    def foreign_keys_checked_at_end(
        self, models_written: Sequence[type[models.Model]]
    ) -> Iterator[None]:
        """PostgreSQL: the foreign keys of these tables (and of their many-to-many tables)
        are dropped for the load and added back after it, which checks each key in one
        join instead of a deferred trigger query per row (half the server's work at
        scale 5). Inside one transaction, so a failed load or key restores them."""
        if self.vendor != "postgresql":
            yield
            return
        assert connection.in_atomic_block, "the keys must come back if the load fails"
        with connection.cursor() as cursor:
            # A table with pending (deferred) key checks cannot be altered: run them now.
            # Every deferrable constraint of the schema is initially deferred, which the
            # second statement restores.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[]) "
                "ORDER BY 1, 2",
                [_tables_of(models_written)],
            )
            keys = cursor.fetchall()
            for table, name, _definition in keys:
                cursor.execute(
                    f"ALTER TABLE {table} DROP CONSTRAINT {connection.ops.quote_name(name)}"
                )
        yield
        with connection.cursor() as cursor:
            for table, name, definition in keys:
                cursor.execute(
                    f"ALTER TABLE {table} ADD CONSTRAINT {connection.ops.quote_name(name)} "
                    f"{definition}"
                )

    def analyse(self, models_written: Sequence[type[models.Model]]) -> None:
        """Refresh the planner's statistics after a bulk load (PostgreSQL): before autovacuum
        gets to it (or where it is off), the planner guesses row counts and picks sequential
        scans, or walks a date index through every row looking for a record's dozen.

        The many-to-many tables of the written models are analysed too: without their
        statistics ``engagement IN (the project's engagements)`` is guessed at 5,000 rows
        and a detail page took 10 s at scale 100.

        The GIN indexes of those tables (the list searches' trigram indexes) get their
        pending lists merged first: rows COPied into a GIN index with ``fastupdate`` wait in
        an unsorted pending list (up to 4 MB an index) that every search reads whole until
        a VACUUM merges it, and a manual ANALYZE does not (only autovacuum's does). At scale
        100 the people's position index kept 455 such pages: 10-15 ms of every search per
        index, and the planner, which prices the list in, chose scans instead of the index.
        """
        if self.vendor != "postgresql":
            return
        tables = _tables_of(models_written)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                "WHERE a.amname = 'gin' AND i.indrelid::regclass::text = ANY(%s)",
                [tables],
            )
            for table in tables:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")

    def vacuum(self, models_written: Sequence[type[models.Model]]) -> None:
        """Mark the loaded pages all-visible (PostgreSQL, outside a transaction only): index-only
        scans, such as the dashboard's count of engagements per day, skip the table then.
        Autovacuum would do it later, or never where it is off."""
        if self.vendor != "postgresql" or connection.in_atomic_block:
            return
        with connection.cursor() as cursor:
            for table in _tables_of(models_written):
                cursor.execute(f"VACUUM {connection.ops.quote_name(table)}")

    def rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert plain rows (database values) into ``table``."""
        names = ", ".join(connection.ops.quote_name(c) for c in columns)
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                with cursor.copy(
                    f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN"
                ) as copy:
                    for row in rows:
                        copy.write_row(row)
                return
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(
                f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({marks})",
                [list(row) for row in rows],
            )


def _tables_of(models_written: Sequence[type[models.Model]]) -> list[str]:
    """The tables of these models and of their auto-created many-to-many links."""
    tables = []
    for model in models_written:
        tables.append(model._meta.db_table)
        tables += [
            field.remote_field.through._meta.db_table
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        ]
    return list(dict.fromkeys(tables))
