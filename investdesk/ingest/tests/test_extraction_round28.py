"""Rules of round 28 (issue 15); every sentence is invented."""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract


def event(text: str) -> str:
    return extract(text)["event_type"]


def sectors(text: str) -> list[str]:
    return extract(text)["sectors"]


@pytest.mark.parametrize("word", ["хлопчато-бумажном", "хлопчатобумажном"])
def test_a_cotton_mill_is_no_paper_mill(word: str) -> None:
    text = f"Новости\n\nНа {word} комбинате «Энсктекс» в Тэнске выпустили первую пряжу."
    assert "timber" not in sectors(text)


def test_a_paper_mill_is_still_timber() -> None:
    text = "Новости\n\nНа бумажном комбинате «Энскбум» в Тэнске выпустили первую партию картона."
    assert "timber" in sectors(text)


@pytest.mark.parametrize("works", ["Новая линия по выпуску пряжи", "Вторая очередь фабрики"])
def test_a_line_opened_named_before_a_passive_verb_is_a_launch(works: str) -> None:
    text = f"Новости\n\n{works} открыта на комбинате «Энсктекс» в Тэнской области."
    assert event(text) == "project_launch"


def test_a_credit_line_opened_is_no_launch() -> None:
    text = "Новости\n\nКредитная линия на 300 млн рублей открыта комбинату «Энсктекс»."
    assert event(text) != "project_launch"
