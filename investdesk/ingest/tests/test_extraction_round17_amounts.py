"""Error classes in rouble amounts left after round 16 (round 17).

Every sentence here is written for the test; none comes from the held-out or dev texts.
A kind of money that is not investment named far before the figure (trade, revenue, wages,
budgets) or later in its clause; a verb of investing that gives a figure back its kind; the
state allocating its own money; a price per unit; a ratio printed with 'р.'; tens in words;
'российских рублей'; a figure whose currency is left out before the word for investment.
"""

from __future__ import annotations

from typing import Any

import pytest

from investdesk.ingest.extraction import extract


def _amounts(text: str) -> list[int]:
    result: dict[str, Any] = extract(text)
    return sorted(result["amounts_rub"] or [])


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот между областью и соседней провинцией по итогам прошлого года, по данным "
        "регионального таможенного управления, составил 25,6 млрд рублей.",
        "Выручка фирмы, которая выпускает насосы для нефтяников и газовиков в трех регионах "
        "страны, в прошлом году достигла 12 млрд рублей.",
        "Средняя зарплата на фабрике после запуска второй очереди производства в поселке "
        "Заречном составит 80 тыс. рублей.",
        "Бюджет программы развития туризма в горных районах республики на ближайшие три года "
        "составит 2 млрд рублей.",
        "Объем взаимной торговли вырос до 8 млрд рублей.",
    ],
)
def test_a_kind_named_far_before_the_figure(text: str) -> None:
    assert _amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Еще 5 млрд рублей составил в прошлом году товарооборот с провинцией.",
        "Почти 3 млрд рублей в прошлом году поступило в бюджет области в виде налогов.",
    ],
)
def test_a_kind_named_later_in_the_clause(text: str) -> None:
    assert _amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Фирма, выручка которой в прошлом году составила 40 млрд рублей, вложит в новый "
            "цех 3 млрд рублей.",
            [3_000_000_000],
        ),
        (
            "Резиденты зоны, которые получают налоговые льготы, вложили в свои проекты "
            "45 млрд рублей.",
            [45_000_000_000],
        ),
        ("Товарооборот достиг 5 млрд долларов, а инвестиции – 300 млн рублей.", [300_000_000]),
        (
            "Губернатор отметил рост товарооборота с провинцией, а также сообщил, что инвестор "
            "построит в крае фабрику за 3 млрд рублей.",
            [3_000_000_000],
        ),
        (
            "Для увеличения экспорта зерна холдинг построит терминал стоимостью 6 млрд рублей.",
            [6_000_000_000],
        ),
    ],
)
def test_investing_named_after_the_other_kind_gives_the_figure_back(
    text: str, expected: list[int]
) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "На создание инфраструктуры площадки правительство области выделит 400 млн рублей.",
        "Федеральные средства в размере 900 млн рублей пойдут на ремонт дорог.",
    ],
)
def test_the_state_allocating_its_money_is_no_investment(text: str) -> None:
    assert _amounts(text) == []


def test_an_investor_allocating_money_under_an_agreement_with_the_state_stays() -> None:
    text = (
        "Правительство области и фирма подписали соглашение, по которому инвестор выделит на "
        "строительство комплекса 800 млн рублей."
    )
    assert _amounts(text) == [800_000_000]


def test_a_price_per_unit_is_no_sum() -> None:
    text = "Цена составит 50 тыс. рублей за тонну, а инвестиции – 2 млрд рублей."
    assert _amounts(text) == [2_000_000_000]


def test_a_ratio_printed_with_r_is_no_sum() -> None:
    text = "Выпуск вырос в 2 р. за год, а фирма вложит 3 млрд рублей в новый цех."
    assert _amounts(text) == [3_000_000_000]


def test_tens_in_words_before_the_figure() -> None:
    assert _amounts("Двадцать пять миллиардов рублей вложит холдинг в комбинат.") == [
        25_000_000_000
    ]


def test_russian_roubles_named_so() -> None:
    text = "Инвестиции в проект составят 12 миллиардов российских рублей."
    assert _amounts(text) == [12_000_000_000]


def test_belarusian_roubles_are_another_currency() -> None:
    text = "Минская фирма вложит в сборочный цех 20 млн белорусских рублей."
    assert _amounts(text) == []


def test_a_figure_whose_currency_is_left_out_before_the_word_for_investment() -> None:
    text = (
        "Мы подписали восемь соглашений на 40 млрд рублей. Склад на 90 тыс. кв. метров – "
        "это 6 млрд. инвестиций и 3 тысячи рабочих мест."
    )
    assert _amounts(text) == [6_000_000_000, 40_000_000_000]


def test_a_left_out_currency_near_dollars_is_not_taken_for_roubles() -> None:
    assert _amounts("Инвестиции составят $5 млн. Это 7 млрд инвестиций в регион.") == []


def test_a_headline_rounding_and_the_body_figure_are_both_listed() -> None:
    text = (
        "Холдинг вложит 9 млрд рублей в фабрику в Заречном районе\n"
        "Объем инвестиций в строительство фабрики составит 9,2 млрд рублей."
    )
    assert _amounts(text) == [9_000_000_000, 9_200_000_000]


def test_the_rouble_equivalent_of_foreign_trade_is_no_investment() -> None:
    text = "Товарооборот с провинцией составил 100 млн долларов (около 9 млрд рублей)."
    assert _amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Завод по импортозамещению подшипников обойдется в 3 млрд рублей.",
        "Аналогичный цех в соседнем районе обошелся в 2 млрд рублей.",
        "Экспортно-ориентированное производство обойдется в 4 млрд рублей.",
    ],
)
def test_words_that_only_contain_a_kind_of_money(text: str) -> None:
    assert len(_amounts(text)) == 1
