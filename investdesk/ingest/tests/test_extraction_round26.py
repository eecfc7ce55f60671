"""Rules of round 26 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def amounts(text: str) -> list[int]:
    return extract(text)["amounts_rub"]


def test_a_sum_printed_as_an_adjective_of_a_plant_is_an_amount() -> None:
    text = "В Энской области построят 20-миллиардный завод по выпуску шин."
    assert amounts(text) == [20_000_000_000]


def test_an_adjectival_sum_with_a_decimal_and_an_adjective_between() -> None:
    text = "Компания «Альфа» реализует в Тэнске 5,5-миллиардный инвестиционный проект."
    assert amounts(text) == [5_500_000_000]


def test_an_adjectival_sum_in_a_dollar_text_is_not_roubles() -> None:
    text = "Стороны обсудили 100-миллионный проект. Инвестиции составят 100 млн долларов."
    assert amounts(text) == []
