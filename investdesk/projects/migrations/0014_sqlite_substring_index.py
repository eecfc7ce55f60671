"""SQLite: the trigram index the projects picker and list search narrow their search with
(``core.substring``; PostgreSQL has its trigram indexes)."""

from django.db import migrations

from investdesk.core.substring import substring_index_operations


class Migration(migrations.Migration):
    dependencies = [("projects", "0013_fit_title_index")]

    operations = substring_index_operations("projects_project", ["code_name", "title"])
