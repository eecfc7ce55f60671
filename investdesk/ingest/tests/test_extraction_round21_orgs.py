"""Error classes in organisations left after round 20 (round 21).

Every sentence here is written for the test; none comes from the held-out or dev texts.
A consulate printed short takes the rank and the city the text gives it elsewhere.
"""

from __future__ import annotations

from typing import Any

from investdesk.ingest.extraction import extract


def _orgs(text: str) -> list[str]:
    result: dict[str, Any] = extract(text)
    return sorted(org["name"] for org in result["organizations"])


def test_a_consulate_takes_the_city_from_its_consuls_title() -> None:
    text = (
        "Губернатор Вологодской области встретился с генеральным консулом Финляндии в "
        "Петрозаводске. Генконсульство Финляндии поможет организовать бизнес-миссию."
    )
    names = [n.lower() for n in _orgs(text)]
    assert "генконсульство финляндии в петрозаводске" in names
    assert "генконсульство финляндии" not in names


def test_a_consulate_takes_its_rank_from_its_consuls_title() -> None:
    text = (
        "Консульство Словакии поддержит презентацию региона. Об этом сообщил генеральный "
        "консул Словакии в Новосибирске на встрече с министром."
    )
    names = [n.lower() for n in _orgs(text)]
    assert "генеральное консульство словакии в новосибирске" in names


def test_a_consulate_takes_the_city_after_a_participle() -> None:
    text = (
        "Большую помощь оказывает Генеральное консульство Вьетнама, расположенное во "
        "Владивостоке, сообщили в правительстве Хабаровского края."
    )
    names = [n.lower() for n in _orgs(text)]
    assert "генеральное консульство вьетнама во владивостоке" in names


def test_two_cities_for_one_country_leave_the_consulate_as_printed() -> None:
    text = (
        "Консульство Италии поддержит выставку. Консул Италии в Самаре и консул Италии в "
        "Саратове приедут на открытие."
    )
    names = [n.lower() for n in _orgs(text)]
    assert not any(" в самаре" in n or " в саратове" in n for n in names)
