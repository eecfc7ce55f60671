"""List totals stop counting at a cap and say so ("more than N"); below it they are exact."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.accounts.choices import Role
from investdesk.core.pagination import CappedPaginator
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def five(db):
    for n in range(5):
        organisation_create(name=f"Организация {n}", kind="investor")


def test_exact_below_the_cap(five):
    paginator = CappedPaginator(Organisation.objects.order_by("name"), 2)
    assert (paginator.count, paginator.capped, paginator.num_pages) == (5, False, 3)


def test_stops_at_the_cap(five):
    paginator = CappedPaginator(Organisation.objects.order_by("name"), 2, cap=3)
    with CaptureQueriesContext(connection) as context:
        assert (paginator.count, paginator.capped, paginator.num_pages) == (3, True, 2)
    # One count, of the key only, reading no more than cap + 1 rows.
    (query,) = context.captured_queries
    assert "LIMIT 4" in query["sql"]
    assert '"name"' not in query["sql"]


def test_a_list_says_more_than_the_cap(client, make_user, five, monkeypatch):
    monkeypatch.setattr("investdesk.core.views.COUNT_CAP", 3)
    monkeypatch.setattr("investdesk.core.views.SEARCH_COUNT_CAP", 4)
    client.force_login(make_user(Role.LEADERSHIP))
    response = client.get("/organisations/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["total_count"] == 3
    assert response.context["total_capped"] is True
    assert "More than 3 records" in response.content.decode()
    # A search has its own (here larger) cap: all five match, four are counted.
    response = client.get("/organisations/?q=Организация")
    assert (response.context["total_count"], response.context["total_capped"]) == (4, True)
    response = client.get("/organisations/?kind=investor&q=Организация 1")
    assert (response.context["total_count"], response.context["total_capped"]) == (1, False)
