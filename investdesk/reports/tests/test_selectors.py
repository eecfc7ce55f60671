import datetime
from decimal import Decimal

import pytest

from investdesk.projects.models import Project, StageTransition
from investdesk.reports.currency import currency_rate_at, to_roubles
from investdesk.reports.selectors import DashboardFilters, dashboard_data

from .conftest import NOW

pytestmark = pytest.mark.django_db


def by_key(rows, value="count"):
    return {row["key"]: row[value] for row in rows if row.get(value)}


def test_currency_rate_is_the_latest_valid_at_the_date(dataset):
    assert currency_rate_at("CNY", datetime.date(2024, 12, 31)) is None
    assert currency_rate_at("CNY", datetime.date(2025, 12, 31)) == Decimal("11.5")
    assert currency_rate_at("CNY", datetime.date(2026, 1, 1)) == Decimal("12")
    assert currency_rate_at("RUB", datetime.date(2000, 1, 1)) == Decimal(1)
    assert to_roubles(Decimal("10"), "USD", datetime.date(2025, 6, 1)) == Decimal("900.00")
    assert to_roubles(Decimal("10"), "EUR", datetime.date(2025, 6, 1)) is None


def test_funnel_counts_and_capex_in_roubles(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    assert by_key(data.funnel) == {"lead": 1, "negotiations": 1, "declined": 1}
    # CNY 1 000 000 at 11.5; EUR has no rate so it is left out, not added as roubles.
    assert by_key(data.funnel, "capex") == {
        "negotiations": Decimal("11500000.00"),
        "declined": Decimal("500000000.00"),
    }
    # Independently: current stage of each project, read one by one.
    independent = {}
    for project in Project.objects.select_related("stage"):
        independent[project.stage.code] = independent.get(project.stage.code, 0) + 1
    assert by_key(data.funnel) == independent
    assert len(data.funnel) == 11


def test_breakdowns_by_direction_country_municipality(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    assert by_key(data.by_direction) == {"quartz": 2, "oil_refining": 1}
    assert by_key(data.by_direction, "capex") == {
        "quartz": Decimal("511500000.00"),
        "oil_refining": Decimal("500000000.00"),
    }
    assert by_key(data.by_country) == {"CN": 1, "RU": 1, "DE": 1}
    assert by_key(data.by_country, "capex") == {
        "CN": Decimal("11500000.00"),
        "RU": Decimal("500000000.00"),
    }
    municipalities = {row["label"]: row["count"] for row in data.by_municipality}
    assert municipalities.pop("Нягань") == 1
    assert municipalities.pop("Ханты-Мансийск") == 1
    assert list(municipalities.values()) == [1]  # the project without a municipality


def test_engagements_per_month_count_top_level_confirmed_only(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    assert by_key(data.engagements_per_month) == {"2025-08": 1, "2025-09": 1}


def test_conversion_between_stages(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    rows = {row["key"]: (row["reached"], row["moved"], row["percent"]) for row in data.conversion}
    assert rows["lead-qualification"] == (3, 2, Decimal("66.7"))
    # p2 skipped qualification: it still counts as having passed it.
    assert rows["qualification-negotiations"] == (2, 2, Decimal("100.0"))
    assert rows["negotiations-site_visit"] == (2, 0, Decimal("0.0"))
    assert rows["site_visit-support"] == (0, 0, None)
    # Independently from the transitions: projects with any open stage at order >= N.
    reached_lead = {
        t.project_id for t in StageTransition.objects.filter(to_stage__is_closing=False)
    }
    assert len(reached_lead) == 3


def test_median_days_in_stage(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    medians = by_key(data.median_days, "median_days")
    # lead: p1 10 d, p2 20 d, p3 30 d (still there) → 20
    assert medians["lead"] == Decimal("20.0")
    assert medians["qualification"] == Decimal("30.0")
    # negotiations: p1 52 d (still there), p2 11 d → 31.5
    assert medians["negotiations"] == Decimal("31.5")
    assert medians["declined"] == Decimal("183.0")
    assert "site_visit" not in medians


def test_commitments_and_overdue_tasks(dataset):
    data = dashboard_data(DashboardFilters(), now=NOW)
    assert by_key(data.commitments) == {"kept": 1, "overdue": 1, "open": 1, "broken": 1}
    owners = {row["key"]: row["count"] for row in data.overdue_tasks}
    assert owners == {dataset.c1.pk: 2, dataset.c2.pk: 1}


def test_direction_filter_applies_to_every_figure(dataset):
    data = dashboard_data(DashboardFilters(direction=dataset.quartz), now=NOW)
    assert by_key(data.funnel) == {"negotiations": 1, "declined": 1}
    assert by_key(data.by_direction) == {"quartz": 2, "oil_refining": 1}
    assert by_key(data.engagements_per_month) == {"2025-08": 1}
    assert by_key(data.commitments) == {"kept": 1, "overdue": 1, "open": 1}
    assert {row["key"]: row["count"] for row in data.overdue_tasks} == {
        dataset.c1.pk: 1,
        dataset.c2.pk: 1,
    }


def test_country_curator_and_period_filters(dataset):
    china = dashboard_data(DashboardFilters(country="CN"), now=NOW)
    assert by_key(china.funnel) == {"negotiations": 1}
    assert by_key(china.engagements_per_month) == {"2025-08": 1}

    curator = dashboard_data(DashboardFilters(curator=dataset.c1), now=NOW)
    assert by_key(curator.funnel) == {"lead": 1, "negotiations": 1}
    assert {row["key"]: row["count"] for row in curator.overdue_tasks} == {dataset.c1.pk: 2}

    summer = dashboard_data(
        DashboardFilters(date_from=datetime.date(2025, 6, 1), date_to=datetime.date(2025, 8, 31)),
        now=NOW,
    )
    assert by_key(summer.funnel) == {"negotiations": 1}
    assert by_key(summer.engagements_per_month) == {"2025-08": 1}
    assert summer.overdue_tasks == []


def test_dashboard_query_count_is_constant(dataset, django_assert_num_queries):
    with django_assert_num_queries(10):
        dashboard_data(DashboardFilters(direction=dataset.quartz, country="CN"), now=NOW)
