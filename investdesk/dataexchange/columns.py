"""Russian column headers shared by imports, exports and the Excel exports of list pages.

``COLUMNS[entity]`` is a list of ``(field_path, header)``; a field path follows relations
with ``__`` (``organisation__name``). An export edited in Excel imports back unchanged
because both directions use these headers.
"""

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "organisations": [
        ("id", "ID"),
        ("name", "Наименование"),
        ("name_original", "Наименование на языке оригинала"),
        ("short_name", "Краткое наименование"),
        ("kind", "Тип"),
        ("country", "Страна"),
        ("inn", "ИНН"),
        ("ogrn", "ОГРН"),
        ("registration_number", "Иностранный регистрационный номер"),
        ("website", "Сайт"),
        ("municipality__name", "Муниципальное образование"),
        ("directions", "Отрасли"),
        ("aliases", "Другие наименования"),
        ("description", "Описание"),
    ],
    "people": [
        ("id", "ID"),
        ("last_name", "Фамилия"),
        ("first_name", "Имя"),
        ("patronymic", "Отчество"),
        ("name_original", "Имя в оригинальном написании"),
        ("position", "Должность"),
        ("organisation__name", "Организация"),
    ],
    "sites": [
        ("id", "ID"),
        ("name", "Наименование"),
        ("kind", "Тип"),
        ("status", "Статус"),
        ("municipality__name", "Муниципальное образование"),
        ("address", "Адрес"),
        ("latitude", "Широта"),
        ("longitude", "Долгота"),
        ("operator__name", "Оператор"),
        ("area_ha", "Площадь, га"),
        ("free_area_ha", "Свободная площадь, га"),
        ("power_mw", "Мощность, МВт"),
        ("directions", "Подходящие направления"),
        ("preferences", "Преференции"),
    ],
    "projects": [
        ("id", "ID"),
        ("title", "Название"),
        ("code_name", "Кодовое название"),
        ("stage__code", "Стадия"),
        ("investors", "Инвесторы"),
        ("directions", "Направления"),
        ("municipality__name", "Муниципальное образование"),
        ("site__name", "Площадка"),
        ("lead_source", "Источник"),
        ("capex_planned", "Инвестиции (план)"),
        ("currency", "Валюта"),
        ("jobs_planned", "Рабочие места (план)"),
        ("next_step", "Следующий шаг"),
        ("next_step_due", "Срок следующего шага"),
    ],
    "engagements": [
        ("id", "ID"),
        ("title", "Название"),
        ("kind", "Вид"),
        ("status", "Статус"),
        ("start_date", "Дата начала"),
        ("end_date", "Дата окончания"),
        ("venue", "Место"),
        ("municipality__name", "Муниципальное образование"),
        ("organisations", "Организации"),
        ("directions", "Направления"),
        ("summary", "Краткое содержание"),
    ],
}

ENTITIES = tuple(COLUMNS)


def headers(entity: str) -> list[str]:
    return [header for _path, header in COLUMNS[entity]]
