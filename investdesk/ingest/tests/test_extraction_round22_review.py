"""What a review of rounds 22-23 found (issue 15); every sentence is invented for the test.

A signing still to come after a modal ('должно быть подписано') is no signing; a country
printed only as its abbreviation is kept so, without its display name; a text ending in a
ministry's name and 'и' extracts; the investing verbs shared by the figure before and after
them take the past tense, and the scale word before 'инвестиций' takes 'триллион'.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract, extract_many


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Соглашение между областью и провинцией должно быть подписано в октябре.", False),
        ("Соглашение между областью и провинцией будет подписано в октябре.", False),
        ("Соглашение между областью и провинцией было подписано во вторник.", True),
    ],
)
def test_only_a_past_auxiliary_tells_a_signing_done(text: str, signed: bool) -> None:
    assert (extract(text)["event_type"] == "agreement_signed") is signed


def test_a_country_printed_only_as_its_abbreviation_keeps_it() -> None:
    locations = extract("Делегация КНР посетила завод в Новосибирске.")["locations"]
    assert "КНР" in locations and "Китай" not in locations


def test_an_abbreviation_that_is_the_display_name_stays() -> None:
    assert "ОАЭ" in extract("Делегация ОАЭ посетила завод в Новосибирске.")["locations"]


def test_a_country_also_named_in_full_keeps_its_name() -> None:
    locations = extract("Делегация КНР посетила Китай и завод в Новосибирске.")["locations"]
    assert "Китай" in locations


def test_a_text_ending_in_a_ministry_and_a_conjunction_extracts() -> None:
    results = extract_many(["Министерство экономики и", "Министерство экономики и по"])
    assert [r["event_type"] for r in results] == ["other", "other"]


def test_a_past_investing_verb_after_a_figure_governs_it() -> None:
    text = (
        "Компания построит в области склад за 1 млрд рублей. "
        "Ещё 300 миллионов вложили в подъездные пути."
    )
    assert extract(text)["amounts_rub"] == [1_000_000_000, 300_000_000]


def test_trillions_before_the_word_for_investment() -> None:
    text = (
        "Программа развития портов оценена в 5 трлн рублей. "
        "Это 2 триллиона инвестиций частных компаний."
    )
    assert 2_000_000_000_000 in extract(text)["amounts_rub"]
