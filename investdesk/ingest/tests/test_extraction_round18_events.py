"""Event-type classes left after round 17 (round 18).

Every sentence here is written for the test; none comes from the held-out or dev texts, and
the names are invented. Each test names a class: 'в том числе' is no count of agreements, a
road map or a work programme signed, an adverb between a visited region and its verb, talks
held by video, a trial batch produced, a sentence break inside a quoted name, guests touring
a site in a lead with no headline.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import event as _event


def test_in_that_number_is_no_count_of_agreements() -> None:
    text = (
        "В Зеленогорске состоялась встреча с делегацией провинции Ланьшуй. В рамках визита было "
        "подписано соглашение о намерениях с торговой компанией «Ланьшуй Трейд» в сфере "
        "логистики и, в том числе, обмена опытом."
    )
    assert _event(text) == "agreement_signed"


def test_a_road_map_opening_the_sentence_is_signed() -> None:
    text = (
        "«Дорожную карту» по развитию сотрудничества на будущий год подписал губернатор "
        "Северной области Иван Петров с послом Республики Лавания.\n"
        "Об этом глава региона рассказал журналистам. Ранее губернатор ездил в Лаванию."
    )
    assert _event(text) == "agreement_signed"


def test_a_work_programme_said_in_the_passive_is_signed() -> None:
    text = (
        "Сегодня в Озерске подписана Рабочая программа сотрудничества между Озерским округом "
        "и провинцией Дальняя Лавания\n\n"
        "Документ подписали губернатор округа Иван Петров и председатель комитета провинции "
        "Ли Вэньцзя, прибывший в Россию с дружественным визитом."
    )
    assert _event(text) == "agreement_signed"


def test_an_adverb_between_the_region_and_the_visit_verb() -> None:
    text = (
        "Тверскую область впервые посетила делегация провинции Ланьшуй\n\n"
        "Тверскую область впервые посетила делегация аймака Ланьшуй из Монголии. "
        "«Это ответный визит коллег», — написал губернатор. В ходе визита гости посетят "
        "промышленные предприятия."
    )
    assert _event(text) == "delegation_visit"


def test_talks_held_by_video() -> None:
    text = (
        "Город Ланьшуй и Северная область совместно провели видеоконференцию по "
        "сотрудничеству в области науки. Мэр города отметил давние связи регионов."
    )
    assert _event(text) == "negotiations"


def test_a_trial_batch_produced_is_a_launch() -> None:
    text = (
        "Пробную партию плитки выпустил совместный завод в Озерске\n\n"
        "Пробную партию продукции выпустил совместный завод в селе Горки. Первые тысячи "
        "плиток произвели на предприятии, сообщил глава района."
    )
    assert _event(text) == "project_launch"


def test_guests_touring_a_site_in_a_lead_with_no_headline() -> None:
    text = (
        "Технопарк «Северный» посетила делегация из провинции Ланьшуй. Гости приехали, чтобы "
        "познакомиться с опытом работы парка и обсудить возможности сотрудничества.\n"
        "Визит был направлен на то, чтобы наладить новые связи."
    )
    assert _event(text) == "site_visit"


def test_a_break_inside_a_quoted_name_keeps_the_lead_whole() -> None:
    text = (
        "В рамках выставки «Техно. Лавания» делегация правительства Северной области посетила "
        "технопарк «Ланьшуй Вэлли» и обсудила направления взаимодействия.\n"
        "Технопарк работает при местном университете. Он ведет прикладные исследования."
    )
    assert _event(text) == "site_visit"


def test_a_presentation_held_is_a_forum() -> None:
    text = (
        "17 октября в столичном министерстве прошла презентация Тверской области. Узнать об "
        "экономическом потенциале региона пришли дипломаты из разных стран. Министр высоко "
        "оценил экспозицию."
    )
    assert _event(text) == "forum"


def test_a_project_presented_to_a_minister_is_no_forum() -> None:
    text = (
        "Губернатор Тверской области Иван Петров презентовал министру Павлу Сидорову проект "
        "расширения технопарка «Северный». Расширение планируется за счет новых площадок."
    )
    assert _event(text) != "forum"


def test_a_presentation_told_only_in_the_body_is_still_the_event() -> None:
    text = (
        "Тверская область приглашает инвесторов\n\n"
        "У здания представительства цветут каштаны. Всё это создавало особое настроение.\n"
        "Во вторник в стенах представительства состоялось мероприятие для деловых кругов. "
        "В большом зале прошла презентация Тверской области как экономического партнера."
    )
    assert _event(text) == "forum"


def test_a_meeting_on_the_last_day_of_a_visit_is_the_talks() -> None:
    text = (
        "Глава Тверской области и министр экономики Монголии договорились о рабочей группе\n"
        "10:50 11.04.2014\n"
        "В заключительный день рабочего визита в Монголию состоялась встреча главы Тверской "
        "области Ивана Петрова с министром экономики Монголии Батом Дорджиевым. Министр "
        "отметил, что деловые круги оценили потенциал региона."
    )
    assert _event(text) == "negotiations"
