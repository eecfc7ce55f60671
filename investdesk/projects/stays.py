"""The stage-stay table (``StageStay``) and ``Project.stages_reached``: derived from the
transitions, kept right by the writers of transitions.

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

from .models import Project, StageStay, StageTransition

BATCH = 500  # project ids per statement (SQLite allows a limited number of parameters)


# Bit N of ``Project.stages_reached`` stands for the stage with id N: ids up to 62 fit a
# signed 64-bit integer (the dashboard falls back to the stays table beyond).
MAX_MASKED_STAGE_ID = 62


def epoch_microseconds_sql(column: str, vendor: str) -> str:
    """SQL for ``column`` (a datetime) as whole microseconds since 1970.

    On SQLite, where Django keeps datetimes as UTC text ('YYYY-MM-DD HH:MM:SS[.ffffff]'),
    the seconds and the microseconds are read apart: its date functions round to
    milliseconds. The ``%`` is doubled: the statements run with parameters.
    """
    if vendor == "postgresql":
        return f"(EXTRACT(EPOCH FROM {column}) * 1000000)::bigint"
    return (
        f"(CAST(strftime('%%s', substr({column}, 1, 19)) AS INTEGER) * 1000000"
        f" + CAST(substr({column} || '.000000', 21, 6) AS INTEGER))"
    )


def _refresh_sql(vendor: str, transitions: str, stays: str, projects: str, ids: str) -> list[str]:
    """The statements that recompute the stays and stages reached of the projects whose
    ids match ``ids`` (a condition on the column named ``{}``, once or twice a statement).

    Set-based throughout (joins, no subquery per project, no anti-join): a rebuild of the
    whole table runs right after the table is filled, before it has statistics.
    """
    at = epoch_microseconds_sql("changed_at", vendor)
    following = f"LEAD({at}) OVER (PARTITION BY project_id ORDER BY changed_at, id)"
    if vendor == "postgresql":
        bit = "(CAST(1 AS BIGINT) << CAST(stage_id AS INTEGER))"
    else:
        bit = "(1 << stage_id)"
    everything = ids == "1 = 1"
    statements = [
        # Not TRUNCATE for a rebuild: PostgreSQL refuses it in a transaction that has
        # written rows there (pending foreign key checks).
        f"DELETE FROM {stays} WHERE {ids.format('project_id')}",
        f"""
        INSERT INTO {stays} (project_id, stage_id, closed_us, entered_us)
        SELECT project_id, to_stage_id, COALESCE(SUM(next_us - at_us), 0),
               MAX(CASE WHEN next_us IS NULL THEN at_us END)
        FROM (
            SELECT project_id, to_stage_id, {at} AS at_us, {following} AS next_us
            FROM {transitions} WHERE {ids.format("project_id")}
        ) moves
        GROUP BY project_id, to_stage_id
        """,
        # Only the projects whose stages changed are written (no dead rows for the others).
        f"""
        UPDATE {projects} SET stages_reached = COALESCE(reached.stages, 0)
        FROM {projects} project LEFT JOIN (
            SELECT project_id, CAST(SUM({bit}) AS BIGINT) AS stages FROM {stays}
            WHERE {ids.format("project_id")} AND stage_id <= {MAX_MASKED_STAGE_ID}
            GROUP BY project_id
        ) reached ON reached.project_id = project.id
        WHERE {projects}.id = project.id AND {ids.format("project.id")}
          AND {projects}.stages_reached <> COALESCE(reached.stages, 0)
        """,
    ]
    if vendor == "postgresql" and everything:
        # Statistics for the planner of the updates (and of the dashboard) after a rebuild.
        statements.insert(2, f"ANALYZE {stays}")
    return statements


def stage_stays_refresh(
    *,
    project_ids: Iterable[int] | None = None,
    transition_model: type[models.Model] = StageTransition,
    stay_model: type[models.Model] = StageStay,
    project_model: type[models.Model] = Project,
    using: str | None = None,
) -> None:
    """Recompute the stays and ``stages_reached`` of ``project_ids`` (every project without
    it) from the transitions.

    The models can be given as a migration's historical models (the data migration).
    """
    using = using or router.db_for_write(stay_model)
    connection = connections[using]
    quote = connection.ops.quote_name
    tables = (
        quote(transition_model._meta.db_table),
        quote(stay_model._meta.db_table),
        quote(project_model._meta.db_table),
    )
    if project_ids is None:
        batches = [[]]
    else:
        ids = sorted({int(pk) for pk in project_ids})
        batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        for params in batches:
            matching = f"{{}} IN ({', '.join(['%s'] * len(params))})" if params else "1 = 1"
            for statement in _refresh_sql(connection.vendor, *tables, matching):
                # The id condition appears once or twice in a statement.
                uses = statement.count(matching.format("")) if params else 0
                cursor.execute(statement, params * uses)
