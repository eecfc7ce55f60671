"""Event-type classes fixed in round 21 (issue 15).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a diplomat in the headline who came to the region (a visit) or
who is met where he serves or at a forum (talks), several diplomats who came, a forum named
in the body only as where talks were held, a signing reported only in the body.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import event as _event


def test_an_ambassador_who_came_to_the_region_is_a_visit() -> None:
    text = (
        "Губернатор Курганской области встретился с послом Эквадора\n"
        "Стороны обсудили поставки зерна и техники. "
        "Посол Эквадора в России прибыл в Курган на два дня. "
        "В программе пребывания посла также знакомство с вузами региона."
    )
    assert _event(text) == "delegation_visit"


def test_an_ambassador_met_with_no_word_of_his_coming_holds_talks() -> None:
    text = (
        "Губернатор Курганской области встретился с послом Эквадора\n"
        "Стороны обсудили поставки зерна и техники. "
        "Посол Эквадора в России отметил интерес своей страны к сельскому хозяйству региона."
    )
    assert _event(text) == "negotiations"


def test_an_ambassador_met_at_a_forum_holds_talks_even_if_he_arrived() -> None:
    text = (
        "Губернатор Курганской области встретился с послом Эквадора\n"
        "Встреча прошла на полях экономического форума. Стороны обсудили поставки зерна. "
        "Посол прибыл на форум вместе с торговым представителем."
    )
    assert _event(text) == "negotiations"


def test_several_diplomats_who_came_are_a_visit() -> None:
    text = (
        "Глава округа рассказал послам о проектах региона\n"
        "Глава округа встретился с послами Перу, Чили и Эквадора. "
        "Дипломаты прибыли в окружной центр с ознакомительной поездкой. "
        "Им показали порт и новую больницу."
    )
    assert _event(text) == "delegation_visit"


def test_a_forum_named_in_the_body_as_the_place_of_talks_is_their_setting() -> None:
    text = (
        "Область приглашает иностранные компании к строительству мостов\n"
        "Иностранным подрядчикам предложили участвовать в конкурсах. "
        "Власти считают это направление перспективным. "
        "Заместитель губернатора в ходе международной выставки в Алматы провела переговоры "
        "с дорожным ведомством Казахстана."
    )
    assert _event(text) == "negotiations"


def test_a_signing_reported_only_in_the_body_is_the_news() -> None:
    text = (
        "В области будут выращивать грибы и ягоды\n"
        "Министерство сельского хозяйства рассказало о новых проектах. "
        "В районе появится тепличный комплекс стоимостью 2 млрд рублей. "
        "Глава региона и директор агрохолдинга подписали соглашение о его строительстве."
    )
    assert _event(text) == "agreement_signed"
