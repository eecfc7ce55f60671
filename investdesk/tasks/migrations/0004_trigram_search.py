"""Trigram indexes for the list search (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("tasks", "0003_one_task_per_commitment_direction_and_obligation")]

    operations = [
        *trigram_index_operations("tasks_task", ["title"]),
    ]
