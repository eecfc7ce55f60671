import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.projects.services import project_create
from investdesk.reports.selectors import DashboardFilters, dashboard_data
from investdesk.reports.tasks import dashboard_warm

pytestmark = pytest.mark.django_db


def test_warming_computes_the_dashboard_the_next_reader_gets(settings):
    project_create(title="Завод", stage="negotiations", capex_planned=1000)
    assert dashboard_warm() == len(settings.LANGUAGES)
    with CaptureQueriesContext(connection) as queries:
        data = dashboard_data(DashboardFilters())
    assert len(queries) == 1  # only the data-version check: the figures came from the cache
    negotiations = next(row for row in data.funnel if row["key"] == "negotiations")
    assert negotiations["count"] == 1
