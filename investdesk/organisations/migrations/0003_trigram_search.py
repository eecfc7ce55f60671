"""Trigram indexes for the list search (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("organisations", "0002_contact_details")]

    operations = [
        *trigram_index_operations(
            "organisations_organisation", ["name", "name_original", "short_name"]
        ),
        *trigram_index_operations("organisations_organisationalias", ["alias"]),
    ]
