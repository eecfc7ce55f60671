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


@pytest.mark.parametrize("worker_language", ["en", "ru"])
def test_the_notice_follows_the_recipients_language_not_the_workers(make_user, worker_language):
    """The worker may run with any language active: the notice is written in the language
    the recipient chose for messages (Russian, the site default, when none is chosen)."""
    from investdesk.notifications.services import notification_preferences_save

    russian = make_user("curator")
    english = make_user("curator", username="english-curator")
    notification_preferences_save(user=english, language="en", digest_hour=8, channels={})
    url = "http://10.0.0.1/press"
    with translation.override(worker_language):
        ingest_sources([url], russian.pk)
        ingest_sources([url], english.pk)
    in_russian = Notification.objects.get(recipient=russian)
    assert in_russian.title == f"Не удалось загрузить {url}: не прочитан 1 документ"
    assert in_russian.body == f"Не удалось загрузить {url}."
    assert in_russian.language == "ru"
    in_english = Notification.objects.get(recipient=english)
    assert in_english.title == f"Ingestion of {url} failed: 1 document was not read"
    assert in_english.body == f"{url} could not be fetched."
