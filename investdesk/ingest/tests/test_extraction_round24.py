"""Rules of round 24 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def test_a_headline_rounding_of_the_bodys_sum_is_one_amount() -> None:
    text = (
        "На форуме подписали соглашения на 6,5 трлн рублей\n"
        "На экономическом форуме в Энске подписано 1073 соглашения на общую сумму "
        "6 трлн 492 млрд рублей. Крупнейшее соглашение оценивается в 650 млрд рублей."
    )
    assert extract(text)["amounts_rub"] == [6_492_000_000_000, 650_000_000_000]


def test_a_headline_figure_further_than_a_rounding_is_another_sum() -> None:
    text = (
        "Инвестор вложит 14 млрд рублей в завод\n"
        "Компания вложит в строительство завода в Энской области 14,5 млрд рублей."
    )
    assert extract(text)["amounts_rub"] == [14_000_000_000, 14_500_000_000]


def test_two_close_sums_in_the_body_are_two_sums() -> None:
    text = (
        "Правительство создаст две особые экономические зоны.\n"
        "В Энской области создадут ОЭЗ «Север». Инвестиции превысят 17 млрд рублей.\n"
        "Границы ОЭЗ в Тэнской области расширят. Инвестиции составят 17,2 млрд рублей."
    )
    assert extract(text)["amounts_rub"] == [17_000_000_000, 17_200_000_000]
