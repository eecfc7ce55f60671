import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from investdesk.projects.services import project_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(make_user):
    return make_user("leadership", username="leader")


def test_dashboard_requires_login(client, dataset):
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_partner_cannot_see_dashboard_or_export(client, dataset, make_user):
    client.force_login(make_user("partner", username="partner"))
    assert client.get("/dashboard/").status_code == 403
    assert client.get("/dashboard/export.xlsx").status_code == 403


@pytest.mark.parametrize("role", ["leadership", "curator", "analyst", "admin"])
def test_readers_see_dashboard(client, dataset, make_user, role):
    client.force_login(make_user(role, username=f"u-{role}"))
    assert client.get("/dashboard/").status_code == 200


def test_dashboard_shows_figures_and_direction_filter_changes_funnel(client, dataset, leader):
    client.force_login(leader)
    response = client.get("/dashboard/")
    funnel = {row["key"]: row["count"] for row in response.context["data"].funnel}
    assert (funnel["lead"], funnel["negotiations"], funnel["declined"]) == (1, 1, 1)
    html = response.content.decode()
    # 500 000 000 roubles with Russian grouping (non-breaking spaces).
    assert "500\xa0000\xa0000" in html
    assert 'id="dashboard-data"' in html

    filtered = client.get("/dashboard/", {"direction": "quartz"})
    funnel = {row["key"]: row["count"] for row in filtered.context["data"].funnel}
    assert (funnel["lead"], funnel["negotiations"], funnel["declined"]) == (0, 1, 1)
    assert "direction=quartz" in filtered.content.decode()


def test_invalid_filters_fall_back_to_everything(client, dataset, leader):
    client.force_login(leader)
    response = client.get("/dashboard/", {"date_from": "2025-12-01", "date_to": "2025-01-01"})
    assert response.status_code == 200
    assert sum(row["count"] for row in response.context["data"].funnel) == 3


def test_dashboard_excel_is_read_back(client, dataset, leader):
    client.force_login(leader)
    # Converted at the rate valid at the end of the period: CNY 11.5 in 2025, 12 in 2026.
    response = client.get(
        "/dashboard/export.xlsx", {"direction": "quartz", "date_to": "2025-12-31"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert len(workbook.sheetnames) == 9
    funnel = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert len(funnel[0]) == 3
    counts = {row[0]: (row[1], row[2]) for row in funnel[1:]}
    assert counts["Первый контакт и переговоры"] == (1, 11500000)
    assert counts["Отклонён"][0] == 1
    assert counts["Лид"][0] == 0

    single = client.get("/dashboard/export.xlsx", {"chart": "tasks"})
    workbook = load_workbook(io.BytesIO(b"".join(single.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    # Today (not the fixed NOW of the selector tests) Т5 is overdue as well.
    assert sorted(rows[1:]) == [("Алексей Петров", 2), ("Ольга Иванова", 2)]


def test_dashboard_query_count_does_not_grow_with_data(
    client, dataset, leader, django_assert_max_num_queries
):
    client.force_login(leader)
    client.get("/dashboard/")  # warm the session and the content type caches
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()  # measure the computation, not a cache hit
    with CaptureQueriesContext(connection) as small:
        client.get("/dashboard/")
    for index in range(20):
        project_create(
            title=f"Проект {index}",
            directions=[dataset.quartz],
            capex_planned=Decimal(index),
            curator=dataset.c1,
        )
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        client.get("/dashboard/")
    assert len(large.captured_queries) == len(small.captured_queries)
    with django_assert_max_num_queries(20):
        client.get("/dashboard/")


def test_cached_dashboard_follows_every_change(client, dataset, leader):
    from investdesk.engagements.choices import CommitmentStatus
    from investdesk.engagements.models import Commitment
    from investdesk.engagements.services import commitment_set_status

    client.force_login(leader)

    def figures():
        data = client.get("/dashboard/").context["data"]
        return (
            {r["key"]: r["count"] for r in data.funnel if r["count"]},
            {r["key"]: r["count"] for r in data.commitments if r["count"]},
        )

    funnel, commitments = figures()
    assert figures() == (funnel, commitments)  # served from the cache
    project_create(title="Новый лид", curator=dataset.c1)
    assert figures()[0]["lead"] == funnel["lead"] + 1
    commitment = Commitment.objects.get(text="Проработать кварц")
    commitment_set_status(commitment=commitment, status=CommitmentStatus.KEPT)
    assert figures()[1]["kept"] == commitments["kept"] + 1
