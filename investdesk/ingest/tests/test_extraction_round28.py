"""Rules of round 28 (issue 15); every sentence is invented."""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import amounts, event


def sectors(text: str) -> list[str]:
    return extract(text)["sectors"]


@pytest.mark.parametrize("word", ["хлопчато-бумажном", "хлопчатобумажном"])
def test_a_cotton_mill_is_no_paper_mill(word: str) -> None:
    text = f"Новости\n\nНа {word} комбинате «Энсктекс» в Тэнске выпустили первую пряжу."
    assert "timber" not in sectors(text)


def test_a_paper_mill_is_still_timber() -> None:
    text = "Новости\n\nНа бумажном комбинате «Энскбум» в Тэнске выпустили первую партию картона."
    assert "timber" in sectors(text)


@pytest.mark.parametrize("works", ["Новая линия по выпуску пряжи", "Вторая очередь фабрики"])
def test_a_line_opened_named_before_a_passive_verb_is_a_launch(works: str) -> None:
    text = f"Новости\n\n{works} открыта на комбинате «Энсктекс» в Тэнской области."
    assert event(text) == "project_launch"


def test_a_credit_line_opened_is_no_launch() -> None:
    text = "Новости\n\nКредитная линия на 300 млн рублей открыта комбинату «Энсктекс»."
    assert event(text) != "project_launch"


def orgs(text: str) -> list[str]:
    return [org["name"] for org in extract(text)["organizations"]]


def test_a_capitalised_post_with_its_portfolio_is_no_body() -> None:
    text = (
        "Новости\n\nГлава республики встретился с Государственным министром по внешней "
        "торговле Энской Республики Иваном Петровым."
    )
    assert not any("министр" in name.lower() for name in orgs(text))


def test_a_deputy_ministers_portfolio_before_the_named_ministry() -> None:
    text = (
        "Новости\n\nСостоялась встреча с заместителем министра по нефтегазовой индустрии "
        "Министерства энергетики ОАЭ Иваном Петровым."
    )
    assert orgs(text) == ["Министерство энергетики ОАЭ"]


def test_a_city_adjective_and_a_university_name_the_university() -> None:
    text = "Новости\n\nВ планах - научные проекты с Тэньским университетом в области биомедицины."
    assert orgs(text) == ["Тэньский университет"]


def test_a_union_of_chambers_is_one_body() -> None:
    text = (
        "Новости\n\nСостоялись переговоры с президентом Союза торговых палат и бирж Турции "
        "Иваном Петровым."
    )
    assert orgs(text) == ["Союз торговых палат и бирж Турции"]


def test_a_delegation_of_a_parliament_names_the_parliament() -> None:
    text = (
        "Новости\n\nДелегация Великого Национального Собрания Турецкой Республики прибыла в "
        "Казань. Гости выступили в Госсовете."
    )
    names = orgs(text)
    assert not any(name.lower().startswith("делегац") for name in names)


def test_a_short_council_name_is_the_council_named_in_full() -> None:
    text = (
        "Новости\n\nГости выступили в Госсовете. Был подписан меморандум между Государственным "
        "Советом Республики Татарстан и парламентом Энии."
    )
    assert orgs(text) == ["Государственный Совет Республики Татарстан"]


def test_a_production_association_drops_its_form() -> None:
    text = "Новости\n\nООО ПО «Энскэнерго» заключило соглашение с компанией «Тэнсквинт»."
    assert orgs(text) == ["Энскэнерго", "Тэнсквинт"]


def test_a_signing_level_with_the_forum_it_was_signed_at_is_the_news() -> None:
    text = (
        "Энскстрой вложит 2 млрд рублей в завод в Тэнском районе\n\n"
        "Завод по производству газоблоков собираются построить в Тэнском районе. Инвестор "
        "намерен вложить в проект более 2 млрд рублей. Соглашение об этом в рамках ПМЭФ-2024 "
        "подписали вице-губернатор Энской области Иван Петров и глава района Пётр Сидоров. "
        "Производство стройматериалов важно для края, отметил в ходе встречи Иван Петров."
    )
    assert event(text) == "agreement_signed"


@pytest.mark.parametrize(
    "text",
    [
        "Предприятие «Энскполимер» поставит для компании «Тэнспак» из Энска полипропилен для "
        "производства пленки на сумму 1,5 млрд рублей.",
        "Завод поставит оборудование на 300 млн рублей.",
    ],
)
def test_a_supply_is_no_investment(text: str) -> None:
    assert amounts(f"Новости\n\n{text}") == []


def test_a_plant_that_supplies_and_builds_still_invests() -> None:
    text = "Новости\n\nКомпания поставит оборудование и построит завод стоимостью 1,5 млрд рублей."
    assert amounts(text) == [1_500_000_000]


def test_the_industry_a_product_is_used_in_is_its_customer() -> None:
    text = (
        "Новости\n\nВ Энске запущено производство азотных удобрений. Продукция будет "
        "востребована в сельском хозяйстве, особенно в тепличных комплексах."
    )
    assert sectors(text) == ["chemicals"]


def test_potash_fertiliser_is_chemicals_and_food_security_no_food() -> None:
    text = (
        "Новости\n\nВ Энске запущено производство азотно-калийных удобрений. Оно укрепит "
        "продовольственную безопасность."
    )
    assert sectors(text) == ["chemicals"]


def test_a_potash_mine_is_still_mining() -> None:
    assert "mining" in sectors("Новости\n\nКомпания построит калийный рудник в Энской области.")


def test_two_plants_opened_in_a_passive_are_a_launch() -> None:
    text = (
        "Новости\n\nСразу два новых завода компании «Энскгласс» были официально открыты в "
        "минувшие выходные в ОЭЗ «Тэнск»."
    )
    assert event(text) == "project_launch"


def test_meetings_and_forums_still_to_come_are_no_event_held() -> None:
    text = (
        "Энская область будет сотрудничать с провинцией Тэнь\n\n"
        "Энергетика, машиностроение и образование. В этих направлениях Энская область будет "
        "сотрудничать с провинцией Тэнь. Соглашение об этом губернатор Иван Петров подписал в "
        "ходе своего визита в Иран. В течение трёх лет будут проходить рабочие встречи, "
        "консультации и совместные форумы. Помимо этого запланирован обмен выставками."
    )
    assert event(text) == "agreement_signed"


def test_a_forum_held_now_is_still_a_forum() -> None:
    text = (
        "В Энске открылся инвестиционный форум\n\n"
        "В Энске открылся международный инвестиционный форум. В его рамках будут подписаны "
        "соглашения."
    )
    assert event(text) == "forum"


def test_an_officials_working_trip_to_a_district_is_a_tour_whoever_invests() -> None:
    text = (
        "Энско-китайский лесопромышленный комплекс заработает в феврале\n\n"
        "Губернатор Энской области Иван Петров посетил с рабочей поездкой Тэнский район, где "
        "познакомился с ходом строительства лесопромышленного парка. Комплекс возводит "
        "китайская компания «Энсклес»."
    )
    assert event(text) == "site_visit"


def test_a_city_named_as_a_figure_of_speech_is_no_partner() -> None:
    text = (
        "Энский край станет ореховой Меккой?\n\n"
        "В Энском крае появится завод по переработке кедровых орехов монгольской компании."
    )
    assert extract(text)["countries"] == ["MN"]


def test_quoted_names_given_as_examples_of_a_kind() -> None:
    text = (
        "Новости\n\nПроект может пройти на базе машиностроительных предприятий, таких как "
        '"Энскдизель" (Энск) или "Концерн ТЭМЗ" (Тэнск).'
    )
    assert orgs(text) == ["Энскдизель", "Концерн ТЭМЗ"]


@pytest.mark.parametrize("acronym", ["БЭФ", "ТЭФ"])
def test_an_economic_forums_acronym_is_no_organisation(acronym: str) -> None:
    text = f"Новости\n\nГубернатор перед открытием {acronym} провёл встречу с министром."
    assert orgs(text) == []


def test_a_special_investment_contract_is_no_organisation() -> None:
    text = (
        "Новости\n\nПроизводитель может заменить партнёра при реализации специального "
        "инвестиционного контракта (СПИК 2.0) в Энской области."
    )
    assert orgs(text) == []


def test_bodies_listed_for_a_foreign_province_are_the_provinces() -> None:
    text = (
        "Энская область и вьетнамская провинция Нгеан заключили соглашение\n\n"
        "Энскую область посещают заместитель Председателя Народного Совета провинции Нгеан "
        "Нгуен Нам Динь, а также представители Комитета по делам национальностей, "
        "Департамента промышленности и торговли, Департамента иностранных дел провинции."
    )
    names = orgs(text)
    assert "Департамент промышленности и торговли провинции Нгеан" in names
    assert not any("Энской области" in name for name in names)


def test_a_peoples_council_of_a_named_province() -> None:
    text = (
        "Новости\n\nЗаместитель председателя Народного Совета провинции Хэйлунцзян Ли Мин "
        "прибыл в Хабаровск."
    )
    assert orgs(text) == ["Народный Совет провинции Хэйлунцзян"]


@pytest.mark.parametrize(
    "sentence",
    [
        "В Энске собран первый трактор совместного производства.",
        "В особой экономической зоне «Энск» открыт молокозавод компании «Тэнсмилк».",
        "Мясокомбинат компании «Тэнсмит» открыт в Энске.",
    ],
)
def test_first_products_and_compound_works_opened_are_a_launch(sentence: str) -> None:
    assert event(f"Новости\n\n{sentence}") == "project_launch"


def test_a_gloss_between_a_zone_and_its_name() -> None:
    text = (
        "Новости\n\nНа территории СЭЗ (свободной экономической зоны – прим. ред.) «Тэнсур» "
        "открылся завод."
    )
    assert "СЭЗ «Тэнсур»" in orgs(text)


def test_the_industries_that_will_buy_a_product_are_customers() -> None:
    text = (
        "Новости\n\nВ Энске открылся цех сборки оборудования для распределенной энергетики. "
        "Продукция завода будет востребована предприятиями нефтегазовой и горно-обогатительной "
        "промышленности и сельхозпроизводителями."
    )
    assert sectors(text) == ["energy"]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор поставил задачу привлечь в регион 100 млрд рублей инвестиций.",
        "Глава поставил перед командой цель привлечь 5 млрд рублей.",
    ],
)
def test_setting_a_goal_is_no_supply(text: str) -> None:
    assert amounts(f"Новости\n\n{text}") != []


def test_a_trade_house_opened_during_a_visit_is_no_launch() -> None:
    text = (
        "В Энской области открылся Торговый дом иранской провинции Тэнаран\n\n"
        "24-26 сентября 2019 г. в г. Энске находилась делегация провинции Тэнаран Исламской "
        "Республики Иран во главе с губернатором провинции. В рамках визита состоялась "
        "торжественная церемония открытия Торгового дома провинции. Губернатор Энской области "
        "Иван Петров провел рабочую встречу с гостями. Стороны обсудили вопросы сотрудничества."
    )
    assert event(text) == "delegation_visit"


def test_a_plant_opened_is_still_a_launch() -> None:
    text = "В Энской области открылся завод компании «Тэнсмаш»\n\nЗавод выпускает насосы."
    assert event(text) == "project_launch"


def test_the_headlines_talks_outrank_a_show_the_trip_was_for() -> None:
    text = (
        "Губернатор Энской области обсудил партнерство с китайским заводом\n\n"
        "Иван Петров 19 ноября уехал в Гуанчжоу для участия в международной автомобильной "
        "выставке. Накануне глава региона провел рабочую встречу с президентом группы "
        "«Тэнгласс». Провели переговоры с представителями компаний."
    )
    assert event(text) == "negotiations"


def test_forum_participants_touring_plants_is_a_tour() -> None:
    text = (
        "Сегодня участники энско-турецкого делового форума, который проходит в эти дни в Энске, "
        "посетили производственные площадки города. Делегация побывала на заводе «Тэнсхолод».\n\n"
        "После экскурсии по заводам гости поделились впечатлениями."
    )
    assert event(text) == "site_visit"


def test_a_group_of_companies_named_in_quotes() -> None:
    text = 'Новости\n\nДелегаты посетили химический кластер группы "Энскагро" в Тэнске.'
    assert orgs(text) == ["Энскагро"]


def test_a_working_groups_name_is_no_company() -> None:
    text = "Новости\n\nЗаседание рабочей группы «Энск-Тэнь» прошло в мэрии."
    assert orgs(text) == []


@pytest.mark.parametrize("word", ["ЖБИ", "АЗРФ"])
def test_product_and_regime_abbreviations_are_no_organisations(word: str) -> None:
    assert orgs(f"Новости\n\nВ Энске растёт выпуск продукции {word} для строек.") == []


@pytest.mark.parametrize(
    "text",
    [
        "На площадке завода двигателей в индустриальном парке «Энск» начались основные "
        "строительные работы.",
        "Торжественный пуск нового сборочного конвейера состоялся на заводе «Тэнсмоторс».",
        "В Энском округе завершилась реализация приоритетного инвестиционного проекта по "
        "модернизации лесоперерабатывающих мощностей.",
    ],
)
def test_construction_works_an_assembly_line_and_a_project_completed(text: str) -> None:
    assert event(f"Новости\n\n{text}") == "project_launch"


def test_production_started_in_the_headline_outranks_the_agreements_behind_it() -> None:
    text = (
        "На «Энскавто» стартовало производство китайских автомобилей\n\n"
        "Завод «Энскавто» возобновил работу после простоя. Предприятие заключило соглашение с "
        "тремя китайскими компаниями и наладило производство."
    )
    assert event(text) == "project_launch"


def test_brands_listed_after_a_product_are_no_companies() -> None:
    text = (
        "Новости\n\nЗавод, который ранее производил автомобили Hyundai, Kia, Genesis и BMW, "
        "занялся сборкой машин из КНР."
    )
    assert orgs(text) == []


def test_a_latin_name_with_an_ampersand() -> None:
    text = "Новости\n\nКитайская компания Sinosteel Equipment & Engineering подписала соглашение."
    assert orgs(text) == ["Sinosteel Equipment & Engineering"]


def test_steel_read_as_the_verb_became_is_still_steel() -> None:
    text = (
        "Новости\n\nКомпания «Энсксталь» в августе запустит в Энске первый этап производства "
        "окрашенной стали в рулонах."
    )
    assert sectors(text) == ["metallurgy"]


def test_the_verb_became_after_a_pronoun_is_no_steel() -> None:
    text = (
        "Новости\n\nГлава провел встречу с президентом палаты, темой которой стали вопросы "
        "сотрудничества."
    )
    assert "metallurgy" not in sectors(text)


def test_a_visit_still_to_come_that_was_discussed_is_the_talks_topic() -> None:
    text = (
        "Губернатор поедет в Минск\n\n"
        "Свой предстоящий визит в Минск губернатор Энской области обсудил с белорусским послом "
        "Иваном Петровым. На встрече шла речь о перспективах сотрудничества."
    )
    assert event(text) == "negotiations"


def test_a_plants_work_started_is_a_launch() -> None:
    text = (
        "Новости\n\nГубернатор Энской области и посол Беларуси дали старт работе нового "
        "кабельного завода компании «Тэнскабель»."
    )
    assert event(text) == "project_launch"


def test_goods_brought_in_are_trade() -> None:
    text = (
        "Новости\n\nК нам ввозятся: фармацевтическая продукция, красящие вещества, изделия из "
        "черных металлов и алюминия."
    )
    assert sectors(text) == []


def test_a_foreign_firms_exports_into_russia_are_no_export_promotion() -> None:
    text = (
        "Новости\n\nРастет число сербских компаний, экспортирующих продукцию на российский "
        "рынок, сообщил глава палаты."
    )
    assert "export_promotion" not in sectors(text)


def test_a_regions_exports_promoted_abroad_stay_export_promotion() -> None:
    text = "Новости\n\nОбласть поможет компаниям выйти на зарубежные рынки и увеличить экспорт."
    assert "export_promotion" in sectors(text)


def test_a_non_breaking_hyphen_inside_a_city_name() -> None:
    text = (
        "Новости\n\nГостей приветствовал председатель Комитета по внешним связям "
        "Санкт\u2011Петербурга Иван Петров."
    )
    assert orgs(text) == ["Комитет по внешним связям Санкт-Петербурга"]


def test_a_body_still_to_be_created_is_no_organisation() -> None:
    text = (
        "Новости\n\nКомпании подписали Меморандум о создании Торговой Ассоциации. На базе "
        "Ассоциации возможно реализовать всестороннее развитие деловых связей."
    )
    assert orgs(text) == []


def test_a_forums_programme_is_the_forum_held() -> None:
    text = (
        "Новости\n\nВ Энске проходит инвестиционный форум. В программе форума — пленарное "
        "заседание и круглые столы."
    )
    assert event(text) == "forum"
