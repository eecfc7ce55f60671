"""The columns of documents in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("title", "Название"),
    Column("kind", "Вид"),
    Column("source_name", "Источник"),
    Column("source_url", "Ссылка"),
    Column("published_on", "Дата публикации"),
    Column("review_status", "Разбор"),
]
