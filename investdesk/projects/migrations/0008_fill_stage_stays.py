"""Fill the stage-stay table from the stage transitions already recorded."""

from django.db import migrations

from investdesk.projects.stays import stage_stays_refresh


def fill(apps, schema_editor) -> None:
    stage_stays_refresh(
        transition_model=apps.get_model("projects", "StageTransition"),
        stay_model=apps.get_model("projects", "StageStay"),
        using=schema_editor.connection.alias,
    )


def empty(apps, schema_editor) -> None:
    apps.get_model("projects", "StageStay").objects.using(
        schema_editor.connection.alias
    ).all().delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0007_stage_stay")]

    operations = [migrations.RunPython(fill, empty)]
