"""Sector classes of round 22.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Classes: the heads of firms in a delegation's make-up are guests as representatives are;
a plan to import goods is the deal, only imports reported as a fact are trade; a list of
'различные отрасли' covers its own clause, not the next one after a verb; a boat ride is
no shipbuilding; kinds of machinery listed before one head noun ('сельскохозяйственная,
дорожная техника') are machine building only. Vocabulary: tobacco, processors of farm
produce, energy as a sphere, construction and assembly works, metro building, industrial
infrastructure, conveyors, railway wheels, aircraft components, rebar (not pipe fittings),
thanks for hospitality.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract


def _sectors(text: str) -> set[str]:
    return set(extract(text)["sectors"])


def test_heads_of_firms_in_a_delegation_are_guests() -> None:
    text = (
        "В составе делегации - заместители министра и руководители крупных "
        "сельскохозяйственных предприятий края."
    )
    assert "agriculture" not in _sectors(text)


def test_a_planned_import_is_the_deal() -> None:
    text = "Область планирует поставлять станки, а взамен импортировать зерно и корма."
    assert "agriculture" in _sectors(text)


def test_a_reported_import_is_trade() -> None:
    text = "Из соседней страны регион ввозит зерно и корма."
    assert "agriculture" not in _sectors(text)


def test_a_list_of_various_spheres_ends_at_the_next_clause() -> None:
    text = (
        "Стороны обсудили обмен опытом в различных отраслях, чтобы находить партнёров, "
        "и поддержку поставок продуктов питания."
    )
    assert "food" in _sectors(text)


def test_a_boat_ride_is_no_shipbuilding() -> None:
    text = "Вечером гости совершат прогулку на катере по реке."
    assert "machine_building" not in _sectors(text)


def test_listed_kinds_of_machinery_are_machine_building() -> None:
    text = "Регион закажет сельскохозяйственную, дорожную, строительную технику у партнёров."
    assert _sectors(text) & {"agriculture", "construction"} == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Компания построит фабрику табачных изделий.", "food"),
        ("Губернатор встретился с переработчиками сельхозпродукции.", "food"),
        ("Стороны обсудили сотрудничество в энергетической сфере.", "energy"),
        ("На площадке начались строительно-монтажные работы.", "construction"),
        ("Город пригласил метростроителей из соседнего региона.", "construction"),
        ("Соглашение предусматривает создание индустриальной инфраструктуры.", "construction"),
        ("Завод будет выпускать конвейерные ленты.", "machine_building"),
        ("Началось строительство завода железнодорожных колёс.", "machine_building"),
        ("Холдинг наладит производство авиационных компонентов.", "machine_building"),
        ("Инвестор запустит производство арматуры.", "metallurgy"),
    ],
)
def test_general_words_of_directions(text: str, code: str) -> None:
    assert code in _sectors(text)


def test_pipe_fittings_are_no_rebar() -> None:
    text = "Завод выпускает трубопроводную арматуру для насосных станций."
    assert "metallurgy" not in _sectors(text)


def test_thanks_for_hospitality_is_no_tourism() -> None:
    text = "Посол поблагодарил хозяев за гостеприимство и тёплый приём."
    assert "tourism" not in _sectors(text)
