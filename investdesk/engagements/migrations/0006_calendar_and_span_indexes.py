"""The calendar's index, and on PostgreSQL the index on each engagement's span.

``engagement_span_idx`` is on the very expression Django writes for
``ENGAGEMENT_SPAN`` on PostgreSQL, so that ``MAX`` of it is one index read. SQLite gets
no such index: its expression calls a Python function Django registers per connection,
which would make the table unwritable to any other SQLite client.
"""

from django.db import migrations, models


def create_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "engagement_span_idx" ON "engagements_engagement" '
        "((interval '1 day' * (\"end_date\" - \"start_date\")))"
    )


def drop_span_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "engagement_span_idx"')


class Migration(migrations.Migration):
    dependencies = [("engagements", "0005_month_index")]

    operations = [
        migrations.AddIndex(
            model_name="engagement",
            index=models.Index(
                condition=models.Q(("status", "cancelled"), _negated=True),
                fields=["start_date", "end_date", "id"],
                include=["status"],
                name="engagement_calendar_idx",
            ),
        ),
        migrations.RunPython(create_span_index, drop_span_index, elidable=False),
    ]
