"""The stage-stay table (``StageStay``): derived from the transitions, kept right by the
writers of transitions.

Every write that adds, removes or moves a transition calls ``stage_stays_refresh`` with the
projects concerned (the stage service for one project, ``generate`` for all at the end);
``investdesk rebuild_stage_stays`` and the data migration rebuild the whole table. The rows
of a project are recomputed from its transitions in one ``INSERT … SELECT`` (``LEAD`` per
project, the rule of ``selectors.stage_stays``), never patched, so a backdated move or a
removed transition cannot leave a wrong row behind.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connections, models, router, transaction

from .models import StageStay, StageTransition

BATCH = 500  # project ids per statement (SQLite allows a limited number of parameters)


def epoch_microseconds_sql(column: str, vendor: str) -> str:
    """SQL for ``column`` (a datetime) as whole microseconds since 1970 on SQLite, where
    Django keeps datetimes as UTC text ('YYYY-MM-DD HH:MM:SS[.ffffff]'). The seconds and the
    microseconds are read apart: SQLite's own date functions round to milliseconds. For
    statements run with parameters (a list, even empty): the ``%`` is doubled."""
    assert vendor == "sqlite"
    return (
        f"(CAST(strftime('%%s', substr({column}, 1, 19)) AS INTEGER) * 1000000"
        f" + CAST(substr({column} || '.000000', 21, 6) AS INTEGER))"
    )


def _refresh_sql(vendor: str, transitions: str, stays: str, where: str) -> tuple[str, str]:
    """(DELETE, INSERT … SELECT) for the stays of the projects matched by ``where``."""
    following = "LEAD(changed_at) OVER (PARTITION BY project_id ORDER BY changed_at, id)"
    if vendor == "postgresql":
        closed = "COALESCE(SUM(next_at - changed_at), INTERVAL '0')"
    else:
        closed = (
            f"COALESCE(SUM({epoch_microseconds_sql('next_at', vendor)}"
            f" - {epoch_microseconds_sql('changed_at', vendor)}), 0)"
        )
    delete = f"DELETE FROM {stays} WHERE {where}"
    insert = f"""
        INSERT INTO {stays} (project_id, stage_id, time_closed, entered_at)
        SELECT project_id, to_stage_id, {closed},
               MAX(CASE WHEN next_at IS NULL THEN changed_at END)
        FROM (
            SELECT project_id, to_stage_id, changed_at, {following} AS next_at
            FROM {transitions} WHERE {where}
        ) moves
        GROUP BY project_id, to_stage_id
    """
    return delete, insert


def stage_stays_refresh(
    *,
    project_ids: Iterable[int] | None = None,
    transition_model: type[models.Model] = StageTransition,
    stay_model: type[models.Model] = StageStay,
    using: str | None = None,
) -> None:
    """Recompute the stays of ``project_ids`` (every project without it) from the transitions.

    The models can be given as a migration's historical models (the data migration).
    """
    using = using or router.db_for_write(stay_model)
    connection = connections[using]
    quote = connection.ops.quote_name
    tables = (quote(transition_model._meta.db_table), quote(stay_model._meta.db_table))
    if project_ids is None:
        batches = [[]]
    else:
        ids = sorted({int(pk) for pk in project_ids})
        batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        for params in batches:
            where = f"project_id IN ({', '.join(['%s'] * len(params))})" if params else "1 = 1"
            delete, insert = _refresh_sql(connection.vendor, *tables, where)
            cursor.execute(delete, params)
            cursor.execute(insert, params)
