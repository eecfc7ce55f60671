"""Registering a feed: the poll interval stays within a month, so polling keeps working."""

import pytest
from django.test import Client
from django.utils import timezone

from investdesk.accounts.choices import Role
from investdesk.ingest.models import MAX_POLL_MINUTES, Feed
from investdesk.ingest.tasks import feeds_due

pytestmark = pytest.mark.django_db


def test_a_poll_interval_past_a_month_is_refused_and_polling_still_runs(make_user):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_user(Role.ANALYST))
    data = {
        "form": "feed",
        "feed-url": "https://example.org/rss.xml",
        "feed-title": "Новости Югры",
        "feed-poll_interval_minutes": "1000000000000",
    }
    response = client.post("/ingest/", data)
    assert response.status_code == 200
    assert "poll every, minutes" in response.content.decode().lower()
    assert "Новости Югры" in response.content.decode()  # what was typed is kept
    assert not Feed.objects.exists()

    data["feed-poll_interval_minutes"] = str(MAX_POLL_MINUTES)
    assert client.post("/ingest/", data).status_code == 302
    Feed.objects.update(last_polled_at=timezone.now())
    assert feeds_due() == []  # computed without running past the calendar
