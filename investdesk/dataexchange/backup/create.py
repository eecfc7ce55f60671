"""Writing a backup: one consistent read of every table and the media files."""

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils import timezone

from ..serializer import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    copy_hashing,
    encoder,
    manifest_checksum,
    table_fields,
    write_archive,
)
from .tables import BATCH, BackupReport, backup_models, label_of, migration_state, software_versions


@contextmanager
def read_snapshot(using: str) -> Iterator[None]:
    """One consistent read of the whole database that blocks no writer."""
    connection = connections[using]
    if connection.in_atomic_block:  # the caller's transaction is the snapshot
        yield
        return
    if connection.vendor == "sqlite":
        # Django opens SQLite transactions IMMEDIATE, which takes the write lock; a deferred
        # transaction that only reads sees one snapshot (WAL) and lets writers go on.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("ROLLBACK")
        return
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _dump_table(model: type[models.Model], using: str, out: Path) -> dict[str, Any]:
    fields = table_fields(model)
    encoders = [encoder(f) for f in fields]
    rows = (
        model._base_manager.using(using)
        .order_by(model._meta.pk.attname)
        .values_list(*[f.attname for f in fields])
    )
    digest = hashlib.sha256()
    count = 0
    with out.open("wb") as handle:
        lines: list[str] = []
        for row in rows.iterator(chunk_size=BATCH):
            lines.append(
                json.dumps(
                    [enc(value) for enc, value in zip(encoders, row, strict=True)],
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
            )
            count += 1
            if len(lines) == BATCH:
                blob = ("\n".join(lines) + "\n").encode("utf-8")
                digest.update(blob)
                handle.write(blob)
                lines = []
        if lines:
            blob = ("\n".join(lines) + "\n").encode("utf-8")
            digest.update(blob)
            handle.write(blob)
    return {
        "model": label_of(model),
        "table": model._meta.db_table,
        "columns": [f.attname for f in fields],
        "rows": count,
        "member": f"data/{label_of(model)}.jsonl",
        "sha256": digest.hexdigest(),
        "bytes": out.stat().st_size,
    }


def _media_files(root: Path, skip: Path) -> list[tuple[str, Path]]:
    """Regular files under MEDIA_ROOT (symlinks not followed), sorted by path."""
    if not root.is_dir():
        return []
    found = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories.sort()
        for name in sorted(names):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink() and path.resolve() != skip:
                found.append((path.relative_to(root).as_posix(), path))
    return found


def backup_create(path: Path, *, using: str = DEFAULT_DB_ALIAS) -> BackupReport:
    """Write every table and uploaded file to ``path`` (.zip, otherwise .tar.gz), mode 0600.

    The archive appears under its name only when complete (written beside it, then renamed).
    """
    started = time.monotonic()
    path = Path(path).absolute()
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="investdesk-backup-") as tmp:
        work = Path(tmp)
        (work / "data").mkdir()
        (work / "media").mkdir()
        with read_snapshot(using):
            _, applied = migration_state(using)
            created_at = timezone.now()
            tables = [
                _dump_table(model, using, work / "data" / f"{label_of(model)}.jsonl")
                for model in backup_models()
            ]
        media = []
        for relative, source_path in _media_files(media_root, skip=path):
            copy = work / "media" / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            with source_path.open("rb") as source:
                digest, size = copy_hashing(source, copy)
            media.append(
                {"path": relative, "member": f"media/{relative}", "sha256": digest, "bytes": size}
            )
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created_at.isoformat(),
            "software": software_versions(),
            "vendor": connections[using].vendor,
            "migrations": sorted(applied),
            "tables": tables,
            "media": media,
        }
        manifest["checksum"] = manifest_checksum(manifest)
        (work / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), "utf-8")
        members = [(MANIFEST, work / MANIFEST)]
        members += [(table["member"], work / table["member"]) for table in tables]
        members += [(item["member"], work / item["member"]) for item in media]
        descriptor, part = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".part"
        )
        try:
            with os.fdopen(descriptor, "wb") as handle:
                write_archive(handle, as_zip=path.suffix.lower() == ".zip", members=members)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(part, 0o600)
            os.replace(part, path)
        except BaseException:
            Path(part).unlink(missing_ok=True)
            raise
    return BackupReport(
        path=path,
        rows={table["model"]: table["rows"] for table in tables},
        media_files=len(media),
        media_bytes=sum(item["bytes"] for item in media),
        size=path.stat().st_size,
        seconds=time.monotonic() - started,
    )
