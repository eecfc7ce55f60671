"""Event-type classes left after round 19 (round 20).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a launch named after 'после' in a sentence that only attributes the
one before it (where the words were said is part of the news), and a text with a foreign
side whose cues all stand in the body with equal weight (the first event told is the news,
a forum named only as where talks were held does not count as told first), and a tour
held 'для делегации' (the guests are the ones who tour), and 'пуск' of a works as a
synonym of 'запуск'.
"""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def _event(text: str) -> str:
    return extract(text)["event_type"]


def test_a_launch_after_posle_in_an_attribution_sentence_is_the_news() -> None:
    text = (
        "Все цеха бывшего немецкого предприятия в Примерской области снова работают\n\n"
        "Об этом журналистам рассказал губернатор области после открытия нового завода "
        "стеклянной тары в Примерске.\n\n"
        "Губернатор напомнил, что производство выпускает продукцию для всего региона."
    )
    assert _event(text) == "project_launch"


def test_a_launch_after_posle_elsewhere_is_still_a_point_in_time() -> None:
    text = (
        "Компания из Италии займётся выпуском плитки в Примерской области\n\n"
        "Инвестор рассказал о планах на ближайшие годы. После открытия завода компания "
        "наберёт триста сотрудников.\n\n"
        "Объём вложений составит два миллиарда рублей."
    )
    assert _event(text) != "project_launch"


def test_the_first_of_equal_body_cues_with_a_foreign_side_is_the_news() -> None:
    text = (
        "Вьетнамские инвесторы готовы вкладывать в экономику Примерского края\n\n"
        "15 марта 2024 года\n\n"
        "Край рассчитывает на новые производства с участием партнёров из Вьетнама. "
        "Сотрудничество позволит увеличить экспорт.\n\n"
        "Глава края Иван Петров сегодня встретился с генеральным консулом Вьетнама.\n\n"
        "Одна из компаний края подписала договоры поставки с вьетнамскими партнёрами."
    )
    assert _event(text) == "negotiations"


def test_a_forum_named_as_the_setting_of_body_talks_is_not_told_first() -> None:
    text = (
        "Примерский край хочет привлечь вьетнамские компании к строительству мостов\n\n"
        "12.05.2023\n\n"
        "Вьетнамские компании пригласили к участию в конкурсах края. Власти считают это "
        "направление перспективным.\n\n"
        "Министр транспорта края Анна Сидорова в ходе выставки в Ханое провела переговоры "
        "с министерством строительства Вьетнама."
    )
    assert _event(text) == "negotiations"


def test_a_tour_held_for_the_guests_is_their_site_visit() -> None:
    text = (
        "На птицефабрике «Примерская» для делегации Монголии провели экскурсию по цехам и "
        "показали новую линию упаковки. Гости отметили качество продукции.\n\n"
        "Накануне монгольские гости побывали в соседнем районе. Визит делегации продлится "
        "три дня."
    )
    assert _event(text) == "site_visit"


def test_pusk_of_a_works_is_a_launch() -> None:
    text = (
        "Глава Примерской области принял участие в пуске нового цеха сыроварни\n\n"
        "Речь о цехе по выпуску твёрдых сыров. Сегодня глава области осмотрел "
        "производственные помещения.\n\n"
        "Объём вложений составил 800 млн рублей."
    )
    assert _event(text) == "project_launch"
