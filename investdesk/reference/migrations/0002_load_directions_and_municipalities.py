"""Reference data: the direction taxonomy and the municipalities of Khanty-Mansi Autonomous Okrug – Yugra."""

from django.db import migrations

DIRECTIONS = [
    ("quartz", "Кварц и его глубокая переработка", "Quartz and its deep processing"),
    ("oil_refining", "Нефтепереработка", "Oil refining"),
    ("petrochemicals", "Нефтехимия", "Petrochemicals"),
    ("oil_gas", "Добыча нефти и газа", "Oil and gas production"),
    ("machine_building", "Машиностроение", "Machine building"),
    ("mining", "Горнодобывающая промышленность", "Mining"),
    ("timber", "Лесопромышленный комплекс", "Timber industry"),
    ("agriculture", "Сельское хозяйство", "Agriculture"),
    ("food", "Пищевая промышленность", "Food industry"),
    ("chemicals", "Химическая промышленность", "Chemicals"),
    ("energy", "Энергетика", "Energy"),
    ("construction", "Строительство и стройматериалы", "Construction and building materials"),
    ("logistics", "Транспорт и логистика", "Transport and logistics"),
    ("it", "Информационные технологии", "Information technology"),
    ("tourism", "Туризм", "Tourism"),
    ("pharma", "Фармацевтика и медицина", "Pharmaceuticals and medicine"),
    ("metallurgy", "Металлургия", "Metallurgy"),
    ("export_promotion", "Продвижение экспорта", "Export promotion"),
    ("other", "Прочее", "Other"),
]

# City districts (городские округа) and municipal districts (муниципальные районы) of Yugra,
# with the coordinates of their administrative centres.
MUNICIPALITIES = [
    ("Ханты-Мансийск", "city", "61.004200", "69.001900"),
    ("Сургут", "city", "61.254000", "73.396200"),
    ("Нижневартовск", "city", "60.934400", "76.553100"),
    ("Нефтеюганск", "city", "61.099800", "72.603500"),
    ("Когалым", "city", "62.265400", "74.479100"),
    ("Нягань", "city", "62.146500", "65.381400"),
    ("Мегион", "city", "61.029600", "76.113600"),
    ("Лангепас", "city", "61.253600", "75.180800"),
    ("Радужный", "city", "62.134200", "77.458400"),
    ("Пыть-Ях", "city", "60.758500", "72.836500"),
    ("Урай", "city", "60.129600", "64.803900"),
    ("Покачи", "city", "61.742200", "75.594200"),
    ("Югорск", "city", "61.312400", "63.336700"),
    ("Белоярский район", "district", "63.712100", "66.677200"),
    ("Берёзовский район", "district", "63.933500", "65.042300"),
    ("Кондинский район", "district", "59.600000", "65.933300"),
    ("Нефтеюганский район", "district", "60.988600", "71.879200"),
    ("Нижневартовский район", "district", "61.300000", "77.500000"),
    ("Октябрьский район", "district", "62.457300", "66.051200"),
    ("Советский район", "district", "61.361400", "63.579700"),
    ("Сургутский район", "district", "61.600000", "72.700000"),
    ("Ханты-Мансийский район", "district", "60.800000", "69.500000"),
]


def load(apps, schema_editor):
    Direction = apps.get_model("reference", "Direction")
    Municipality = apps.get_model("reference", "Municipality")
    for order, (code, name_ru, name_en) in enumerate(DIRECTIONS, start=1):
        Direction.objects.update_or_create(
            code=code, defaults={"name_ru": name_ru, "name_en": name_en, "order": order * 10}
        )
    for name, kind, lat, lon in MUNICIPALITIES:
        Municipality.objects.update_or_create(
            name=name, defaults={"kind": kind, "latitude": lat, "longitude": lon}
        )


def unload(apps, schema_editor):
    apps.get_model("reference", "Direction").objects.filter(
        code__in=[code for code, _, _ in DIRECTIONS]
    ).delete()
    apps.get_model("reference", "Municipality").objects.filter(
        name__in=[name for name, *_ in MUNICIPALITIES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
