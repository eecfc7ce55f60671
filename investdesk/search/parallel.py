"""A full rebuild's entries composed in worker processes (PostgreSQL).

Composing an entry (lemmas, transliteration keys) is Python work, one core's worth. With
``workers`` above one, each worker reads a range of primary keys on its own connection
and hands the entries back as COPY text; the calling process, inside the rebuild's
transaction, only streams that text into one COPY per type, while the server takes it
in. The workers read committed data outside that transaction: a record changed during
the rebuild has a history row newer than the watermarks read before it, so the next
refresh indexes it again.

This module imports nothing of Django at the top: a worker process unpickles its
functions before Django is set up.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from multiprocessing import get_context
from multiprocessing.pool import Pool
from typing import Any

# Records per task handed to a worker.
TASK_SIZE = 10_000
_DATABASE_KEYS = ("NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS")


def _start(database: dict[str, Any], language: str | None) -> None:
    import django
    from django.conf import settings

    settings.DATABASES["default"].update(database)  # the caller's (a test run's) database
    django.setup()
    from django.utils import translation

    if language:
        translation.activate(language)


def _compose(task: tuple[str, int, int, str]) -> tuple[int, bytes]:
    from .bulk import copy_text, entry_rows

    entity_type, first, last, indexed_at = task
    rows = [
        row for rows in entry_rows(entity_type, indexed_at, TASK_SIZE, first, last) for row in rows
    ]
    return len(rows), copy_text(rows)


def start_pool(workers: int) -> Pool:
    """Worker processes on the caller's database and language (spawned: a forked child
    would share the caller's open connection)."""
    from django.db import connection
    from django.utils.translation import get_language

    database = {key: connection.settings_dict[key] for key in _DATABASE_KEYS}
    return get_context("spawn").Pool(workers, _start, (database, get_language()))


def tasks_for(entity_type: str, indexed_at: str) -> list[tuple[str, int, int, str]]:
    """Primary key ranges of about ``TASK_SIZE`` records of a type, for ``compose``."""
    from django.db.models import Count, Max, Min

    from .indexers import INDEXERS

    bounds = (
        INDEXERS[entity_type]
        .queryset()
        .prefetch_related(None)
        .order_by()
        .aggregate(first=Min("pk"), last=Max("pk"), count=Count("pk"))
    )
    if not bounds["count"]:
        return []
    first, last = bounds["first"], bounds["last"]
    width = max(1, math.ceil((last - first + 1) * TASK_SIZE / bounds["count"]))
    return [
        (entity_type, start, min(start + width - 1, last), indexed_at)
        for start in range(first, last + 1, width)
    ]


def compose(pool: Pool, tasks: list[tuple[str, int, int, str]]) -> Iterator[tuple[int, bytes]]:
    """(number of entries, their COPY text) of each task, in the tasks' order."""
    return pool.imap(_compose, tasks)
