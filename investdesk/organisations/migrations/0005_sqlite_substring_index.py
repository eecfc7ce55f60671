"""SQLite: the trigram index the organisations picker and list search narrow their
search with (``core.substring``; PostgreSQL has its trigram indexes)."""

from django.db import migrations

from investdesk.core.substring import substring_index_operations


class Migration(migrations.Migration):
    dependencies = [("organisations", "0004_autocomplete_prefix")]

    operations = substring_index_operations(
        "organisations_organisation", ["name", "short_name", "name_original"]
    )
