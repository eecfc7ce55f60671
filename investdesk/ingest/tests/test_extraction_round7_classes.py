"""Error classes found on a third fresh held-out set of press releases (issue 15, round 7).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: dates with an abbreviated month, where a list of countries names
the guests' origin, direction words, outlets, places with a bracketed other name, type words
of parks and a director's company, talks and approvals, signing cues and names printed
surname first.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def _persons(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["persons"]]


# ----------------------------------------------------------------------------- dates


def test_dateline_with_abbreviated_month() -> None:
    text = "11:05, 14 мар 2021 г.\nГубернатор провел встречу с инвесторами из Вьетнама."
    assert extract(text)["date"] == "2021-03-14"


# ------------------------------------------------------------------------- countries


def test_country_list_after_iz_names_the_guests() -> None:
    text = (
        "Область посетили дипломаты из Перу, Чили, Эквадора, Боливии и Парагвая. "
        "Гости осмотрели предприятия."
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
        ("Инвестор построит комплекс по переработке мяса индейки.", "food"),
        ("В районе запустят производство баранины.", "food"),
        ("Холдинг наладит выпуск керамогранита и облицовочного кирпича.", "construction"),
        ("Заводы края поставят продукцию энергомашиностроения.", "machine_building"),
        ("Компания построит золотодобывающую фабрику на севере области.", "mining"),
        ("Начато строительство горноперерабатывающего предприятия.", "mining"),
    ],
)
def test_direction_words(text: str, code: str) -> None:
    assert code in extract(text)["sectors"]


def test_equipment_bought_for_a_plant_is_not_machine_building() -> None:
    text = (
        "Инвестор построит мебельную фабрику. Заключены контракты на поставку и монтаж "
        "оборудования с зарубежными производителями."
    )
    assert "machine_building" not in extract(text)["sectors"]


# ----------------------------------------------------------------------- organisations


def test_agency_and_feed_joined_by_a_slash_are_an_outlet() -> None:
    text = "МОСКВА, 3 мая — РИА Новости/Прайм. Компания «Северный луч» построит завод в Перми."
    assert _orgs(text) == ["Северный луч"]


def test_bare_mining_plant_abbreviation_is_no_name() -> None:
    text = "Губернатор посетил строящийся ГОК вместе с директором компании «Уральский камень»."
    assert "ГОК" not in _orgs(text)


def test_science_and_technology_park_keeps_its_type_word() -> None:
    text = "Делегация посетила научно-технологический парк «Заря», который помогает стартапам."
    assert "Научно-технологический парк «Заря»" in _orgs(text)


def test_quoted_name_after_director_is_a_company() -> None:
    text = "По словам генерального директора «Таежный мир» Петра Соколова, завод заработает летом."
    assert "Таежный мир" in _orgs(text)


# -------------------------------------------------------------------------- locations


def test_bracketed_other_name_of_a_region() -> None:
    text = "Справочно: Республика Саха (Якутия) – крупный регион. Глава республики посетил Омск."
    locations = extract(text)["locations"]
    assert "Якутия" in locations
    assert not any("(" in place or ":" in place for place in locations)


def test_lone_type_word_or_cardinal_direction_is_no_place() -> None:
    text = (
        "Поворот на Восток продолжается, сказал губернатор Омской области. "
        "Компании поставят в Республику оборудование."
    )
    locations = extract(text)["locations"]
    assert "Восток" not in locations
    assert "Республика" not in locations


# ----------------------------------------------------------------------------- events


def test_meeting_with_a_foreign_side_reported_only_in_the_body_is_talks() -> None:
    text = (
        "Перу хочет использовать порты Камчатки\n"
        "Перуанские власти заинтересованы в поставках рыбы.\n"
        "Об этом сообщили в правительстве региона. "
        "Заявление прозвучало на встрече губернатора с послом Перу Карлосом Мендосой."
    )
    assert extract(text)["event_type"] == "negotiations"


def test_approval_at_a_sitting_is_the_news() -> None:
    text = (
        "Число резидентов зоны вырастет до двадцати. Проекты трех компаний были рассмотрены "
        "и одобрены на заседании экспертного совета в министерстве 5 мая."
    )
    assert extract(text)["event_type"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Министр промышленности и глава комитета подписали дорожную карту сотрудничества. "
        "В ней прописаны шаги по передаче технологий.",
        "Омская область на выставке подписала инвестсоглашения на 2 млрд рублей\n"
        "Выставка собрала сто участников.",
    ],
)
def test_signing_cues(text: str) -> None:
    assert extract(text)["event_type"] == "agreement_signed"


# ---------------------------------------------------------------------------- persons


def test_surname_first_with_patronymic() -> None:
    text = "Во встрече участвовал предприниматель Сидоров Павел Андреевич, глава холдинга."
    assert "Павел Сидоров" in _persons(text)


def test_first_name_and_patronymic_after_an_unknown_surname() -> None:
    text = "Губернатор встретился с бизнесменом Харламовым Олегом Игоревичем, основателем фирмы."
    persons = _persons(text)
    assert "Олег Игоревич" not in persons
    assert any(p.startswith("Олег Харламов") for p in persons)
