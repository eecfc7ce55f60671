"""Person error classes found on fresh press releases (round 17, persons).

Every sentence here is written for the test; none comes from the held-out or dev texts.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import person_names as _persons


def test_a_given_name_and_a_surname_in_the_instrumental_stay_together() -> None:
    text = (
        "Губернатор Андрей Белов провёл переговоры с главой правительства Ферганской области "
        "Бахтиёржоном Тураевым. Стороны обсудили поставки овощей."
    )
    assert "Бахтиёржон Тураев" in _persons(text)


def test_a_title_before_a_regions_acronym_is_no_person() -> None:
    text = (
        "Об этом сообщил руководитель пресс-службы Раиса РТ Ильдар Сабиров. "
        "Делегация посетила технопарк."
    )
    names = _persons(text)
    assert "Ильдар Сабиров" in names
    assert not any("РТ" in name for name in names)


def test_a_province_named_in_syllables_is_no_person() -> None:
    text = (
        "Губернатор Олег Рябов встретился с делегацией провинции Хэй Лунцзян. "
        "Гости из провинции Хэй Лунцзян предложили открыть торговый дом."
    )
    assert _persons(text) == ["Олег Рябов"]
