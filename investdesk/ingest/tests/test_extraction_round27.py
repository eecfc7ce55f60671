"""Rules of round 27 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import event


def orgs(text: str) -> list[str]:
    return [org["name"] for org in extract(text)["organizations"]]


def test_a_legal_form_spelled_out_introduces_a_quoted_name() -> None:
    text = (
        "Соглашение подписали заместитель губернатора Энской области Иван Петров и президент "
        "акционерного общества «Тэнский мясокомбинат» Пётр Сидоров."
    )
    assert orgs(text) == ["Тэнский мясокомбинат"]


def test_a_limited_liability_company_spelled_out() -> None:
    text = (
        "Директор общества с ограниченной ответственностью «Альфа» Иван Петров и глава "
        "публичного акционерного общества «Бета» обсудили поставки."
    )
    assert orgs(text) == ["Альфа", "Бета"]


def test_a_former_works_is_an_organisation_not_a_plan() -> None:
    text = (
        "Инвестиционный проект планируется реализовать на территории бывшего завода "
        "«Энскцинк» в Тэнске."
    )
    assert orgs(text) == ["Энскцинк"]


def test_a_plant_still_to_be_built_stays_a_project() -> None:
    text = "Инвестиционный проект предусматривает строительство завода «Альфа» в Тэнске."
    assert orgs(text) == []


def test_a_state_farm_introduces_its_name() -> None:
    text = "В Тэнске на территории бывшего совхоза «Заречный» началось строительство цеха."
    assert orgs(text) == ["Заречный"]


def test_the_regions_government_left_unnamed_does_not_run_on() -> None:
    text = (
        "Товарооборот вырос вдвое, сообщает пресс-служба правительства региона по итогам "
        "обсуждения сотрудничества на встрече губернатора ЕАО Ивана Петрова с делегацией."
    )
    assert not any("итогам" in name for name in orgs(text))


def test_a_governor_signing_several_agreements_with_no_forum_is_a_signing() -> None:
    text = (
        "В сельское хозяйство Энской области вложат 7 млрд рублей\n\n"
        "Сегодня губернатор Иван Петров подписал 7 инвестиционных соглашений с "
        "предприятиями АПК. Документы направлены на модернизацию производств."
    )
    assert event(text) == "agreement_signed"


def test_agreements_counted_at_a_forum_stay_its_tally() -> None:
    text = (
        "Итоги форума в Энске\n\n"
        "На инвестиционном форуме в Энске подписано 37 соглашений на 82 млрд рублей. "
        "Форум собрал 3 тысячи участников."
    )
    assert event(text) == "forum"


def test_a_plan_of_joint_events_signed_during_a_visit_is_a_signing() -> None:
    text = (
        "Новый план совместных мероприятий подписали Энская область и Белоруссия\n\n"
        "В Энскую область прибыла делегация из Белоруссии во главе с послом. На встрече "
        "обсудили планы по дальнейшему сотрудничеству."
    )
    assert event(text) == "agreement_signed"


def test_a_programme_of_cooperation_development_signed() -> None:
    text = (
        "Энская область и Белоруссия будут сотрудничать\n\n"
        "Программа развития сотрудничества на 2026-2027 годы была подписана 24 ноября в "
        "Минске. Стороны договорились о поставках техники."
    )
    assert event(text) == "agreement_signed"


def test_a_document_signed_by_two_mayors() -> None:
    text = (
        "Энск и Урумчи стали городами-побратимами\n\n"
        "Энск и Урумчи договорились об установлении побратимских отношений. Как сообщает "
        "администрация Энска, документ подписали мэры городов Иван Петров и Ли Вэй."
    )
    assert event(text) == "agreement_signed"


def test_a_plant_resuming_production_is_a_launch() -> None:
    text = (
        "Завод «Энскгипс» возобновляет производство строительных материалов\n\n"
        "Завод, который простаивал несколько лет, возвращается в строй благодаря инвестору."
    )
    assert event(text) == "project_launch"


def places(text: str) -> list[str]:
    return extract(text)["locations"]


def test_a_quoted_name_printed_again_in_another_case_is_one_organisation() -> None:
    text = (
        "Губернатор посетил индустриальный парк «Территория роста» в Энске. Резидентами "
        "«Территории роста» планируют стать пять компаний."
    )
    assert orgs(text) == ["Индустриальный парк «Территория роста»"]


def test_two_cases_of_a_bare_quoted_name_keep_the_first() -> None:
    text = (
        "Компания «Северные Ресурсы» открыла завод в Энске. Губернатор встретился с "
        "компанией «Северными Ресурсами» в Тэнске."
    )
    assert orgs(text) == ["Северные Ресурсы"]


def test_a_province_followed_by_its_country_is_a_place_not_a_body() -> None:
    text = (
        "Соглашение подписали Правительство Энской области и Администрация Гегаркуникского "
        "марза Республики Армения. В делегацию вошли представители Гегаркуникского марза "
        "Республики Армения."
    )
    assert orgs(text) == [
        "Правительство Энской области",
        "Администрация Гегаркуникского марза Республики Армения",
    ]
    assert "Гегаркуникский марз" in places(text)


def test_the_adjectives_of_a_foreign_province_are_no_organisation() -> None:
    text = (
        "Губернатор Энской области встретился с Ву Кын Мёном, губернатором Особой "
        "муниципальной провинции Чеджу, и обсудил туристические проекты."
    )
    assert not any("провинция" in name.lower() for name in orgs(text))


def sectors(text: str) -> list[str]:
    return extract(text)["sectors"]


def test_a_sunny_place_name_is_no_solar_energy() -> None:
    text = (
        "Глава республики обсудил крупные проекты: строительство птицефабрики и курортная "
        "площадка «Солнечный берег» на берегу озера, рассчитанная на тысячи туристов."
    )
    assert "energy" not in sectors(text)


def test_solar_panels_are_energy() -> None:
    text = "Компания «Альфа» наладит в Энске производство солнечных панелей."
    assert "energy" in sectors(text)


def test_metals_a_deposit_holds_are_mining_not_metallurgy() -> None:
    text = (
        "До 2028 года в регионе намерены привлечь инвестиции в пять новых месторождений "
        "золота, серебра и меди, сообщил губернатор."
    )
    assert sectors(text) == ["mining"]


def test_a_copper_works_stays_metallurgy() -> None:
    text = "Компания «Альфа» построит в Энске завод по выпуску меди."
    assert sectors(text) == ["metallurgy"]


def test_a_hazelnut_orchard_is_no_timber() -> None:
    text = (
        "В Энской области стартовали работы по созданию суперинтенсивного сада лесного ореха "
        "с капельным орошением."
    )
    assert sectors(text) == ["agriculture"]


def test_a_regional_office_with_a_listed_function_keeps_its_whole_name() -> None:
    text = (
        "Делегация встретилась с заместителем начальника управления Пермского края по туризму, "
        "курортному делу, межрегиональным и международным отношениям Иваном Петровым."
    )
    assert orgs(text) == [
        "Управление Пермского края по туризму, курортному делу, межрегиональным и "
        "международным отношениям"
    ]


def test_a_works_acronym_in_brackets_names_it() -> None:
    text = (
        "Главное событие – открытие литейного цеха на арматурном заводе (КАЗ) в Энске. "
        "Цех уже действует."
    )
    assert orgs(text) == ["КАЗ"]


def test_an_acronym_that_does_not_fit_the_works_is_no_name() -> None:
    text = "Главное событие – открытие литейного цеха на арматурном заводе (ТПК) в Энске."
    assert orgs(text) == []
