"""Rules of round 25 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import org_names as orgs
from investdesk.ingest.tests.extraction_helpers import person_names as names


def test_a_name_printed_alike_in_two_cases_is_not_declined() -> None:
    text = (
        "Губернатор японской префектуры Нагано Сигэтака Мацуда приедет в Энскую область. "
        "Мы ждем господина Сигэтака Мацуда в октябре, сказала Ольга Смирнова."
    )
    assert names(text) == ["Сигэтака Мацуда", "Ольга Смирнова"]


def test_a_korean_name_read_as_declined_takes_its_nominative_print() -> None:
    text = (
        "Губернатор встретился с генконсулом Республики Корея Чой Мин Сок. "
        "Генеральный консул Республики Корея Чой Мин Сок рассказал о планах компаний."
    )
    assert names(text) == ["Чой Мин Сок"]


def test_a_given_name_agrees_with_a_nominative_surname() -> None:
    text = "На встрече присутствовали глава округа Ананда Бадмаев и депутаты."
    assert names(text) == ["Ананда Бадмаев"]


def test_an_endingless_given_name_makes_ova_a_womans_nominative() -> None:
    text = "На встрече выступила начальник управления кадровой работы Сэсэг Баирова."
    assert names(text) == ["Сэсэг Баирова"]


def test_a_mans_genitive_is_still_declined_back() -> None:
    text = "Встреча прошла в кабинете Ивана Баирова. Гости поблагодарили Ивана Баирова."
    assert names(text) == ["Иван Баиров"]


def test_an_instrumental_in_oi_after_a_title_is_declined_back() -> None:
    text = "Губернатор встретился с почетным президентом «Nagano Steel» Хидэки Тодой."
    assert names(text) == ["Хидэки Тода"]


def test_a_title_with_a_prepositional_phrase_still_heads_an_instrumental_name() -> None:
    text = "Губернатор встретился с советником при президенте Республики Корея Пак Чон Гилем."
    assert names(text) == ["Пак Чон Гиль"]


def test_a_news_agency_by_its_kind_is_an_outlet() -> None:
    text = "Об этом сообщило Национальное телеграфное агентство Лаоса. Делегация области прибыла."
    assert orgs(text) == []


def test_an_embassys_minister_heads_no_ministry() -> None:
    text = "Губернатор встретился с полномочным министром посольства Японии в России Кэндзи Оно."
    assert "Министерство посольства Японии" not in orgs(text)


def test_a_ministers_title_still_names_the_ministry() -> None:
    text = "Губернатор встретился с министром промышленности Республики Беларусь Петром Ивановым."
    assert orgs(text) == ["Министерство промышленности Республики Беларусь"]


def test_an_airport_reconstruction_is_construction() -> None:
    text = "Инвесторы из провинции проявляют интерес к проекту реконструкции аэропорта Энска."
    assert extract(text)["sectors"] == ["construction"]


def test_infrastructure_as_a_direction_is_construction_but_not_a_parks_own() -> None:
    assert extract("Стороны обсудили совместное развитие инфраструктуры и связей.")["sectors"] == [
        "construction"
    ]
    text = "Стороны обсудили развитие инфраструктуры индустриального парка «Энский»."
    assert extract(text)["sectors"] == []


def test_an_armenian_name_read_as_a_place_after_a_title_is_a_person() -> None:
    text = "На встрече был почетный консул Республики Армения в Энске Агаси Арутюнян."
    assert names(text) == ["Агаси Арутюнян"]


def test_a_given_name_after_a_named_region_is_not_the_regions_name() -> None:
    text = "Делегацию принял губернатор Сюникской области Арарат Мкртчян."
    assert names(text) == ["Арарат Мкртчян"]


def test_a_surname_that_is_a_noun_declines_like_the_noun() -> None:
    text = "Встреча прошла с участием председателя облисполкома Павла Соловья."
    assert names(text) == ["Павел Соловей"]


def test_an_officials_working_visit_to_plants_is_a_site_visit() -> None:
    text = (
        "Губернатор одобрил расширение двух заводов\n"
        "Губернатор Энской области в ходе рабочего визита на заводы «Альфа» и «Бета» "
        "одобрил расширение их производства. Предприятия получили статус приоритетных проектов."
    )
    assert extract(text)["event_type"] == "site_visit"


def test_a_meeting_held_at_a_technopark_is_a_site_visit() -> None:
    text = (
        "Глава региона провел совещание на площадке технопарка «Гамма»\n"
        "Глава Энской республики провёл рабочее совещание на площадке технопарка «Гамма», "
        "назвав проект стратегически важным для региона."
    )
    assert extract(text)["event_type"] == "site_visit"


def test_an_officials_working_trip_told_by_the_park_he_toured_is_a_site_visit() -> None:
    text = (
        "Вице-премьер посетил Энскую область с рабочим визитом\n"
        "Вице-премьер Иван Петров работает сегодня в нашем регионе. "
        "Он побывал в индустриальном парке «Энск», где осмотрел цеха резидентов."
    )
    assert extract(text)["event_type"] == "site_visit"


def test_a_ministers_working_visit_that_tours_a_park_first_is_a_site_visit() -> None:
    text = (
        "В республику прибыл федеральный министр\n"
        "В республику с рабочим визитом прибыл федеральный министр Пётр Образцов. Вместе с "
        "премьер-министром они посетили индустриальный парк «Примерный».\n"
        "Затем прошло совещание."
    )
    assert extract(text)["event_type"] == "site_visit"


def test_an_indeclinable_surname_after_an_instrumental_given_name_is_one_name() -> None:
    text = "Делегация встретилась с председателем облисполкома Александром Мартыненко."
    assert names(text) == ["Александр Мартыненко"]


def test_a_number_of_programmes_and_agreements_signed_in_the_headline_is_a_signing() -> None:
    text = (
        "Энск и Тэнск подписали ряд программ и соглашений о сотрудничестве\n"
        "Делегация Тэнска во главе с мэром прибыла с официальным визитом в Энск. "
        "Мэры провели встречу в мэрии города."
    )
    assert extract(text)["event_type"] == "agreement_signed"


def test_a_free_port_is_a_legal_regime_even_with_its_acronym() -> None:
    text = "Компания построит на территории Свободного порта Владивосток (СПВ) два завода."
    assert orgs(text) == []


def test_an_agencys_regional_service_in_a_dateline_is_an_outlet() -> None:
    text = "Энск. 5 февраля. ИНТЕРФАКС - СЕВЕРО-ЗАПАД - Компания «Альфа» построит завод."
    assert orgs(text) == ["Альфа"]


def test_a_latin_company_with_a_legal_form_after_a_nationality_adjective() -> None:
    text = "Китайская Lanzhou (Gansu) Heavy Machinery Co. Ltd планирует построить завод в Энске."
    assert orgs(text) == ["Lanzhou (Gansu) Heavy Machinery Co. Ltd"]


def test_and_company_is_part_of_the_name() -> None:
    text = "Губернатор встретился с представителями японской корпорации «Сумида и Ко., Лтд.»"
    assert orgs(text) == ["Сумида и Ко."]


def test_a_name_the_tagger_ran_into_an_organisation_is_a_person() -> None:
    text = (
        "Губернатор встретился с делегацией республики. В мероприятии приняли участие "
        "Председатель Правительства РСО – Алания Борис Джанаев и вице-премьер Ирбек Томаев."
    )
    assert "Борис Джанаев" in names(text)
    assert not any("Джанаев" in name for name in orgs(text))


def test_a_given_name_only_ever_instrumental_is_declined_back() -> None:
    text = "Губернатор встретился с президентом палаты Христиной Мартыненко."
    assert names(text) == ["Христина Мартыненко"]


def test_a_compound_adjective_declines_in_its_last_part() -> None:
    text = "Встреча с президентом Тунисско-Российской торгово-промышленной палаты прошла в Энске."
    assert orgs(text) == ["Тунисско-Российская торгово-промышленная палата"]


def test_a_capitalised_title_declines_to_its_head_noun() -> None:
    person = extract("Губернатор встретился с Генеральным консулом Китая в Энске Ли Мином.")[
        "persons"
    ][0]
    assert person["position"] == "генеральный консул Китая в Энске"


def test_a_chinese_given_name_in_final_i_is_declined_back() -> None:
    text = (
        "Деловой форум с участием Генерального консула КНР в Санкт-Петербурге Ло Чжаньхуэя "
        "и представителей бизнеса прошел в Энске."
    )
    assert names(text) == ["Ло Чжаньхуэй"]


def test_a_name_after_a_genitive_title_is_in_the_genitive() -> None:
    text = "Губернатор принял делегацию под руководством губернатора Пилжээ Лхагважава."
    assert names(text) == ["Пилжээ Лхагважав"]


def test_the_country_of_a_news_agency_is_no_party() -> None:
    text = (
        "Делегация края во главе с губернатором прибыла в Ханой 11 декабря. "
        "Об этом сообщило Национальное информационное агентство Лаоса."
    )
    assert extract(text)["countries"] == ["VN"]


def test_a_regions_gross_product_is_no_investment() -> None:
    text = (
        "Регион лидирует в округе с объёмом валового регионального продукта почти 2 трлн "
        "рублей. Инвестор вложит в завод 5 млрд рублей."
    )
    assert extract(text)["amounts_rub"] == [5_000_000_000]


def test_a_forum_proposed_is_not_the_event() -> None:
    text = (
        "Глава республики предложил провести форум делового сотрудничества с Китаем\n"
        "Глава республики обсудил перспективы сотрудничества с послом Китая в России. "
        "Стороны обсудили поставки продукции и транспортные маршруты."
    )
    assert extract(text)["event_type"] == "negotiations"


def test_a_first_stone_laid_is_a_launch_in_either_order() -> None:
    text = (
        "Сделано в регионе\n"
        "В Энской области построят завод по производству сельхозтехники. Первый камень в "
        "основание нового предприятия заложили губернатор и председатель совета директоров "
        "компании.\nНапомним, что соглашение о проекте стороны подписали на форуме в июне."
    )
    assert extract(text)["event_type"] == "project_launch"


def test_an_instrumental_printed_alike_twice_is_still_declined() -> None:
    text = (
        "Глава республики встретился с послом КНДР в России Ким Хон Чхолем\n"
        "Состоялась встреча главы республики с чрезвычайным и полномочным послом КНДР "
        "Ким Хон Чхолем. Ким Хон Чхоль отметил, что сотрудничество развивается."
    )
    assert "Ким Хон Чхоль" in names(text)
    assert "Ким Хон Чхолем" not in names(text)


def test_a_product_made_of_a_metal_is_not_metallurgy() -> None:
    assert "metallurgy" not in extract("Завод в Энске выпускает алюминиевые радиаторы.")["sectors"]
    assert extract("Компания построит завод по выпуску алюминиевого проката.")["sectors"] == [
        "metallurgy"
    ]


def test_a_bracketed_short_form_is_the_same_company_and_a_lower_case_legal_form_goes() -> None:
    text = (
        "Делегация провела переговоры с председателем группы компаний Альфа Фармасьютикалз "
        "Интернешнл пвт. лтд. (Альфа Фармасьютикалз) Раджешем Кумаром."
    )
    assert orgs(text) == ["Альфа Фармасьютикалз Интернешнл"]


def test_an_agency_told_the_news_in_quotes_is_an_outlet() -> None:
    text = "Как сообщили агентству «Север-пресс-информ» в пресс-службе губернатора, стороны договорились."
    assert orgs(text) == []


def test_a_paper_mill_named_with_its_towns_adjective_and_a_dateline_city() -> None:
    text = (
        "В Энске открыто новое производство\n\n"
        "НИЖНИЙ НОВГОРОД, 4 сентября, Агентство. Губернатор принял участие в открытии новой "
        "производственной линии на Энском бумкомбинате «Ока»."
    )
    result = extract(text)
    assert [o["name"] for o in result["organizations"]] == ["Энский бумкомбинат «Ока»"]
    assert result["event_type"] == "project_launch"
    assert result["sectors"] == ["timber"]


def test_a_plant_opened_in_the_headline_outranks_the_trip_made_for_it() -> None:
    text = (
        "В Энске появился завод Haier\n"
        "Сегодня глава республики посетил Энск с целью открытия завода по производству "
        "холодильников китайской компании."
    )
    assert extract(text)["event_type"] == "project_launch"


def test_a_field_meeting_with_a_delegation_at_a_park_is_a_site_visit() -> None:
    text = (
        "27 августа на территории индустриального парка «Альфа» прошло выездное совещание "
        "с индийской делегацией представителей бизнеса."
    )
    assert extract(text)["event_type"] == "site_visit"


def test_a_headline_figure_cut_short_is_the_bodys_sum() -> None:
    text = (
        "За два дня форума делегация подписала соглашения на 171 млрд\n"
        "За два дня работы на форуме делегация подписала соглашения на 171 млрд рублей. "
        "По итогам подписано 18 соглашений на общую сумму 171,8 млрд рублей."
    )
    assert extract(text)["amounts_rub"] == [171_800_000_000]


def test_billions_of_investment_in_a_text_with_no_currency_are_roubles() -> None:
    text = (
        "Компании заключили соглашение. Для региона это почти 5 миллиардов инвестиций "
        "в отрасль пищевой промышленности."
    )
    assert extract(text)["amounts_rub"] == [5_000_000_000]
    text = "Компания вложит 20 млн долларов. Для региона это почти 5 миллиардов инвестиций."
    assert extract(text)["amounts_rub"] == []


def test_infrastructure_of_something_named_after_it_is_not_construction() -> None:
    text = "Стороны обсудили развитие инфраструктуры аккредитованных лабораторий."
    assert extract(text)["sectors"] == []
