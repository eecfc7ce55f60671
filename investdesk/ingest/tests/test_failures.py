"""A queued address that cannot be read: the user who queued it is told why."""

import pytest
from django.utils import translation

from investdesk.ingest.tasks import ingest_sources
from investdesk.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        # A refused address says only that it could not be fetched (no map of the network).
        ("http://10.0.0.1/press", "Не удалось загрузить http://10.0.0.1/press."),
        ("ftp://example.org/a", "ftp://example.org/a: загружать можно только адреса http и https."),
    ],
)
def test_the_user_who_queued_an_unreadable_address_is_notified_in_russian(make_user, url, reason):
    curator = make_user("curator")
    with translation.override("ru"):
        outcomes = ingest_sources([url], curator.pk)
    assert [o["status"] for o in outcomes] == ["error"]
    notice = Notification.objects.get()
    assert notice.recipient == curator
    assert notice.body == reason
    assert notice.title.startswith(f"Не удалось загрузить {url}")
    assert notice.url == "/ingest/"


def test_a_job_without_a_user_notifies_nobody(make_user):
    make_user("curator")
    ingest_sources(["http://10.0.0.1/press"])
    assert not Notification.objects.exists()
