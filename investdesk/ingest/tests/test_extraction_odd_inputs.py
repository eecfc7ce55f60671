"""Odd texts a feed can deliver (truncated, empty, only punctuation) extract without an error.

One failing text would fail its whole batch in ``extract_many``, so every field's rules must
hold at the very start and end of a text.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract, extract_many

ODD_TEXTS = [
    "",
    " ",
    "\n\n\n",
    "(",
    "«(",
    ". (",
    ")",
    "(СЭЗ",
    "…",
    "— «",
    "Губернатор",
    "Завод построят (подробнее (",
    "Делегация провинции",
    "с губернатором Иваном",
    "имени",
    "50 млрд",
    "泽光电",
    "Алеκсеем",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_an_odd_text_extracts_without_an_error(text: str) -> None:
    result = extract(text)
    assert set(result) >= {"event_type", "persons", "organizations", "amounts_rub"}


def test_one_odd_text_does_not_fail_its_batch() -> None:
    results = extract_many(["Губернатор Иван Петров посетил завод.", "Подробнее ("])
    assert [p["name"] for p in results[0]["persons"]] == ["Иван Петров"]
