"""Restoring a backup: checks before touching the database, then one transaction."""

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.utils.translation import gettext as _

from ..serializer import (
    RestoreError,
    decoder,
    open_archive,
    same_file,
    table_fields,
)
from .tables import (
    BATCH,
    BY_NATURAL_KEY,
    SEEDED,
    RestoreReport,
    backup_models,
    label_of,
    migration_state,
)

# --- checks before restoring ----------------------------------------------------------


def _listed(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" (+{len(names) - limit})" if len(names) > limit else "")


def _check_schema(manifest: dict[str, Any], using: str) -> dict[str, type[models.Model]]:
    """The archive's schema is this database's; returns the model of each archived table."""
    archived = set(manifest["migrations"])
    known, applied = migration_state(using)
    version = manifest.get("software", {}).get("investdesk", "?")
    unknown = sorted(archived - known)
    if unknown:
        raise RestoreError(
            _(
                "This backup was written by investdesk %(version)s with a newer database "
                "schema: this installation does not know its migrations %(migrations)s. "
                "Upgrade investdesk to %(version)s or later, migrate, then restore."
            )
            % {"version": version, "migrations": _listed(unknown)}
        )
    if archived - applied:
        raise RestoreError(
            _("The database is not fully migrated (%(migrations)s): run “investdesk migrate”.")
            % {"migrations": _listed(sorted(archived - applied))}
        )
    if applied - archived:
        differing = sorted({name.split(".", 1)[0] for name in applied - archived})
        commands = "; ".join(
            "investdesk migrate {} {}".format(
                app,
                max(
                    (n.split(".", 1)[1] for n in archived if n.startswith(f"{app}.")),
                    default="zero",
                ),
            )
            for app in differing
        )
        raise RestoreError(
            _(
                "This backup was written by investdesk %(version)s with an older database "
                "schema: it lacks migrations %(migrations)s. Migrate a fresh database only as "
                "far as the backup (%(commands)s), restore, then run “investdesk migrate”."
            )
            % {
                "version": version,
                "migrations": _listed(sorted(applied - archived)),
                "commands": commands,
            }
        )
    ours = {label_of(model): model for model in backup_models()}
    tables = {}
    for table in manifest["tables"]:
        model = ours.get(table["model"])
        if model is None or table["model"] in tables:
            raise RestoreError(
                _("This installation has no table for “%(model)s” held in the backup.")
                % {"model": table["model"]}
            )
        if set(table["columns"]) != {f.attname for f in table_fields(model)}:
            raise RestoreError(
                _("The columns of “%(model)s” in the backup differ from this installation's.")
                % {"model": table["model"]}
            )
        tables[table["model"]] = model
    return tables


def held_data(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Models holding rows that migrations do not load: a database to restore into has none."""
    return [
        label_of(model)
        for model in backup_models()
        if label_of(model) not in SEEDED
        and label_of(model) not in BY_NATURAL_KEY
        and model._base_manager.using(using).exists()
    ]


def _media_destinations(
    manifest: dict[str, Any], root: Path, extracted: Path
) -> list[tuple[Path, Path]]:
    """(extracted file, destination) for each file to write; refuses different existing files."""
    plan, clashes = [], []
    base = root.resolve()
    for item in manifest["media"]:
        source = extracted.joinpath(*PurePosixPath(item["member"]).parts)
        destination = root.joinpath(*PurePosixPath(item["path"]).parts)
        if base not in destination.resolve().parents:
            raise RestoreError(
                _(
                    "It holds an unexpected member “%(name)s”: it is damaged or not an investdesk backup."
                )
                % {"name": item["member"]}
            )
        if destination.exists():
            if destination.is_file() and same_file(source, destination):
                continue
            clashes.append(item["path"])
        plan.append((source, destination))
    if clashes:
        raise RestoreError(
            _("MEDIA_ROOT (%(root)s) already holds other files: %(files)s.")
            % {"root": root, "files": _listed(clashes)}
        )
    return plan


# --- loading --------------------------------------------------------------------------


def _rows(path: Path, width: int, name: str) -> Iterator[list[Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            values = json.loads(line)
            if not isinstance(values, list) or len(values) != width:
                raise RestoreError(_("“%(name)s” is damaged.") % {"name": name})
            yield values


def _natural_key_maps(
    manifest: dict[str, Any], extracted: Path, using: str
) -> dict[str, dict[Any, Any]]:
    """Old id -> id in this database, for content types and permissions (created if missing)."""
    content_type = apps.get_model("contenttypes", "ContentType")
    permission = apps.get_model("auth", "Permission")
    tables = {table["model"]: table for table in manifest["tables"]}

    def archived(label: str) -> Iterator[dict[str, Any]]:
        table = tables.get(label)
        if table is None:
            return
        for values in _rows(extracted / table["member"], len(table["columns"]), table["member"]):
            yield dict(zip(table["columns"], values, strict=True))

    types = {(ct.app_label, ct.model): ct.pk for ct in content_type.objects.using(using).order_by()}
    type_ids = {}
    for row in archived("contenttypes.contenttype"):
        key = (row["app_label"], row["model"])
        if key not in types:
            types[key] = content_type.objects.using(using).create(app_label=key[0], model=key[1]).pk
        type_ids[row["id"]] = types[key]
    permissions = {
        (p.content_type_id, p.codename): p for p in permission.objects.using(using).order_by()
    }
    permission_ids = {}
    for row in archived("auth.permission"):
        key = (type_ids[row["content_type_id"]], row["codename"])
        found = permissions.get(key)
        if found is None:
            found = permission.objects.using(using).create(
                name=row["name"], content_type_id=key[0], codename=key[1]
            )
        elif found.name != row["name"]:
            found.name = row["name"]
            found.save(using=using, update_fields=["name"])
        permission_ids[row["id"]] = found.pk
    return {"contenttypes.contenttype": type_ids, "auth.permission": permission_ids}


def _load_table(
    model: type[models.Model],
    table: dict[str, Any],
    extracted: Path,
    maps: dict[str, dict[Any, Any]],
    using: str,
) -> int:
    connection = connections[using]
    by_name = {f.attname: f for f in table_fields(model)}
    fields = [by_name[name] for name in table["columns"]]
    decoders = [decoder(f) for f in fields]
    remaps = [
        maps.get(label_of(f.related_model)) if f.is_relation and f.related_model else None
        for f in fields
    ]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    count = 0
    batch: list[list[Any]] = []
    with connection.cursor() as cursor:
        for values in _rows(extracted / table["member"], len(fields), table["member"]):
            row = []
            for f, decode, remap, value in zip(fields, decoders, remaps, values, strict=True):
                value = decode(value)
                if remap is not None and value is not None:
                    value = remap[value]
                row.append(f.get_db_prep_save(value, connection))
            batch.append(row)
            count += 1
            if len(batch) == BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
    if count != table["rows"]:
        raise RestoreError(_("“%(name)s” is damaged.") % {"name": table["member"]})
    return count


def _write_media(plan: list[tuple[Path, Path]]) -> list[Path]:
    written: list[Path] = []
    try:
        for source, destination in plan:
            destination.parent.mkdir(parents=True, exist_ok=True)
            part = destination.with_name(f".{destination.name}.part")
            shutil.copyfile(source, part)
            os.replace(part, destination)
            written.append(destination)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def restore(path: Path, *, using: str = DEFAULT_DB_ALIAS) -> RestoreReport:
    """Load a backup into a freshly migrated database, all or nothing (RestoreError if not)."""
    started = time.monotonic()
    path = Path(path)
    try:
        with tempfile.TemporaryDirectory(prefix="investdesk-restore-") as tmp:
            rows, media_files = _restore(path, Path(tmp), using)
    except RestoreError as exc:
        raise RestoreError(
            _("%(file)s cannot be restored: %(reason)s Nothing was changed.")
            % {"file": path, "reason": exc}
        ) from exc
    except (DatabaseError, ValidationError, KeyError, ValueError, TypeError) as exc:
        raise RestoreError(
            _(
                "%(file)s cannot be restored: its data does not load (%(reason)s). "
                "Nothing was changed."
            )
            % {"file": path, "reason": exc}
        ) from exc
    apps.get_model("contenttypes", "ContentType").objects.clear_cache()
    return RestoreReport(rows=rows, media_files=media_files, seconds=time.monotonic() - started)


def _restore(path: Path, extracted: Path, using: str) -> tuple[dict[str, int], int]:
    connection = connections[using]
    manifest = open_archive(path, extracted)
    tables = _check_schema(manifest, using)
    plan = _media_destinations(manifest, Path(settings.MEDIA_ROOT), extracted)
    rows: dict[str, int] = {}
    with transaction.atomic(using=using):
        held = held_data(using)
        if held:
            raise RestoreError(
                _(
                    "The database already holds data (%(models)s); restore only into a "
                    "freshly migrated database."
                )
                % {"models": _listed(held)}
            )
        with connection.cursor() as cursor:
            for label in sorted(SEEDED):
                table = apps.get_model(label)._meta.db_table
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        maps = _natural_key_maps(manifest, extracted, using)
        for table in manifest["tables"]:
            if table["model"] in BY_NATURAL_KEY:
                rows[table["model"]] = table["rows"]
                continue
            rows[table["model"]] = _load_table(
                tables[table["model"]], table, extracted, maps, using
            )
        loaded = list(tables.values())
        connection.check_constraints(table_names=[m._meta.db_table for m in loaded])
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), loaded):
                cursor.execute(sql)
        _write_media(plan)
    return rows, len(plan)
