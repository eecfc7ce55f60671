"""Event-type classes fixed in round 14 (issue 15).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: the headline under a dateline or ending in a full stop, a clause
between commas before the verb, a diplomat in the headline, an officials' own meeting, an
official's tour of a works, a forum named as a venue or as the guests' origin, a county
visited, a signing only possible, a business dialogue, the delegations of two sides, talks
under way, a launch told as background.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.extraction.context import Ctx
from investdesk.ingest.lexicon import Lexicon
from investdesk.ingest.nlp import analyze_many
from investdesk.ingest.tests.extraction_helpers import event as _event


def _title(text: str) -> str:
    ctx = Ctx(analyze_many([text])[0], Lexicon.default())
    return text[: ctx.title_end].strip()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a dateline above the headline
        (
            "12.03.2024\nГубернатор открыл новый цех\nЦех выпускает детали для тракторов.",
            "12.03.2024\nГубернатор открыл новый цех",
        ),
        ("14:20, 5 мар 2024 г.\n\nМэр осмотрел стройку\nСтройка идёт по плану.", None),
        # a one-sentence headline ending in a full stop
        (
            "Гости из Индии побывали на заводе.\nЭкскурсию провёл директор завода.",
            "Гости из Индии побывали на заводе.",
        ),
        # a first line of two sentences is a lead paragraph
        ("Губернатор приехал в район. Он осмотрел школу.\nДалее он посетил больницу.", ""),
    ],
)
def test_the_headline_under_a_dateline_or_ending_in_a_full_stop(
    text: str, title: str | None
) -> None:
    found = _title(text)
    if title is None:
        assert found.endswith("Мэр осмотрел стройку")
    else:
        assert found == title


def test_a_headline_under_a_dateline_reports_the_tour() -> None:
    text = (
        "03.04.2024\n"
        "Делегация из Казахстана посетила технопарк «Северный».\n"
        "В рамках встречи директор технопарка провёл для гостей экскурсию.\n"
        "Гости побывали в цехах резидентов и встретились с их руководителями."
    )
    assert _event(text) == "site_visit"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Банк поддержит строительство больницы\n"
            "Соглашение о сотрудничестве, направленном на развитие здравоохранения края, "
            "подписано с крупным банком. Банк работает в крае десять лет.",
            "agreement_signed",
        ),
        (
            "Инвестор вложил в предприятие ещё 50 млн рублей\n"
            "Компания запустила на заводе, который работает в индустриальном парке, новую "
            "производственную линию. Об этом сообщил губернатор.",
            "project_launch",
        ),
    ],
)
def test_a_clause_between_commas_does_not_hide_the_verb(text: str, event: str) -> None:
    assert _event(text) == event


def test_taking_part_is_not_receiving_an_ambassador() -> None:
    text = (
        "Встреча губернатора с деловыми кругами Казахстана прошла в преддверии бизнес-форума. "
        "В ней также принял участие посол Казахстана.\n"
        "Стороны обсудили поставки зерна и строительство элеватора."
    )
    assert _event(text) == "negotiations"


def test_a_diplomat_in_the_headline_reports_talks() -> None:
    text = (
        "Новый генеральный консул Монголии получил экзекватуру от губернатора\n"
        "Документ подтверждает полномочия консула в регионе.\n"
        "В этом году монгольская делегация примет участие в экономическом форуме."
    )
    assert _event(text) == "negotiations"


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор провёл оперативное совещание правительства. На нём обсудили ход "
        "реализации инвестиционных проектов.\nДоклад представил министр экономики.",
        "Министерство провело совещание для инвестиционных уполномоченных районов. На нём "
        "рассмотрели отчёты муниципалитетов.",
    ],
)
def test_an_officials_own_meeting_is_other(text: str) -> None:
    assert _event(text) == "other"


def test_a_meeting_with_investors_stays_talks() -> None:
    text = (
        "Губернатор провёл совещание с инвесторами\n"
        "На совещании с представителями компании губернатор обсудил строительство завода."
    )
    assert _event(text) == "negotiations"


@pytest.mark.parametrize(
    "text",
    [
        # the talks in the headline, the tour of the works in the lead
        "Губернатор обсудил развитие молочного завода\n"
        "Молочный завод в районном центре посетил губернатор Тверской области. Он обсудил "
        "с директором планы по расширению производства.",
        # an inspection of a construction, the talks after it
        "Министр прибыл в край\n"
        "Министр и губернатор края проверяют ход строительства нового аэропорта. Во время "
        "рабочей встречи они обсудят развитие дорог.",
    ],
)
def test_an_officials_tour_of_a_works_outranks_the_talks(text: str) -> None:
    assert _event(text) == "site_visit"


def test_a_launch_in_the_headline_from_the_forums_venue() -> None:
    text = (
        "При участии президента запустили несколько предприятий\n"
        "Президент с площадки экономического форума принял участие в запуске предприятий. "
        "К церемонии открытия он подключился по видеосвязи."
    )
    assert _event(text) == "project_launch"


def test_a_tour_in_the_headline_outranks_the_guests_forum() -> None:
    text = (
        "Особую экономическую зону посетили турецкие бизнесмены\n"
        "Сегодня зону посетили участники татарстано-турецкого делового форума. Гостям "
        "рассказали о льготах для резидентов."
    )
    assert _event(text) == "site_visit"


def test_a_county_visited_is_a_visit() -> None:
    text = (
        "Делегация края посетила уезд Линьшань\n"
        "Здесь губернатор посетил тепличное хозяйство и осмотрел рыбный питомник. Затем "
        "прошла встреча делегации с руководством уезда. Уезд граничит с Россией и "
        "поставляет овощи в Китай."
    )
    assert _event(text) == "delegation_visit"


def test_a_signing_only_possible_is_no_signing() -> None:
    text = (
        "Китайская корпорация направит специалистов в край\n"
        "Китайская корпорация в июле может подписать меморандум о строительстве комбината.\n"
        "Об этом президент корпорации сообщил в ходе встречи с министром."
    )
    assert _event(text) != "agreement_signed"


def test_a_business_dialogue_is_a_forum() -> None:
    text = (
        "Корейский бизнес работает в области\n"
        "Республика Корея вложила в экономику области больше других стран.\n"
        "В Москве делегация области приняла участие в российско-корейском бизнес-диалоге. "
        "Область на форуме представил заместитель губернатора."
    )
    assert _event(text) == "forum"


def test_the_delegations_of_two_sides_hold_talks() -> None:
    text = (
        "В пограничном городе российская и китайская делегации обсудили экспорт зерна. "
        "Стороны согласовали подачу вагонов на терминал.\n"
        "Китайская делегация также ознакомилась с работой терминала и посетила склады."
    )
    assert _event(text) == "negotiations"


def test_talks_under_way_are_no_meeting() -> None:
    text = (
        "Иностранный инвестор построит в области деревообрабатывающий комбинат\n"
        "Комбинат будет построен в одном из районов, сообщил министр экономики. По его "
        "словам, переговоры о строительстве комбината ведутся два года."
    )
    assert _event(text) == "other"


def test_a_launch_told_with_already_is_background() -> None:
    text = (
        "Фонд купил долю в лесном холдинге\n"
        "Инвестиционный фонд приобрёл 40% акций лесного холдинга. Средства пойдут на "
        "строительство центра переработки древесины.\n"
        "Холдинг уже открыл новый завод по производству шпона."
    )
    assert _event(text) == "other"


def test_a_headline_opening_with_the_agreements_is_a_signing() -> None:
    text = (
        "Соглашения второго дня инвестиционного форума\n"
        "До конца года построим в районе завод упаковки. Это 300 рабочих мест. Соглашение "
        "подписали с директором компании.\n"
        "В областном центре появится логистический комплекс. Соглашение подписал с "
        "руководителем холдинга."
    )
    assert _event(text) == "agreement_signed"
