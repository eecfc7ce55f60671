"""Rules of round 31 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.extraction.org_short_forms import compound_acronym


def event(text: str) -> str:
    return extract(text)["event_type"]


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def sectors(text: str) -> set[str]:
    return set(extract(text)["sectors"])


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
    text = (
        "Делегация побывала в школе 14 и подписала план обмена. "
        "Завод «Молочный край» запустил линию розлива в ПЭТ-бутылки."
    )
    names = org_names(text)
    assert "14" not in names
    assert not any("ПЭТ" in name for name in names)


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
    text = "ЭНСК. ЭНСК-ИНФОРМ. Губернатор Энской области встретился с инвесторами из Китая."
    names = org_names("МАГАДАН. КОЛЫМА-ИНФОРМ. «Благополучие региона зависит от инвестиций».")
    assert "МАГАДАН" not in names
    assert "ЭНСК" not in org_names(text)


def test_a_weekday_opening_a_line_is_no_organisation() -> None:
    text = "Завод открылся в Энске\n\nВторник, 27 апреля 2004 г.\n\nВ Энске открыт новый завод."
    assert "Вторник" not in org_names(text)


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
