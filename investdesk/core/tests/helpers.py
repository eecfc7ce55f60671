"""Helpers shared by every app's tests: a logged-in web client, an API client, the API's URL map, query counts.

Records are made by each app's factories (``investdesk/<app>/tests/factories.py``).
"""

import datetime
from collections.abc import Callable

import redis
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

TODAY = datetime.date(2026, 3, 2)
API_URLCONF = "config.urls"


def login(user) -> Client:
    """A web client logged in as ``user``, asking for English pages."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def count_queries(call: Callable[[], object]) -> int:
    """The number of queries ``call()`` runs; its response must be a success."""
    with CaptureQueriesContext(connection) as context:
        response = call()
    assert response.status_code == 200, (response.status_code, response.content[:500])
    return len(context.captured_queries)


def rows_of(make: Callable[[], object]) -> Callable[[int], None]:
    """``add(n)`` for ``assert_constant_queries`` from a function that makes one row."""

    def add(n: int) -> None:
        for _ in range(n):
            make()

    return add


def assert_constant_queries(client, url: str, add: Callable[[int], object]) -> int:
    """Same query count for a page (or API list) with 2 and with 20 rows; returns the count.

    ``add(n)`` adds ``n`` rows; an API list must also count them.
    """
    add(2)
    client.get(url)  # warm caches (permissions, content types) so counts compare like with like
    small = count_queries(lambda: client.get(url))
    add(18)
    response = client.get(url)
    large = count_queries(lambda: client.get(url))
    data = getattr(response, "data", None)
    if isinstance(data, dict) and "count" in data:
        assert data["count"] >= 20, data["count"]
    assert small == large, f"{small} queries with 2 rows, {large} with 20"
    return small


def redis_available(url: str) -> bool:
    """Whether a Redis answers at ``url`` (tests of the real queue skip without one)."""
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False
