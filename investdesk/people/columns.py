"""The columns of people in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("last_name", "Фамилия"),
    Column("first_name", "Имя"),
    Column("patronymic", "Отчество"),
    Column("name_original", "Имя в оригинальном написании"),
    Column("position", "Должность"),
    Column("organisation__name", "Организация"),
]
