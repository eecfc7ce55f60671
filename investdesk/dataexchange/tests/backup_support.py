"""Helpers of the backup tests: reading any database table by table, running the command line
against another database, and damaging archives."""

import io
import json
import os
import pickle
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections

from investdesk.core import substring
from investdesk.dataexchange.serializer import manifest_checksum

ROOT = Path(__file__).resolve().parents[3]
# Tables no model owns: Django's migration log and SQLite's full-text index (kept by triggers).
NOT_MODEL_TABLES = ("django_migrations",)
NOT_MODEL_PREFIXES = ("sqlite_", "search_entry_fts")


# --- reading a database and a media folder independently of the backup code ------------


def _model_of_table() -> dict[str, type]:
    return {
        model._meta.db_table: model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy
    }


def table_rows(using: str = DEFAULT_DB_ALIAS) -> dict[str, dict]:
    """Every table of the database: {table: {primary key: {column: value}}}.

    Content types and permissions have ids of each database's own: they are keyed by
    natural key, and so is every column referring to them.
    """
    db = connections[using]
    types = {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.using(using)}
    natural = {
        ContentType: types,
        Permission: {
            p.pk: (p.codename, types[p.content_type_id]) for p in Permission.objects.using(using)
        },
    }
    models_by_table = _model_of_table()
    tables = {}
    for name in db.introspection.table_names():
        if name in NOT_MODEL_TABLES or name.startswith(NOT_MODEL_PREFIXES):
            continue
        if substring.SUFFIX in name:
            continue  # SQLite's trigram index of a table and its shadow tables: derived
        model = models_by_table[name]  # a table of no model would be data a backup misses
        fields = model._meta.local_concrete_fields
        names = [f.attname for f in fields]
        rows = {}
        for values in model._base_manager.using(using).values_list(*names):
            row = dict(zip(names, values, strict=True))
            for f in fields:
                if f.is_relation and f.related_model in natural and row[f.attname] is not None:
                    row[f.attname] = natural[f.related_model][row[f.attname]]
            key = row.pop(model._meta.pk.attname)
            rows[natural[model][key] if model in natural else key] = row
        tables[name] = rows
    return tables


def media_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def assert_same_tables(actual: dict[str, dict], expected: dict[str, dict]) -> None:
    assert sorted(actual) == sorted(expected)
    for table, rows in expected.items():
        got = actual[table]
        assert sorted(map(repr, got)) == sorted(map(repr, rows)), f"{table}: other rows"
        for key, row in rows.items():
            assert got[key] == row, f"{table} {key}"


def counts(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    return {table: len(rows) for table, rows in table_rows(using).items()}


# --- another database ---------------------------------------------------------------------


def run_cli(args: list[str], *, database_url: str, var: Path, check: bool = True):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "INVESTDESK_VAR_DIR": str(var),
        "INVESTDESK_MEDIA_ROOT": str(var / "media"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "config.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def postgres_server() -> str:
    """A PostgreSQL database to create throwaway databases from."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url
    return os.environ.get("INVESTDESK_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")


@contextmanager
def new_postgresql_database() -> Iterator[str]:
    """A new, empty PostgreSQL database (dropped afterwards); skips if none is reachable."""
    server = postgres_server()
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL reachable at {server}: {exc}")
    name = f"investdesk_backup_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(server)._replace(path=f"/{name}").geturl()
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def rows_of(database_url: str, var: Path) -> dict[str, dict]:
    """table_rows() of another database, read by a process whose default database it is."""
    out = var / "rows.pickle"
    script = (
        "import pickle, sys, django; django.setup(); "
        "from investdesk.dataexchange.tests.backup_support import table_rows; "
        "pickle.dump(table_rows(), open(sys.argv[1], 'wb'))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    env |= {"DATABASE_URL": database_url, "INVESTDESK_VAR_DIR": str(var)}
    subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, check=True)
    with out.open("rb") as handle:
        return pickle.load(handle)


# --- damaged archives ---------------------------------------------------------------------


def truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size * 2 // 3])
    return target


def flipped(source: Path, target: Path) -> Path:
    """One byte changed in each tenth of the archive but the last (gzip's own trailer)."""
    blob = bytearray(source.read_bytes())
    for tenth in range(1, 9):
        blob[len(blob) * tenth // 10] ^= 0xFF
    target.write_bytes(bytes(blob))
    return target


def flipped_manifest(source: Path, target: Path) -> Path:
    members = archive_members(source)
    members["manifest.json"] = members["manifest.json"].replace(b'"rows": 1,', b'"rows": 2,', 1)
    return tar_of(target, members)


def tar_of(target: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(target, "w:gz") as archive:
        for name, blob in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            archive.addfile(info, io.BytesIO(blob))
    return target


def archive_members(source: Path) -> dict[str, bytes]:
    with tarfile.open(source) as archive:
        return {m.name: archive.extractfile(m).read() for m in archive if m.isfile()}


def edited_manifest(source: Path, target: Path, **changes) -> Path:
    members = archive_members(source)
    manifest = json.loads(members["manifest.json"])
    for key, change in changes.items():
        manifest[key] = change(manifest[key])
    manifest["checksum"] = manifest_checksum(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return tar_of(target, members)


def changed_member(source: Path, target: Path) -> Path:
    members = archive_members(source)
    members["data/accounts.user.jsonl"] = members["data/accounts.user.jsonl"].replace(
        b"demo", b"omed", 1
    )
    return tar_of(target, members)


DAMAGED = {
    "truncated": (truncated, "damaged, truncated or not an investdesk backup"),
    "a flipped byte": (flipped, "damaged"),
    "a changed manifest": (flipped_manifest, "Its manifest is damaged"),
    "a changed row": (changed_member, "“data/accounts.user.jsonl” is missing or damaged"),
    "no manifest": (
        lambda s, t: tar_of(t, {"data.json": b"[]"}),
        "earlier backup format (data.json)",
    ),
    "a foreign manifest": (
        lambda s, t: tar_of(t, {"manifest.json": b'{"counts": {}}'}),
        "not an investdesk backup",
    ),
    "plain text": (
        lambda s, t: t.write_text("not an archive") and t,
        "damaged, truncated or not an investdesk backup",
    ),
    "a newer format": (
        lambda s, t: edited_manifest(s, t, format_version=lambda v: v + 1),
        "backup format 2 by investdesk",
    ),
}
