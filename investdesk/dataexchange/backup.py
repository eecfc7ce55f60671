"""Backup and restore of all data and uploaded files, across SQLite and PostgreSQL.

A backup is one .tar.gz (or .zip) holding ``data.json`` (Django's serialisation of every
model, with natural foreign keys so that content types and permissions match on any
database), ``manifest.json`` (row counts per model) and ``media/`` (uploaded documents).
The data is read in one transaction (REPEATABLE READ on PostgreSQL) so the snapshot is
consistent while the application keeps writing.
"""

import io
import json
import tarfile
import tempfile
import zipfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.translation import gettext as _

# Recreated by ``migrate`` on every database; storing them would clash with those rows.
EXCLUDED = ("contenttypes.contenttype", "auth.permission", "sessions.session")
# Rows that data migrations create; a database holding only these still counts as empty.
SEEDED = (
    "projects.pipelinestage",
    "projects.historicalpipelinestage",
    "reference.direction",
    "reference.historicaldirection",
    "reference.directionkeyword",
    "reference.historicaldirectionkeyword",
    "reference.municipality",
    "reference.historicalmunicipality",
    "auth.group",
)


class RestoreError(Exception):
    pass


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def backup_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if _label(model) not in EXCLUDED and model._meta.managed and not model._meta.proxy
    ]


FORMAT = "investdesk-json"
serializers.register_serializer(FORMAT, "investdesk.dataexchange.serializer")


def _objects():
    for model in backup_models():
        yield from model._base_manager.order_by("pk").iterator(chunk_size=2000)


def _dump() -> tuple[str, dict[str, int]]:
    counts = {_label(m): m._base_manager.count() for m in backup_models()}
    data = serializers.serialize(FORMAT, _objects(), use_natural_foreign_keys=True, indent=None)
    return data, counts


def _load(data: str) -> None:
    """Save every record raw (no signals, so no extra history rows), then check the links."""
    loaded: set[type[models.Model]] = set()
    with connection.constraint_checks_disabled():
        deferred = []
        for obj in serializers.deserialize(FORMAT, data, handle_forward_references=True):
            # m2m history (partner access, engagement projects) would record the restore.
            obj.object.skip_history_when_saving = True
            obj.save()
            loaded.add(type(obj.object))
            if obj.deferred_fields:
                deferred.append(obj)
        for obj in deferred:
            obj.save_deferred_fields()
    connection.check_constraints(table_names=[m._meta.db_table for m in loaded])
    statements = connection.ops.sequence_reset_sql(no_style(), list(loaded))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def snapshot() -> tuple[str, dict[str, int]]:
    """All data as JSON with row counts, read in one consistent transaction."""
    if connection.in_atomic_block:
        with transaction.atomic():
            return _dump()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _dump()


def backup_create(path: Path) -> dict[str, int]:
    """Write data and media to ``path`` (.tar.gz or .zip); returns the row counts."""
    path = Path(path)
    data, counts = snapshot()
    manifest = json.dumps({"counts": counts, "vendor": connection.vendor}, indent=1)
    media_root = Path(settings.MEDIA_ROOT)
    media = [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", data)
            archive.writestr("manifest.json", manifest)
            for file in media:
                archive.write(file, f"media/{file.relative_to(media_root).as_posix()}")
        return counts
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (("data.json", data), ("manifest.json", manifest)):
            blob = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            archive.addfile(info, io.BytesIO(blob))
        for file in media:
            archive.add(file, f"media/{file.relative_to(media_root).as_posix()}")
    return counts


def database_is_empty() -> bool:
    return not any(
        model._base_manager.exists() for model in backup_models() if _label(model) not in SEEDED
    )


def _extract(path: Path, target: Path) -> None:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            archive.extractall(target)
    else:
        with tarfile.open(path, "r:*") as archive:
            archive.extractall(target, filter="data")


def restore(path: Path) -> dict[str, int]:
    """Load a backup into an empty database (refuses a non-empty one) and its media files."""
    if not database_is_empty():
        raise RestoreError(
            _("The database already holds data; restore only into an empty, migrated database.")
        )
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp)
        _extract(Path(path), target)
        manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
        with transaction.atomic():
            # Rows seeded by migrations come back from the backup with their own ids.
            for label in SEEDED:
                apps.get_model(label)._base_manager.all().delete()
            _load((target / "data.json").read_text(encoding="utf-8"))
        media = target / "media"
        if media.exists():
            media_root = Path(settings.MEDIA_ROOT)
            for file in media.rglob("*"):
                if file.is_file():
                    destination = media_root / file.relative_to(media)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    destination.write_bytes(file.read_bytes())
    return manifest["counts"]


def serialised_records() -> dict[tuple[str, str], dict]:
    """Every backed-up record as ``{(model, pk): fields}``, to compare two databases."""
    records = {}
    for model in backup_models():
        for obj in json.loads(
            serializers.serialize(
                FORMAT, model._base_manager.order_by("pk"), use_natural_foreign_keys=True
            )
        ):
            records[(obj["model"], str(obj["pk"]))] = obj["fields"]
    return records
