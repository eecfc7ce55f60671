"""Trigram indexes for the list search (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("engagements", "0003_merge_history_and_commitment_status")]

    operations = [
        *trigram_index_operations("engagements_engagement", ["title", "venue"]),
    ]
