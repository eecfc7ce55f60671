"""Event-type classes left after round 18 (round 19).

Every sentence here is written for the test; none comes from the held-out or dev texts, and
the names are invented. The classes are about which signal wins: a gathering the cue phrases
do not name (a conference, a round table, a named week, days held), a meeting noun heading a
gathering, a statement's venue in a sentence that attributes the lead, a launch that is only a
topic or an announcement, a signing still to come, a headline's own signing verb, a gathering
one is invited to, and a signing verb whose partner's name holds prepositions.
"""

from __future__ import annotations

from investdesk.ingest.tests.extraction_helpers import event as _event


def test_a_speech_at_a_conference_is_a_gathering() -> None:
    text = (
        "Губернатор Северной области Иван Петров выступил на конференции по приграничному "
        "сотрудничеству в городе Ланьшуй.\n"
        "Он рассказал о транспортных проектах региона и о новых логистических центрах."
    )
    assert _event(text) == "forum"


def test_a_session_of_a_round_table_is_the_round_table() -> None:
    text = (
        "Глава Озерского края Пётр Сидоров принял участие в заседании круглого стола деловых "
        "кругов края и провинции Лавания. Обсуждались совместные проекты в сельском хозяйстве.\n"
        "Сидоров отметил интерес края к сотрудничеству."
    )
    assert _event(text) == "forum"


def test_days_of_a_region_held_in_a_headline_are_a_gathering() -> None:
    text = (
        "Дни Озерского края прошли в Ланьшуе\n\n"
        "Губернатор провинции встретился с главой Озерского края Петром Сидоровым на открытии "
        "праздника. В церемонии участвовали сотни представителей деловых кругов."
    )
    assert _event(text) == "forum"


def test_a_named_week_in_the_headline_is_a_gathering() -> None:
    text = (
        "Второй день работы VII Северной промышленной недели\n\n"
        "Второй день работы VII Северной промышленной недели прошёл в Озерске. Состоялось "
        "открытие делового центра, прошла сессия экспортёров и было подписано соглашение о "
        "строительстве кирпичного завода."
    )
    assert _event(text) == "forum"


def test_last_week_is_a_date_not_a_gathering() -> None:
    text = (
        "На прошлой неделе губернатор Иван Петров встретился с послом Республики Лавания. "
        "Стороны обсудили поставки зерна и совместные проекты в логистике."
    )
    assert _event(text) != "forum"


def test_a_launch_told_where_the_lead_was_said_is_the_news() -> None:
    text = (
        "В области в этом году откроются три новых завода\n\n"
        "Новое предприятие будет выпускать детали для автомобилей.\n"
        "Три новых завода лаванийских инвесторов откроются в области в этом году. Об этом "
        "заявил губернатор Иван Петров на открытии нового литейного производства компании "
        "«Ланьшуй Металл»."
    )
    assert _event(text) == "project_launch"


def test_talks_about_opening_a_plant_are_talks() -> None:
    text = (
        "Переговоры об открытии завода по выпуску стекла состоялись в Озерске с "
        "представителями лаванийской компании «Ланьшуй Гласс» и местной власти.\n"
        "Компания рассматривает площадку для собственного производства."
    )
    assert _event(text) == "negotiations"


def test_a_launch_announced_to_a_minister_is_no_launch() -> None:
    text = (
        "Губернатор анонсировал министру запуск новых производств в округе\n\n"
        "Губернатор Северного округа Иван Петров представил министру план запуска новых "
        "предприятий в округе. Об этом глава округа сообщил в своём канале."
    )
    assert _event(text) != "project_launch"


def test_a_signing_still_to_come_is_not_the_news() -> None:
    text = (
        "Озерский край и Лавания подпишут соглашение о сотрудничестве\n\n"
        "Край и Лавания развивают связи. Глава края встретился с премьер-министром Лавании "
        "в рамках государственного визита в Лаванию. Стороны обсудили поставки техники."
    )
    assert _event(text) == "negotiations"


def test_a_headline_signer_of_several_agreements_reports_the_signing() -> None:
    text = (
        "Губернатор Иван Петров заключил соглашения на 2,5 млрд рублей\n\n"
        "Губернатор Северной области Иван Петров принял участие в «Неделе Северной области» в "
        "Москве. Были подписаны соглашения с тремя компаниями о строительстве заводов."
    )
    assert _event(text) == "agreement_signed"


def test_a_gathering_one_is_invited_to_is_still_to_come() -> None:
    text = (
        "Иван Петров обсудил с послом Лавании вопросы сотрудничества\n\n"
        "Губернатор Иван Петров пригласил посла Лавании к участию в промышленной выставке "
        "«Север-Экспо». В ходе рабочей встречи обсуждались поставки оборудования."
    )
    assert _event(text) == "negotiations"


def test_a_partner_name_with_a_preposition_does_not_stop_the_signing() -> None:
    text = (
        "Лаванийская компания построит в Озерске химический завод\n\n"
        "Компания «Ланьшуй Кемикал» 5 марта в Москве подписала с Агентством по привлечению "
        "инвестиций Северной области предварительное соглашение о строительстве завода."
    )
    assert _event(text) == "agreement_signed"


def test_the_sentence_after_an_attribution_is_the_second_sentence() -> None:
    text = (
        "В Озерске выросло производство стекла\n\n"
        "Выпуск листового стекла в Северной области вырос вдвое. Об этом сообщает "
        "пресс-служба областного правительства.\n"
        "В Озерске открыли новый завод компании «Северное стекло».\n"
        "Губернатор Иван Петров обсудил с инвесторами планы расширения. Обсуждение продолжится "
        "осенью. Затем "
        "губернатор провёл встречу с банкирами."
    )
    assert _event(text) == "project_launch"


def test_a_launch_reported_after_o_is_still_a_launch() -> None:
    text = (
        "Губернатор Северной области Иван Петров сообщил о запуске нового кирпичного завода в "
        "Озерске. Предприятие будет выпускать 30 млн кирпичей в год."
    )
    assert _event(text) == "project_launch"


def test_an_invitation_made_at_a_forum_keeps_the_forum() -> None:
    text = (
        "Губернатор Иван Петров выступил на Северном инвестиционном форуме\n\n"
        "На форуме губернатор Северной области Иван Петров пригласил инвесторов в регион и "
        "рассказал о новых индустриальных парках."
    )
    assert _event(text) == "forum"
