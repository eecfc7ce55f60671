"""Rules of round 32 (issue 15); every sentence is invented."""

from __future__ import annotations

from investdesk.ingest.extraction import extract
from investdesk.ingest.tests.extraction_helpers import (
    amounts,
    event,
    org_names,
    person_names,
    sectors,
)

# Events


def test_a_field_meeting_in_a_region_is_held_at_its_sites() -> None:
    text = (
        "Заместитель полпреда Петр Сомов с федеральным инспектором Иваном Луниным провели "
        "выездное совещание в Энской области по проблемным вопросам развития индустриального "
        "парка «Северный».\n"
        "По итогам осмотра площадок парка приняты решения по строительству дорог к земельному "
        "участку резидента парка."
    )
    assert event(text) == "site_visit"


def test_a_finished_complex_and_its_last_stage_started_are_a_launch() -> None:
    text = (
        "В индустриальном парке «Заречный» завершилось строительство тепличного комплекса «Огород». "
        "Мощность комплекса выросла до 3 тысяч тонн овощей в год. Пуск третьей очереди проекта "
        "увеличил общую площадь теплиц до 5 гектаров."
    )
    assert event(text) == "project_launch"


def test_a_forum_in_the_headline_stays_the_news_over_a_meeting_in_the_body() -> None:
    text = (
        "Энский губернатор принимает участие в Форуме регионов двух стран\n\n"
        "Делегация Энской области во главе с губернатором принимает участие в Форуме регионов "
        "России и Казахстана, который проходит в Костанае. Форум собрал более 20 губернаторов.\n\n"
        "В состав делегации вошли руководители профильных ведомств.\n\n"
        "Губернатор встретился с акимом области для обсуждения поставок зерна."
    )
    assert event(text) == "forum"


def test_a_forum_press_office_is_the_source_not_the_news() -> None:
    text = (
        "Представители китайской компании презентовали губернатору проект завода по выпуску "
        "плитки. Об этом сообщает пресс-служба международного форума «Мост».\n"
        "Стороны провели переговоры о выборе площадки."
    )
    assert event(text) == "negotiations"


def test_a_works_that_began_to_work_in_the_headline_outranks_the_visit_to_it() -> None:
    text = (
        "В Энске заработал мясокомбинат\n\n"
        "25 декабря министр сельского хозяйства области Сергей Павлов с рабочим визитом посетил "
        "возрожденный Энский мясокомбинат. С ним был заместитель председателя Государственного "
        "Совета области Олег Мешков.\n\n"
        "После трех месяцев реконструкции предприятие выпускает колбасы."
    )
    assert event(text) == "project_launch"


def test_a_start_given_in_the_lead_is_why_the_headline_visit_was_made() -> None:
    text = (
        "Губернатор посетил новые промпредприятия в Энске\n\n"
        "Новые промышленные объекты в Энске посетил губернатор области Иван Петров.\n\n"
        "Губернатор и председатель совета директоров ГК «Сталь» Петр Сомов дали старт работе "
        "первой очереди нового производственного комплекса."
    )
    assert event(text) == "project_launch"


def test_a_ranking_in_the_headline_is_other_news() -> None:
    text = (
        "Энская область вошла в тройку лидеров рейтинга инвестпривлекательности\n\n"
        "Область по итогам апреля заняла третье место в рейтинге агентства. Эксперты отмечают, "
        "что на позицию повлияла встреча делегации края с китайскими бизнесменами в провинции "
        "Цзилинь."
    )
    assert event(text) == "other"


def test_a_company_that_opens_the_sentence_as_what_the_delegation_visited_is_toured() -> None:
    text = (
        "ПАО «Энскмаш» (входит в Госкорпорацию Ростех) с деловым визитом посетила делегация "
        "Республики Узбекистан во главе с заместителем премьер-министра Азизом Рахимовым.\n\n"
        "В составе делегации – заместитель председателя Государственного комитета по "
        "инвестициям Шамиль Каримов, другие руководители. Гости ознакомились с работой "
        "конвейера.\n\n"
        "В рамках визита состоялось подписание контракта на поставку техники."
    )
    assert event(text) == "site_visit"


def test_a_ministry_the_delegation_called_on_is_no_works_toured() -> None:
    # a guard: the object-first visit reads a company, not an office, as the place toured
    text = (
        "Министерство промышленности республики с рабочим визитом посетила делегация "
        "провинции Гилян. Стороны обсудили поставки."
    )
    assert event(text) != "site_visit"


def test_representatives_of_a_province_are_the_guests_who_toured() -> None:
    text = (
        "Энская область. Представители провинции Гилян ознакомились с потенциалом особых "
        "экономических зон.\n\n"
        "В Энской области с деловым визитом находится делегация провинции Гилян. Во главе с "
        "губернатором Асадоллой Аббаси иранские представители посетили особые экономические "
        "зоны региона.\n\n"
        "Экскурсию по двум ОЭЗ для делегации провел первый замгендиректора Сергей Асеев."
    )
    assert event(text) == "site_visit"


def test_a_fair_agreed_on_among_other_topics_is_no_forum_held() -> None:
    text = (
        "Энский и иранский губернаторы договорились об апельсинах и выставке\n\n"
        "Губернатор Энской области провёл переговоры с губернатором иранской провинции "
        "Керман о перспективах делового сотрудничества."
    )
    assert event(text) == "negotiations"


# Persons


def test_a_given_name_takes_the_case_of_its_surname() -> None:
    text = "В ходе встречи Абдулмуслима Абдулмуслимова с губернатором обсудили поставки зерна."
    assert person_names(text) == ["Абдулмуслим Абдулмуслимов"]


def test_a_given_name_read_as_a_place_before_the_name_is_its_first_word() -> None:
    text = (
        "В Тривандруме мы провели встречи с губернатором штата Керала, столицей которого "
        "является этот город, Арифом Мухаммадом Ханом, главным секретарем правительства штата "
        "Ви Пи Джоем."
    )
    assert "Ариф Мухаммад Хан" in person_names(text)


# Amounts


def test_a_headline_sum_told_again_in_the_body_is_no_rounding_of_a_later_total() -> None:
    text = (
        "В Энской области построят завод за пять миллиардов рублей\n\n"
        "На заседании инвестсовета одобрили строительство завода керамической плитки. "
        "Объем требуемых инвестиций составит около пяти миллиардов рублей.\n"
        "Всего рассмотрены 40 заявок инвесторов. В совокупности их стоимость составила "
        "4,8 миллиарда рублей."
    )
    assert sorted(amounts(text)) == [4_800_000_000, 5_000_000_000]


def test_a_bank_allocating_money_lends_it() -> None:
    text = (
        "Инвестиции в строительство мясокомбината составят около трех миллиардов рублей. "
        "Россельхозбанк выделяет на строительство предприятия около 2,5 миллиарда рублей."
    )
    assert amounts(text) == [3_000_000_000]


def test_the_worth_of_products_made_is_output_not_investment() -> None:
    text = (
        "Резиденты особой экономической зоны произвели продукцию на сумму свыше 400 млрд рублей. "
        "Объем вложенных инвестиций - более 110 млрд рублей, объем произведенной продукции - "
        "свыше 450 млрд рублей."
    )
    assert amounts(text) == [110_000_000_000]


# Organisations


def test_a_place_adjective_and_the_adjectives_after_it_describe_the_noun_that_follows() -> None:
    text = (
        "Сунь Лихуа, генеральный директор Цзянсийской торгово-промышленной компании «Лунфэн», "
        "отметил преимущества площадки."
    )
    names = org_names(text)
    assert "Лунфэн" in names
    assert not any(name.startswith("Цзянсийск") for name in names)


def test_a_kind_spelled_out_before_its_generic_acronym_names_no_body() -> None:
    text = (
        "Резиденты особой экономической зоны (ОЭЗ) промышленно-производственного типа в "
        "Энской области выпустили продукцию."
    )
    assert org_names(text) == []


def test_a_chairman_tagged_as_an_adjective_is_still_a_title() -> None:
    text = (
        "Губернатор доложил заместителю Председателя Правительства РФ Ивану Сомову о ходе "
        "строительства."
    )
    assert org_names(text) == ["Правительство РФ"]


def test_a_capitalised_title_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "Делегация Наманганской области во главе с Хокимом Азизом Рахимовым посетила наш "
        "регион в июле."
    )
    assert person_names(text) == ["Азиз Рахимов"]


# Countries


def test_where_the_machines_or_rival_goods_were_made_is_no_partner() -> None:
    text = (
        "В Энске открылся кожевенный завод. На заводе установлено современное итальянское и "
        "турецкое оборудование. Продукция заменит греческие аналоги."
    )
    assert extract(text)["countries"] == []


def test_a_bare_quoted_name_in_another_case_is_the_same_body() -> None:
    text = (
        "Глава региона побывал на предприятии по переработке зерна и круп «Ветлуга», продукция "
        "которого хорошо известна жителям многих регионов. В прошлом году комплекс отгрузил "
        "125 тысяч тонн продукции. На достигнутых показателях руководство «Ветлуги» "
        "останавливаться не намерено. Губернатор познакомился со всей линейкой продукции "
        "«Ветлуги»."
    )
    assert org_names(text) == ["Ветлуга"]


def test_a_zones_name_in_another_case_is_the_zone() -> None:
    text = (
        "На заседании наблюдательного совета особой экономической зоны «Колос» одобрены две "
        "заявки. До конца года компании станут резидентами «Колоса»."
    )
    assert org_names(text) == ["ОЭЗ «Колос»"]


def test_a_works_named_like_the_zone_it_stands_in_is_another_body() -> None:
    # a guard: the merge of case forms must not join two bodies printed alike
    text = (
        "Посол побывал на площадках резидентов особой экономической зоны «Колос». "
        "Он осмотрел цеха завода «Колос», где строят баржи."
    )
    assert len(org_names(text)) == 2


def test_a_quoted_name_after_a_forum_and_its_genitive_words_is_the_forum() -> None:
    text = (
        "Губернатор приветствовал делегатов на открытии Международного форума технологического "
        "развития «Техносфера». Он отметил, что основная цель «Техносферы» - связи между "
        "научными учреждениями."
    )
    assert not any(name.startswith("Техносфер") for name in org_names(text))


def test_a_council_past_a_title_goes_on_to_its_republic_and_a_state_council_to_its_country() -> (
    None
):
    republic = (
        "С ним также были заместитель Председателя Государственного Совета Энской Республики "
        "Олег Мешков и заместитель управляющего банком."
    )
    assert org_names(republic) == ["Государственный Совет Энской Республики"]
    country = (
        "Сопредседателями заседания стали полпред Игорь Комаров и член Госсовета Китая Ван Юн."
    )
    assert org_names(country) == ["Госсовет Китая"]


def test_a_founder_before_a_quoted_company_is_a_title() -> None:
    text = (
        "Генеральный директор «Луч Энерджи» Олег Сомов и Учредителя «Луч Энерджи» г-на Ли Вэя "
        "осуществили запуск солнечной электростанции."
    )
    assert org_names(text) == ["Луч Энерджи"]


def test_federal_districts_port_zones_and_games_are_no_organisations() -> None:
    district = "Его слова озвучил полномочный представитель в СЗФО Александр Гуцан."
    assert org_names(district) == []
    zone = "Зона объединена в кластер с портовой особой экономической зоной (ПОЭЗ) у порта Оля."
    assert org_names(zone) == []
    games = (
        "Глава пригласил спортсменов участвовать в VIII Международных спортивных играх "
        "«Юность Азии», которые пройдут в Якутске."
    )
    assert org_names(games) == []


# Sectors


def test_a_foreign_mission_and_a_mission_to_another_region_promote_no_exports() -> None:
    foreign = (
        "Губернатор встретился с послом Катара. Одним из первых шагов станет организация "
        "бизнес-миссии предпринимателей Катара в область."
    )
    assert "export_promotion" not in sectors(foreign)
    home = (
        "Стороны обсудили промышленное партнерство и договорились о проведении ответной "
        "бизнес-миссии делегации Удмуртии в Пермский край."
    )
    assert "export_promotion" not in sectors(home)


def test_energy_efficient_materials_and_a_grid_connection_are_no_energy_sector() -> None:
    text = (
        "Рядом с хлебозаводом инвесторы возведут новый завод энергоэффективных стройматериалов. "
        "Область поможет сократить затраты на технологическое присоединение к электросетям."
    )
    assert "energy" not in sectors(text)


def test_transport_in_a_list_of_spheres_is_logistics() -> None:
    text = (
        "Стороны обсудили сотрудничество в таких сферах, как лесозаготовка, сельское хозяйство, "
        "строительство и транспорт."
    )
    assert "logistics" in sectors(text)


def test_castings_coagulants_and_forestry_machinery_name_their_sectors() -> None:
    assert "metallurgy" in sectors(
        "В новом цехе установлена автоматизированная линия по производству отливок."
    )
    assert "chemicals" in sectors(
        "Инвестор намерен создать предприятие по производству коагулянтов для очистки воды."
    )
    assert "machine_building" in sectors(
        "Делегацию заинтересовал производитель лесозаготовительной техники из Белоруссии."
    )


def test_a_state_corporation_and_a_nationality_describe_the_company_they_name() -> None:
    assert "Ростех" in org_names(
        "ПАО «Энскмаш» (входит в Госкорпорацию Ростех) посетила делегация из Ташкента."
    )
    assert org_names(
        "Китайская Sino Road Group Corporation планирует принять участие в строительстве дороги."
    ) == ["Sino Road Group Corporation"]


def test_a_transport_corridor_is_a_project() -> None:
    text = "Зона в рамках мероприятий по развитию МТК «Север — Юг» объединена в кластер с портом."
    assert org_names(text) == []


def test_a_department_named_only_by_its_ministry_is_that_ministry() -> None:
    text = "Об этом сообщил заместитель директора департамента Минвостокразвития Павел Лужкин."
    assert org_names(text) == ["Минвостокразвития"]
    named = (
        "Об этом сообщил директор Департамента инвестиционной политики Минэкономразвития "
        "России Павел Лужкин."
    )
    assert org_names(named) == ["Департамент инвестиционной политики Минэкономразвития России"]


def test_a_budget_loan_raised_and_the_worth_of_goods_to_be_made_are_not_investment() -> None:
    loan = (
        "Строительные работы в промпарке начались в марте. Для создания промышленного парка "
        "власти края привлекли инфраструктурный бюджетный кредит в размере 1,2 млрд рублей."
    )
    assert amounts(loan) == []
    goods = (
        "По словам директора, в перспективе планируются инвестиции резидентов на сумму 3 млрд "
        "руб. и производство товаров на 2 млрд руб."
    )
    assert amounts(goods) == [3_000_000_000]


def test_a_body_of_our_region_and_the_residents_of_a_zone_name_no_organisation() -> None:
    ours = (
        "Участие во встрече принял руководитель Представительства нашего региона в "
        "Санкт-Петербурге."
    )
    assert org_names(ours) == []
    residents = (
        "Резиденты Свободного порта займутся переработкой резины\n\n"
        "Новый статус получили две компании."
    )
    assert org_names(residents) == []
