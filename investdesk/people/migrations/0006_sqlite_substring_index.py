"""SQLite: the trigram index the people picker and list search narrow their search with
(``core.substring``; PostgreSQL has its trigram indexes)."""

from django.db import migrations

from investdesk.core.substring import substring_index_operations


class Migration(migrations.Migration):
    dependencies = [("people", "0005_autocomplete_prefix")]

    operations = substring_index_operations(
        "people_person", ["last_name", "first_name", "patronymic", "name_original", "position"]
    )
