"""Rules of round 31 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.extraction.org_short_forms import compound_acronym
from investdesk.ingest.tests.extraction_helpers import event, org_names, person_names, sectors

# Events


def test_a_launch_ceremony_is_a_launch() -> None:
    text = (
        "Сегодня в области официально начал работу новый резидент технопарка. "
        "Церемония запуска прошла с участием губернатора."
    )
    assert event(text) == "project_launch"


def test_an_arrival_participle_only_says_who_inspected_the_site() -> None:
    text = (
        "Представитель инвестора из Омана, прибывший накануне в Энск, осмотрел и одобрил "
        "место будущей стройплощадки гостиницы."
    )
    assert event(text) == "site_visit"


def test_a_mission_received_within_a_forum_is_a_visit() -> None:
    text = (
        "Энская область принимает бизнес-миссию из Баварии\n\n"
        "В Энске в рамках промышленного форума «Станки будущего» сегодня принимают "
        "бизнес-миссию из Баварии. В составе делегации представители 12 предприятий. "
        "Приехали немцы знакомиться с регионом."
    )
    assert event(text) == "delegation_visit"


# Organisations


def test_a_number_and_a_product_compound_are_no_organisations() -> None:
    school = "В рамках поездки подписана дорожная карта сотрудничества пермской школы 14 с китайской школой 8."
    assert "14" not in org_names(school)
    bottles = (
        "На заводе «Молочный край» открывается линия розлива продукции в ПЭТ-бутылки. "
        "Команду старт дает губернатор."
    )
    assert org_names(bottles) == ["Молочный край"]


def test_a_compound_acronym_is_the_compound_name() -> None:
    assert compound_acronym("УВЗ", "Уралвагонзавод")
    assert not compound_acronym("УВЗ", "Уральский вагон")
    assert not compound_acronym("ПВЗ", "Уралвагонзавод")


def test_a_works_named_by_its_town_is_a_company() -> None:
    text = (
        "Губернатор в Гомеле посетил знаменитый «Гомельский станкостроительный завод», "
        "который выпускает станки."
    )
    assert "Гомельский станкостроительный завод" in org_names(text)


def test_a_peoples_government_of_a_province_is_named() -> None:
    text = (
        "Вопрос обсуждался на встрече губернатора с Губернатором Народного правительства "
        "Хэнани КНР Ли Мином в июне."
    )
    assert any(name.startswith("Народное правительство Хэнани") for name in org_names(text))


def test_a_foreign_ministry_keeps_its_land_after_its_portfolio() -> None:
    text = (
        "Министр по делам Европы земли Саксония Ханс Мюллер подчеркнул интерес к "
        "сотрудничеству с областью."
    )
    assert "Министерство по делам Европы земли Саксония" in org_names(text)


def test_a_wire_town_in_capitals_is_a_place() -> None:
    text = "ТОМСК. ТОМСК-ИНФОРМ. «Благополучие региона не должно зависеть от одной отрасли», — заявил губернатор."
    assert org_names(text) == []


def test_a_weekday_opening_a_line_is_no_organisation() -> None:
    text = (
        "В Энске открылся лесопильный завод\n\nВторник, 27 апреля 2004 г.\n\n"
        "В Энске состоялось открытие лесопильного завода компании «Лесэкспорт»."
    )
    assert org_names(text) == ["Лесэкспорт"]


def test_a_research_and_production_prefix_is_a_legal_form() -> None:
    text = "Губернатор посетил НПП «Стальконт» и обсудил с руководством новые заказы."
    assert "Стальконт" in org_names(text)


def test_an_explanation_in_brackets_ends_the_name() -> None:
    text = (
        "Намечена встреча с руководством COFRA (Государственной корпорации продовольствия "
        "Китая). Также будут рассмотрены возможности открытия представительства."
    )
    assert "COFRA" in org_names(text)


def test_a_short_form_in_brackets_leaves_the_name_in_the_nominative() -> None:
    text = (
        "Правительство края подписало соглашение с «Томским фанерным комбинатом (ЗАО «ТФК), "
        "по которому будет построен новый цех."
    )
    assert "Томский фанерный комбинат" in org_names(text)


def test_a_company_word_before_a_province_named_company_is_dropped() -> None:
    text = "В Энске началась подготовка помещений под завод китайской компании «Хэнань»."
    assert "Хэнань" in org_names(text)


# Sectors


def test_parts_for_vehicles_are_machine_building() -> None:
    text = "В парке появится завод по производству подвесок и осей для прицепов и полуприцепов."
    assert "machine_building" in sectors(text)


def test_the_industries_of_a_missions_members_are_named() -> None:
    text = (
        "Среди энских компаний представители различных отраслей – это машиностроение, "
        "химическая промышленность, агропромышленный комплекс и другие."
    )
    assert {"machine_building", "chemicals", "agriculture"} <= sectors(text)


def test_every_sphere_two_sides_share_stays_background() -> None:
    text = "Стороны сотрудничают в различных отраслях: машиностроении, химии и туризме."
    assert sectors(text) == set()


def test_a_works_with_a_long_quoted_name_that_receives_guests_is_toured() -> None:
    text = (
        "Энский станкостроительный завод «Вектор — точные технологии» принял делегацию из "
        "Республики Узбекистан. В ходе встречи стороны обсудили поставки оборудования."
    )
    assert event(text) == "site_visit"


# Round 31, phase C


def test_the_town_of_a_trip_is_not_what_was_visited() -> None:
    text = (
        "Раис Татарстана в рамках рабочего визита в турецкий город Конья посетил завод "
        "«Агромаш» по производству сельскохозяйственного оборудования."
    )
    assert event(text) == "site_visit"


def test_a_works_whose_construction_is_completed_is_launched() -> None:
    text = (
        "В рамках российско-китайского инвестпроекта на северо-востоке края завершилось "
        "строительство лесопильного завода. В возведенный завод вложено 3,2 млрд рублей."
    )
    assert event(text) == "project_launch"


def test_deposits_in_a_list_are_no_organisations() -> None:
    text = (
        "Компания реализует инвестиционный проект на 400 млн рублей по строительству двух "
        "заводов на месторождениях «Озерное» и «Борисовское»."
    )
    assert org_names(text) == []


def test_bare_heads_of_a_shared_owner_list_are_no_organisations() -> None:
    text = (
        "Делегация провела ряд встреч с представителями МИД, торгово-промышленной Палаты и "
        "туристического Главуправления Вьетнама."
    )
    assert org_names(text) == []


def test_a_lone_place_adjective_is_no_organisation() -> None:
    text = "Члены делегации встретились с председателем Тяньцзиньской зоны экономического развития TEDA Ван Шеном."
    assert org_names(text) == ["TEDA"]


def test_a_name_word_split_off_a_person_is_no_organisation() -> None:
    text = (
        "Глава республики провел встречу с делегацией китайской компании, которую возглавил "
        "председатель правления Хуанг Ши Хуа. Хуанг Ши Хуа сообщил, что компания планирует "
        "выпускать плиты."
    )
    assert org_names(text) == []
    assert person_names(text) == ["Хуанг Ши Хуа"]


def test_a_zone_kind_of_a_country_is_no_organisation() -> None:
    text = "Делегация посетила зону развития TEDA – одну из ведущих ОЭЗ Китая, которая является партнером."
    assert "ОЭЗ Китая" not in org_names(text)


def test_an_initiative_is_no_portfolio() -> None:
    text = (
        "Двухдневный деловой визит организован Агентством по привлечению инвестиций Самарской "
        "области по инициативе областного правительства."
    )
    assert org_names(text) == ["Агентство по привлечению инвестиций Самарской области"]


def test_a_minister_of_the_government_names_the_government() -> None:
    text = (
        "Об этом заявил министр правительства Москвы, руководитель департамента "
        "внешнеэкономических связей Сергей Черемин."
    )
    assert "Правительство Москвы" in org_names(text)
    assert "Министерство правительства Москвы" not in org_names(text)


def test_a_companys_chairman_named_after_it_is_a_person() -> None:
    text = (
        "Губернатор на форуме подписал соглашение о сотрудничестве с председателем правления "
        "китайской транспортной компании Чу Суанем. Инвестиции в проект составят 6 млрд рублей."
    )
    assert org_names(text) == []
    assert person_names(text) == ["Чу Суань"]


def test_a_register_and_a_bare_assembly_are_no_organisations() -> None:
    register = (
        "Новое предприятие будет зарегистрировано, сведения о нем появятся в ЕГРЮЛ в "
        "ближайшее время. Компания «Цемент Плюс» уже подала документы."
    )
    assert org_names(register) == ["Цемент Плюс"]
    assert org_names("В докладе выступила зампредседателя Заксобрания Наталия Иванова.") == []


def test_an_export_figure_told_earlier_in_its_sentence_is_no_investment() -> None:
    text = (
        "Губернатор отметил дружеские отношения нашего региона с Узбекистаном. Так, за последние "
        "два года экспорт тамбовской продукции из агропромышленного комплекса в республику "
        "составил 35,6 млн рублей."
    )
    assert extract(text)["amounts_rub"] == []


def test_an_exporter_that_builds_keeps_its_investment() -> None:
    text = "Экспортер зерна из Энской области построит новый элеватор за 3 млрд рублей."
    assert extract(text)["amounts_rub"] == [3_000_000_000]


def test_a_plant_built_for_export_keeps_its_investment() -> None:
    text = "Компания направит 2 млрд рублей на строительство завода для экспорта продукции."
    assert extract(text)["amounts_rub"] == [2_000_000_000]
