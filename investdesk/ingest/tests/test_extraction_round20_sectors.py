"""Sector classes of round 20.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes (precision): the needs of an industry and the trades of attending representatives
are customers and guests; exports reported as a fact are background; a national
project's title is a programme title; a former site's trade is history; a capitals
abbreviation read as a case of a shorter one is not that one; goods after a handling
noun are a facility's cargo; a range of spheres picks none. Vocabulary: nuclear
technology, reindeer herding, robotics, rolling mills, geosynthetics and others.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Новый цех выпустит трансформаторы и закроет треть потребности энергетиков "
            "страны в такой технике.",
            "energy",
        ),
        (
            "На открытии склада присутствовали глава района и представители аграрных предприятий.",
            "agriculture",
        ),
        (
            "Фабрика открыла новую линию. Продукция фабрики экспортируется в двадцать стран.",
            "export_promotion",
        ),
        (
            "Встреча прошла в рамках национального проекта «Туризм и гостеприимство».",
            "tourism",
        ),
        (
            "Инвестор разместит цех упаковки на территории бывшего «Агрокомплекса».",
            "agriculture",
        ),
        (
            "Проект новой линии упаковки одобрила КРСУ.",
            "agriculture",
        ),
        (
            "Порт построит склады для хранения 40 тыс. т рыбной продукции.",
            "food",
        ),
        (
            "Фонд готов вкладывать средства в десятки отраслей от туризма до сельского хозяйства.",
            "tourism",
        ),
    ],
)
def test_passing_mentions_are_not_sectors(text: str, sector: str) -> None:
    assert sector not in _sectors(text)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Компания будет экспортировать станки в Казахстан.", "export_promotion"),
        ("Губернатор и инвестор обсудили развитие оленеводства в районе.", "agriculture"),
        ("Стороны договорились о сотрудничестве в области ядерных технологий.", "energy"),
        ("Предприятие начнёт выпуск промышленных роботов в технопарке.", "machine_building"),
        ("В городе построят колесопрокатный стан.", "metallurgy"),
        ("Завод будет выпускать геосинтетические материалы для дорог.", "construction"),
        ("Инвестор откроет производство ветролопастей.", "energy"),
        ("Компания наладит выпуск жидкокристаллических панелей.", "it"),
        ("Гости осмотрят предприятия медицинской промышленности края.", "pharma"),
    ],
)
def test_named_sectors_are_found(text: str, sector: str) -> None:
    assert sector in _sectors(text)


def test_hygiene_paper_is_not_pharma() -> None:
    sectors = _sectors("Инвестор построит фабрику бумажно-гигиенической продукции.")
    assert "pharma" not in sectors
