"""Organisation error classes found on fresh press releases (round 17, organisations).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a zone's kind and acronym between its type and its name; a body
that goes on to a territory ('Республики X', a '-стан' genitive); a branch named by its
parent; a plant named by its product; a company's branch; an outlet closing a dated
dateline or named by its agency acronym; a federal body's regional office ('по X краю')
and the body inside it; a Latin acronym in brackets; a ministry printed with and without
'России'; bare type acronyms; a region's initials after a body; quoted names listed with
an organisation.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def test_a_zones_acronym_and_kind_before_its_name() -> None:
    orgs = _orgs(
        "Прошло заседание наблюдательного совета особой экономической зоны (ОЭЗ) "
        "промышленно-производственного типа «Озерная»."
    )
    assert "ОЭЗ «Озерная»" in orgs


def test_a_body_goes_on_to_a_territory_after_it() -> None:
    orgs = _orgs("Председатель Верховного совета Нуристана Иван Петров предложил открыть центр.")
    assert "Верховный совет Нуристана" in orgs
    orgs = _orgs(
        "Гостей встретили учеными Академии Наук Республики Татарстан и преподавателями вуза."
    )
    assert "Академия Наук Республики Татарстан" in orgs


def test_a_branch_is_named_with_its_parent() -> None:
    orgs = _orgs(
        "Целью визита является посещение Уральского отделения Российской академии наук "
        "и подписание соглашения."
    )
    assert "Уральское отделение Российской академии наук" in orgs
    assert "Российская академия наук" not in orgs


def test_a_plant_is_named_with_its_product_and_without_the_branch_word() -> None:
    orgs = _orgs(
        "Филиал Озерского завода сварочной проволоки по выпуску электродов появится в Туле."
    )
    assert orgs == ["Озерский завод сварочной проволоки"]


def test_an_outlet_closing_a_dated_dateline_or_named_by_its_agency_acronym() -> None:
    orgs = _orgs(
        "Посол Перу посетил Пермь  Пермь, 15 июня - Вести-Кама. Гость осмотрел завод "
        "компании «Зенит», рассказали ТИА «Берег» в правительстве края."
    )
    assert "Зенит" in orgs
    assert "Вести-Кама" not in orgs
    assert not any("Берег" in name for name in orgs)


def test_a_federal_bodys_regional_office() -> None:
    orgs = _orgs(
        "В совещании участвовал руководитель управления Минпромторга России по Пермскому "
        "краю Иван Петров."
    )
    assert orgs == ["Управление Минпромторга России по Пермскому краю"]


def test_a_latin_acronym_in_brackets_is_dropped_and_merged() -> None:
    orgs = _orgs(
        "На Камчатку прибыли менеджеры Northern Lights Building Group Inc. (NORLIGHTGR). "
        "NORLIGHTGR объединяет 12 дочерних компаний."
    )
    assert orgs == ["Northern Lights Building Group Inc."]


def test_a_ministry_with_and_without_its_country_is_one_body() -> None:
    orgs = _orgs(
        "В Тулу прибыл министр по делам Арктики Иван Петров. Министр России по делам "
        "Арктики Иван Петров осмотрел завод."
    )
    assert orgs == ["Министерство России по делам Арктики"]


def test_bare_type_acronyms_name_no_organisation() -> None:
    orgs = _orgs("Это и льготы в рамках ТОСЭР. Производство разместилось на площадке ТОСЭР.")
    assert "ТОСЭР" not in orgs


def test_a_region_printed_as_initials_after_a_department() -> None:
    orgs = _orgs(
        "Губернатор посетил завод в Самарской области. Об этом сообщает пресс-служба "
        "Департамента информационной политики СО."
    )
    assert "Департамент информационной политики Самарской области" in orgs


def test_quoted_names_listed_with_an_organisation() -> None:
    orgs = _orgs(
        "Гости посетили площадку, где ознакомились с проектами: это завод стекла, "
        "«Альтаир», «Бетагран» и компания «Вегатрон»."
    )
    assert "Вегатрон" in orgs
    assert "Альтаир" in orgs
    assert "Бетагран" in orgs


def test_a_body_of_the_region_is_named_with_the_texts_region() -> None:
    orgs = _orgs(
        "В Пензенской области открыли цех. По информации Корпорации развития региона, "
        "проект реализован в срок."
    )
    assert "Корпорация развития Пензенской области" in orgs


def test_a_palace_and_a_vehicle_model_are_no_organisations() -> None:
    orgs = _orgs(
        "Делегацию принял президент во Дворце Согласия. По улицам города идет новый "
        "трамвай «Сокол», выпущенный компанией «Альтаир»."
    )
    assert "Альтаир" in orgs
    assert not any("Дворец" in name or "Сокол" in name for name in orgs)


def test_a_company_of_a_holding_is_reported_as_the_holding() -> None:
    orgs = _orgs("В области работает Предприятие холдинга Кемертекс, которое выпускает плитку.")
    assert orgs == ["Кемертекс"]
