"""Error classes left after round 10 (issue 15, round 11).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: direction words beyond the keyword lists (coal, gas processing,
buses, a trade corridor, crops and herds, resorts), a sector word that is a place's name,
oil as the raw material of a refinery.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract


def _sectors(text: str) -> list[str]:
    return extract(text)["sectors"]


# ----------------------------------------------------------------------------- sectors


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Губернатор встретился с делегацией монгольской компании. Стороны обсудили "
            "поставки угля и строительство новой шахты.",
            "mining",
        ),
        (
            "Инвестор из Казахстана построит в регионе газоперерабатывающий завод.",
            "oil_gas",
        ),
        (
            "Китайский производитель намерен наладить выпуск автобусов и троллейбусов на "
            "площадке индустриального парка.",
            "machine_building",
        ),
        (
            "Стороны обсудили создание зернового коридора между двумя странами.",
            "logistics",
        ),
        (
            "Компания построит в районе ферму на две тысячи коров и будет выращивать пшеницу "
            "и кукурузу.",
            "agriculture",
        ),
        (
            "Инвестор из ОАЭ вложит средства в горнолыжный курорт и экотуризм.",
            "tourism",
        ),
        (
            "Партнёры договорились о строительстве ветроэнергетических установок и "
            "линий электропередачи.",
            "energy",
        ),
        (
            "Фабрика будет выпускать шоколад, конфеты и мороженое для торговых сетей.",
            "food",
        ),
        (
            "Резидент зоны займётся производством цемента и железобетонных изделий.",
            "construction",
        ),
        (
            "Белорусская сторона предложила поставки вагонов, локомотивов и "
            "электротехнического оборудования.",
            "machine_building",
        ),
    ],
)
def test_direction_words_beyond_the_old_lists(text: str, code: str) -> None:
    assert code in _sectors(text)


def test_a_sector_word_inside_a_place_name_is_a_name() -> None:
    text = (
        "Власти Ростовской области и инвестор обсудили проект в Шахтах. Речь идёт о "
        "производстве картона."
    )
    assert "mining" not in _sectors(text)


def test_oil_as_the_raw_material_of_a_refinery_is_oil_refining_only() -> None:
    text = "В области завершён проект глубокой переработки нефти стоимостью 5 млрд рублей."
    assert _sectors(text) == ["oil_refining"]
