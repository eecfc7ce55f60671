"""The backup archive: its members, its manifest, and table rows as JSON values.

An archive is a .tar.gz (or .zip) of ``manifest.json``, ``data/<app>.<model>.jsonl`` (one
table each) and ``media/<path>`` (uploaded files). The manifest lists every member with
its SHA-256 and size, and carries a checksum of itself; reading an archive verifies all of
it, so a damaged, truncated or foreign file is refused before anything is restored.

A backup stores each table as JSON lines, one array of column values per row, in the
order of ``table_fields``. Values are written losslessly: datetimes and times in full
ISO 8601 with microseconds and offset, decimals as strings (keeping their scale),
durations in ISO 8601, bytes in base64; JSON columns as the JSON they hold. Reading
turns them back into Python values with each field's own ``to_python``, so the
database adapter of the target database (not this module) decides how they are stored.
"""

import base64
import datetime
import decimal
import hashlib
import json
import tarfile
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from django.db import models
from django.utils.duration import duration_iso_string
from django.utils.translation import gettext as _

FORMAT = "investdesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1 << 20

Codec = Callable[[Any], Any]


class RestoreError(Exception):
    """The archive cannot be restored into this database; nothing was changed."""


def table_fields(model: type[models.Model]) -> list[models.Field]:
    """The columns of the model's own table (a child of a concrete parent: only its own)."""
    return [
        field
        for field in model._meta.local_concrete_fields
        if not getattr(field, "generated", False)
    ]


def encode(value: Any) -> Any:
    """A value as read by the ORM, as a JSON value that loses nothing."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return duration_iso_string(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"Cannot store a value of type {type(value).__name__} in a backup.")


def _identity(value: Any) -> Any:
    return value


def encoder(field: models.Field) -> Codec:
    """How one column's values are written."""
    if isinstance(field, models.JSONField):
        return _identity
    return encode


def decoder(field: models.Field) -> Codec:
    """How one column's stored values become Python values again."""
    if isinstance(field, models.JSONField):
        return _identity
    target = field.target_field if field.is_relation else field
    to_python = target.to_python

    def decode(value: Any) -> Any:
        return None if value is None else to_python(value)

    return decode


# --- the archive -----------------------------------------------------------------------


def manifest_checksum(manifest: dict[str, Any]) -> str:
    """SHA-256 of the manifest without its checksum, as canonical JSON."""
    content = {key: value for key, value in manifest.items() if key != "checksum"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def copy_hashing(source, destination: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with destination.open("wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


def _tar_info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int(time.time())
    return info


def write_archive(handle, *, as_zip: bool, members: list[tuple[str, Path]]) -> None:
    if as_zip:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for name, path in members:
                archive.write(path, name)
        return
    with tarfile.open(fileobj=handle, mode="w:gz", compresslevel=6) as archive:
        for name, path in members:
            with path.open("rb") as source:
                archive.addfile(_tar_info(name, path.stat().st_size), source)


def _member_path(name: str) -> PurePosixPath:
    if name == "data.json":
        raise RestoreError(
            _("It is in the earlier backup format (data.json), which this version no longer reads.")
        )
    path = PurePosixPath(name)
    if (
        path.is_absolute()
        or any(part in ("", ".", "..") for part in path.parts)
        or not (name == MANIFEST or (len(path.parts) > 1 and path.parts[0] in ("data", "media")))
    ):
        raise RestoreError(
            _(
                "It holds an unexpected member “%(name)s”: it is damaged or not an investdesk backup."
            )
            % {"name": name}
        )
    return path


def _unpack(path: Path, target: Path) -> dict[str, tuple[str, int]]:
    """Extract every member into ``target``; returns {name: (sha256, size)}."""
    found: dict[str, tuple[str, int]] = {}

    def take(name: str, source) -> None:
        relative = _member_path(name)
        if name in found:
            raise RestoreError(_("It holds “%(name)s” twice.") % {"name": name})
        destination = target.joinpath(*relative.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        found[name] = copy_hashing(source, destination)

    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                with archive.open(info) as source:
                    take(info.filename, source)
        return found
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isdir():
                continue
            if not member.isfile():
                raise RestoreError(
                    _(
                        "It holds an unexpected member “%(name)s”: it is damaged or not an investdesk backup."
                    )
                    % {"name": member.name}
                )
            source = archive.extractfile(member)
            take(member.name, source)
    return found


def _read_manifest(found: dict[str, tuple[str, int]], target: Path) -> dict[str, Any]:
    if MANIFEST not in found:
        raise RestoreError(_("It has no manifest: it is not an investdesk backup."))
    manifest = json.loads((target / MANIFEST).read_text("utf-8"))
    if not isinstance(manifest, dict) or "checksum" not in manifest:
        raise RestoreError(_("Its manifest is not an investdesk backup's."))
    if manifest["checksum"] != manifest_checksum(manifest):
        raise RestoreError(_("Its manifest is damaged: it does not match its checksum."))
    if manifest.get("format") != FORMAT:
        raise RestoreError(_("Its manifest is not an investdesk backup's."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise RestoreError(
            _(
                "It was written in backup format %(version)s by investdesk %(software)s; "
                "this installation reads format %(supported)s. Upgrade investdesk first."
            )
            % {
                "version": version,
                "software": manifest.get("software", {}).get("investdesk", "?"),
                "supported": FORMAT_VERSION,
            }
        )
    listed = {MANIFEST}
    for item in [*manifest["tables"], *manifest["media"]]:
        name = item["member"]
        listed.add(name)
        if found.get(name) != (item["sha256"], item["bytes"]):
            raise RestoreError(
                _("“%(name)s” is missing or damaged: it does not match its checksum.")
                % {"name": name}
            )
    unexpected = sorted(set(found) - listed)
    if unexpected:
        raise RestoreError(
            _(
                "It holds an unexpected member “%(name)s”: it is damaged or not an investdesk backup."
            )
            % {"name": unexpected[0]}
        )
    for item in manifest["media"]:
        if item["member"] != f"media/{item['path']}":
            raise RestoreError(
                _(
                    "It holds an unexpected member “%(name)s”: it is damaged or not an investdesk backup."
                )
                % {"name": item["member"]}
            )
    return manifest


def open_archive(path: Path, target: Path) -> dict[str, Any]:
    """The verified manifest of the archive extracted into ``target``, or RestoreError."""
    try:
        return _read_manifest(_unpack(path, target), target)
    except (
        tarfile.TarError,
        zipfile.BadZipFile,
        EOFError,
        zlib.error,
        OSError,
        ValueError,
        KeyError,
        TypeError,
    ) as exc:
        raise RestoreError(
            _("It is damaged, truncated or not an investdesk backup (%(reason)s).")
            % {"reason": str(exc) or type(exc).__name__}
        ) from exc


def same_file(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with a.open("rb") as left, b.open("rb") as right:
        while True:
            chunk = left.read(CHUNK)
            if chunk != right.read(CHUNK):
                return False
            if not chunk:
                return True
