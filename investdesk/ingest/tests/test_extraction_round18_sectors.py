"""Sector classes of round 18.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: a foreign country's exports and export in a sentence of trade dynamics are not
export promotion; a hotel being built is no tourism; a store listed among a plant's
premises is the plant's; agricultural machinery and tyres are no farming or
petrochemicals; the making trades' adjectives and household appliances are machine
building; a meeting held in a digital format is no IT.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Почётный консул напомнил, что за пять лет объём казахстанского экспорта в "
            "область возрос вдвое.",
            "export_promotion",
        ),
        (
            "Губернатор отметил, что положительную динамику показывают экспортные поставки "
            "предприятий края.",
            "export_promotion",
        ),
        (
            "Министр рассказал о ходе строительства нового корпуса колледжа, а также "
            "отеля, которые возводят инвесторы в центре города.",
            "tourism",
        ),
        (
            "Технопарк будет включать производственные, административные и складские "
            "помещения для резидентов.",
            "logistics",
        ),
        (
            "За год на площадке построили цех, столовую, склад и другие производственные "
            "помещения.",
            "logistics",
        ),
        (
            "Стороны обсудили поставки техники сельского хозяйства в соседнюю область.",
            "agriculture",
        ),
        (
            "Компания Вектор запустила новую линию по выпуску шин для грузовиков.",
            "petrochemicals",
        ),
        (
            "Встреча представителей деловых кругов прошла в цифровом формате.",
            "it",
        ),
    ],
)
def test_not_the_sector(text: str, sector: str) -> None:
    assert sector not in _sectors(text)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a market named after the export word stays promotion
        (
            "Предприятия края наращивают экспорт в Китай и представят продукцию на выставке.",
            "export_promotion",
        ),
        (
            "Делегация посетит станкостроительный завод и автомобилестроительное "
            "предприятие в соседней провинции.",
            "machine_building",
        ),
        (
            "На новом заводе будут выпускать холодильники и другую бытовую технику.",
            "machine_building",
        ),
        (
            "Гости форума разместились в новом отеле на берегу озера.",
            "tourism",
        ),
        (
            "Компания откроет логистический центр со складами класса А.",
            "logistics",
        ),
    ],
)
def test_the_sector(text: str, sector: str) -> None:
    assert sector in _sectors(text)


def test_hotel_being_built_is_no_tourism() -> None:
    sectors = _sectors(
        "Инвестиционная фирма занимается строительством торговых центров, отелей и "
        "офисных зданий в столице."
    )
    assert "tourism" not in sectors


def test_hotel_as_the_project_stays_tourism() -> None:
    assert "tourism" in _sectors("Инвестор построит у озера гостиницу на сто мест.")
