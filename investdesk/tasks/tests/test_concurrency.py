"""Races on PostgreSQL: two threads, each with its own connection, do the same write at once.

SQLite serialises writers by itself; these tests need real row locks and so run only on
PostgreSQL (``DATABASE_URL=postgres://...``).
"""

import datetime
import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections
from django.db.utils import IntegrityError

from investdesk.agreements.services import ObligationSpec
from investdesk.agreements.tests.factories import make_agreement
from investdesk.core.services import ConcurrentUpdateError
from investdesk.engagements.services import CommitmentSpec
from investdesk.engagements.tests.factories import make_engagement
from investdesk.organisations.models import Organisation
from investdesk.organisations.tests.factories import make_organisation
from investdesk.reference.models import Direction
from investdesk.tasks.models import Task
from investdesk.tasks.services import commitment_create_tasks, obligation_create_task

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL"
    ),
]
DAY = datetime.date(2026, 3, 2)


def _race(call: Callable[[int], object]) -> list[object]:
    """Run ``call(0)`` and ``call(1)`` in two threads released together; their results."""
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = call(index)
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_edits_of_the_same_version_one_wins():
    from investdesk.organisations.services import organisation_update

    organisation = make_organisation(name="Импульс")
    version = organisation.version
    results = _race(
        lambda i: organisation_update(
            organisation=Organisation.objects.get(pk=organisation.pk),
            changes={"name": f"Импульс {i}"},
            expected_version=version,
        )
    )
    winners = [r for r in results if isinstance(r, Organisation)]
    losers = [r for r in results if isinstance(r, ConcurrentUpdateError)]
    assert (len(winners), len(losers)) == (1, 1), results
    stored = Organisation.objects.get(pk=organisation.pk)
    assert stored.name == winners[0].name
    assert stored.version == version + 1
    assert losers[0].current.version == version + 1


def test_double_submit_of_commitment_tasks_makes_one_task_per_direction(make_user):
    curator = make_user("curator")
    # A transactional test starts from an empty database: no reference data from migrations.
    directions = [
        Direction.objects.get_or_create(code=code, defaults={"name_ru": code, "name_en": code})[0]
        for code in ("quartz", "oil_refining")
    ]
    engagement = make_engagement(
        commitments=[CommitmentSpec(text="Проработать", directions=directions)]
    )
    commitment = engagement.commitments.get()
    results = _race(
        lambda _i: commitment_create_tasks(commitment=commitment, assignee=curator, due_date=DAY)
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(len(r) for r in results) == [0, 2]
    assert Task.objects.filter(commitment=commitment).count() == 2


def test_double_submit_of_an_obligation_task_makes_one_task(make_user):
    curator = make_user("curator")
    agreement = make_agreement(obligations=[ObligationSpec(text="Сделать", deadline=DAY)])
    obligation = agreement.obligations.get()
    results = _race(lambda _i: obligation_create_task(obligation=obligation, assignee=curator))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert results[0].pk == results[1].pk
    assert Task.objects.filter(obligation=obligation).count() == 1


def test_the_database_refuses_a_second_task_for_one_obligation(make_user):
    curator = make_user("curator")
    obligation = make_agreement().obligations.get()
    Task.objects.create(title="A", assignee=curator, due_date=DAY, obligation=obligation)
    with pytest.raises(IntegrityError):
        Task.objects.create(title="B", assignee=curator, due_date=DAY, obligation=obligation)
