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


@pytest.mark.parametrize("cap", [1_000, 3])
@pytest.mark.parametrize("order", [("name", "pk"), ("-name", "-pk"), ("kind", "name", "pk")])
def test_pages_cut_after_matching_equal_plain_pages(monkeypatch, cap, order):
    """The page's keys read by a query no index can order (PostgreSQL) give the same rows in
    the same order as a plain slice, page by page, below and above the count's cap."""
    from investdesk.core import pagination

    for n, name in enumerate(["Бета", "альфа", "Альфа", "Бета", "гамма", "Альфа-2", "бета"]):
        organisation_create(name=f"{name} {n}", kind="investor" if n % 2 else "government")
    monkeypatch.setattr(pagination, "MATCH_FIRST_ROWS", 10**6)  # the estimate lets it run
    rows = Organisation.objects.filter(name__icontains="а").order_by(*order)
    expected = list(rows.values_list("pk", flat=True))
    plain = CappedPaginator(rows, 2, cap=cap)
    matched = CappedPaginator(rows, 2, cap=cap, match_first=True)
    assert plain.num_pages == matched.num_pages > 1
    pages = []
    for number in plain.page_range:
        with CaptureQueriesContext(connection) as context:
            page = [o.pk for o in matched.page(number)]
        assert page == [o.pk for o in plain.page(number)]
        pages += page
        if connection.vendor == "postgresql":
            assert any(" || '')" in q["sql"] for q in context.captured_queries)
    assert pages == expected[: len(pages)]


def test_broad_searches_keep_the_plain_page(monkeypatch):
    """Above the estimate (a broad search) the page is a plain slice: the order's index
    finds its rows within a few."""
    from investdesk.core import pagination

    for n in range(5):
        organisation_create(name=f"Организация {n}", kind="investor")
    monkeypatch.setattr(pagination, "MATCH_FIRST_ROWS", 0)
    rows = Organisation.objects.filter(name__icontains="орг").order_by("name", "pk")
    paginator = CappedPaginator(rows, 2, cap=3, match_first=True)
    with CaptureQueriesContext(connection) as context:
        assert [o.name for o in paginator.page(1)] == ["Организация 0", "Организация 1"]
    assert not any(" || '')" in q["sql"] for q in context.captured_queries)


def test_distinct_lists_cut_after_matching_equal_plain_pages(monkeypatch):
    """A DISTINCT list (a partner's engagements): Django wraps the page's key query so it
    still returns the key alone."""
    from investdesk.core import pagination

    for n in range(5):
        organisation_create(name=f"Организация {n}", kind="investor")
    monkeypatch.setattr(pagination, "MATCH_FIRST_ROWS", 10**6)
    rows = Organisation.objects.filter(name__icontains="орг").distinct().order_by("-name", "-pk")
    paginator = CappedPaginator(rows, 2, match_first=True)
    assert [o.name for o in paginator.page(2)] == ["Организация 2", "Организация 1"]
    assert [o.name for o in paginator.page(3)] == ["Организация 0"]


@pytest.mark.parametrize("walk_rows", [0, 2, 5, 100])
@pytest.mark.parametrize("order", [("name", "pk"), ("-name", "-pk")])
def test_broad_searches_walk_a_bounded_prefix(monkeypatch, walk_rows, order):
    """A broad search's page is looked for among the first rows of the list before its
    filters (a row bound on the whole order, PostgreSQL); found there or not (then the
    matches are sorted), every page equals the plain slice's."""
    from investdesk.core import pagination

    names = ["Бета", "Пси", "Альфа", "Бета", "Ро", "Альфа-2", "бета", "Хи", "дельта", "Эпсилон"]
    for n, name in enumerate(names):
        organisation_create(name=f"{name} {n}", kind="investor" if n % 2 else "government")
    monkeypatch.setattr(pagination, "MATCH_FIRST_ROWS", 0)  # every search is broad
    monkeypatch.setattr(pagination, "WALK_ROWS", walk_rows)
    monkeypatch.setattr(pagination, "WALK_ROWS_PER_ROW", 1)
    base = Organisation.objects.all()
    rows = base.filter(name__icontains="а").order_by(*order)
    in_order = [o.name for o in base.order_by(*order)]
    plain = CappedPaginator(rows, 2, cap=3)
    walked = CappedPaginator(rows, 2, cap=3, match_first=True, walk_base=base)
    assert plain.num_pages == walked.num_pages == 2
    for number in plain.page_range:
        with CaptureQueriesContext(connection) as context:
            page = [o.pk for o in walked.page(number)]
        assert page == [o.pk for o in plain.page(number)]
        if connection.vendor == "postgresql":
            sqls = [q["sql"] for q in context.captured_queries]
            assert any("ROW(" in sql for sql in sqls)
            # The walk finds the page when the rows up to the bound hold it; else the
            # matches are sorted.
            top = min(number * 2, 3)
            bound = walk_rows + top
            found = bound < len(in_order) and sum("а" in n for n in in_order[: bound + 1]) >= top
            assert any(" || '')" in sql for sql in sqls) is not found
