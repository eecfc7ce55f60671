"""Bulk loads leave the planner what it needs: statistics, and GIN indexes without pending lists."""

import pytest
from django.db import connection

from investdesk.core.bulk import BulkWriter
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL GIN indexes"),
]

INDEX = "organisations_organisation_name_trgm"


def _pending_pages_merged() -> int:
    """Merges the index's pending list; how many pages it held."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [INDEX])
        return cursor.fetchone()[0]


def test_analyse_merges_the_trigram_indexes_pending_lists():
    for n in range(20):
        organisation_create(name=f"Северинвест {n}", kind="investor")
    BulkWriter().analyse([Organisation])
    assert _pending_pages_merged() == 0


def test_rows_written_wait_in_the_pending_list():
    """The check above can fail: new rows sit in the pending list until merged."""
    for n in range(20):
        organisation_create(name=f"Северинвест {n}", kind="investor")
    assert _pending_pages_merged() > 0
