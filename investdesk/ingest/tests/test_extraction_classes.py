"""The error classes of issue 15, on sentences written for the tests (not from the eval set).

Each test names a class: what is not an organisation, where a name ends, names in Russian
cases, countries in passing, sector words, event types and amounts that are not investment.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Учения «Восток-2030» прошли в Приморье, сообщил губернатор.", "Восток-2030"),
        ("Стороны обсудили развитие АПК и ТЭК Курганской области.", "АПК"),
        ("Об этом пишет портал Промнавигатор со ссылкой на губернатора.", "Промнавигатор"),
        ("Переговоры прошли в Доме Правительства Курганской области.", "Дом правительства"),
    ],
)
def test_events_abbreviations_outlets_and_buildings_are_not_organisations(text, absent):
    assert absent.lower() not in [name.lower() for name in _orgs(text)]


def test_a_foreign_ministry_is_named_by_its_ministers_title():
    text = (
        "Губернатор встретился с министром энергетики, горной промышленности и торговли Монголии."
    )
    assert "Министерство энергетики, горной промышленности и торговли Монголии" in _orgs(text)
    # a Russian ministry comes from the lexicon, not from a title
    assert not any(n.startswith("Министерство") for n in _orgs("Выступил министр финансов России."))


def test_a_name_that_lists_its_members_runs_past_the_comma():
    text = "Соглашение подписано с Союзом заводов, фабрик и мастерских Урала."
    assert "Союз заводов, фабрик и мастерских Урала" in _orgs(text)


def test_latin_company_after_a_company_word_and_chinese_name_without_type_word():
    text = "Подписан договор с компанией Harbin Lanxin Machinery Co., Ltd о поставках."
    assert "Harbin Lanxin Machinery Co., Ltd" in _orgs(text)
    assert "Хуайхэ Чжиюань" in _orgs("Китайская корпорация «Хуайхэ Чжиюань» построит завод.")


def test_informal_region_government_merges_with_the_official_one():
    text = (
        "Правительство Свердловской области одобрило проект. "
        "В правительстве Среднего Урала отметили его значение."
    )
    governments = [n for n in _orgs(text) if n.startswith("Правительство")]
    assert governments == ["Правительство Свердловской области"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Губернатор провёл переговоры с Ван Цзиньлуном.", "Ван Цзиньлун"),
        (
            "Глава региона встретился с министром финансов Ирана Мохаммадом Резой Ахмади.",
            "Мохаммад Реза Ахмади",
        ),
    ],
)
def test_names_after_a_title_or_s_take_the_nominative(text, name):
    assert name in [p["name"] for p in extract(text)["persons"]]


def test_countries_in_a_long_list_are_not_counterparties():
    text = (
        "Делегация из Вьетнама посетила завод. Продукция завода поставляется "
        "в Армению, Казахстан, Монголию, Сербию и Египет."
    )
    assert extract(text)["countries"] == ["VN"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Стороны обсудили проекты в нефтегазохимии.", "petrochemicals"),
        ("Обсуждалась модернизация топливно-энергетического комплекса.", "energy"),
        ("Речь шла о проектах ЖКХ в малых городах.", "construction"),
        ("Инвестор построит завод радиоэлектроники.", "it"),
    ],
)
def test_sector_words_by_stem_and_compound(text, code):
    assert code in extract(text)["sectors"]


def test_amounts_that_are_loans_or_profits_are_not_investment():
    text = (
        "Компания получила заем в размере 30 млн рублей. Чистая прибыль составила "
        "12 млн рублей. Инвестиции в проект составят 800 млн рублей."
    )
    assert extract(text)["amounts_rub"] == [800_000_000]


def test_a_planned_signing_is_not_an_agreement_signed():
    text = (
        "Делегация области прибыла в Китай с деловой миссией. В программе визита — "
        "встречи с инвесторами и подписание соглашения о сотрудничестве."
    )
    assert extract(text)["event_type"] == "delegation_visit"


def test_visiting_a_country_is_not_a_site_visit():
    text = "Губернатор посетит Вьетнам с рабочим визитом\n\nВ программе встречи с инвесторами."
    assert extract(text)["event_type"] == "delegation_visit"


def test_chinese_names_the_ner_misses_are_found_where_a_title_frames_them():
    text = "Губернатор провёл переговоры с Ван Цзиньлуном и обсудил проект."
    assert [p["name"] for p in extract(text)["persons"]] == ["Ван Цзиньлун"]
    text = "Выступил председатель совета директоров Ли Сяопэн."
    assert [p["name"] for p in extract(text)["persons"]] == ["Ли Сяопэн"]


def test_span_boundaries_of_official_names():
    text = (
        "Соглашение подписали Корпорация развития Курганской области (КРКО) и компания «Ромашка»."
    )
    assert "Корпорация развития Курганской области" in _orgs(text)
    text = "Делегацию возглавил Департамент коммерции Народного правительства провинции Хэйлунцзян."
    assert _orgs(text) == ["Департамент коммерции Народного правительства провинции Хэйлунцзян"]


def test_social_networks_and_web_addresses_are_not_organisations():
    text = "Об этом сообщил Telegram-канал губернатора. Подробности на сайте ura.ru."
    assert _orgs(text) == []


def test_a_delegation_holding_talks_at_a_forum_is_not_the_forum():
    talks = (
        "Делегация области участвует в международном форуме в Алматы.\n"
        "Делегация провела переговоры с деловыми кругами Казахстана."
    )
    assert extract(talks)["event_type"] == "delegation_visit"
    stand = (
        "Делегация области работает на инвестиционном форуме в Дубае.\n"
        "У региона свой павильон, переговоры с инвесторами из ОАЭ пока только намечаются."
    )
    assert extract(stand)["event_type"] == "forum"


def test_a_body_named_in_a_title_takes_its_owner_from_the_context():
    inherited = (
        "Переговоры провели заместитель министра энергетики Казахстана Арман Сейткалиев "
        "и заместитель министра транспорта Марат Жумабаев."
    )
    orgs = extract(inherited)["organizations"]
    assert {(o["name"], o["country"]) for o in orgs} >= {
        ("Министерство энергетики Казахстана", "KZ"),
        ("Министерство транспорта Казахстана", "KZ"),
    }
    back_reference = (
        "Гости побывали в Иркутском районе. Переговоры вёл министр экономического "
        "развития области Игорь Петров."
    )
    assert "Министерство экономического развития Иркутской области" in _orgs(back_reference)


def test_a_meeting_with_a_delegation_that_reports_only_talks_is_negotiations():
    meeting = (
        "Вице-губернатор провёл встречу с делегацией провинции Хэнань (КНР).\n"
        "Стороны обсудили сотрудничество в сельском хозяйстве и провели переговоры о "
        "поставках зерна. На встрече обсуждались и вопросы логистики."
    )
    assert extract(meeting)["event_type"] == "negotiations"
    tour = (
        "Делегация Монголии третий день работает в области с визитом. Гости осмотрели два "
        "завода и технопарк. Губернатор встретился с членами делегации, стороны обсудили "
        "сотрудничество."
    )
    assert extract(tour)["event_type"] == "delegation_visit"


def test_talks_in_the_lead_outrank_a_visit_in_the_background():
    text = (
        "Губернатор провёл переговоры с руководством индийской компании.\n"
        "Компания намерена построить фабрику в области.\n"
        "В прошлом году во время визита в Мумбаи делегация области посетила предприятия "
        "компании."
    )
    assert extract(text)["event_type"] == "negotiations"


def test_a_tie_between_talks_and_visit_goes_to_the_headline():
    talks = (
        "Губернатор провёл встречу с министром экономики Вьетнама\n\n"
        "Делегация области работает во Вьетнаме с официальным визитом, во время поездки "
        "губернатор провёл встречу с министром. Стороны обсудили сотрудничество в энергетике "
        "и промышленности. Переговоры прошли в здании министерства."
    )
    assert extract(talks)["event_type"] == "negotiations"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Стороны обсудили сельскохозяйственное машиностроение.",
            "machine_building",
            "agriculture",
        ),
        ("Завод переработает ягоды и лекарственные растения.", "food", "pharma"),
        ("Перевозчик обновит парк техники в следующем году.", "machine_building", None),
        ("Завод будет производить оборудование для шахт.", "machine_building", None),
        ("Обсуждалось строительство нового глубоководного порта.", "logistics", None),
        ("Бизнес-миссия области отправится в Китай.", "export_promotion", None),
        ("Торговая миссия Вьетнама прибыла в область.", None, "export_promotion"),
        ("Китайская бизнес-миссия прибыла в область.", None, "export_promotion"),
        ("Производитель телекоммуникационного оборудования.", None, "machine_building"),
    ],
)
def test_sector_words_qualified_by_their_context(text, present, absent):
    sectors = extract(text)["sectors"]
    assert present is None or present in sectors
    assert absent is None or absent not in sectors


def test_a_country_list_runs_past_a_name_split_by_an_apostrophe():
    text = (
        "Делегация торговых представителей России работала в области.\nПредставители в "
        "Перу, Индии, Вьетнаме, Кот-д`Ивуаре, Бразилии и Чили побывали на новом заводе."
    )
    result = extract(text)
    assert result["countries"] == []
    assert result["event_type"] == "delegation_visit"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Правительство края утвердило КИП «Северный путь».", "КИП"),
        ("Льготный режим Свободного порта Находка привлёк инвесторов.", "Свободный порт"),
    ],
)
def test_projects_and_legal_regimes_are_not_organisations(text, absent):
    assert not any(name.lower().startswith(absent.lower()) for name in _orgs(text))
