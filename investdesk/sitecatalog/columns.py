"""The columns of sites in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column, names_of

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("name", "Наименование"),
    Column("kind", "Тип"),
    Column("status", "Статус"),
    Column("municipality__name", "Муниципальное образование"),
    Column("address", "Адрес"),
    Column("latitude", "Широта"),
    Column("longitude", "Долгота"),
    Column("operator__name", "Оператор"),
    Column("area_ha", "Площадь, га"),
    Column("free_area_ha", "Свободная площадь, га"),
    Column("power_mw", "Мощность, МВт"),
    Column("directions", "Подходящие направления", names_of("directions")),
    Column("preferences", "Преференции"),
]
