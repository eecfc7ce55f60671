"""Pages that must not grow with the data: constant query counts and index-served plans.

Data comes from the synthetic generator (``demodata.synthetic``) so every list has rows of
every kind. Timing is measured by ``bench/`` scripts, never asserted here.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from investdesk.accounts.choices import Role
from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.demodata.synthetic import generate
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.tests.factories import make_person
from investdesk.projects.models import Project
from investdesk.reports.selectors import DashboardFilters, compute_dashboard

pytestmark = pytest.mark.django_db

# Searched and filtered lists (the words occur in the synthetic names).
LISTS = [
    "/organisations/",
    "/organisations/?q=север",
    "/people/",
    "/people/?q=иванов",
    "/projects/",
    "/projects/?q=проект",
    "/engagements/",
    "/engagements/?q=переговоры",
    "/tasks/",
    "/tasks/?q=поручение",
]

# Filtered lists (to-many filters as pk IN (subquery), core.filters), with values the
# generated data has (``_filter_values``) so every size renders rows.
FILTERED = [
    "/organisations/?directions={organisation_direction}",
    "/people/?organisation_kind={person_organisation_kind}",
    "/projects/?stage={project_stage}",
    "/projects/?directions={project_direction}&sort=-updated",
    "/engagements/?kind={engagement_kind}",
    "/engagements/?directions={engagement_direction}",
    "/engagements/?organisations={engagement_organisation}",
    "/tasks/?status={task_status}",
]


def _filter_values() -> dict[str, object]:
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person
    from investdesk.tasks.models import Task

    def first(queryset, field):
        return queryset.order_by("pk").values_list(field, flat=True).first()

    return {
        "organisation_direction": first(Organisation.directions.through.objects, "direction_id"),
        "person_organisation_kind": first(
            Person.objects.exclude(organisation=None), "organisation__kind"
        ),
        "project_stage": first(Project.objects, "stage_id"),
        "project_direction": first(Project.directions.through.objects, "direction_id"),
        "engagement_kind": first(Engagement.objects, "kind"),
        "engagement_direction": first(Engagement.directions.through.objects, "direction_id"),
        "engagement_organisation": first(
            Engagement.organisations.through.objects, "organisation_id"
        ),
        "task_status": first(Task.objects, "status"),
    }


def _add(n: int) -> None:
    generate(scale=n / 1000, seed=n)


@pytest.fixture
def leader_client(client, make_user):
    client.force_login(make_user(Role.LEADERSHIP, Role.ADMIN))
    return client


@pytest.mark.parametrize("url", LISTS)
def test_list_query_count_does_not_grow(leader_client, url):
    assert_constant_queries(leader_client, url, _add)


@pytest.mark.parametrize("url", FILTERED)
def test_filtered_list_query_count_does_not_grow(leader_client, url):
    _add(1)  # values some records have, so both counts render rows
    assert_constant_queries(leader_client, url.format(**_filter_values()), _add)


def test_duplicates_page_constant(leader_client):
    # Candidates at both sizes (records of pairs are loaded in one query per kind).
    make_organisation(name="Полярный кварц")
    make_organisation(name="Polyarnyy Kvarts")
    make_person(last_name="Захаров", first_name="Максим")
    make_person(last_name="Zakharov", first_name="Maksim")
    assert_constant_queries(leader_client, "/dataexchange/duplicates/", _add)


def test_dashboard_at_most_eleven_queries():
    _add(5)
    with CaptureQueriesContext(connection) as context:
        data = compute_dashboard(DashboardFilters())
    assert len(context.captured_queries) <= 11
    assert any(row["median_days"] is not None for row in data.median_days)


# --- PostgreSQL plans ---------------------------------------------------------------------

# The tables that grow with the data: a list must reach them through an index.
BIG_TABLES = {
    "organisations_organisation",
    "organisations_organisationalias",
    "organisations_organisation_directions",
    "people_person",
    "projects_project",
    "projects_project_directions",
    "projects_projectparticipant",
    "projects_stagetransition",
    "engagements_engagement",
    "engagements_engagement_organisations",
    "engagements_engagement_projects",
    "engagements_engagement_directions",
    "engagements_engagementparticipant",
    "tasks_task",
    "dataexchange_duplicatekey",
    "dataexchange_duplicateblock",
    "dataexchange_duplicatenames",
}


def _seq_scans(plan: dict) -> list[str]:
    found = []
    if plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") in BIG_TABLES:
        found.append(plan["Relation Name"])
    for child in plan.get("Plans", []):
        found.extend(_seq_scans(child))
    return found


def sequential_scans_of(sql: str) -> list[str]:
    """Big tables a query reads by a sequential scan even when scans are discouraged.

    With ``enable_seqscan = off`` the planner takes any index path it has, whatever the
    table size, so a sequential scan left in the plan means no index can serve that
    condition: at a million rows the query would read them all.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
        (raw,) = cursor.fetchone()
        cursor.execute("SET LOCAL enable_seqscan = on")
    plan = raw if isinstance(raw, list) else json.loads(raw)
    return _seq_scans(plan[0]["Plan"])


def scans_of_second_request(
    client, url: str, *, between: Callable[[], object] | None = None
) -> dict[str, list[str]]:
    """The SELECTs of the second request of ``url`` (the first one warms caches and brings
    derived tables up to date; ``between`` runs after it) that scan a big table, with the
    tables they scan."""
    client.get(url)
    if between is not None:
        between()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return {
        query["sql"][:300]: tables
        for query in context.captured_queries
        if query["sql"].lstrip().upper().startswith("SELECT")
        and (tables := sequential_scans_of(query["sql"]))
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
@override_settings(DEBUG=True)
@pytest.mark.parametrize(
    "url", [*LISTS, *FILTERED, "/organisations/?kind=investor", "/engagements/?q=форум"]
)
def test_list_queries_use_indexes(leader_client, url):
    _add(5)
    scans = scans_of_second_request(leader_client, url.format(**_filter_values()))
    assert not scans, scans


DETAIL_MODELS = ["organisation", "person", "project", "engagement", "task"]


def _newest_detail_url(kind: str) -> str:
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person
    from investdesk.tasks.models import Task

    model = {
        "organisation": Organisation,
        "person": Person,
        "project": Project,
        "engagement": Engagement,
        "task": Task,
    }[kind]
    return model.objects.order_by("-pk").first().get_absolute_url()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
@override_settings(DEBUG=True)
@pytest.mark.parametrize("kind", DETAIL_MODELS)
def test_detail_queries_use_indexes(leader_client, kind):
    """A record's page reaches its neighbours through indexes (the organisation timeline's
    ``organisation = x OR project IN (subquery)`` once scanned every task)."""
    _add(5)
    scans = scans_of_second_request(leader_client, _newest_detail_url(kind))
    assert not scans, scans


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
@override_settings(DEBUG=True)
def test_duplicates_queries_use_indexes(leader_client):
    """The duplicates page reads blocks of stored keys, the records named by new history
    rows and equal ИНН/ОГРН through indexes (the keys are brought up to date first)."""
    _add(5)
    scans = scans_of_second_request(
        leader_client,
        "/dataexchange/duplicates/",
        # A change for the refresh to read.
        between=lambda: make_organisation(name="Полярный кварц"),
    )
    assert not scans, scans


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
def test_plan_check_can_fail():
    """The check sees a scan where no index helps (a condition on an unindexed column)."""
    assert "engagements_engagement" in sequential_scans_of(
        "SELECT id FROM engagements_engagement WHERE summary LIKE '%x%'"
    )


@pytest.mark.parametrize("kind", ["organisation", "person", "project"])
def test_timeline_cut_queries_take_ids_not_subqueries(kind):
    """The timeline's cut queries (``ORDER BY date LIMIT 100``) on the big tables filter by
    ids read first, never by ``IN (SELECT ...)``: with a subquery PostgreSQL may walk the
    date index through every engagement (the project page took 10 s at scale 100), and
    ``organisation = x OR project IN (SELECT ...)`` scans every task. Small test tables do
    not show those plans, so the shape of the SQL is what is checked."""
    from investdesk.home.timeline import PER_SOURCE_LIMIT, timeline_for
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person

    _add(5)
    model = {"organisation": Organisation, "person": Person, "project": Project}[kind]
    record = model.objects.order_by("-pk").first()
    with CaptureQueriesContext(connection) as context:
        timeline_for(record)
    big = ('FROM "engagements_engagement"', 'FROM "tasks_task"', 'FROM "projects_stagetransition"')
    cut = [
        query["sql"]
        for query in context.captured_queries
        if f"LIMIT {PER_SOURCE_LIMIT}" in query["sql"] and any(part in query["sql"] for part in big)
    ]
    assert cut
    assert not [sql for sql in cut if "(SELECT" in sql.upper()], cut
