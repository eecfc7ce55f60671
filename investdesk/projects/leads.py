"""``Project.lead_investor``: derived from the participants, kept right by their writers.

A project's lead investor is its first recorded investor, or its first recorded
co-investor when it has no investor (the rule of the dashboard's projects by country).
Every write that adds, removes or re-points a participant calls ``lead_investors_refresh``
with the projects concerned: ``project_add_participant``, ``project_set_participants``,
``project_create`` (through them), the organisation merge, the admin's participant inline
and ``generate`` (which sets the column as it writes); ``investdesk rebuild_lead_investors``
and the data migration recompute it for every project. The organisation is referenced,
not its country: a change of country needs nothing recomputed (the dashboard joins the
organisation), and deleting an organisation that leads a project is refused (merge it).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connections, models, router, transaction

from .choices import ParticipantRole
from .models import Project, ProjectParticipant

BATCH = 500  # project ids per statement (SQLite allows a limited number of parameters)


def lead_investor_sql(participants: str) -> str:
    """SQL of (project_id, organisation_id) of each project's lead investor, for the
    participants matching ``{}`` (a condition on ``project_id``); three role parameters."""
    return f"""
        SELECT project_id, organisation_id FROM (
            SELECT project_id, organisation_id, ROW_NUMBER() OVER (
                PARTITION BY project_id
                ORDER BY CASE WHEN role = %s THEN 0 ELSE 1 END, id
            ) AS position
            FROM {participants} WHERE role IN (%s, %s) AND {{}}
        ) ranked WHERE position = 1
    """


def lead_investors_refresh(
    *,
    project_ids: Iterable[int] | None = None,
    participant_model: type[models.Model] = ProjectParticipant,
    project_model: type[models.Model] = Project,
    using: str | None = None,
) -> None:
    """Recompute ``lead_investor`` of ``project_ids`` (every project without it) from the
    participants: one ``UPDATE … FROM`` per batch, writing only the rows that change.

    The models can be given as a migration's historical models (the data migration).
    """
    using = using or router.db_for_write(project_model)
    connection = connections[using]
    quote = connection.ops.quote_name
    projects = quote(project_model._meta.db_table)
    distinct = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    if project_ids is None:
        batches: list[list[int]] = [[]]
    else:
        ids = sorted({int(pk) for pk in project_ids})
        batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    roles = [str(ParticipantRole.INVESTOR), str(ParticipantRole.INVESTOR)]
    roles.append(str(ParticipantRole.CO_INVESTOR))
    with transaction.atomic(using=using), connection.cursor() as cursor:
        for params in batches:
            matching = f"{{}} IN ({', '.join(['%s'] * len(params))})" if params else "1 = 1"
            lead = lead_investor_sql(quote(participant_model._meta.db_table)).format(
                matching.format("project_id")
            )
            sql = f"""
                UPDATE {projects} SET lead_investor_id = lead.organisation_id
                FROM {projects} project LEFT JOIN ({lead}) lead ON lead.project_id = project.id
                WHERE {projects}.id = project.id AND {matching.format("project.id")}
                  AND {projects}.lead_investor_id {distinct} lead.organisation_id
            """
            cursor.execute(sql, [*roles, *params, *params])
