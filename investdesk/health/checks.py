"""Readiness probes: each answers ``None`` when its dependency works and raises otherwise.

Probes report only which dependency failed and the exception's class: no host names,
credentials or data reach the answer (the log gets the full message).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from huey.contrib.djhuey import HUEY

logger = logging.getLogger(__name__)

OK = "ok"
SKIPPED = "skipped"

# Migrations do not become unapplied while a process runs the same code, so once the plan is
# empty the (disk-reading) check is not repeated; a failing check is retried every time.
_migrations_applied = False


class MigrationsPendingError(Exception):
    """The database lacks migrations the code expects."""


def check_database() -> None:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_migrations() -> None:
    global _migrations_applied
    if _migrations_applied:
        return
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        raise MigrationsPendingError(f"{len(plan)} migration(s) not applied")
    _migrations_applied = True


def check_cache() -> None:
    key = f"investdesk:readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    try:
        if cache.get(key) != "1":
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


def check_queue() -> None:
    HUEY.pending_count()


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "migrations": check_migrations,
    "cache": check_cache,
    "queue": check_queue,
}
# A check listed here is skipped (not run) when the named check failed.
DEPENDS_ON = {"migrations": "database"}


def readiness() -> dict[str, str]:
    """Run every probe; the answer maps each check to ``ok``, ``skipped`` or ``failed: Class``."""
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        needed = DEPENDS_ON.get(name)
        if needed and results.get(needed) != OK:
            results[name] = SKIPPED
            continue
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            logger.warning("readiness check %s failed: %s", name, error, exc_info=True)
            results[name] = f"failed: {type(error).__name__}"
        else:
            results[name] = OK
    return results
