"""On SQLite, an index on each engagement's span in days (``ENGAGEMENT_SPAN_SQLITE_DAYS``).

The calendar and the home page ask for the longest engagement on every request
(``EngagementQuerySet.overlapping``); without this index SQLite computed it over every row
(two seconds at scale 100). The expression uses only SQLite's built-in julianday(), so the
table stays writable by any SQLite client. PostgreSQL has its own (migration 0006).
"""

from django.db import migrations


def create_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "engagement_span_days_idx" ON "engagements_engagement" '
        '((julianday("end_date") - julianday("start_date")))'
    )


def drop_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "engagement_span_days_idx"')


class Migration(migrations.Migration):
    dependencies = [("engagements", "0006_calendar_and_span_indexes")]

    operations = [migrations.RunPython(create_span_index, drop_span_index, elidable=False)]
