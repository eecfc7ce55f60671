"""Sector classes of round 17: the role of the phrase that names a sector.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: a sector word that describes the background (what a region's economy rests on,
the industries a product goes to, an event's title, what national leaders agreed, what a
project is meant to serve, goods flowing out of a place) is not the subject of the news;
a sector word that describes the subject (a zone's public works, products for building,
a centre for supplying farm produce) is. Also general vocabulary gaps.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a region's economic profile
        (
            "Основу экономики края составляет угольная промышленность. Губернатор "
            "встретился с делегацией партнёров и обсудил сотрудничество.",
            "mining",
        ),
        # the industries a product goes to
        (
            "Комбинат выпускает титановые сплавы, которые широко применяются в "
            "авиастроении и энергетике.",
            "energy",
        ),
        # the title of an event
        (
            "Соглашение подписали в рамках форума регионального сотрудничества и развития туризма.",
            "tourism",
        ),
        # what heads of state agreed
        (
            "Лидеры двух стран ранее договорились расширять сотрудничество по нефти и "
            "газу. Губернатор провёл встречу с послом.",
            "oil_gas",
        ),
        # what a project is meant to serve
        (
            "Стороны обсудили строительство моста через реку, который должен снизить "
            "затраты на грузоперевозки.",
            "logistics",
        ),
        # goods flowing out of a place
        (
            "Промышленный парк работает на электроэнергии, экспортируемой из соседней страны.",
            "export_promotion",
        ),
        # a coined brand says nothing of its trade
        ("Губернатор посетил производственную площадку компании «Агровинтекс».", "agriculture"),
        # the goods a terminal handles
        ("В порту области построят новый зерновой терминал.", "agriculture"),
        # a plant's own storage
        ("Инвестор построит в промзоне новый завод и склады.", "logistics"),
        # the type of a zone
        ("В портовой особой экономической зоне зарегистрированы новые резиденты.", "logistics"),
        # deposits named with ores are not oil and gas
        (
            "Компания подписала соглашение об освоении месторождений на территории "
            "района и создании горнорудного кластера.",
            "oil_gas",
        ),
    ],
)
def test_background_roles_are_not_sectors(text: str, sector: str) -> None:
    assert sector not in _sectors(text)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # the subject of the news keeps its sector
        (
            "Основу экономики края составляет угольная промышленность. Инвестор "
            "построит новый угольный разрез.",
            "mining",
        ),
        (
            "Власти начали строительство инженерной инфраструктуры промышленной зоны.",
            "construction",
        ),
        ("Фонд представил проект строительства выставочного центра в столице.", "construction"),
        ("Новый завод выпускает продукцию для строительной отрасли.", "construction"),
        (
            "Стороны обсудили создание центра для поставок сельскохозяйственной продукции.",
            "agriculture",
        ),
        ("Соглашение подписали компания «Вектор» и ТЛК «Северный».", "logistics"),
        ("Стороны обсудили строительство моста через реку.", "construction"),
        # vocabulary
        ("В переговорах участвовали нефтяники двух республик.", "oil_gas"),
        ("Губернатор поблагодарил за выполнение программы догазификации.", "oil_gas"),
        ("Резидент наладит производство домокомплектов.", "construction"),
        ("Компания выпускает сантехническое оборудование и изделия.", "construction"),
        ("На базе завода построят производство редкоземельных металлов.", "metallurgy"),
        ("Новый цех будет выпускать пластификаторы.", "chemicals"),
        ("Инвестор займётся развитием порта и нефтебазы.", "oil_gas"),
        ("В зоне запустили производство жестяных аэрозольных баллонов.", "metallurgy"),
        ("Делегация осмотрела завод стекловолокна.", "construction"),
        ("Компания наладит выпуск тест-систем для лабораторий.", "pharma"),
    ],
)
def test_subject_roles_and_vocabulary_are_sectors(text: str, sector: str) -> None:
    assert sector in _sectors(text)


def test_generic_deposits_stay_oil_and_gas_alone() -> None:
    assert "oil_gas" in _sectors("Компания займётся освоением месторождений на шельфе.")


def test_sanitary_ware_and_cans_are_not_machine_building() -> None:
    assert "machine_building" not in _sectors("Компания выпускает сантехническое оборудование.")
    assert "machine_building" not in _sectors("Завод выпускает жестяные аэрозольные баллоны.")
