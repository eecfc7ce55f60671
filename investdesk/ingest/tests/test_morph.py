"""The genitive of multi-word names, which bodies take as their owner ('Посольство <genitive>')."""

from __future__ import annotations

import pytest

from investdesk.ingest import morph


@pytest.mark.parametrize(
    ("nominative", "genitive"),
    [
        ("Тюменская область", "Тюменской области"),
        ("Республика Татарстан", "Республики Татарстан"),
        ("Южная Корея", "Южной Кореи"),
        ("Сейшельские Острова", "Сейшельских Островов"),
        # a participle declines like an adjective (pymorphy reads it as PRTF, not ADJF)
        ("Объединённые Арабские Эмираты", "Объединённых Арабских Эмиратов"),
        ("Соединённые Штаты Америки", "Соединённых Штатов Америки"),
        ("Ханты-Мансийский автономный округ – Югра", "Ханты-Мансийского автономного округа – Югры"),
    ],
)
def test_genitive_phrase_declines_every_agreeing_word(nominative: str, genitive: str) -> None:
    assert morph.genitive_phrase(nominative) == genitive
