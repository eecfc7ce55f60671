"""Error classes found on a fourth fresh held-out set of press releases (issue 15, round 8).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: agreements signed at a forum, a launch cue, an earlier event
retold after 'Напомним', two government bodies joined by 'и', territories such as aimags
and a Mongolian khural, and direction words (dairy, digitalisation, transport).
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import org_names as _orgs

# ------------------------------------------------------------------------ event type


def test_agreements_signed_at_a_forum_are_the_news() -> None:
    text = (
        "Омская область на инвестиционном форуме в Казани\n"
        "Делегация региона представила стенд. На втором дне форума правительство "
        "Омской области подписало соглашения с тремя инвесторами."
    )
    assert extract(text)["event_type"] == "agreement_signed"


def test_forum_as_the_subject_stays_a_forum() -> None:
    text = (
        "В Омске завершился международный форум\n"
        "Форум собрал более двух тысяч участников. На полях форума подписаны "
        "десять соглашений."
    )
    assert extract(text)["event_type"] == "forum"


def test_production_set_up_is_a_launch() -> None:
    text = "Китайская компания наладила производство керамической плитки в Омской области."
    assert extract(text)["event_type"] == "project_launch"


def test_signing_retold_after_napomnim_is_background() -> None:
    text = (
        "В Омске на новом заводе наладили выпуск стеновых панелей. "
        "Напомним, в 2019 году губернатор и инвестор подписали соглашение о намерениях."
    )
    assert extract(text)["event_type"] == "project_launch"


# ----------------------------------------------------------------------- organisations


def test_two_governments_joined_by_i_are_two_bodies() -> None:
    text = (
        "Подписан план между Правительством Республики Казахстан и Правительством Омской области."
    )
    orgs = _orgs(text)
    assert "Правительство Республики Казахстан" in orgs
    assert "Правительство Омской области" in orgs
    assert not any(" и " in name for name in orgs)


def test_aimag_is_a_place_not_an_organisation() -> None:
    result = extract("В Омск прибыла делегация Западного аймака Монголии во главе с губернатором.")
    assert "Западный аймак" in result["locations"]
    assert not any("аймак" in o["name"] for o in result["organizations"])


def test_khural_of_an_aimag_is_a_body() -> None:
    text = (
        "В Омске побывал председатель хурала гражданских представителей Западного аймака Монголии."
    )
    assert "Хурал гражданских представителей Западного аймака" in _orgs(text)


# ------------------------------------------------------------------------ directions


def test_dairy_industry_is_food() -> None:
    text = "Инвестор из Китая построит молочный завод в Омской области."
    assert "food" in extract(text)["sectors"]


def test_digitalisation_is_it() -> None:
    text = "Стороны обсудили проекты в сфере цифровизации городского хозяйства Омска."
    assert "it" in extract(text)["sectors"]


def test_transport_carriage_is_logistics() -> None:
    text = "Губернатор и гости из Монголии обсудили развитие транспортных перевозок."
    assert "logistics" in extract(text)["sectors"]


# ------------------------------------------------- written on half B (round 8, second step)


def test_form_of_address_is_not_part_of_the_name() -> None:
    text = (
        "Губернатор Омской области встретился с министром торговли Катара "
        "Его Превосходительством Халидом Бин Али Аль Тани."
    )
    names = [p["name"] for p in extract(text)["persons"]]
    assert not any("Превосходительств" in name for name in names)


def test_council_of_a_province_keeps_the_province() -> None:
    text = (
        "Вице-губернатор встретился с председателем Народного консультативного совета "
        "провинции Ганьсу."
    )
    assert "Народный консультативный совет провинции Ганьсу" in _orgs(text)


def test_deposit_with_its_kind_before_the_noun() -> None:
    text = "Инвестор вложит 2 млрд рублей в освоение Северо-Западного нефтяного месторождения."
    assert "Северо-Западное нефтяное месторождение" in extract(text)["locations"]


def test_high_technology_is_it() -> None:
    text = "Соглашение касается сотрудничества в области высоких технологий и медицины."
    assert "it" in extract(text)["sectors"]
