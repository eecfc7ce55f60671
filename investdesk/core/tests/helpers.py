"""Test helpers for view tests shared by the registry apps."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx)


def assert_constant_queries(
    client, url: str, add_rows: Callable[[int], None], django_assert_num_queries
) -> int:
    """Same query count for a page with 2 and with 20 related rows; returns the count."""
    add_rows(2)
    client.get(url)  # warm caches (content types, ...) so the counts compare like with like
    baseline = count_queries(client, url)
    add_rows(18)
    with django_assert_num_queries(baseline):
        response = client.get(url)
    assert response.status_code == 200
    return baseline
