"""The columns of organisations in exports and imports (``core.columns``)."""

from investdesk.core.columns import Column, names_of

COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("name", "Наименование"),
    Column("name_original", "Наименование на языке оригинала"),
    Column("short_name", "Краткое наименование"),
    Column("kind", "Тип"),
    Column("country", "Страна"),
    Column("inn", "ИНН"),
    Column("ogrn", "ОГРН"),
    Column("registration_number", "Иностранный регистрационный номер"),
    Column("website", "Сайт"),
    Column("municipality__name", "Муниципальное образование"),
    Column("directions", "Отрасли", names_of("directions")),
    Column("aliases", "Другие наименования", names_of("aliases")),
    Column("description", "Описание"),
]
