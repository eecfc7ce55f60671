"""Organisation error classes found on fresh press releases (issue 15, round 11).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a name quoted inside a quoted name, position words alone, a plural
body word shared by two places, an adjective kept with its body, venues and buildings,
a company described in common words, a body owned by 'региона'.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def test_a_name_quoted_inside_a_quoted_name_is_one_name() -> None:
    text = (
        'Администрация района подписала соглашение с ООО "Молочный комбинат "Заря" о '
        "расширении цеха."
    )
    orgs = _orgs(text)
    assert "Молочный комбинат «Заря»" in orgs
    assert "Заря" not in orgs


def test_position_words_alone_name_no_organisation() -> None:
    text = (
        "Казахстан - надежный партнер, и, благодаря Президентам наших стран Ивана Петрова и "
        "Нурлана Касымова, связи крепнут."
    )
    assert _orgs(text) == []


def test_a_plural_body_word_shared_by_two_places_names_two_bodies() -> None:
    text = (
        "В состав делегации вошли представители торгово-промышленных палат Саратова и "
        "Энгельса, а также аграрных предприятий."
    )
    orgs = _orgs(text)
    assert "Торгово-промышленная палата Саратова" in orgs
    assert "Торгово-промышленная палата Энгельса" in orgs


def test_an_adjective_after_a_title_stays_with_its_body() -> None:
    text = "Министр принял консула Генерального консульства Японии в Хабаровске."
    assert "Генеральное консульство Японии в Хабаровске" in _orgs(text)


def test_an_exhibition_centre_is_a_venue() -> None:
    text = 'Выставка пройдёт на территории выставочного центра "Сибэкспо" в Новосибирске.'
    assert _orgs(text) == []


def test_a_building_under_construction_is_no_organisation() -> None:
    text = "Инвестор профинансирует завершение строительства Национального университета в Казани."
    assert _orgs(text) == []


def test_a_company_described_in_common_words_is_no_name() -> None:
    text = (
        "Соглашение подписали губернатор и банк. Государственная корпорация развития также "
        "стала стороной соглашения."
    )
    assert not any("корпорация развития" in name.lower() for name in _orgs(text))


def test_a_body_followed_by_region_belongs_to_the_texts_region() -> None:
    text = (
        "Делегация Курской области прибыла в Минск. Как сообщили в пресс-службе Корпорации "
        "развития (КРКО) региона, стороны обсудили поставки техники."
    )
    assert "Корпорация развития Курской области" in _orgs(text)


def test_an_outer_quote_left_open_closes_with_its_inner_name() -> None:
    text = "Делегация встретилась с руководством АО «ОЭЗ ППТ «Зелёная Долина» в Липецке."
    orgs = _orgs(text)
    assert "ОЭЗ ППТ «Зелёная Долина»" in orgs
    assert "ОЭЗ «ППТ»" not in orgs


def test_a_chancellery_keeps_the_government_it_belongs_to() -> None:
    text = (
        "Губернатор встретился с директором Канцелярии по иностранным делам Народного "
        "правительства города Далянь Ван Лином."
    )
    assert "Канцелярия по иностранным делам Народного правительства города Далянь" in _orgs(text)


def test_an_akimat_is_a_government_body() -> None:
    text = "Встреча прошла в акимате Карагандинской области, сообщили в пресс-службе."
    assert "Акимат Карагандинской области" in _orgs(text)


def test_a_quoted_company_starting_with_a_proper_name_is_no_project() -> None:
    text = "«Северсталь» вложит 2 млрд рублей в новый цех. «Газпром нефть» также участвует."
    assert "Газпром нефть" in _orgs(text)


def test_a_legal_form_alone_names_nothing() -> None:
    text = "Генеральный директор ООО «Ромашка» Иван Петров рассказал о планах. В ООО отметили рост."
    assert _orgs(text) == ["Ромашка"]


def test_an_acronym_defined_in_brackets_is_the_same_organisation() -> None:
    text = (
        "Корпорация развития Дальнего Востока и Арктики (КРДВ) подписала соглашение. В КРДВ "
        "отметили, что проект важен."
    )
    assert _orgs(text) == ["Корпорация развития Дальнего Востока и Арктики"]


def test_corporation_outside_the_quotes_is_a_description() -> None:
    text = "Вице-президент корпорации «Синтез» рассказал о планах по выпуску смол."
    assert _orgs(text) == ["Синтез"]


def test_a_plant_being_built_is_a_project() -> None:
    text = (
        "ООО «Маслозавод Луч» получило участок. Теперь начнется строительство молочного "
        "комбината «Луч»."
    )
    assert "Комбинат «Луч»" not in _orgs(text)


def test_a_model_number_is_a_product() -> None:
    text = "В Уфе на предприятии «Агромаш-Сервис» собирают тракторы «Кировец-744»."
    assert _orgs(text) == ["Агромаш-Сервис"]


def test_a_centre_keeps_the_places_it_serves() -> None:
    text = "Гостей встретили представители Российско-Корейского центра по Приморью и Сахалину."
    assert "Российско-Корейский центр по Приморью и Сахалину" in _orgs(text)


def test_a_park_keeps_its_own_adjectives() -> None:
    text = 'В Курске открылась первая очередь Курского областного индустриального парка "Восток".'
    assert "Курский областной индустриальный парк «Восток»" in _orgs(text)


def test_a_body_acronym_goes_on_to_its_country() -> None:
    text = "Документ согласован с федеральными органами, в том числе с МИД РФ."
    assert "МИД РФ" in _orgs(text)


def test_a_trade_representative_names_the_trade_mission() -> None:
    text = (
        "Делегация провела переговоры с заместителем Торгового представителя Российской "
        "Федерации в Республике Казахстан Иваном Ивановым."
    )
    assert "Торговое представительство Российской Федерации в Республике Казахстан" in _orgs(text)


def test_an_intergovernmental_commission_in_lower_case_is_a_body() -> None:
    text = (
        "Губернатор встретился с сопредседателем межправительственной российско-монгольской "
        "комиссии по торгово-экономическому сотрудничеству."
    )
    assert (
        "Межправительственная российско-монгольская комиссия по торгово-экономическому "
        "сотрудничеству" in _orgs(text)
    )


def test_a_plural_ministry_word_names_no_body() -> None:
    text = "В состав делегации вошли руководители министерств Правительства Тверской области."
    assert _orgs(text) == ["Правительство Тверской области"]


def test_governments_of_two_places_with_a_place_word() -> None:
    text = (
        "Будет подписан протокол о создании совместной группы правительств Тверской области и "
        "провинции Ганьсу."
    )
    orgs = _orgs(text)
    assert "Правительство Тверской области" in orgs
    assert "Правительство провинции Ганьсу" in orgs


def test_two_body_words_share_the_owner() -> None:
    text = "Делегация провела ряд встреч на уровне Посольства и Торгпредства РФ в Индии."
    assert _orgs(text) == ["Посольство РФ в Индии", "Торгпредство РФ в Индии"]


def test_peoples_committee_keeps_its_adjective() -> None:
    text = (
        "Губернатор предложил подписать соглашение между правительством Тверской области и "
        "народным комитетом провинции Донгнай."
    )
    assert "Народный комитет провинции Донгнай" in _orgs(text)


def test_a_descriptor_before_a_known_organisation_is_dropped() -> None:
    text = "Федеральный Фонд развития промышленности выделил заем в размере 100 млн рублей."
    assert _orgs(text) == ["Фонд развития промышленности"]


def test_a_description_before_a_latin_name_is_no_organisation() -> None:
    text = "Переговоры с руководством Международного холдинга TH Group прошли успешно."
    assert _orgs(text) == ["TH Group"]


def test_a_country_adjective_owns_a_ministry() -> None:
    text = (
        "Продукция соответствует требованиям вьетнамского министерства сельского хозяйства, "
        "отметили в администрации."
    )
    assert "Министерство сельского хозяйства Вьетнама" in _orgs(text)


def test_an_embassy_with_a_country_adjective_stays_unnamed() -> None:
    text = "Глава иранского посольства познакомится с потенциалом региона."
    assert _orgs(text) == []


def test_a_lower_case_executive_committee_is_a_body() -> None:
    text = "Губернатор встретился с председателем гомельского облисполкома Иваном Петровым."
    assert "Гомельский облисполком" in _orgs(text)


def test_a_company_glued_to_its_directors_name() -> None:
    text = "На встрече присутствовал генеральный директор АО Сибагро Игорь Ким."
    assert "Сибагро" in _orgs(text)


def test_a_legal_form_makes_a_company_even_after_project() -> None:
    text = "Обсуждались предложения по участию предприятий в проектах АК «Алроса»."
    assert _orgs(text) == ["Алроса"]


def test_a_vice_ministers_title_names_the_ministry() -> None:
    text = "Губернатор встретился с вице-министром коммерции КНР Ли Фэем."
    assert "Министерство коммерции КНР" in _orgs(text)


def test_a_plant_built_in_the_past_exists() -> None:
    text = "В 2015 году в районе построили завод «Северсталь-метиз», там работают 300 человек."
    assert "Северсталь-метиз" in _orgs(text)
    assert _orgs("В следующем году компания построит завод «Агроинвест» под Тулой.") == []


def test_a_regions_lower_case_adjective_owns_a_development_institution() -> None:
    text = (
        "Делегация Ростовской области прибыла в Ташкент. Представители ростовского Центра "
        "поддержки экспорта провели переговоры."
    )
    assert "Центр поддержки экспорта Ростовской области" in _orgs(text)


def test_an_acronym_with_the_same_tail_is_the_full_name() -> None:
    text = (
        "Председатель Торгово-промышленной палаты Республики Казахстан Иван Петров встретился "
        "с губернатором. В ТПП Республики Казахстан отметили рост товарооборота."
    )
    assert _orgs(text) == ["Торгово-промышленная палата Республики Казахстан"]
