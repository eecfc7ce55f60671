"""Organisation error classes found on fresh press releases (round 12, organisations).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: two bodies joined by 'и' in the same case, a document word after a
body, a website's name, a group of people, short forms of a name printed in the same text
(an acronym of its first words, a place adjective with an acronym, a bare acronym, the
countries printed two ways, an SEZ with and without its full type), a national body beside
its regional namesake, a region adjective owning a body named in a title, a federal ministry
in a named person's title, the abbreviated 'г.' in a city administration, a region's
abbreviation, an outlet told by a press service.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def test_two_bodies_joined_by_and_in_the_same_case_are_not_one_name() -> None:
    text = (
        "Соглашение между правительством автономного округа и администрацией провинции "
        "Ханой одобрено на заседании."
    )
    orgs = _orgs(text)
    assert not any(" и " in name for name in orgs)
    assert "Администрация провинции Ханой" in orgs


def test_a_document_word_ends_a_body_name() -> None:
    text = (
        "В Казани 5 мая правительство города соглашение о сотрудничестве подпишет с Казанской ТПП."
    )
    orgs = _orgs(text)
    assert not any("соглашение" in name.lower() for name in orgs)


def test_a_website_name_is_an_outlet() -> None:
    text = "Vostokinfo.ru 12.03.19\n\nКомпания «Таежный лес» открыла цех в Чите."
    orgs = _orgs(text)
    assert "Vostokinfo" not in orgs
    assert "Таежный лес" in orgs


def test_a_group_of_people_is_no_organisation() -> None:
    text = "Группа предпринимателей Республики Узбекистан посетила завод «Спецмаш» в Оренбурге."
    orgs = _orgs(text)
    assert not any(name.lower().startswith("группа") for name in orgs)


def test_an_acronym_of_the_first_words_is_the_same_body() -> None:
    text = (
        "Центр поддержки экспорта Башкортостана провел семинар. По словам директора, "
        "услугами ЦПЭ в прошлом году воспользовались 200 компаний."
    )
    orgs = _orgs(text)
    assert "Центр поддержки экспорта Башкортостана" in orgs
    assert "ЦПЭ" not in orgs


def test_a_place_adjective_with_an_acronym_is_the_full_name() -> None:
    text = (
        "Делегацию приняла Торгово-промышленная палата Курской области. Президент курской "
        "ТПП Иван Сидоров рассказал о членах палаты. Курская ТПП объединяет 300 компаний."
    )
    orgs = _orgs(text)
    assert "Торгово-промышленная палата Курской области" in orgs
    assert "Курская ТПП" not in orgs


def test_countries_printed_two_ways_name_one_mission() -> None:
    text = (
        "В Омск приехал советник Посольства КНР в РФ Ван Лэй. Представители посольства "
        "Китая в России осмотрели технопарк."
    )
    orgs = [name for name in _orgs(text) if name.startswith("Посольство")]
    assert len(orgs) == 1


def test_an_sez_with_and_without_its_full_type_is_one_body() -> None:
    text = (
        "Резидентом особой экономической зоны «Моглино» стала компания «Пласт». Генеральный "
        "директор АО «ОЭЗ ППТ «Моглино» Андрей Смирнов вручил свидетельство."
    )
    orgs = [name for name in _orgs(text) if "Моглино" in name]
    assert len(orgs) == 1


def test_a_national_fund_beside_its_regional_namesake_is_another_body() -> None:
    text = (
        "Заем выдан по совместной программе федерального Фонда развития промышленности и "
        "Фонда развития промышленности Тверской области."
    )
    orgs = _orgs(text)
    assert "Фонд развития промышленности" in orgs
    assert "Фонд развития промышленности Тверской области" in orgs


def test_a_region_adjective_owns_a_body_named_in_a_title() -> None:
    text = (
        "В Саратове прошла встреча. Участвовали член правительства Москвы Петр Орлов и глава "
        "саратовского областного комитета инвестполитики Олег Лебедев. Саратовская область "
        "готова к сотрудничеству."
    )
    orgs = _orgs(text)
    assert not any("инвестполитики Москвы" in name for name in orgs)


def test_a_federal_ministry_in_a_named_persons_title() -> None:
    text = (
        "Награды вручил заместитель министра сельского хозяйства России Сергей Волков. "
        "Хозяйства области получили гранты."
    )
    assert "Министерство сельского хозяйства России" in _orgs(text)


def test_a_federal_ministry_without_a_named_person_is_a_passing_reference() -> None:
    text = "Первую сваю будущего комбината забил министр энергетики РФ."
    assert not any(name.startswith("Министерство") for name in _orgs(text))


def test_an_abbreviated_city_word_in_an_administration() -> None:
    text = "Об этом сообщила пресс-служба администрации г. Тамбова. Завод построят к 2027 году."
    assert "Администрация города Тамбова" in _orgs(text)


def test_a_regions_abbreviation_takes_the_regions_name() -> None:
    text = (
        "Власти Татарстана расширяют экспорт. Как сообщили в Министерстве экономики РТ, "
        "работа идет."
    )
    orgs = _orgs(text)
    assert any(name.endswith("Республики Татарстан") for name in orgs)
    assert not any(name.endswith(" РТ") for name in orgs)


def test_an_outlet_told_by_a_press_service() -> None:
    text = (
        "Делегация прибудет в июне. Об этом «ВолгаСегодня» 3 мая сообщили в пресс-службе "
        "правительства Самарской области."
    )
    assert "ВолгаСегодня" not in _orgs(text)


def test_a_foreign_rendering_in_brackets_is_not_part_of_the_name() -> None:
    text = (
        "Об этом рассказал глава Корейской ассоциации малого бизнеса (Korea Small Business "
        "Association, KSBA) Ким Мин Су на встрече в Хабаровске."
    )
    orgs = _orgs(text)
    assert not any("(" in name for name in orgs)


def test_a_headline_in_capitals_is_no_name() -> None:
    text = (
        "БАНК ОТКАЗАЛ ЗАВОДУ В КРЕДИТЕ\n\nСтройка завода «Химпласт» остановлена, сообщили в "
        "компании."
    )
    orgs = _orgs(text)
    assert not any("ОТКАЗАЛ" in name for name in orgs)


def test_an_acronym_with_a_case_ending_is_in_the_nominative() -> None:
    text = "Доля в проекте принадлежит НОВАТЭКу и китайской компании Sinopec."
    orgs = _orgs(text)
    assert "НОВАТЭКу" not in orgs


def test_an_outlet_that_found_out() -> None:
    text = (
        "Как выяснил «Деловой Вестник», стройка завода «Полимер» стоит с февраля. Компания "
        "ищет инвестора."
    )
    assert "Деловой Вестник" not in _orgs(text)


def test_a_party_named_after_the_party_word_is_politics() -> None:
    text = (
        "Губернатора выдвинула партия «Новые Горизонты». Компания «Агростандарт» построит элеватор."
    )
    orgs = _orgs(text)
    assert "Новые Горизонты" not in orgs


def test_a_competition_is_no_organisation() -> None:
    text = (
        "В колледже идет подготовка к отборочным соревнованиям SkillCup Siberia. Завод "
        "«Сибприбор» выделил оборудование."
    )
    assert "SkillCup Siberia" not in _orgs(text)


def test_an_acronym_alone_keeps_its_printed_form() -> None:
    text = "Делегацию приняли в ЮЗТПП. Пресс-служба ЮЗТПП."
    orgs = _orgs(text)
    assert not any(name.startswith("ЮЗТПП") and name != "ЮЗТПП" for name in orgs)
