"""Error classes in rouble amounts left after round 18 (round 19).

Every sentence here is written for the test; none comes from the held-out or dev texts.
A loan raised for a project ('привлечь кредит', 'привлечено ... в виде займа') is the
project's financing (a budget loan, the state's money, is not: round 32); a loan merely
received stays a support measure; the verb 'занять'
('займет', 'займется') names no loan; 'долгосрочный' (long-term) names no debt; 'энергоэффективность' names no effect, and the
verb 'прибыть' ('делегация прибыла') no profit; extra-budgetary money ('внебюджетные
инвестиции') is private, not the budget's.
"""

from __future__ import annotations

from typing import Any

import pytest

from investdesk.ingest.extraction import extract


def _amounts(text: str) -> list[int]:
    result: dict[str, Any] = extract(text)
    return sorted(result["amounts_rub"] or [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Для строительства терминала холдинг привлек синдицированный кредит в размере "
            "12 млрд рублей.",
            [12_000_000_000],
        ),
        (
            "На модернизацию линии предприятием привлечено 400 млн рублей в виде льготного "
            "займа регионального фонда.",
            [400_000_000],
        ),
    ],
)
def test_a_loan_raised_for_a_project(text: str, expected: list[int]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Фабрика получила заем в размере 30 млн рублей.",
        "Компания привлекла кредит на пополнение оборотных средств в размере 500 млн рублей.",
        "Компания привлекла кредит, а налоги в бюджет составили 300 млн рублей.",
    ],
)
def test_other_loans_stay_out(text: str) -> None:
    assert _amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Компания займется строительством завода за 3 млрд рублей.", [3_000_000_000]),
        (
            "Новый цех займет 5 гектаров, его строительство обойдется в 800 млн рублей.",
            [800_000_000],
        ),
    ],
)
def test_the_verb_occupy_names_no_loan(text: str, expected: list[int]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Долгосрочные инвестиции в размере 5 млрд рублей направят в модернизацию завода.",
            [5_000_000_000],
        ),
        ("Компания подписала долгосрочное соглашение на 3 млрд рублей.", [3_000_000_000]),
        ("Долговые обязательства компании составили 4 млрд рублей.", []),
        ("Госдолг области сократился на 2 млрд рублей.", []),
        (
            "Область привлекла бюджетные кредиты на 10 млрд рублей для погашения "
            "коммерческого долга.",
            [],
        ),
    ],
)
def test_long_term_is_no_debt(text: str, expected: list[int]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Инвестиции в повышение энергоэффективности составят 2 млрд рублей.", [2_000_000_000]),
        (
            "Делегация прибыла на церемонию закладки первого камня проекта на 5 млрд рублей.",
            [5_000_000_000],
        ),
        ("Экономический эффект от проекта составит 1,2 млрд рублей.", []),
        ("Чистая прибыль компании выросла до 500 млн рублей.", []),
        ("Компания получила 2 млрд рублей прибыли.", []),
    ],
)
def test_efficiency_and_arrival_are_no_kinds_of_money(text: str, expected: list[int]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Проект позволит привлечь внебюджетные инвестиции в объеме 10 млрд рублей.",
            [10_000_000_000],
        ),
        ("Объем внебюджетных средств составит 1,5 млрд рублей.", [1_500_000_000]),
        ("Объем бюджетных средств составит 700 млн рублей.", []),
        ("Из бюджета области на проект направят 2 млрд рублей.", []),
    ],
)
def test_extra_budgetary_money_is_private(text: str, expected: list[int]) -> None:
    assert _amounts(text) == expected
