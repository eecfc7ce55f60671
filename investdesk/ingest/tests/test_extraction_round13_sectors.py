"""Sector classes of round 13 (issue 15): recall beyond the keyword lists, and the
mentions that are not the subject.

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: stems of industry words, products and equipment; a stem that
fits the printed word when the lemma is wrong; a handling facility before 'для'; a built
school or hospital; a company's name that tells its trade; a programme's title; a hotel as
a venue; a denied sector; a builder's trade.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # products, equipment and industry words beyond the names of the directions
        ("Инвестор откроет в районе цех по выпуску лапши быстрого приготовления.", "food"),
        ("На птицеводческом комплексе построят ещё три птичника.", "agriculture"),
        ("Компания наладит выпуск комплектующих для тракторов и комбайнов.", "machine_building"),
        ("В бухте начнётся строительство новой судоверфи.", "machine_building"),
        ("Соглашение предусматривает строительство гидроузла на реке.", "energy"),
        ("Инвестор построит горнопромышленное предприятие на севере края.", "mining"),
        ("Завод будет выпускать блочно-модульные здания.", "construction"),
        ("В городе появится аквапарк с гостиницей.", "tourism"),
        ("Фабрика начнёт выпуск медицинских расходников и перевязочных материалов.", "pharma"),
        ("Компания вложит средства в систему обращения с отходами.", "other"),
        ("Завод будет выпускать металлоконструкции и метизы.", "metallurgy"),
        ("Совместное предприятие займётся производством полимерной плёнки.", "petrochemicals"),
    ],
)
def test_wider_vocabulary(text: str, code: str) -> None:
    assert code in _sectors(text)


def test_stem_fits_printed_word_when_lemma_is_wrong() -> None:
    # the tagger may take a participle for a verb of another lemma; the printed word
    # still carries the stem
    assert "oil_gas" in _sectors("Компания построит хаб для сжиженного газа на побережье.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Порт получит новый терминал для зерна.", "agriculture"),
        ("На побережье появится хранилище для сжиженного газа.", "oil_gas"),
    ],
)
def test_goods_of_a_handling_facility_are_its_business(text: str, code: str) -> None:
    assert code in _sectors(text)


def test_customers_after_для_still_dropped() -> None:
    assert "energy" not in _sectors("Завод выпускает кабели для энергетической отрасли.")


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение позволит строить объекты: от дорог до медицинских учреждений.",
        "По соглашению в районе возведут две школы и детский сад.",
    ],
)
def test_built_social_objects_are_construction(text: str) -> None:
    assert "construction" in _sectors(text)


def test_social_object_without_building_is_not_construction() -> None:
    assert "construction" not in _sectors("Встреча с инвесторами прошла в школе бизнеса.")


def test_company_name_tells_its_trade() -> None:
    text = "Губернатор встретился с руководством компании «Уральская судоверфь»."
    assert "machine_building" in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        # a ministry or a fund is named for its portfolio, not its trade
        "Встречу провёл заместитель руководителя Фонда развития сельского хозяйства.",
        # a capitals-only brand: its stem is a guess
        "Соглашение подписала компания «АГРОТЕХСТРОЙ».",
    ],
)
def test_names_that_do_not_tell_a_trade(text: str) -> None:
    assert not _sectors(text) & {"agriculture", "construction", "machine_building"}


def test_programme_title_is_not_the_subject() -> None:
    text = (
        "Правительство одобрило изменения в государственную программу области "
        "«Развитие промышленности и туризма»."
    )
    assert "tourism" not in _sectors(text)


def test_hotel_as_venue_is_not_tourism() -> None:
    text = "Переговоры губернатора и посла прошли в конференц-зале отеля «Северный»."
    assert "tourism" not in _sectors(text)


def test_hotel_as_project_is_tourism() -> None:
    assert "tourism" in _sectors("Инвестор построит в центре города отель на 200 номеров.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Инвестор пришёл в регион не за нефтью, а за древесиной.", "timber", "oil_gas"),
        (
            "Стороны обсудили сотрудничество не только в энергетике, но и в туризме.",
            "energy",
            None,
        ),
    ],
)
def test_denied_sector(text: str, present: str, absent: str | None) -> None:
    found = _sectors(text)
    assert present in found
    if absent:
        assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Застройщик аквапарка с гостиницей вложит в проект 2 млрд рублей.",
        "Транспортный коридор построят вместе со строительной корпорацией из Китая.",
    ],
)
def test_builder_adds_no_construction(text: str) -> None:
    assert "construction" not in _sectors(text)


def test_builder_alone_keeps_construction() -> None:
    assert "construction" in _sectors("Застройщик начал возводить новый жилой квартал.")


def test_cargo_exports_are_logistics() -> None:
    found = _sectors("Через порт идёт экспортирование грузов, грузооборот растёт.")
    assert "export_promotion" not in found
    assert "logistics" in found


def test_goods_brought_in_are_trade() -> None:
    text = "Область наращивает закупки: из-за рубежа ввозили пластмассы и станки."
    found = _sectors(text)
    assert "petrochemicals" not in found
    assert "machine_building" not in found


def test_partner_wish_to_import_keeps_the_sector() -> None:
    text = "Китайская сторона заинтересована в импорте древесины для бумажной фабрики."
    assert "timber" in _sectors(text)
