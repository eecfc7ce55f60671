"""Rules of round 33 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def event(text: str) -> str:
    return extract(text)["event_type"]


def amounts(text: str) -> list[int]:
    return extract(text)["amounts_rub"]


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def countries(text: str) -> list[str]:
    return extract(text)["countries"]


def sectors(text: str) -> set[str]:
    return set(extract(text)["sectors"])


# Amounts


def test_support_handed_out_or_given_back_is_not_investment() -> None:
    text = (
        "Объем инвестиций в промышленность Энской области вырос до 120 млрд рублей. Предприятия "
        "региона в виде поддержки получили 7 млрд рублей. Из областного фонда 52,4 млн рублей "
        "направят на возмещение затрат завода на подведение сетей. Еще почти триста миллионов "
        "рублей направят на антикризисную поддержку малого бизнеса."
    )
    assert amounts(text) == [120_000_000_000]


def test_a_wage_or_another_sum_under_a_million_is_no_investment() -> None:
    text = (
        "Инвестор вложит в строительство птицефабрики 4,2 млрд рублей. Фабрика даст 400 рабочих "
        "мест, средний заработок составит 65 тыс. рублей. Стоимость путевки в детский лагерь "
        "при фабрике составит 35 тыс. рублей."
    )
    assert amounts(text) == [4_200_000_000]


def test_a_figure_put_first_takes_the_kind_of_the_clause_after_it() -> None:
    text = (
        "«Вложения в цех составили 310 млн рублей. Половину этой суммы, то есть 155 млн рублей, "
        "предприятие получило в виде льготного займа областного фонда», — сообщил министр."
    )
    assert amounts(text) == [310_000_000]
