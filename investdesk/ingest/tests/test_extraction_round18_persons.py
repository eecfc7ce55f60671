"""Person error classes found on fresh press releases (round 18, persons and look-alike letters).

Every sentence here is written for the test; none comes from the held-out or dev texts.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.lookalikes import fold_lookalikes
from investdesk.ingest.tests.extraction_helpers import person_names as _persons


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Встреча с Петрοм Κузнецовым", "Встреча с Петром Кузнецовым"),  # Greek omicron, kappa
        ("завод в Тoмске", "завод в Томске"),  # a Latin o in a Russian word
        ("марка Нongqi", "марка Hongqi"),  # a Cyrillic Н in a Latin word
        ("iPhone, COVID-19 и СССР", "iPhone, COVID-19 и СССР"),  # one script each: untouched
        # brands written in two scripts on purpose: 'б' and 'G' have no look-alike
        ("сервис СберCloud и ЯндексGo", "сервис СберCloud и ЯндексGo"),
    ],
)
def test_lookalike_letters_are_folded_to_the_words_script(text: str, folded: str) -> None:
    assert fold_lookalikes(text) == folded
    assert len(fold_lookalikes(text)) == len(text)


def test_a_name_written_with_greek_lookalikes_is_found_in_plain_cyrillic() -> None:
    text = "Губернатор встретился с главοй компании «Вектор» Павлοм Сοрокиным."
    assert "Павел Сорокин" in _persons(text)


def test_a_guest_in_the_instrumental_and_the_hosts_surname_are_two_people() -> None:
    text = (
        "Губернатор Игорь Петров принял гостей. На встрече с мэром города Бурсы Кемалем "
        "Арсланом Петров заявил о готовности к проектам."
    )
    names = _persons(text)
    assert "Кемаль Арслан" in names and "Игорь Петров" in names
    assert not any("Арслан Петров" in name for name in names)


def test_a_given_name_ending_like_an_instrumental_is_no_glued_name() -> None:
    assert "Вадим Соколов" in _persons("Проект представил министр Вадим Соколов.")


def test_a_namesake_after_imeni_is_no_participant() -> None:
    text = (
        "Губернатор Ольга Лебедева посетила фонд имени шейха Рашида бен Халида и обсудила гранты."
    )
    assert _persons(text) == ["Ольга Лебедева"]


def test_a_known_city_before_a_chinese_name_is_no_part_of_it() -> None:
    text = (
        "Делегацию возглавил секретарь парткома Даляня Ли Цзяньго. "
        "Губернатор Андрей Котов принял гостей."
    )
    assert "Ли Цзяньго" in _persons(text)
    assert not any(name.startswith("Далян") for name in _persons(text))
