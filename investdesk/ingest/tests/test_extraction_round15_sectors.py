"""Sector classes of round 15 (issue 15): precision on passing mentions.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Class: vehicles that carry goods or are bought (rail wagons sent to a terminal, a batch
of aircraft delivered) are transport or trade, not machine building, unless the same
sentence has them made.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили подачу порожних вагонов к пограничной станции.",
        "Перевозчик обещал выделить дополнительные вагоны-хопперы под урожай.",
        "Авиакомпания получит партию самолётов до конца года.",
    ],
)
def test_vehicles_in_use_are_not_machine_building(text: str) -> None:
    assert "machine_building" not in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Инвестор наладит в области производство грузовых вагонов.",
        "На новом заводе будут собирать легковые автомобили.",
        "Холдинг займётся сборкой самолётов малой авиации.",
    ],
)
def test_vehicles_made_are_machine_building(text: str) -> None:
    assert "machine_building" in _sectors(text)
