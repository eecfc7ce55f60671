"""Rules of round 34 (issue 15); every sentence is invented."""

from __future__ import annotations

from .extraction_helpers import amounts, countries, event, org_names, person_names, sectors

# Sectors


def test_a_quoted_speech_after_a_forum_word_is_no_title() -> None:
    text = (
        "Рекорд по числу соглашений\n\n"
        "Энская область подпишет семь соглашений, сообщила в кулуарах форума "
        '"Энский форум станет рекордным. Почти все соглашения относятся к направлениям '
        'развития: сельское хозяйство, логистика и туризм".'
    )
    assert {"agriculture", "logistics", "tourism"} <= sectors(text)


def test_goods_exported_to_a_country_or_brought_in_are_trade() -> None:
    text = (
        "Губернатор Энской области встретился с послом Ирана\n\n"
        "Товарооборот вырос вдвое. Энцы экспортируют в Иран электрооборудование, мебель, "
        "медицинские приборы. Из Республики в наш регион везут морепродукты и пластмассовые "
        "изделия. Новым направлением станет туризм."
    )
    assert sectors(text) == {"tourism"}


def test_a_metal_concentrate_is_what_a_mine_yields() -> None:
    text = (
        "В Энском крае запустили горно-обогатительный комбинат\n\n"
        "Мощность комбината – миллион тонн руды, из которой получают медный, свинцовый и "
        "цинковый концентраты."
    )
    assert sectors(text) == {"mining"}


def test_a_school_named_after_a_trade_names_no_sector() -> None:
    text = (
        "В Энске построят завод по производству соков\n\n"
        "Земельный участок, который был в пользовании у учреждения «Аграрный колледж», "
        "передан инвестору под строительство завода по производству соков и нектаров."
    )
    assert sectors(text) == {"food"}


def test_building_materials_and_equipment_words() -> None:
    assert sectors("Новости\n\nВ Энске запустят производство технического углерода.") == {
        "chemicals"
    }
    assert sectors("Новости\n\nНовый завод будет выпускать террасную доску и фасадные панели.") == {
        "construction"
    }
    assert sectors("Новости\n\nПредприятие выпускает устройства релейной защиты.") == {
        "machine_building"
    }
    assert "construction" not in sectors(
        "Новости\n\nГовядина этой породы называется мраморной, ее поставят в Энск."
    )


# Organisations


def test_a_cabinet_of_ministers_is_no_ministry() -> None:
    text = (
        "Делегация прибыла в Чувашию\n\n"
        "Гостей встретил заместитель Председателя Кабинета Министров Чувашской Республики Иван "
        "Петров."
    )
    assert org_names(text) == ["Кабинет Министров Чувашской Республики"]


def test_the_federal_cabinet_in_lower_case_names_no_party() -> None:
    text = (
        "В Энском крае создадут особую экономическую зону\n\n"
        "Межведомственная рабочая группа правительства РФ одобрила создание зоны, сообщила "
        "пресс-служба правительства Российской Федерации."
    )
    assert org_names(text) == []


def test_mines_and_dressing_works_are_named_by_their_type() -> None:
    text = (
        "В Энске запустили ЦОФ «Энская»\n\n"
        "Фабрика обогащает уголь разреза «Тэнский». Гости побывали на прииске «Соловьиный»."
    )
    assert org_names(text) == ["ЦОФ «Энская»", "Разрез «Тэнский»", "Прииск «Соловьиный»"]


def test_companies_of_a_region_given_as_examples() -> None:
    text = (
        "Новости\n\nВ сотрудничестве заинтересованы крупнейшие компании нашего региона, "
        "такие как «Энскрезина», «Энская подшипниковая компания»."
    )
    assert org_names(text) == ["Энскрезина", "Энская подшипниковая компания"]


def test_a_hard_line_break_inside_a_name() -> None:
    text = (
        "Новости\n\nПодписано соглашение между Правительством Энской области и Акиматом Тэнской\n"
        "области Республики Казахстан о сотрудничестве."
    )
    assert "Акимат Тэнской области" in org_names(text)


# Persons and countries


def test_a_surname_in_vich_is_no_patronymic() -> None:
    text = (
        "Новости\n\nПремьер встретился с инвесторами - гендиректором ООО «Альфа» Александром "
        "Костиным и гендиректором ООО «Бета» Александром Пашкевичем."
    )
    assert person_names(text) == ["Александр Костин", "Александр Пашкевич"]


def test_a_given_name_before_bin_is_no_title() -> None:
    text = (
        "Новости\n\nСостоялась встреча с Министром экономики ОАЭ, Его Превосходительством "
        "Султаном Бин Саедом Аль Мансури."
    )
    assert person_names(text) == ["Султан Бин Саед Аль Мансури"]


def test_a_country_word_inside_a_persons_name() -> None:
    text = (
        "Китайская делегация посетила Энский район\n\n"
        "Экскурсию для секретаря горкома Лю Гана провел директор завода Иван Петров."
    )
    assert countries(text) == ["CN"]


# Amounts and events


def test_what_holding_an_event_costs_is_no_investment() -> None:
    text = (
        "Новости\n\nСтоимость проведения форума составила около 50 миллионов рублей. "
        "Стоимость завода составит 5 млрд рублей."
    )
    assert amounts(text) == [5_000_000_000]


def test_a_wire_tag_before_the_signed_document() -> None:
    text = (
        "Энск. 2 сентября. ИНТЕРФАКС - ЭНСКИЙ КРАЙ - Соглашение с инвесторами о строительстве "
        "логистического центра на острове Энском подписано на Восточном экономическом форуме, "
        "сообщила пресс-служба правительства края.\n"
        "Объем инвестиций составит 16,7 млрд рублей."
    )
    assert event(text) == "agreement_signed"


def test_a_production_building_put_to_work_is_a_launch() -> None:
    text = (
        "Губернатор посетил новый корпус колбасного завода\n\n"
        "Губернатор Энской области Иван Петров 15 марта принял участие в запуске нового "
        "производственного корпуса завода «Энские колбасы». Экскурсию по цехам провел директор."
    )
    assert event(text) == "project_launch"


def test_where_a_works_inputs_come_from_names_no_party() -> None:
    text = (
        "В Энске запустили завод аэрозольных баллонов\n\n"
        "Объем инвестиций почти 200 миллионов рублей. Сырье - белую жесть - поставляют из "
        "Белоруссии. До сих пор поставки таких баллонов осуществлялись из Голландии."
    )
    assert countries(text) == []


def test_supplies_agreed_for_the_future_still_name_the_partner() -> None:
    text = "Новости\n\nСтороны договорились наладить поставки оборудования из Китая."
    assert countries(text) == ["CN"]


def test_a_border_places_a_site_on_the_map() -> None:
    text = (
        "В Энском районе появится особая экономическая зона\n\n"
        "Зона появится недалеко от российско-белорусской границы и трассы М1."
    )
    assert countries(text) == []


def test_a_line_launched_first_and_a_forum_as_its_setting() -> None:
    text = (
        "Первая линия завода ООО «Энск Милк» запущена на территории особой экономической "
        "зоны «Энская» в Тэнском районе. Церемония прошла в рамках Российско-Вьетнамского "
        "бизнес-форума.\n"
        "Банк финансирует молочные фермы компании."
    )
    assert event(text) == "project_launch"


def test_a_partner_state_named_by_its_initials() -> None:
    text = (
        "Белорусская делегация посетила Энский завод\n\n"
        "Завод посетили представители белорусских промышленных предприятий во главе с "
        "министром промышленности РБ Петром Петровым."
    )
    assert "Министерство промышленности Республики Беларусь" in org_names(text)
