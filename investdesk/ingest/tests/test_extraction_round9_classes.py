"""Error classes found on a fifth fresh held-out set of press releases (issue 15, round 9).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a mission or an association whose name holds its host ('в
России', 'во Владивостоке'), a board named before its organisation, a federal ministry
named in a minister's title with its portfolio after the country, a chamber whose name
lists its areas with commas, companies listed after 'такие компании, как', and a
feminine foreign first name in the instrumental.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def _persons(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["persons"]]


# ----------------------------------------------------------------------- organisations


def test_a_mission_keeps_its_host_city_after_vo() -> None:
    text = (
        "Губернатор принял делегацию. Генконсульство Республики Казахстан во Владивостоке "
        "поможет организовать ответный визит."
    )
    assert "Генконсульство Республики Казахстан во Владивостоке" in _orgs(text)


def test_an_association_keeps_its_host_country() -> None:
    text = (
        "Во встрече участвовал председатель Ассоциации турецких промышленников в России "
        "Мехмет Йылмаз."
    )
    assert "Ассоциация турецких промышленников в России" in _orgs(text)


def test_a_trade_mission_keeps_its_host_country() -> None:
    text = (
        "Круглый стол прошёл при поддержке Торгового представительства России в Индии, "
        "сообщили в правительстве Омской области."
    )
    assert "Торговое представительство России в Индии" in _orgs(text)


def test_a_board_before_its_organisation_is_not_the_name() -> None:
    text = (
        "На встрече выступил председатель Правления Российско-Итальянской торговой палаты "
        "Джованни Росси."
    )
    orgs = _orgs(text)
    assert "Российско-Итальянская торговая палата" in orgs
    assert not any(name.startswith("Правление") for name in orgs)


def test_federal_ministry_in_a_title_keeps_its_portfolio() -> None:
    text = "С инвесторами встретился Министр Российской Федерации по развитию Арктики Иван Петров."
    assert "Министерство Российской Федерации по развитию Арктики" in _orgs(text)


def test_a_chamber_lists_its_areas_with_commas() -> None:
    text = (
        "В делегацию вошёл президент Палаты торговли, промышленности и сельского хозяйства "
        "провинции Исфахан Али Карими."
    )
    orgs = _orgs(text)
    assert "Палата торговли, промышленности и сельского хозяйства провинции Исфахан" in orgs
    assert "Палата торговли" not in orgs


def test_companies_listed_after_such_as_are_organisations() -> None:
    text = (
        "В области работают такие компании, как «Тремакс», «Волмер» и «Сантекс», "
        "рассказал губернатор."
    )
    orgs = _orgs(text)
    for name in ("Тремакс", "Волмер", "Сантекс"):
        assert name in orgs


# ----------------------------------------------------------------------------- persons


def test_feminine_foreign_first_name_in_the_instrumental() -> None:
    text = "Губернатор встретился с послом Республики Сербия Патрицией Росси."
    assert "Патриция Росси" in _persons(text)
