"""On SQLite, an index of the tasks that carry a commitment.

A person's timeline reads the tasks of the person's commitments. Most tasks have none, so
SQLite's statistics give the foreign key's index hundreds of thousands of rows a value and
it started from the users instead, reading every task of every assignee (0.54 s at scale
100). A partial index holds only the tasks with a commitment: SQLite starts there and the
query reads a few rows. PostgreSQL plans it well from its own statistics and gets none.
"""

from django.db import migrations


def create_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "task_with_commitment_idx" ON "tasks_task" ("commitment_id") '
        'WHERE "commitment_id" IS NOT NULL'
    )


def drop_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "task_with_commitment_idx"')


class Migration(migrations.Migration):
    dependencies = [("tasks", "0008_sqlite_due_status_index")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
