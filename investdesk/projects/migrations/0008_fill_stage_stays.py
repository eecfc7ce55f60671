"""Fill the stage-stay table and the stages reached from the transitions already recorded."""

from django.db import migrations

from investdesk.projects.stays import stage_stays_refresh


def fill(apps, schema_editor) -> None:
    stage_stays_refresh(
        transition_model=apps.get_model("projects", "StageTransition"),
        stay_model=apps.get_model("projects", "StageStay"),
        project_model=apps.get_model("projects", "Project"),
        using=schema_editor.connection.alias,
    )


def empty(apps, schema_editor) -> None:
    alias = schema_editor.connection.alias
    apps.get_model("projects", "StageStay").objects.using(alias).all().delete()
    apps.get_model("projects", "Project").objects.using(alias).update(stages_reached=0)


class Migration(migrations.Migration):
    dependencies = [("projects", "0007_stage_stay")]

    operations = [migrations.RunPython(fill, empty)]
