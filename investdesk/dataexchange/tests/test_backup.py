"""Backup and restore of a whole installation, checked table by table and file by file.

One installation is filled once per module (the demo, synthetic data, an API token, a
session, uploaded files, edits that leave history, ...) and backed up; the tests restore
that archive into the freshly migrated test database, into a freshly migrated database of
the other vendor (SQLite <-> PostgreSQL, through the ``investdesk`` command line) and back,
and compare every table row by row and every file byte by byte with the original.
"""

import base64
import datetime
import importlib
import io
import json
import os
import pickle
import sqlite3
import stat
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg
import pytest
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.test.utils import override_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from investdesk.accounts.models import User
from investdesk.accounts.services import saved_filter_save
from investdesk.dataexchange import backup
from investdesk.dataexchange.serializer import manifest_checksum
from investdesk.documents.services import document_store
from investdesk.ingest.models import Feed
from investdesk.notifications.choices import ChannelChoice, NotificationKind
from investdesk.notifications.services import notification_preferences_save
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_update
from investdesk.projects.models import PipelineStage
from investdesk.reference.models import CurrencyRate, Direction, DirectionKeyword, Municipality
from investdesk.search.services import search, search_reindex
from investdesk.sitecatalog.models import Site, SiteDocument, SitePhoto
from investdesk.support.inquiries import inquiry_submit

ROOT = Path(__file__).resolve().parents[3]
# Tables no model owns: Django's migration log and SQLite's full-text index (kept by triggers).
NOT_MODEL_TABLES = ("django_migrations",)
NOT_MODEL_PREFIXES = ("sqlite_", "search_entry_fts")
BINARY = bytes(range(256)) * 4
PNG = base64.b64decode(  # one transparent pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


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


# --- the installation --------------------------------------------------------------------


@dataclass
class Installation:
    archive: Path
    zip: Path
    rows: dict[str, dict]
    media: dict[str, bytes]
    output: str
    token: str
    found: list[int]


SEED_MIGRATIONS = (
    "investdesk.reference.migrations.0002_load_directions_and_municipalities",
    "investdesk.projects.migrations.0002_load_pipeline_stages",
)


def _fill(media: Path) -> str:
    """Every kind of row an installation holds; returns the API token's key."""
    if not Municipality.objects.exists():  # a transactional test flushed what migrations load
        for module in SEED_MIGRATIONS:
            importlib.import_module(module).load(apps, None)
    with override_settings(DEBUG=True):  # the demo command runs only with DEBUG on
        call_command("demo", verbosity=0)
    call_command("generate", "--scale", "0.01", "--seed", "7", "--no-progress", verbosity=0)
    call_command("drf_create_token", "demo", stdout=io.StringIO())
    demo = User.objects.get(username="demo")
    # The access log of django-axes: a failed login with its lockout record, and a login.
    when = timezone.now()
    seen = {"user_agent": "Firefox", "ip_address": "203.0.113.7", "http_accept": "*/*"}
    attempt = AccessAttempt.objects.create(
        username="demo",
        path_info="/accounts/login/",
        get_data="",
        post_data="username=demo",
        failures_since_start=1,
        **seen,
    )
    AccessAttemptExpiration.objects.create(
        access_attempt=attempt, expires_at=when + datetime.timedelta(minutes=30)
    )
    AccessFailureLog.objects.create(username="demo", path_info="/accounts/login/", **seen)
    AccessLog.objects.create(
        username="demo", path_info="/accounts/login/", session_hash="0" * 64, **seen
    )
    analyst = User.objects.get(username="analyst")
    saved_filter_save(user=demo, path="/tasks/", name="Просроченные", query="overdue=true")
    # Edits that leave history, by the services and (reference data) as the admin does.
    organisation = Organisation.objects.order_by("pk").first()
    organisation_update(organisation=organisation, changes={"website": "https://example.cn"})
    quartz = Direction.objects.get(code="quartz")
    DirectionKeyword.objects.create(direction=quartz, phrase="особо чистый кварц")
    for model in (Direction, Municipality, PipelineStage):
        row = model.objects.order_by("pk").first()
        row.save()
    CurrencyRate.objects.create(
        currency="CNY", rate_to_rub=Decimal("11.123456"), valid_from=datetime.date(2026, 1, 9)
    )
    Feed.objects.create(url="https://admhmao.ru/rss/", title="Лента", last_error="таймаут\n")
    # Uploaded files: one from a document, one binary in a nested Unicode-named folder.
    document_store(
        title="Пресс-релиз с файлом",
        text="Текст пресс-релиза, к которому приложен файл.",
        kind="press_release",
        file=ContentFile("пресс-релиз\n".encode(), name="релиз.txt"),
    )
    site = Site.objects.order_by("pk").first()
    SitePhoto.objects.create(
        site=site, image=ContentFile(PNG, name="цех.png"), caption="Цех", is_public=True
    )
    SiteDocument.objects.create(
        site=site, file=ContentFile(b"%PDF-1.4\n", name="passport.pdf"), title="Паспорт"
    )
    (media / "вложения" / "2026").mkdir(parents=True)
    (media / "вложения" / "2026" / "scan.bin").write_bytes(BINARY)
    # Accounts: a direct permission, a permission and content type no migration creates.
    analyst.user_permissions.add(Permission.objects.get(codename="delete_project"))
    retired = ContentType.objects.create(app_label="retired", model="gadget")
    analyst.user_permissions.add(
        Permission.objects.create(
            codename="use_gadget", name="Can use gadget", content_type=retired
        )
    )
    LogEntry.objects.log_actions(
        user_id=demo.pk,
        queryset=Organisation.objects.filter(pk=organisation.pk),
        action_flag=CHANGE,
        change_message="Изменён сайт",
    )
    # An investor's inquiry from the public portal, and what `notify` records and sends.
    inquiry_submit(
        company="ZE Optoelectronic SciTech Co., Ltd.",
        country="CN",
        contact_name="Li Wei",
        email="li.wei@example.cn",
        message="Кварц особой чистоты: площадка под завод.",
        power_mw=Decimal("12.5"),
    )
    notification_preferences_save(
        user=demo,
        language="ru",
        digest_hour=8,
        channels={NotificationKind.TASK_REMINDER: ChannelChoice.IN_APP},
    )
    call_command("notify", stdout=io.StringIO())
    session = SessionStore()
    session["_auth_user_id"] = str(demo.pk)
    session.create()
    search_reindex()
    return Token.objects.get(user=demo).key


def _search_hits() -> list[int]:
    """What full-text search (FTS5 on SQLite, GIN on PostgreSQL) finds for a word form."""
    results = search("кварца", user=User.objects.get(username="leader"), refresh=False)
    return sorted(entry.pk for _type, _label, entries in results.groups for entry in entries)


@pytest.fixture(scope="module")
def installation(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Installation]:
    root = tmp_path_factory.mktemp("installation")
    media = root / "media"
    media.mkdir()
    archive = root / "installation.tar.gz"
    output = io.StringIO()
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        try:
            with transaction.atomic():
                token = _fill(media)
                rows = table_rows()
                found = _search_hits()
                call_command("backup", str(archive), stdout=output)
                call_command("backup", str(root / "installation.zip"), stdout=io.StringIO())
                transaction.set_rollback(True)
        finally:
            cache.clear()
    yield Installation(
        archive,
        root / "installation.zip",
        rows,
        media_files(media),
        output.getvalue(),
        token,
        found,
    )


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    return settings.MEDIA_ROOT


# --- what a backup holds -----------------------------------------------------------------


@pytest.mark.django_db  # runs before transactional tests flush the seeded rows
def test_the_installation_fills_every_table(installation):
    """Every table takes part in the round trips below; a new model needs rows in _fill()."""
    empty = sorted(table for table, rows in installation.rows.items() if not rows)
    assert empty == []
    assert len(installation.media) == 4


@pytest.mark.django_db  # runs before transactional tests flush the seeded rows
def test_backup_prints_what_it_wrote_and_only_its_owner_reads_it(installation):
    assert stat.S_IMODE(installation.archive.stat().st_mode) == 0o600
    lines = {
        line.split()[0]: int("".join(line.split()[1:]))
        for line in installation.output.splitlines()
        if line.startswith("  ") and not line.strip().startswith("(")
    }
    assert lines["authtoken.token"] == 1
    assert lines["accounts.user"] == len(installation.rows["accounts_user"])
    assert lines["engagements.historicalengagement"] == len(
        installation.rows["engagements_historicalengagement"]
    )
    assert "authtoken.tokenproxy" not in lines  # the proxy has no rows of its own
    summary = installation.output.splitlines()[-1]
    total = sum(len(rows) for rows in installation.rows.values())
    assert f"{total:,}".replace(",", " ") + " rows" in summary
    assert f"{len(installation.media)} uploaded files" in summary


# --- round trips -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("as_zip", [False, True])
def test_restore_into_a_fresh_database_gives_every_row_and_file_back(
    installation, media_root, as_zip
):
    archive = installation.zip if as_zip else installation.archive
    call_command("restore", str(archive), stdout=io.StringIO())

    assert_same_tables(table_rows(), installation.rows)
    assert media_files(media_root) == installation.media
    client = APIClient()  # the token still opens the API
    response = client.get(
        "/api/v1/organisations/", HTTP_AUTHORIZATION=f"Token {installation.token}"
    )
    assert response.status_code == 200
    assert installation.found and _search_hits() == installation.found  # the index works


def _cli(args: list[str], *, database_url: str, var: Path, check: bool = True):
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


def _postgres_server() -> str:
    """A PostgreSQL database to create throwaway databases from."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url
    return os.environ.get("INVESTDESK_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")


@contextmanager
def _new_postgresql_database() -> Iterator[str]:
    """A new, empty PostgreSQL database (dropped afterwards); skips if none is reachable."""
    server = _postgres_server()
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


@pytest.fixture
def other_database(tmp_path) -> Iterator[str]:
    """The URL of a new, empty database of the other vendor than the test database's."""
    if connection.vendor == "postgresql":
        yield f"sqlite:///{tmp_path / 'other.sqlite3'}"
        return
    with _new_postgresql_database() as url:
        yield url


@pytest.fixture
def read_database() -> Iterator:
    """Opens a database by URL as an extra connection alias, for reading it in the test."""
    opened = []

    def open_alias(url: str) -> str:
        alias = f"other_{uuid.uuid4().hex[:8]}"
        configured = connections.configure_settings(
            {
                DEFAULT_DB_ALIAS: django_settings.DATABASES[DEFAULT_DB_ALIAS],
                alias: dj_database_url.parse(url),
            }
        )
        connections.settings[alias] = configured[alias]
        opened.append(alias)
        return alias

    yield open_alias
    for alias in opened:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


def _rows_of(database_url: str, var: Path) -> dict[str, dict]:
    """table_rows() of another database, read by a process whose default database it is."""
    out = var / "rows.pickle"
    script = (
        "import pickle, sys, django; django.setup(); "
        "from investdesk.dataexchange.tests.test_backup import table_rows; "
        "pickle.dump(table_rows(), open(sys.argv[1], 'wb'))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    env |= {"DATABASE_URL": database_url, "INVESTDESK_VAR_DIR": str(var)}
    subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, check=True)
    with out.open("rb") as handle:
        return pickle.load(handle)


@pytest.mark.django_db
def test_round_trip_through_the_other_database_vendor_and_back(
    installation, other_database, media_root, tmp_path
):
    """SQLite -> PostgreSQL -> SQLite (or the reverse when the suite runs on PostgreSQL)."""
    var = tmp_path / "other"
    var.mkdir()
    _cli(["migrate", "-v0"], database_url=other_database, var=var)
    migrated = _rows_of(other_database, var)
    seeded = {table for table, rows in migrated.items() if rows}
    allowed = {  # a fresh database may hold these: restore replaces them
        apps.get_model(label)._meta.db_table for label in backup.SEEDED | set(backup.BY_NATURAL_KEY)
    }
    assert {"reference_direction", "projects_pipelinestage", "auth_permission"} <= seeded
    assert seeded <= allowed
    restored = _cli(["restore", str(installation.archive)], database_url=other_database, var=var)
    assert "Restored" in restored.stdout

    assert other_database.startswith("sqlite") != (connection.vendor == "sqlite")
    assert_same_tables(_rows_of(other_database, var), installation.rows)
    assert media_files(var / "media") == installation.media

    back = tmp_path / "back.tar.gz"
    _cli(["backup", str(back)], database_url=other_database, var=var)
    call_command("restore", str(back), stdout=io.StringIO())
    assert_same_tables(table_rows(), installation.rows)
    assert media_files(media_root) == installation.media


# --- what restore refuses ----------------------------------------------------------------


@pytest.mark.django_db
def test_restore_refuses_a_database_holding_data(installation, make_user, media_root, english):
    make_user("curator", username="already-here")
    before = counts()
    with pytest.raises(CommandError, match=r"already holds data \(.*accounts\.user"):
        call_command("restore", str(installation.archive))
    assert counts() == before
    assert not media_root.exists()


def _truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size * 2 // 3])
    return target


def _flipped(source: Path, target: Path) -> Path:
    """One byte changed in each tenth of the archive but the last (gzip's own trailer)."""
    blob = bytearray(source.read_bytes())
    for tenth in range(1, 9):
        blob[len(blob) * tenth // 10] ^= 0xFF
    target.write_bytes(bytes(blob))
    return target


def _flipped_manifest(source: Path, target: Path) -> Path:
    members = _members(source)
    members["manifest.json"] = members["manifest.json"].replace(b'"rows": 1,', b'"rows": 2,', 1)
    return _tar(target, members)


def _tar(target: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(target, "w:gz") as archive:
        for name, blob in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            archive.addfile(info, io.BytesIO(blob))
    return target


def _members(source: Path) -> dict[str, bytes]:
    with tarfile.open(source) as archive:
        return {m.name: archive.extractfile(m).read() for m in archive if m.isfile()}


def _edited_manifest(source: Path, target: Path, **changes) -> Path:
    members = _members(source)
    manifest = json.loads(members["manifest.json"])
    for key, change in changes.items():
        manifest[key] = change(manifest[key])
    manifest["checksum"] = manifest_checksum(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return _tar(target, members)


def _changed_member(source: Path, target: Path) -> Path:
    members = _members(source)
    members["data/accounts.user.jsonl"] = members["data/accounts.user.jsonl"].replace(
        b"demo", b"omed", 1
    )
    return _tar(target, members)


DAMAGED = {
    "truncated": (_truncated, "damaged, truncated or not an investdesk backup"),
    "a flipped byte": (_flipped, "damaged"),
    "a changed manifest": (_flipped_manifest, "Its manifest is damaged"),
    "a changed row": (_changed_member, "“data/accounts.user.jsonl” is missing or damaged"),
    "no manifest": (
        lambda s, t: _tar(t, {"data.json": b"[]"}),
        "earlier backup format (data.json)",
    ),
    "a foreign manifest": (
        lambda s, t: _tar(t, {"manifest.json": b'{"counts": {}}'}),
        "not an investdesk backup",
    ),
    "plain text": (
        lambda s, t: t.write_text("not an archive") and t,
        "damaged, truncated or not an investdesk backup",
    ),
    "a newer format": (
        lambda s, t: _edited_manifest(s, t, format_version=lambda v: v + 1),
        "backup format 2 by investdesk",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("damage", DAMAGED, ids=list(DAMAGED))
def test_a_damaged_or_foreign_archive_gets_one_message_and_changes_nothing(
    installation, media_root, tmp_path, english, damage
):
    make, message = DAMAGED[damage]
    archive = make(installation.archive, tmp_path / "bad.tar.gz")
    before = counts()
    with pytest.raises(CommandError) as raised:
        call_command("restore", str(archive))
    assert message in str(raised.value)
    assert str(archive) in str(raised.value)
    assert counts() == before
    assert not media_root.exists()


@pytest.mark.django_db
def test_an_archive_of_a_newer_schema_is_refused_naming_the_version(
    installation, media_root, tmp_path, english
):
    archive = _edited_manifest(
        installation.archive,
        tmp_path / "newer.tar.gz",
        migrations=lambda names: [*names, "projects.9999_from_the_future"],
        software=lambda versions: {**versions, "investdesk": "9.1.0"},
    )
    before = counts()
    with pytest.raises(CommandError) as raised:
        call_command("restore", str(archive))
    assert "investdesk 9.1.0" in str(raised.value)
    assert "projects.9999_from_the_future" in str(raised.value)
    assert counts() == before


@pytest.mark.django_db
def test_an_archive_of_an_older_schema_is_refused_naming_what_it_lacks(
    installation, media_root, tmp_path, english
):
    newest = sorted(
        n
        for n in json.loads(_members(installation.archive)["manifest.json"])["migrations"]
        if n.startswith("projects.")
    )[-1]
    archive = _edited_manifest(
        installation.archive,
        tmp_path / "older.tar.gz",
        migrations=lambda names: [n for n in names if n != newest],
    )
    with pytest.raises(CommandError, match=f"older database schema: it lacks migrations {newest}"):
        call_command("restore", str(archive))


@pytest.mark.django_db  # runs before transactional tests flush the seeded rows
def test_a_truncated_archive_on_the_command_line_prints_one_line_and_no_traceback(
    installation, tmp_path
):
    archive = _truncated(installation.archive, tmp_path / "cut.tar.gz")
    var = tmp_path / "var"
    var.mkdir()
    database = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    result = _cli(["restore", str(archive)], database_url=database, var=var, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("CommandError: ")
    assert str(archive) in result.stderr


# --- a consistent snapshot while users write ---------------------------------------------


def test_a_sqlite_snapshot_sees_one_moment_and_blocks_no_writer(
    tmp_path, read_database, django_db_blocker
):
    path = tmp_path / "live.sqlite3"
    writer = sqlite3.connect(path, timeout=0, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    writer.execute("INSERT INTO t VALUES (1)")
    alias = read_database(f"sqlite:///{path}")
    connections.settings[alias]["OPTIONS"] = {"transaction_mode": "IMMEDIATE"}
    reader = connections[alias]
    with django_db_blocker.unblock(), backup._read_snapshot(alias), reader.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (1,)
        writer.execute("INSERT INTO t VALUES (2)")  # timeout=0: a lock would raise here
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (1,)
    with django_db_blocker.unblock(), reader.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (2,)
    writer.close()


def test_a_postgresql_snapshot_sees_one_moment_and_blocks_no_writer(
    read_database, django_db_blocker
):
    with _new_postgresql_database() as url, psycopg.connect(url, autocommit=True) as writer:
        writer.execute("SET lock_timeout = '1s'")  # a lock would fail the insert below
        writer.execute("CREATE TABLE t (id integer PRIMARY KEY)")
        writer.execute("INSERT INTO t VALUES (1)")
        alias = read_database(url)
        reader = connections[alias]
        with django_db_blocker.unblock():
            with backup._read_snapshot(alias), reader.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (1,)
                writer.execute("INSERT INTO t VALUES (2)")
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (1,)
                cursor.execute("SHOW transaction_isolation")
                assert cursor.fetchone() == ("repeatable read",)
            with reader.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (2,)
            reader.close()
