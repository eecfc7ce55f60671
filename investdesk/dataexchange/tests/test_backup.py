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
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from investdesk.accounts.models import User
from investdesk.accounts.services import saved_filter_save
from investdesk.attachments.services import attachment_archive, attachment_upload
from investdesk.dataexchange import backup
from investdesk.dataexchange.duplicates import organisation_duplicates, person_duplicates
from investdesk.documents.services import document_store
from investdesk.ingest.models import Feed
from investdesk.notes.services import note_create, note_delete
from investdesk.notifications.choices import ChannelChoice, NotificationKind
from investdesk.notifications.services import notification_preferences_save
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_update
from investdesk.projects.models import PipelineStage
from investdesk.reference.models import CurrencyRate, Direction, DirectionKeyword, Municipality
from investdesk.search.services import search, search_reindex
from investdesk.sitecatalog.models import Site, SiteDocument, SitePhoto
from investdesk.support.inquiries import inquiry_submit

from .backup_support import (
    DAMAGED,
    archive_members,
    assert_same_tables,
    counts,
    edited_manifest,
    media_files,
    rows_of,
    run_cli,
    table_rows,
    truncated,
)

BINARY = bytes(range(256)) * 4
PNG = base64.b64decode(  # one transparent pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


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
    # A file attached to a record (stored through the "attachments" storage), one archived.
    memorandum = attachment_upload(
        target=organisation,
        upload=ContentFile(b"%PDF-1.4\n%%EOF\n"),
        name="Меморандум о намерениях.pdf",
        user=demo,
        description="Подписанный меморандум",
    )
    attachment_archive(attachment=memorandum, user=demo)
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
    # Notes on a record: one mentioning a colleague (a mention to notify), one deleted.
    curator = User.objects.get(username="ivanova")
    note_create(author=curator, target=organisation, text="Созвонились, @analyst пришлёт справку")
    note_delete(
        note=note_create(author=curator, target=organisation, text="Черновик"), user=curator
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
    organisation_duplicates()  # stores the name keys of duplicate detection
    person_duplicates()
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
    assert len(installation.media) == 5


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


@pytest.mark.django_db
def test_round_trip_through_the_other_database_vendor_and_back(
    installation, other_database, media_root, tmp_path
):
    """SQLite -> PostgreSQL -> SQLite (or the reverse when the suite runs on PostgreSQL)."""
    var = tmp_path / "other"
    var.mkdir()
    run_cli(["migrate", "-v0"], database_url=other_database, var=var)
    migrated = rows_of(other_database, var)
    seeded = {table for table, rows in migrated.items() if rows}
    allowed = {  # a fresh database may hold these: restore replaces them
        apps.get_model(label)._meta.db_table for label in backup.SEEDED | set(backup.BY_NATURAL_KEY)
    }
    assert {"reference_direction", "projects_pipelinestage", "auth_permission"} <= seeded
    assert seeded <= allowed
    restored = run_cli(["restore", str(installation.archive)], database_url=other_database, var=var)
    assert "Restored" in restored.stdout

    assert other_database.startswith("sqlite") != (connection.vendor == "sqlite")
    assert_same_tables(rows_of(other_database, var), installation.rows)
    assert media_files(var / "media") == installation.media

    back = tmp_path / "back.tar.gz"
    run_cli(["backup", str(back)], database_url=other_database, var=var)
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
    archive = edited_manifest(
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
        for n in json.loads(archive_members(installation.archive)["manifest.json"])["migrations"]
        if n.startswith("projects.")
    )[-1]
    archive = edited_manifest(
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
    archive = truncated(installation.archive, tmp_path / "cut.tar.gz")
    var = tmp_path / "var"
    var.mkdir()
    database = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    result = run_cli(["restore", str(archive)], database_url=database, var=var, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("CommandError: ")
    assert str(archive) in result.stderr
