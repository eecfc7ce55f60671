"""Each dashboard figure is cached on the tables it reads: a write recomputes only the
figures that read what it wrote, and every answer equals a computation from scratch."""

import dataclasses
import datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from investdesk.accounts.choices import Role
from investdesk.accounts.services import user_create
from investdesk.engagements.services import engagement_record
from investdesk.organisations.services import organisation_create, organisation_update
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.reports.selectors import DashboardFilters, compute_dashboard, dashboard_data
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create

pytestmark = pytest.mark.django_db


def figures(dashboard) -> dict:
    return {
        name: value
        for name, value in dataclasses.asdict(dashboard).items()
        if name not in ("filters", "rates_on")
    }


def read() -> tuple[dict, int]:
    """The cached dashboard, the number of figure queries it ran, and a check against a
    computation from scratch (at the start of the hour, as the cached one counts)."""
    with CaptureQueriesContext(connection) as queries:
        cached = dashboard_data(DashboardFilters())
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    assert figures(cached) == figures(compute_dashboard(DashboardFilters(), now=hour))
    return cached, len(queries) - 1  # the first is the data-version check


@pytest.fixture
def data():
    cache.clear()
    china = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    project = project_create(title="Кварц", investors=[china], capex_planned=1000)
    curator = user_create(username="curator", password=None, roles=[Role.CURATOR])
    return china, project, curator


def test_a_write_recomputes_only_the_figures_that_read_it(data):
    china, project, curator = data
    _, computed = read()
    assert computed == 10
    _, computed = read()
    assert computed == 0

    today = timezone.localdate()
    task_create(title="Позвонить", assignee=curator, due_date=today - datetime.timedelta(days=2))
    dashboard, computed = read()
    assert computed == 1  # the overdue tasks
    assert [row["count"] for row in dashboard.overdue_tasks] == [1]

    engagement_record(kind="negotiations", title="Встреча", start_date=today)
    _, computed = read()
    assert computed == 2  # engagements per month, commitments

    organisation_update(organisation=china, changes={"country": "DE"})
    dashboard, computed = read()
    assert computed == 2  # the rates and the projects by country
    assert [row["key"] for row in dashboard.by_country] == ["DE"]

    project_advance_stage(project=project, to_stage="qualification", user=None, reason="a")
    _, computed = read()
    assert computed == 7  # the rates, the stages and the six project figures in five


def test_rows_written_without_history_refresh_the_figures(data):
    read()
    call_command("generate", "--scale", "0.01", "--no-progress", verbosity=0)
    dashboard, computed = read()
    assert computed == 10
    assert sum(row["count"] for row in dashboard.engagements_per_month) > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit order")
def test_figures_are_kept_briefly_while_another_transaction_writes(monkeypatch):
    """A transaction that drew a lower history id than the newest seen and commits later
    does not change the key: while any other is writing, figures are cached briefly."""
    import psycopg

    from investdesk.reports import selectors

    timeouts = []
    set_many = cache.set_many
    monkeypatch.setattr(
        cache,
        "set_many",
        lambda data, timeout=None: (timeouts.append(timeout), set_many(data, timeout)),
    )
    cache.clear()
    dashboard_data(DashboardFilters())
    assert timeouts == [selectors.CACHE_SECONDS]

    params = connection.get_connection_params()
    with psycopg.connect(**{k: v for k, v in params.items() if k != "cursor_factory"}) as other:
        # What a write takes on its table, held until the transaction ends.
        other.execute(f"LOCK TABLE {Task._meta.db_table} IN ROW EXCLUSIVE MODE")
        cache.clear()
        dashboard_data(DashboardFilters())
        assert timeouts[-1] == selectors.IN_FLIGHT_CACHE_SECONDS
        other.rollback()
    cache.clear()
    dashboard_data(DashboardFilters())
    assert timeouts[-1] == selectors.CACHE_SECONDS
