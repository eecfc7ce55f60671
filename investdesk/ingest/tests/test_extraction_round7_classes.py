"""Error classes found on a third fresh held-out set of press releases (issue 15, round 7).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: dates with an abbreviated month, where a list of countries names
the guests' origin, direction words, outlets, places with a bracketed other name, type words
of parks and a director's company, talks and approvals, signing cues and names printed
surname first.
"""

from __future__ import annotations

import pytest

from investdesk.ingest import nlp
from investdesk.ingest.extraction import extract
from investdesk.ingest.extraction.context import Ctx
from investdesk.ingest.lexicon import Lexicon
from investdesk.ingest.tests.extraction_helpers import org_names as _orgs
from investdesk.ingest.tests.extraction_helpers import person_names as _persons


def _ctx() -> Ctx:
    return Ctx(nlp.analyze_many(["Омск."])[0], Lexicon.default())


# ----------------------------------------------------------------------------- dates


def test_dateline_with_abbreviated_month() -> None:
    text = "11:05, 14 мар 2021 г.\nГубернатор провел встречу с инвесторами из Вьетнама."
    assert extract(text)["date"] == "2021-03-14"


# ------------------------------------------------------------------------- countries


def test_country_list_after_iz_names_the_guests() -> None:
    text = (
        "На ярмарку в Омск приехали фермеры из Перу, Чили, Эквадора, Боливии и Парагвая. "
        "Они привезли образцы продукции."
    )
    assert set(extract(text)["countries"]) >= {"PE", "CL", "EC", "BO", "PY"}


def test_country_list_after_v_stays_a_list() -> None:
    text = (
        "Губернатор встретился с инвесторами из Индии. Компания продает технику в Перу, "
        "Чили, Эквадор, Боливию и Парагвай."
    )
    assert extract(text)["countries"] == ["IN"]


# ------------------------------------------------------------------------ directions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Компания построит завод кормовых добавок для телят и кур.", "agriculture"),
        ("В районе откроют цех по переработке мяса индейки.", "food"),
        ("В районе запустят производство баранины.", "food"),
        ("Холдинг наладит выпуск керамогранита и облицовочного кирпича.", "construction"),
        ("Холдинг развивает в регионе энергомашиностроение.", "machine_building"),
        ("Компания запустит золотодобывающую фабрику в горах.", "mining"),
        ("В районе построят горноперерабатывающий комбинат.", "mining"),
    ],
)
def test_direction_words(text: str, code: str) -> None:
    assert code in extract(text)["sectors"]


def test_equipment_bought_for_a_plant_is_not_machine_building() -> None:
    text = "Инвестор построит мебельную фабрику. Подрядчик ведет поставку и монтаж оборудования."
    assert "machine_building" not in extract(text)["sectors"]


# ----------------------------------------------------------------------- organisations


def test_agency_and_feed_joined_by_a_slash_are_an_outlet() -> None:
    text = "ОМСК, 3 мая — Интерфакс/ТАСС. Компания «Северный луч» построит завод в Перми."
    assert _orgs(text) == ["Северный луч"]


def test_bare_mining_plant_abbreviation_is_no_name() -> None:
    text = "На месте будущего ГОК прошло совещание с компанией «Уральский камень»."
    assert "ГОК" not in _orgs(text)


def test_science_and_technology_park_keeps_its_type_word() -> None:
    text = "Делегация посетила научно-технологический парк «Заря», который помогает стартапам."
    assert "Научно-технологический парк «Заря»" in _orgs(text)


def test_quoted_name_after_director_is_a_company() -> None:
    text = "Отчет генерального директора «Таежный мир» Петра Соколова утвердили акционеры."
    assert "Таежный мир" in _orgs(text)


# -------------------------------------------------------------------------- locations


def test_bracketed_other_name_of_a_region() -> None:
    from investdesk.ingest.extraction.geo import _bracketed

    # natasha may read 'Примечание: Кемеровская область (Кузбасс' as one place
    assert _bracketed(_ctx(), "Примечание: Кемеровская область (Кузбасс") == [
        "Кемеровская область",
        "Кузбасс",
    ]
    # a bracket that is no known place stays out ('Китай (компания X)')
    assert _bracketed(_ctx(), "Омская область (Холдинг Уголь") == ["Омская область"]


def test_lone_type_word_or_cardinal_direction_is_no_place() -> None:
    text = (
        "Экспорт смещается на Юг, сказал губернатор Омской области. "
        "Компании отправят в Область новые станки."
    )
    locations = extract(text)["locations"]
    assert "Юг" not in locations
    assert "Область" not in locations


# ----------------------------------------------------------------------------- events


def test_meeting_with_a_foreign_side_reported_only_in_the_body_is_talks() -> None:
    text = (
        "Рыба Камчатки для рынка Перу\n"
        "Перуанские импортеры интересуются поставками рыбы.\n"
        "ЛИМА, 3 мая — Интерфакс. Перу намерено закупать рыбу Камчатки. "
        "Об этом сообщили в правительстве края.\n"
        "Тема поднималась на встрече губернатора с послом Перу Карлосом Мендосой."
    )
    assert extract(text)["event_type"] == "negotiations"


def test_approval_at_a_sitting_is_the_news() -> None:
    text = (
        "Парк получит новых резидентов. "
        "Инвестиционная комиссия на своем заседании одобрила заявки трех компаний."
    )
    assert extract(text)["event_type"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор и ректор университета подписали дорожную карту по подготовке кадров.\n"
        "Первые группы начнут учебу осенью.",
        "Омская область на выставке подписала инвестсоглашения на 2 млрд рублей\n"
        "Выставка собрала сто участников.",
    ],
)
def test_signing_cues(text: str) -> None:
    assert extract(text)["event_type"] == "agreement_signed"


# ---------------------------------------------------------------------------- persons


def test_surname_first_with_patronymic() -> None:
    text = "Проект представил Сидоров Павел Андреевич, глава холдинга «Нива»."
    assert "Павел Сидоров" in _persons(text)


def test_first_name_and_patronymic_after_an_unknown_surname() -> None:
    text = "Слово предоставили инвестору Харламову Олегу Игоревичу, основателю фирмы."
    persons = _persons(text)
    assert "Олег Игоревич" not in persons
    assert any(p.startswith("Олег Харламов") for p in persons)
