"""Countries, persons and places fixed in round 23 (issue 15); every sentence is invented.

The countries where Russia's own trade envoys serve are no parties; a name printed after an
initial may have several words; Russia printed only as 'РФ' in a title is no place; a
country printed only as its abbreviation is kept as printed.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def test_the_countries_of_russias_own_envoys_are_no_parties() -> None:
    text = (
        "Губернатор провёл встречу с 30 торгпредами России, в том числе из Индии, Вьетнама, "
        "Египта и Кубы. Речь шла о поставках продукции предприятий области."
    )
    assert extract(text)["countries"] == []


def test_a_foreign_name_of_several_words_after_an_initial() -> None:
    text = (
        "Губернатор встретился с генеральным директором компании Ч. Дай Куангом. "
        "Стороны обсудили строительство завода."
    )
    assert [p["name"] for p in extract(text)["persons"]] == ["Ч. Дай Куанг"]


def test_russia_printed_only_in_a_title_as_rf_is_no_place() -> None:
    result = extract("Посол РФ в Индии провёл встречу с губернатором Омской области.")
    assert "Россия" not in result["locations"]
    assert result["countries"] == ["IN"]


def test_a_country_printed_only_as_its_abbreviation_is_kept_so() -> None:
    locations = extract("Делегация КНР посетила Омскую область.")["locations"]
    assert "КНР" in locations and "Китай" not in locations
