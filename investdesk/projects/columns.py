"""The columns of projects in exports and imports (``core.columns``)."""

from investdesk.core.columns import LIST_SEPARATOR, Column, names_of

from .choices import ParticipantRole


def _investors(project) -> str:
    return LIST_SEPARATOR.join(
        str(p.organisation)
        for p in project.participants.all()
        if p.role == ParticipantRole.INVESTOR
    )


COLUMNS: list[Column] = [
    Column("id", "ID"),
    Column("title", "Название"),
    Column("code_name", "Кодовое название"),
    Column("stage__code", "Стадия"),
    Column("investors", "Инвесторы", _investors),
    Column("directions", "Направления", names_of("directions")),
    Column("municipality__name", "Муниципальное образование"),
    Column("site__name", "Площадка"),
    Column("lead_source", "Источник"),
    Column("capex_planned", "Инвестиции (план)"),
    Column("currency", "Валюта"),
    Column("jobs_planned", "Рабочие места (план)"),
    Column("next_step", "Следующий шаг"),
    Column("next_step_due", "Срок следующего шага"),
]
