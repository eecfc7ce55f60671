"""The site page's "projects this site would fit", one municipality at a time in the order
of the title everyone reads (PostgreSQL only: SQLite has no "C" collation to index, and
ranks its few projects at once; see ``selectors.projects_fitting_site``)."""

from django.db import migrations

INDEX = "project_fit_title_idx"


def forward(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    # The expression exactly as the selector's ORDER BY writes it (the shown title, lower
    # case, compared by code points), after the municipality; projects not archived only.
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "projects_project" ("municipality_id", '
        "(LOWER(CASE WHEN (\"confidentiality\" = 'confidential' AND NOT (\"code_name\" = ''))"
        ' THEN "code_name" ELSE "title" END) COLLATE "C"), "id") WHERE NOT "is_archived"'
    )


def backward(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [("projects", "0012_board_and_map_indexes")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
