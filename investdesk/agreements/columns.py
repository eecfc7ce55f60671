"""The columns of agreements in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column, names_of

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("kind", "Вид"),
    Column("title", "Название"),
    Column("number", "Номер"),
    Column("signed_on", "Дата подписания"),
    Column("valid_until", "Действует до"),
    Column("parties", "Стороны", names_of("parties")),
    Column("project", "Проект"),
    Column("engagement", "Подписано на"),
    Column("obligation_count", "Обязательств"),
    Column("open_obligation_count", "Открытых обязательств"),
]
