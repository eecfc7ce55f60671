"""The background queue against the real Redis on the machine (as in production)."""

import uuid

import pytest
from huey import RedisHuey

from investdesk.core.tests.helpers import redis_available
from investdesk.documents.models import Document
from investdesk.ingest.tasks import ingest_sources

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.mark.skipif(not redis_available(REDIS_URL), reason="no Redis on 127.0.0.1:6379")
@pytest.mark.django_db(transaction=True)
def test_a_job_enqueued_in_redis_is_executed_by_a_worker(tmp_path):
    queue = RedisHuey(f"investdesk-test-{uuid.uuid4().hex}", url=REDIS_URL)
    try:
        task = queue.task()(ingest_sources)
        path = tmp_path / "release.txt"
        path.write_text(
            "Правительство Югры и компания «Северный кремний» обсудили строительство завода "
            "по переработке кварца в Нягани. Стороны договорились продолжить переговоры.",
            encoding="utf-8",
        )
        result = task([str(path)])
        assert queue.pending_count() == 1
        message = queue.dequeue()  # what a worker process on another machine would do
        queue.execute(message)
        outcomes = result.get()
        assert [o["status"] for o in outcomes] == ["created"]
        assert Document.objects.get().title.startswith("Правительство Югры")
        assert queue.pending_count() == 0
    finally:
        queue.storage.flush_all()
