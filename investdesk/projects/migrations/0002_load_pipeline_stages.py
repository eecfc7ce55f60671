"""Reference data: the pipeline stages, from lead to operating, and the closing states."""

from django.db import migrations

STAGES = [
    ("lead", "Лид", "Lead", False),
    ("qualification", "Квалификация", "Qualification", False),
    ("negotiations", "Первый контакт и переговоры", "First contact and negotiations", False),
    ("site_visit", "Выбор площадки и визит", "Site selection and site visit", False),
    ("support", "Меры поддержки", "Support measures", False),
    ("agreement", "Соглашение подписано", "Agreement signed", False),
    ("implementation", "Реализация", "Implementation", False),
    ("operating", "Эксплуатация и сопровождение", "Operating (aftercare, expansion)", False),
    ("on_hold", "Приостановлен", "On hold", True),
    ("declined", "Отклонён", "Declined", True),
    ("completed", "Завершён", "Completed", True),
]


def load(apps, schema_editor):
    PipelineStage = apps.get_model("projects", "PipelineStage")
    for order, (code, name_ru, name_en, is_closing) in enumerate(STAGES, start=1):
        PipelineStage.objects.update_or_create(
            code=code,
            defaults={
                "name_ru": name_ru,
                "name_en": name_en,
                "order": order * 10,
                "is_closing": is_closing,
            },
        )


def unload(apps, schema_editor):
    apps.get_model("projects", "PipelineStage").objects.filter(
        code__in=[code for code, *_ in STAGES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
