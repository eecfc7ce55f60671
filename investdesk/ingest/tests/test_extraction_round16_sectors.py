"""Sector classes of round 16 (issue 15): sector words that only modify a name.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Class: the name of an event ('IT-форум', 'агропромышленная выставка', a quoted forum
title) or of a zone or industrial park (a quoted name after 'ОЭЗ', 'парк') is a title;
its sector words are not what the news is about. A technopark's name, a company's name
and the items of a list after a colon keep their sectors.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Губернатор выступил на пленарной сессии IT-форума в Казани.", "it"),
        ("Делегация осмотрела стенды агропромышленной выставки в областном центре.", "agriculture"),
        ("Гости приехали на форум «Энергетика будущего» в Уфе.", "energy"),
        (
            "Новое предприятие откроется в ОЭЗ «Металлургическая долина» в следующем году.",
            "metallurgy",
        ),
        ("Резидентом ТОР «Химическая долина» стала новая компания.", "chemicals"),
        (
            "Инвестор выбрал площадку в индустриальном парке «Нефтехимический» под Самарой.",
            "petrochemicals",
        ),
    ],
)
def test_names_of_events_and_zones_are_not_sectors(text: str, sector: str) -> None:
    assert sector not in _sectors(text)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Форум будет посвящён развитию IT-отрасли региона.", "it"),
        ("В технопарке «Электроника» разместят производство микросхем.", "it"),
        ("На выставке компания представила новые сельскохозяйственные машины.", "machine_building"),
        (
            "Резиденты парка: «Мебельная фабрика», «Полимерные трубы» и другие.",
            "timber",
        ),
    ],
)
def test_sectors_outside_titles_are_kept(text: str, sector: str) -> None:
    assert sector in _sectors(text)
