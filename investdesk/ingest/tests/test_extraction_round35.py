"""Round 35 classes, on invented sentences: the homes of a joint project's companies, a
company's markets and former owner, a school's genitive trade, a mill's inputs, a works'
own storage, a hub in a figure of speech, a word inside a quoted name, and a stop at a works
on a working trip."""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import (
    amounts,
    countries,
    event,
    org_names,
    sectors,
)

# ----------------------------------------------------------------------------- countries


def test_a_country_among_the_homes_of_a_joint_projects_companies_is_a_side() -> None:
    text = (
        "В Томске открылась швейная фабрика. Предприятие — совместный проект компаний "
        "Томска, Монголии и Республики Беларусь. Белорусская сторона поставит оборудование."
    )
    assert set(countries(text)) == {"MN", "BY"}


def test_a_companys_markets_beside_russia_are_no_parties() -> None:
    text = (
        "Совет по инвестициям области одобрил проект завода по выпуску запчастей для лодок. "
        "Проект реализует местная компания, поставляя продукцию по всей России, а также в "
        "Белоруссию и Казахстан."
    )
    assert countries(text) == []


def test_a_former_owner_of_the_site_is_no_party() -> None:
    text = (
        "В области заработал завод лопастей для ветряных электростанций. Ранее площадка "
        "принадлежала датской компании «Nordvind». Сейчас на заводе работают 300 человек."
    )
    assert countries(text) == []


def test_a_foreign_company_that_owns_the_works_now_is_still_a_party() -> None:
    text = (
        "Губернатор посетил завод, который принадлежит датской компании «Nordvind». "
        "Компания намерена расширить производство лопастей."
    )
    assert countries(text) == ["DK"]


# ------------------------------------------------------------------------------- sectors


def test_a_trade_in_the_genitive_after_a_school_is_its_name() -> None:
    text = (
        "В Астрахань прибыла делегация провинции Гилян, в её составе ректор "
        "университета сельскохозяйственных наук. Стороны обсудили сотрудничество в "
        "туристической отрасли."
    )
    assert "agriculture" not in sectors(text)


def test_fibres_a_knitwear_mill_works_are_its_inputs() -> None:
    text = (
        "Трикотажная фабрика открылась в Чите. Здесь будут вязать свитеры и шарфы из "
        "шерсти, а также шить домашний текстиль из хлопка."
    )
    assert sectors(text) == {"other"}


def test_seeds_and_meal_of_an_oil_extraction_plant_are_its_chain() -> None:
    text = (
        "В Пензенской области заработал маслоэкстракционный завод мощностью переработки 500 "
        "тонн семян подсолнечника в сутки. Кроме масла завод будет выпускать шрот, ценный "
        "кормовой продукт."
    )
    assert sectors(text) == {"food"}


@pytest.mark.parametrize(
    "text",
    [
        "Цех будет построен рядом с заводом, под склады готовой продукции отведут 2 000 кв. м.",
        "Корпуса бывшего цеха использовались под складские помещения для готовой продукции.",
        "Как Тамбовская область становится индустриальным хабом Черноземья.",
        "На встрече были представители компаний «Вега Логистика» и «Орион».",
    ],
)
def test_no_logistics_in_a_works_storage_a_figure_of_speech_or_a_quoted_name(text) -> None:
    assert "logistics" not in sectors(text)


def test_a_warehouse_built_for_others_is_still_logistics() -> None:
    assert "logistics" in sectors("В Подольске построят складской комплекс класса А.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Подписано соглашение о строительстве завода минеральной ваты.", "construction"),
        ("Республика модернизирует багги для нужд заказчика.", "machine_building"),
        ("Завод развивает твердосплавное производство.", "metallurgy"),
    ],
)
def test_new_words_of_a_direction(text, code) -> None:
    assert code in sectors(text)


def test_a_long_list_of_industries_a_product_is_used_in_names_its_customers() -> None:
    text = (
        "Губернатор открыл завод кабеленесущих систем. Эта продукция востребована в "
        "промышленности, энергетике, строительстве, на транспорте, в нефтегазовой отрасли."
    )
    assert "oil_gas" not in sectors(text)


# ------------------------------------------------------------------------------- amounts


def test_the_size_of_the_investments_an_effect_comes_from_is_investment() -> None:
    text = (
        "По прогнозам, экономический эффект от инвестиций в объеме 3 млрд рублей будет "
        "выражен в создании 500 рабочих мест."
    )
    assert amounts(text) == [3_000_000_000]


def test_an_effect_itself_is_no_investment() -> None:
    assert amounts("Бюджетный эффект от проекта составит 2 млрд рублей.") == []


# ------------------------------------------------------------------------- organisations


def test_a_numbered_gathering_is_no_organisation() -> None:
    text = "В рамках мероприятий III Совета регионов России и Казахстана подписано соглашение."
    assert org_names(text) == []


def test_a_body_by_its_kind_and_quoted_name_is_the_full_name_printed_before() -> None:
    text = (
        "Делегацию возглавил советник руководителя Фонда Национального Развития «Навид». "
        "Ранее компания «Порт Лотос» и Фонд «Навид» подписали соглашение."
    )
    assert org_names(text) == ["Фонд Национального Развития «Навид»", "Порт Лотос"]


def test_a_provinces_government_with_and_without_the_word_province_is_one() -> None:
    text = (
        "Правительство Тверской области подписало соглашение с Народным правительством "
        "провинции Хэнань. Взаимодействие Народного правительства Хэнани с Правительством "
        "Тверской области развивается."
    )
    assert org_names(text) == [
        "Правительство Тверской области",
        "Народное правительство провинции Хэнань",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Состоялось открытие молочного комбината «Зорька».", "Молочный комбинат «Зорька»"),
        ("Делегация побывала на новом комбинате «Заря».", "Комбинат «Заря»"),
    ],
)
def test_a_plants_trade_adjective_stays_with_its_type_word(text, name) -> None:
    assert org_names(text) == [name]


def test_a_plant_named_again_by_its_type_word_alone_is_the_same_plant() -> None:
    text = "Открылся молочный комбинат «Зорька». Комбинат «Зорька» будет выпускать сыры."
    assert org_names(text) == ["Молочный комбинат «Зорька»"]


def test_a_house_of_friendship_is_a_venue() -> None:
    text = "Глава республики провел встречу с послом Ирана. Встреча состоялась в Доме дружбы."
    assert org_names(text) == []


# -------------------------------------------------------------------------------- events


def test_a_stop_at_a_works_on_a_working_trip_is_a_site_visit() -> None:
    text = (
        "Губернатор заинтересован в возрождении завода\n\n"
        "Губернатор во время рабочей поездки в Киржачский район заехал на завод "
        "«Орион». Предприятие принадлежит турецким инвесторам, цеха законсервированы."
    )
    assert event(text) == "site_visit"


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор и инвестор в ходе рабочей встречи заложили капсулу времени в основание "
        "нового цеха.",
        "Символический фундамент в основание нового технопарка «Север» вместе с "
        "представителями региона заложил заместитель министра.",
    ],
)
def test_a_capsule_or_a_symbolic_foundation_laid_starts_a_project(text) -> None:
    assert event(text) == "project_launch"


def test_a_headline_meeting_with_an_ambassador_who_came_is_talks() -> None:
    text = (
        "Губернатор провел рабочую встречу с послом Армении\n"
        "Посол Армении в России с рабочим визитом приехал в Курск. Губернатор провел "
        "рабочую встречу с почетными гостями."
    )
    assert event(text) == "negotiations"


def test_an_ambassador_heading_a_delegation_that_arrives_is_still_a_visit() -> None:
    text = (
        "Посол Ирана прибыл в регион\n"
        "Сегодня в регион прибывает делегация Ирана во главе с послом. В течение трех дней "
        "гости посетят предприятия."
    )
    assert event(text) == "delegation_visit"
