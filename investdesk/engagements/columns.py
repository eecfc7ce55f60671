"""The columns of engagements in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column, names_of

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("title", "Название"),
    Column("kind", "Вид"),
    Column("status", "Статус"),
    Column("start_date", "Дата начала"),
    Column("end_date", "Дата окончания"),
    Column("venue", "Место"),
    Column("municipality__name", "Муниципальное образование"),
    Column("organisations", "Организации", names_of("organisations")),
    Column("directions", "Направления", names_of("directions")),
    Column("summary", "Краткое содержание"),
]
