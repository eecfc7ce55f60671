"""SQLite: the trigram index the engagements picker narrows its search with
(``core.substring``; PostgreSQL has its trigram indexes)."""

from django.db import migrations

from investdesk.core.substring import substring_index_operations


class Migration(migrations.Migration):
    dependencies = [("engagements", "0006_calendar_and_span_indexes")]

    operations = substring_index_operations("engagements_engagement", ["title"])
