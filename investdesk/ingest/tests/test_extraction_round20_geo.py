"""Error classes in countries and places left after round 19 (round 20).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Countries: a market a company means to sell in, a foreign owner that left and a part of the
world named after a country ('Латинская Америка') are no parties. Places: a country's name
inside a quoted title and any place in a gathering's title are no places, Russia named only
by its official name is no 'Россия', a feature noun keeps a genitive name, a route's two
hyphenated ends are two towns, two region adjectives share one plural noun, a minister's
'по делам X' is a portfolio, a named news outlet and its regional edition are no places.
"""

from __future__ import annotations

from typing import Any

from investdesk.ingest.extraction import extract


def _run(text: str) -> dict[str, Any]:
    return extract(text)


# --------------------------------------------------------------------------- countries


def test_a_market_named_after_selling_abroad_is_no_party() -> None:
    result = _run(
        "В Курганской области построят завод по выпуску кормов. Часть продукции планируют "
        "отправлять за рубеж, в частности в Монголию."
    )
    assert result["countries"] == []


def test_a_market_named_in_the_sentence_after_the_cue_is_no_party() -> None:
    result = _run(
        "Директор предприятия рассказал о планах. «Мы хотим выйти на зарубежный рынок. "
        "Рассчитываем на Армению, Грузию», - отметил он."
    )
    assert result["countries"] == []


def test_a_trip_to_reach_markets_abroad_names_a_party() -> None:
    result = _run(
        "Чтобы помочь компаниям выйти на внешние рынки, бизнес-миссия региона отправится в Индию."
    )
    assert result["countries"] == ["IN"]


def test_a_visit_after_a_sentence_on_markets_is_still_a_party() -> None:
    result = _run(
        "Компания работает на внешних рынках. В Китай отправилась делегация предприятия для "
        "переговоров."
    )
    assert result["countries"] == ["CN"]


def test_talks_held_in_a_country_are_no_market() -> None:
    result = _run("Компания вышла на зарубежный рынок и провела переговоры на Кубе.")
    assert result["countries"] == ["CU"]


def test_a_guest_country_stays_a_party_when_it_is_also_a_market() -> None:
    result = _run(
        "Делегация Монголии посетила мясокомбинат в Чите. Продукцию планируют поставлять "
        "на внешние рынки, в том числе в Монголию."
    )
    assert result["countries"] == ["MN"]


def test_a_foreign_owner_that_left_is_no_party() -> None:
    result = _run(
        "Местный инвестор перезапустил завод на площадке ушедшей из России финской компании."
    )
    assert result["countries"] == []


def test_time_a_project_takes_is_no_departure() -> None:
    result = _run("Китайская компания построит завод в Чите, на строительство уйдет два года.")
    assert result["countries"] == ["CN"]


def test_a_part_of_the_world_named_after_a_country_is_no_country() -> None:
    result = _run(
        "Губернатор рассказал о поставках тракторов в страны Латинской Америки и Южной Америки."
    )
    assert result["countries"] == []
    assert "США" not in result["locations"]


def test_a_part_of_a_country_stays_that_country() -> None:
    result = _run("Делегация компании из Южного Китая посетила Читу.")
    assert result["countries"] == ["CN"]


# ------------------------------------------------------------------------------ places


def test_a_country_in_a_quoted_title_is_no_place() -> None:
    result = _run("В Томске открылся форум «Россия и Монголия: новые горизонты».")
    assert "Монголия" not in result["locations"]


def test_a_country_in_quoted_speech_stays_a_place() -> None:
    result = _run(
        "Губернатор подвел итоги визита: «Мы рассчитываем на поставки в Монголию». "
        "Переговоры продолжатся."
    )
    assert "Монголия" in result["locations"]


def test_a_country_in_an_exhibitions_title_is_no_place() -> None:
    result = _run(
        "Делегация Самарской области приняла участие в выставке «Сибирь — Монголия» в Иркутске."
    )
    assert "Монголия" not in result["locations"]
    assert "Иркутск" in result["locations"]


def test_russia_named_only_by_its_official_name_is_no_short_name() -> None:
    result = _run(
        "По итогам года Курганская область заняла пятое место в Российской Федерации по "
        "притоку инвестиций."
    )
    assert "Российская Федерация" in result["locations"]
    assert "Россия" not in result["locations"]


def test_a_feature_noun_keeps_a_genitive_name() -> None:
    result = _run("Делегация побывала на острове Победы.")
    assert "остров Победы" in result["locations"]
    assert "Победа" not in result["locations"]


def test_a_route_of_two_hyphenated_towns_gives_both() -> None:
    result = _run("Губернатор сообщил, что авиакомпания откроет рейс Томск-Ханой летом.")
    assert "Томск" in result["locations"]
    assert "Ханой" in result["locations"]
    assert "Томск-Ханой" not in result["locations"]


def test_the_first_of_two_region_adjectives_shares_the_plural_noun() -> None:
    result = _run(
        "Связи крепнут. Оренбургская и Западно-Казахстанская области — давние соседи по границе."
    )
    assert "Оренбургская область" in result["locations"]
    assert "Оренбургская" not in result["locations"]


def test_the_region_of_a_ministers_portfolio_is_no_place() -> None:
    result = _run("В Мурманск прибыл министр по делам Арктики и осмотрел порт.")
    assert result["locations"] == ["Мурманск"]


def test_a_named_outlets_regional_edition_is_no_place() -> None:
    result = _run("По данным, которые опубликовал РБК Пермь, два завода в Кунгуре расширят выпуск.")
    assert "Пермь" not in result["locations"]
    assert "Кунгур" in result["locations"]


def test_a_named_outlet_is_no_place() -> None:
    result = _run("Такие данные привел АиФ - Пермь. Два завода в Кунгуре расширят выпуск.")
    assert result["locations"] == ["Кунгур"]
