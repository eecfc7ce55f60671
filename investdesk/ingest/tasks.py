"""Background jobs (Huey): ingestion from the web and the feed poller.

The embedded default keeps the queue in a SQLite file and needs only a worker process
(`investdesk run_huey`); with HUEY_REDIS_URL set, workers on several machines share Redis.
"""

import datetime

from django.conf import settings
from django.utils import timezone, translation
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from investdesk.accounts.history import acting_as
from investdesk.accounts.models import User
from investdesk.notifications.selectors import languages_for

from .models import Feed
from .pipeline import run_ingest
from .services import feed_record_poll, ingest_failures_notify


def ingest_sources(sources: list[str], user_id: int | None = None) -> list[dict]:
    """Ingest sources as a background job would; returns the outcomes as plain dicts.

    The user who queued them is notified of the sources that could not be read. The job
    runs in that user's language for messages (the site's default without a user), not in
    whichever language the worker has active, so the reasons read in the notice (composed
    as each source fails) are in the recipient's language.
    """
    user = User.objects.filter(pk=user_id).first() if user_id else None
    language = languages_for([user.pk])[user.pk] if user is not None else settings.LANGUAGE_CODE
    # History names the user who asked for the job, or the system user.
    with translation.override(language), acting_as(user):
        outcomes = run_ingest(sources, user=user)
        if user is not None:
            ingest_failures_notify(user=user, sources=list(sources), outcomes=outcomes)
    return [outcome.__dict__ for outcome in outcomes]


ingest_sources_task = db_task(retries=2, retry_delay=60)(ingest_sources)


def feeds_due(now: datetime.datetime | None = None) -> list[Feed]:
    now = now or timezone.now()
    return [
        feed
        for feed in Feed.objects.filter(is_active=True)
        if feed.last_polled_at is None
        or feed.last_polled_at + datetime.timedelta(minutes=feed.poll_interval_minutes) <= now
    ]


def poll_feed(feed: Feed) -> list[dict]:
    with acting_as():
        outcomes = run_ingest([feed.url])
        # Each message says only that an address could not be fetched (ingest.fetch).
        feed_record_poll(feed=feed, errors=[o.message for o in outcomes if o.status == "error"])
    return [o.__dict__ for o in outcomes]


@db_periodic_task(crontab(minute="*/5"))
def poll_feeds_task() -> int:
    """Every five minutes, poll the feeds whose interval has passed."""
    due = feeds_due()
    for feed in due:
        poll_feed(feed)
    return len(due)
