"""Trigram indexes for the list search (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [
        *trigram_index_operations(
            "people_person", ["last_name", "first_name", "patronymic", "name_original", "position"]
        ),
    ]
