"""Backup and restore of every table and every uploaded file, across SQLite and PostgreSQL.

What is stored. Every model of every installed app (``django.apps``, auto-created m2m
tables included) that owns a table: proxy models are skipped (their concrete model holds
the rows: the API token proxy is ``authtoken.Token``'s table), unmanaged models too (their
table is not ours to fill). Each table is one ``data/<app>.<model>.jsonl`` member: one JSON
array of column values per row, ordered by primary key, with every primary key kept, so
every foreign key, generic relation and history row stays valid as it is. Uploaded files
are ``media/<path>`` members. ``manifest.json`` names the format, the software versions,
the applied migrations, and per member its row count, size and SHA-256 (the archive
format itself is in ``serializer.py``).

Content types and permissions are the exception: ``migrate`` creates them on every
database with ids of its own, so restore matches them by natural key (app label and model;
codename and content type), creates the ones the database lacks, and rewrites every
foreign key to them.

Consistency. The backup reads all tables in one read-only REPEATABLE READ transaction on
PostgreSQL and in one deferred read transaction on SQLite (WAL), so it sees one moment
while users keep writing and blocks none of them.

Restore is one transaction: it checks the whole archive (checksums, format, schema)
before touching the database, refuses a database holding anything beyond what migrations
load (``SEEDED``, plus content types and permissions), replaces the seeded rows by the
archived ones, loads every table with its ids, checks every foreign key, resets the
sequences and writes the media files; any failure rolls everything back.
"""

from ..serializer import RestoreError
from .create import backup_create, read_snapshot
from .restore import held_data, restore
from .tables import BY_NATURAL_KEY, SEEDED, BackupReport, RestoreReport, backup_models

__all__ = [
    "BY_NATURAL_KEY",
    "SEEDED",
    "BackupReport",
    "RestoreError",
    "RestoreReport",
    "backup_create",
    "backup_models",
    "held_data",
    "read_snapshot",
    "restore",
]
