"""The columns of tasks in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("title", "Поручение"),
    Column("assignee", "Исполнитель"),
    Column("due_date", "Срок"),
    Column("status", "Статус"),
    Column("priority", "Приоритет"),
    Column("source", "Источник"),
    Column("project", "Проект"),
    Column("engagement", "Взаимодействие"),
    Column("organisation__name", "Организация"),
    Column("direction__name_ru", "Направление"),
    Column("completed_at", "Выполнено"),
]
