"""Sector classes of round 21.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: 'связывать' is old ties between the sides only when ties are named
('связывают отношения'); a road that links two places leaves the news's sector alone.
'в области строительства' is the sphere only with the genitive: 'в Тульской области
началось строительство' is a region and a plant's works.
After 'для' an action with its goods ('для добычи глины') is the facility's own work and
people served ('для туристов') are the service's trade. A border crossing is logistics
when it is a cargo one ('грузовой пункт пропуска'). Vocabulary: made 'техника',
aviation products and systems.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


def test_named_ties_are_background() -> None:
    text = "Наши области давно связывает дружба и сотрудничество в сфере туризма."
    assert "tourism" not in _sectors(text)


def test_a_road_that_links_places_is_not_old_ties() -> None:
    text = (
        "Новая дорога, связывающая два района, пройдёт к строящемуся тепличному комплексу "
        "на сто гектаров."
    )
    assert "agriculture" in _sectors(text)


def test_a_region_called_oblast_is_not_the_sphere_of_building() -> None:
    # 'в ... области началось строительство': the region's name, then a plant's works
    text = "В Тульской области началось строительство нового завода по выпуску удобрений."
    assert "construction" not in _sectors(text)


def test_the_sphere_of_building_stays() -> None:
    text = "Компания работает в области строительства и ремонта дорог."
    assert "construction" in _sectors(text)


def test_an_action_after_for_is_the_facilitys_own_work() -> None:
    text = "Инвестор подготовит новую площадку для добычи глины."
    assert "mining" in _sectors(text)


def test_people_a_service_is_for_name_its_trade() -> None:
    text = "Город откроет новые пешеходные маршруты для иностранных туристов."
    assert "tourism" in _sectors(text)


def test_an_industry_after_for_stays_a_customer() -> None:
    text = "Завод выпускает линзы для оптической и авиационной промышленности."
    sectors = _sectors(text)
    assert "machine_building" not in sectors
    # the metallurgists are the gases' customers
    assert "metallurgy" not in sectors


def test_a_cargo_border_crossing_is_logistics() -> None:
    text = "Стороны обсудили модернизацию грузового пункта пропуска на границе."
    assert "logistics" in _sectors(text)


def test_border_crossings_for_travellers_are_not_logistics() -> None:
    text = "Губернатор и консул обсудили работу пунктов пропуска для туристических групп."
    assert "logistics" not in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Предприятие наладит выпуск снегоуборочной техники в новом цехе.",
        "Холдинг представил гостям авиационную продукцию своих заводов.",
        "Компания разрабатывает беспилотные авиационные системы для картографии.",
    ],
)
def test_made_vehicles_and_aircraft_are_machine_building(text: str) -> None:
    assert "machine_building" in _sectors(text)


def test_a_technical_gas_is_not_machinery() -> None:
    text = "Завод наладит производство технических газов для металлургов."
    sectors = _sectors(text)
    assert "machine_building" not in sectors
    # the metallurgists are the gases' customers
    assert "metallurgy" not in sectors
