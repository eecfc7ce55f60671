"""SQLite: the trigram index the task list search narrows its search with
(``core.substring``; PostgreSQL has its trigram indexes)."""

from django.db import migrations

from investdesk.core.substring import substring_index_operations


class Migration(migrations.Migration):
    dependencies = [("tasks", "0006_open_tasks_by_deadline_indexes")]

    operations = substring_index_operations("tasks_task", ["title"])
