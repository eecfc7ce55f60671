"""Two SQLite-only indexes for the calendar and the home page (PostgreSQL has its own, 0006).

- ``engagement_span_days_idx`` on each engagement's span in days
  (``ENGAGEMENT_SPAN_SQLITE_DAYS``): the calendar and the home page ask for the longest
  engagement on every request (``EngagementQuerySet.overlapping``); without it SQLite
  computed it over every row (two seconds at scale 100). Only SQLite's built-in julianday()
  is used, so the table stays writable by any SQLite client.
- ``engagement_dates_status_idx`` on (start_date, end_date, status): the calendar counts
  the held and planned engagements per (start, end) from it alone. SQLite cannot use the
  partial ``engagement_calendar_idx`` for ``status IN (?, ?)`` with bound values (nor its
  INCLUDE) and read every row of the period from the table (150 ms for a month).
"""

from django.db import migrations


def create_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "engagement_span_days_idx" ON "engagements_engagement" '
        '((julianday("end_date") - julianday("start_date")))'
    )
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "engagement_dates_status_idx" ON "engagements_engagement" '
        '("start_date", "end_date", "status")'
    )


def drop_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "engagement_span_days_idx"')
    schema_editor.execute('DROP INDEX IF EXISTS "engagement_dates_status_idx"')


class Migration(migrations.Migration):
    dependencies = [("engagements", "0007_sqlite_substring_index")]

    operations = [migrations.RunPython(create_span_index, drop_span_index, elidable=False)]
