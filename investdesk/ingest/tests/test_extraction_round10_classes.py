"""Error classes in sectors and event type left after round 9 (issue 15, round 10).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a meeting held at a big forum, an agreement reached (not only
signed), exports reported as trade figures, goods listed as export categories,
'строительство' as an item of a list of sectors, the guests' own trades, ties the sides
already have, and food processing named by its raw material.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import event as _event


def _sectors(text: str) -> list[str]:
    return extract(text)["sectors"]


# -------------------------------------------------------------------------- event type


def test_a_meeting_at_a_forum_in_the_headline_is_negotiations() -> None:
    text = (
        "Первую встречу на форуме ВЭФ губернатор Тамбовской области провёл с послом Вьетнама\n"
        "Стороны обсудили поставки зерна и открытие прямого авиасообщения. Посол пригласил "
        "губернатора посетить Ханой."
    )
    assert _event(text) == "negotiations"


def test_a_meeting_in_the_frame_of_a_named_forum_is_negotiations() -> None:
    text = (
        "Губернатор Курганской области встретился с генеральным консулом Индии в рамках "
        "Петербургского международного экономического форума (ПМЭФ). Консул рассказал о "
        "планах индийских фармацевтических компаний."
    )
    assert _event(text) == "negotiations"


def test_a_forum_that_is_the_subject_stays_a_forum() -> None:
    text = (
        "Форум регионов открылся в Казани\n"
        "Форум собрал более тысячи участников из двадцати стран. На пленарной сессии "
        "выступили министры и главы регионов."
    )
    assert _event(text) == "forum"


def test_an_agreement_reached_at_a_forum_is_agreement_signed() -> None:
    text = (
        "Турецкая компания построит завод по выпуску стекла в Курской области\n"
        "Соглашение было достигнуто в ходе международного форума в Сочи. Стоимость проекта "
        "составит три миллиарда рублей."
    )
    assert _event(text) == "agreement_signed"


# ----------------------------------------------------------------------------- sectors


def test_exports_in_trade_figures_are_not_export_promotion() -> None:
    text = (
        "Губернатор встретился с послом Малайзии. За год товарооборот между странами вырос "
        "на 30 %: экспорт увеличился на 40 %, а импорт на 12 %."
    )
    assert "export_promotion" not in _sectors(text)


def test_goods_listed_as_export_categories_are_not_sectors() -> None:
    text = (
        "Министр встретился с делегацией из Омана. Он отметил, что основные категории "
        "экспорта региона составляют удобрения, продукция машиностроения и древесина."
    )
    sectors = _sectors(text)
    assert "export_promotion" not in sectors
    assert "chemicals" not in sectors
    assert "machine_building" not in sectors


def test_export_promotion_as_a_goal_stays() -> None:
    text = (
        "Губернатор обсудил с послом Индонезии поддержку экспорта продукции областных предприятий."
    )
    assert "export_promotion" in _sectors(text)


def test_construction_in_a_list_of_sectors() -> None:
    text = (
        "Стороны договорились о сотрудничестве в сфере привлечения инвестиций, строительства "
        "и логистики."
    )
    assert "construction" in _sectors(text)


def test_construction_of_a_plant_is_not_the_construction_sector() -> None:
    text = (
        "Инвестор рассказал о планах строительства завода по выпуску удобрений, "
        "а также о логистике сырья."
    )
    assert "construction" not in _sectors(text)


def test_the_guests_trades_are_not_sectors() -> None:
    text = (
        "В Курганскую область прибыла делегация из Казахстана. В составе делегации "
        "представители строительной и текстильной промышленности."
    )
    sectors = _sectors(text)
    assert "construction" not in sectors
    assert "other" not in sectors


def test_people_nouns_of_arriving_guests_are_not_sectors() -> None:
    text = "В Томск прибыли турецкие предприниматели, строители и энергетики."
    sectors = _sectors(text)
    assert "construction" not in sectors
    assert "energy" not in sectors


def test_a_topic_of_a_visit_stays_a_sector() -> None:
    text = "В Томск прибыла делегация Монголии для обсуждения сотрудничества в энергетике."
    assert "energy" in _sectors(text)


def test_ties_the_sides_already_have_are_background() -> None:
    text = (
        "«Наши регионы давно связывают отношения в сфере туризма и лесопереработки», "
        "- сказал губернатор. Гость рассказал о планах построить нефтеперерабатывающий завод."
    )
    sectors = _sectors(text)
    assert "tourism" not in sectors
    assert "timber" not in sectors
    assert "oil_refining" in sectors


def test_processing_of_agricultural_produce_is_food() -> None:
    text = "Стороны обсудили инвестиции в переработку сельхозпродукции."
    assert "food" in _sectors(text)


def test_the_food_adjective_in_a_list_of_industries_is_food() -> None:
    text = (
        "Меморандум предусматривает сотрудничество в промышленности, в том числе "
        "горнодобывающей, пищевой и лесной."
    )
    assert "food" in _sectors(text)
