"""What a backup holds: the tables, the fixed tables, the reports, the software and schema."""

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.db import connections, models
from django.db.migrations.loader import MigrationLoader

# Created by ``migrate`` on every database with ids of its own: matched by natural key.
BY_NATURAL_KEY = ("contenttypes.contenttype", "auth.permission")
# The tables a freshly migrated database fills (data migrations and the role groups that
# post_migrate creates). Restore replaces their rows; any other table must be empty.
# A test checks this list against a freshly migrated database.
SEEDED = frozenset(
    {
        "auth.group",
        "auth.group_permissions",
        "projects.pipelinestage",
        "reference.direction",
        "reference.municipality",
    }
)
BATCH = 2000


@dataclass
class BackupReport:
    path: Path
    rows: dict[str, int]
    media_files: int
    media_bytes: int
    size: int
    seconds: float


@dataclass
class RestoreReport:
    rows: dict[str, int]
    media_files: int
    seconds: float


def label_of(model: type[models.Model]) -> str:
    return model._meta.label_lower


def backup_models() -> list[type[models.Model]]:
    """Every model with a table of its own, content types and permissions first."""
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]
    first = {label: n for n, label in enumerate(BY_NATURAL_KEY)}
    return sorted(found, key=lambda model: first.get(label_of(model), len(first)))


def software_versions() -> dict[str, str]:
    versions = {}
    for name in ("investdesk", "django"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "unknown"
    return versions


def migration_state(using: str) -> tuple[set[str], set[str]]:
    """(migrations this code knows, migrations applied to the database), as 'app.name'."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    known = {f"{app}.{name}" for app, name in loader.graph.nodes}
    applied = {f"{app}.{name}" for app, name in loader.applied_migrations}
    return known, applied
