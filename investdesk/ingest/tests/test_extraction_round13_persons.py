"""Person error classes found on fresh press releases (round 13, persons).

Every sentence here is written for the test; none comes from the held-out or dev texts.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import person_names as _persons


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Мы готовы к сотрудничеству», — отметила Галимова. Делегация прибыла в Казань.",
            "Галимова",
        ),
        ("Как сообщил Петров, завод построят в Тюмени за два года.", "Петров"),
        ("«Проект важен для района», — сказал министр промышленности Козлов.", "Козлов"),
    ],
)
def test_a_surname_alone_that_speaks_is_a_person(text: str, speaker: str) -> None:
    assert _persons(text) == [speaker]


def test_a_body_that_speaks_is_no_person() -> None:
    assert _persons("«Проект важен для района», — сообщили в Минпромторге.") == []


def test_a_surname_alone_of_someone_named_in_full_is_the_same_person() -> None:
    text = (
        "Губернатор Иван Смирнов встретился с инвесторами. «Мы поддержим проект», — сказал Смирнов."
    )
    assert _persons(text) == ["Иван Смирнов"]


@pytest.mark.parametrize("name", ["Ерлан Касымов", "Мейрамбек Бейсенов", "Дидар Абилов"])
def test_a_given_name_after_a_region_word_is_not_the_regions_name(name: str) -> None:
    text = f"Заместитель акима области {name} посетил индустриальный парк в Омске."
    assert _persons(text) == [name]


def test_a_one_word_name_after_a_province_keeps_the_province_out() -> None:
    text = "Министр встретился с губернатором аймака Сэлэнгэ Ганзоригом в Улан-Удэ."
    assert _persons(text) == ["Ганзориг"]


def test_a_known_foreign_region_before_a_surname_is_no_given_name() -> None:
    text = "Губернатор аймака Дорнод Батбаяров выступил на форуме в Чите."
    assert not any("Дорнод" in name for name in _persons(text))
