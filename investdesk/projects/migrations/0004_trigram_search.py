"""Trigram indexes for the list search (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("projects", "0003_history_of_partner_access")]

    operations = [
        *trigram_index_operations("projects_project", ["title", "code_name"]),
    ]
