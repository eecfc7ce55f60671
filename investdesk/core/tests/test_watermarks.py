"""Reading what changed since a watermark (``core.watermarks``), through its two readers:
the search index refresh and the duplicate name keys.

The race (PostgreSQL only): a transaction that drew a lower history id but commits after a
refresh has read a higher one must still be picked up by a later refresh.
"""

import threading
import time
from collections.abc import Callable

import pytest
from django.db import connection, connections, transaction

from investdesk.core import watermarks
from investdesk.core.watermarks import Gap, Mark, changed_since, history_table, latest_marks
from investdesk.dataexchange.duplicate_keys import duplicate_keys_refresh
from investdesk.dataexchange.models import DuplicateNames, DuplicateWatermark, NameKind
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_update
from investdesk.organisations.tests.factories import make_organisation
from investdesk.search.models import SearchEntry, SearchWatermark
from investdesk.search.services import search_refresh_stale

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="commit order differs from id order only there"
)
SOURCE = [(Organisation, "id")]
TABLE = history_table(Organisation)


def _search_title(organisation: Organisation) -> str:
    return SearchEntry.objects.get(entity_type="organisation", object_id=organisation.pk).title


def _duplicate_names(organisation: Organisation) -> str:
    return DuplicateNames.objects.get(kind=NameKind.ORGANISATION, record_id=organisation.pk).names


READERS: dict[str, tuple[Callable[[], object], Callable[[Organisation], str], type]] = {
    "search": (search_refresh_stale, _search_title, SearchWatermark),
    "duplicates": (
        lambda: duplicate_keys_refresh(NameKind.ORGANISATION),
        _duplicate_names,
        DuplicateWatermark,
    ),
}


def _kept(watermark: type, history_id: int) -> bool:
    """Whether ``history_id`` is among the stored watermark's gaps."""
    gaps = watermark.objects.get(source=TABLE).gaps
    return any(first <= history_id <= last for first, last, _noticed, _xmax in gaps)


def _rename_held(organisation: Organisation, name: str, *, commit: bool):
    """Rename in a thread's own transaction, which waits after writing its history row
    until released; then commits (or rolls back). Returns (inserted, release, thread)."""
    inserted, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    class Rollback(Exception):
        pass

    def run() -> None:
        try:
            with transaction.atomic():
                organisation_update(
                    organisation=Organisation.objects.get(pk=organisation.pk),
                    changes={"name": name},
                )
                inserted.set()
                assert release.wait(60)
                if not commit:
                    raise Rollback
        except Rollback:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            inserted.set()
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.errors = errors  # type: ignore[attr-defined]
    thread.start()
    assert inserted.wait(60)
    assert not errors, errors
    return release, thread


@postgresql_only
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("reader", list(READERS))
def test_a_lower_history_id_committed_after_a_refresh_is_picked_up(reader):
    refresh, indexed, watermark = READERS[reader]
    early = make_organisation(name="Polar Quartz")
    late = make_organisation(name="Impulse Park")
    refresh()  # indexes the kind whole
    release, thread = _rename_held(early, "Quartz Technologies", commit=True)
    # Committed while the first transaction holds a lower history id, not yet visible.
    organisation_update(organisation=late, changes={"name": "Impulse Park Yugra"})
    refresh()
    assert "yugra" in indexed(late).lower()
    assert "polar" in indexed(early).lower()
    held = late.history.latest("history_id").history_id - 1  # drawn just before
    assert _kept(watermark, held)
    release.set()
    thread.join(60)
    assert not thread.errors
    refresh()
    assert "technologies" in indexed(early).lower()
    assert not _kept(watermark, held)


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_id_is_given_up_once_its_transaction_has_ended(monkeypatch):
    early = make_organisation(name="Polar Quartz")
    late = make_organisation(name="Impulse Park")
    search_refresh_stale()
    release, thread = _rename_held(early, "Quartz Technologies", commit=False)
    organisation_update(organisation=late, changes={"name": "Impulse Park Yugra"})
    search_refresh_stale()
    release.set()
    thread.join(60)
    held = late.history.latest("history_id").history_id - 1
    assert _kept(SearchWatermark, held)
    search_refresh_stale()  # within the grace: still read
    assert _kept(SearchWatermark, held)
    assert "polar" in _search_title(early).lower()
    # Past the grace the gap goes once no transaction older than its noticing runs; other
    # sessions of a shared server may hold that back, so the age bound is used here.
    monkeypatch.setattr(watermarks, "GAP_MAX_AGE", 0)
    search_refresh_stale()
    assert SearchWatermark.objects.get(source=TABLE).gaps == []


@pytest.mark.django_db
@pytest.mark.parametrize("reader", list(READERS))
def test_nothing_changed_costs_two_queries(reader, django_assert_num_queries):
    refresh, _indexed, watermark = READERS[reader]
    make_organisation(name="Polar Quartz")
    refresh()
    # A gap still open (PostgreSQL keeps it; SQLite never stores one) costs no query more.
    newest = watermark.objects.get(source=TABLE).last_history_id
    watermark.objects.filter(source=TABLE).update(
        last_history_id=newest + 10, gaps=[[newest + 5, newest + 5, time.time(), None]]
    )
    refresh()  # SQLite drops the gap
    with django_assert_num_queries(2):
        refresh()


@pytest.mark.django_db
def test_a_gap_that_fills_names_its_record_and_closes():
    first = make_organisation(name="Polar Quartz")
    second = make_organisation(name="Impulse Park")
    ids = list(Organisation.history.order_by("history_id").values_list("history_id", "id"))
    (first_id, _), (second_id, _) = ids
    # As if the first row had been invisible when the watermark moved past it.
    mark = Mark(second_id, [Gap(first_id, first_id, time.time(), None)])
    changes = changed_since(SOURCE, {TABLE: mark})
    assert changes[TABLE].record_ids == {first.pk}
    assert changes[TABLE].mark == Mark(second_id, [])
    assert second.pk not in changes[TABLE].record_ids
    assert changed_since(SOURCE, {TABLE: changes[TABLE].mark}) == {}


@pytest.mark.django_db
def test_a_deleted_history_row_leaves_a_gap_only_where_it_may_still_appear():
    organisations = [make_organisation(name=f"Организация {n}") for n in range(4)]
    ids = list(Organisation.history.order_by("history_id").values_list("history_id", flat=True))
    Organisation.history.filter(history_id=ids[2]).delete()
    changes = changed_since(SOURCE, {TABLE: Mark(ids[0])})[TABLE]
    assert changes.record_ids == {organisations[1].pk, organisations[3].pk}
    assert changes.mark.last == ids[3]
    gaps = [(gap.first, gap.last) for gap in changes.mark.gaps]
    if connection.vendor == "postgresql":
        assert gaps == [(ids[2], ids[2])]
        assert changes.mark.gaps[0].xmax is not None
    else:  # one writer at a time: a missing id never appears later
        assert gaps == []


@pytest.mark.django_db
def test_latest_marks_note_the_missing_ids_below_the_newest():
    [make_organisation(name=f"Организация {n}") for n in range(4)]
    ids = list(Organisation.history.order_by("history_id").values_list("history_id", flat=True))
    Organisation.history.filter(history_id__in=ids[1:3]).delete()
    mark = latest_marks(SOURCE)[TABLE]
    assert mark.last == ids[3]
    if connection.vendor == "postgresql":
        assert (mark.gaps[-1].first, mark.gaps[-1].last) == (ids[1], ids[2])
    else:
        assert mark.gaps == []


def test_gaps_less_the_ids_seen_are_split():
    gap = Gap(10, 20, 1.0, 7)
    assert watermarks._without([gap], {10, 15, 20, 30}) == [
        Gap(11, 14, 1.0, 7),
        Gap(16, 19, 1.0, 7),
    ]
    assert watermarks._without([gap], set()) == [gap]


@pytest.mark.django_db
def test_open_gaps_are_bounded_by_age_count_and_ended_transactions(monkeypatch):
    if connection.vendor != "postgresql":
        assert watermarks._still_open([Gap(1, 1, time.time(), 5)], 3, time.time()) == []
        return
    now = 1_000_000.0
    young = Gap(1, 1, now - 10, xmax=100)
    ended = Gap(2, 2, now - watermarks.GAP_GRACE - 1, xmax=100)
    running = Gap(3, 3, now - watermarks.GAP_GRACE - 1, xmax=200)
    old = Gap(4, 4, now - watermarks.GAP_MAX_AGE - 1, xmax=200)
    # xmin 150: the transactions running when `ended` was noticed have all ended.
    assert watermarks._still_open([young, ended, running, old], 150, now) == [young, running]
    monkeypatch.setattr(watermarks, "MAX_GAPS", 2)
    many = [Gap(n, n, now - 100 + n, xmax=200) for n in range(5, 10)]
    assert watermarks._still_open(many, 150, now) == many[-2:]
