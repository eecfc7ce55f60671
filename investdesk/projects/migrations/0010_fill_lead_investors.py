"""Fill each project's lead investor from the participants already recorded."""

from django.db import migrations

from investdesk.projects.leads import lead_investors_refresh


def fill(apps, schema_editor) -> None:
    lead_investors_refresh(
        participant_model=apps.get_model("projects", "ProjectParticipant"),
        project_model=apps.get_model("projects", "Project"),
        using=schema_editor.connection.alias,
    )


def empty(apps, schema_editor) -> None:
    alias = schema_editor.connection.alias
    apps.get_model("projects", "Project").objects.using(alias).update(lead_investor=None)


class Migration(migrations.Migration):
    dependencies = [("projects", "0009_lead_investor")]

    operations = [migrations.RunPython(fill, empty)]
