"""The columns of support cases in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("organisation__name", "Заявитель"),
    Column("subject", "Запрошенная поддержка"),
    Column("applied_on", "Дата обращения"),
    Column("status", "Статус"),
    Column("project", "Проект"),
    Column("curator", "Куратор"),
    Column("first_open_target", "Ближайший срок"),
    Column("late_open_steps", "Просрочено шагов"),
]
