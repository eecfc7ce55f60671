"""Event-type classes fixed in round 13 (issue 15).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a forum's agreements counted or summed (its tally), a few
agreements signed at once, a session of a deciding body, a trip or a road show abroad, a
country visited named before the verb, the start of construction, a launch still to come,
a government decree.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import event as _event


@pytest.mark.parametrize(
    "text",
    [
        # a genitive-plural quantity with no number: 'подписала соглашений на ... млрд'
        "Край на экономическом форуме подписал соглашений на 40 миллиардов рублей\n"
        "Власти края заключили на форуме более 15 соглашений на общую сумму 40 млрд рублей.",
        # the tally in the opening, one plural signing only in the body
        "На инвестиционном форуме регионы подписали соглашения на 2 трлн рублей\n"
        "Руководитель оргкомитета подвёл итоги форума.\n"
        "По его словам, подписано 150 соглашений. Часть проектов, соглашения по которым "
        "подписаны, уже строится.",
        # no headline: a delegation named first, the agreements counted after it
        "Делегация области подписала на международном форуме 45 соглашений на 90 млрд "
        "рублей. Соседняя республика заключила на форуме 12 соглашений. Форум проходил три "
        "дня.",
    ],
)
def test_a_forums_tally_is_the_forum(text: str) -> None:
    assert _event(text) == "forum"


@pytest.mark.parametrize(
    "text",
    [
        "В рамках инвестиционной ярмарки были подписаны два соглашения о намерениях между "
        "областью и иностранными инвесторами. Документы предусматривают строительство "
        "заводов.",
        "Губернатор и глава компании подписали три соглашения о сотрудничестве\n"
        "Документы касаются строительства завода и подготовки кадров.",
    ],
)
def test_a_few_agreements_are_one_signing(text: str) -> None:
    assert _event(text) == "agreement_signed"


def test_a_dateline_time_is_not_a_count() -> None:
    text = (
        "Встреча мэра с делегацией Сербии\n"
        "10:45 Протокол о намерениях подписали мэр города и глава делегации, прибывшей на "
        "форум.\nГости приехали в город на два дня."
    )
    assert _event(text) != "forum"


@pytest.mark.parametrize(
    "text",
    [
        # a session of a regional government, nothing foreign in the text
        "Изменения в программу поддержки инвесторов одобрили члены правительства области. "
        "Заседание прошло под руководством губернатора.",
        "На заседании инвестсовета губернатор задал вопросы о проекте\n"
        "Под председательством губернатора прошло заседание инвестиционного совета. "
        "Участники заседания рассмотрели проект гостиницы.",
        # a deciding body with a foreign party in the text
        "На заседании наблюдательного совета фонда рассмотрели проект китайской компании\n"
        "Наблюдательный совет одобрил заём компании из Китая на строительство завода.",
    ],
)
def test_a_session_of_a_deciding_body_is_other(text: str) -> None:
    assert _event(text) == "other"


def test_a_session_of_an_intergovernmental_body_stays_talks() -> None:
    text = (
        "Состоялось заседание межправительственной комиссии России и Вьетнама\n"
        "На заседании межправительственной комиссии стороны обсудили торговлю и инвестиции."
    )
    assert _event(text) == "negotiations"


@pytest.mark.parametrize(
    "text",
    [
        "Делегация области провела переговоры в Египте\n"
        "В рамках поездки в Каир делегация области представила инвестиционный потенциал "
        "региона. Поездка продлится три дня.",
        "Больше 50 предпринимателей пришли на презентацию региона в Турции\n"
        "Роуд-шоу области прошло в Стамбуле. Делегация региона провела деловые встречи.",
    ],
)
def test_a_trip_or_a_road_show_abroad_is_a_visit(text: str) -> None:
    assert _event(text) == "delegation_visit"


def test_a_country_named_before_the_tour_verb_is_visited() -> None:
    text = (
        "В Армении побывала делегация области\n"
        "Делегация встретилась с министром экономики и обсудила поставки зерна."
    )
    assert _event(text) == "delegation_visit"


@pytest.mark.parametrize(
    "text",
    [
        "Компания начала строительство завода в области\n"
        "Компания приступила к строительству завода по выпуску кирпича.",
        "В регионе стартовало строительство логистического центра\n"
        "В торжественной церемонии закладки первого камня принял участие губернатор.",
        "В области введён в строй новый животноводческий комплекс\n"
        "Комплекс рассчитан на две тысячи голов.",
    ],
)
def test_a_start_of_construction_or_commissioning_is_a_launch(text: str) -> None:
    assert _event(text) == "project_launch"


def test_a_launch_still_to_come_is_not_a_launch() -> None:
    text = (
        "Инвестор представил проект губернатору\n"
        "Через месяц в индустриальном парке состоится закладка первого камня завода. "
        "Губернатор отметил важность проекта."
    )
    assert _event(text) != "project_launch"


def test_a_government_decree_is_other() -> None:
    text = (
        "Председатель правительства подписал постановление о расширении границ ТОР\n"
        "В границы территории включены новые земельные участки."
    )
    assert _event(text) == "other"


def test_a_delegation_that_talks_during_its_trip_is_visiting() -> None:
    text = (
        "Область и Египет договорились расширять торговлю. Министр в составе делегации "
        "обсудил поставки зерна в рамках поездки в Каир.\n"
        "Делегация встретилась с представителями местных властей."
    )
    assert _event(text) == "delegation_visit"


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор и делегация компании подписали несколько соглашений\n"
        "Документы касаются строительства завода.",
        "Область и провинция подписали соглашения на 2025-2027 годы\n"
        "Документы предусматривают обмен делегациями.",
        "Глава района подписал ряд соглашений с компаниями из Китая\n"
        "Документы касаются строительства завода.",
    ],
)
def test_several_agreements_or_a_term_are_not_a_tally(text: str) -> None:
    assert _event(text) == "agreement_signed"


def test_an_official_checking_a_construction_is_a_site_visit() -> None:
    text = (
        "Вице-губернатор проверил строительство тепличного комплекса\n"
        "Подрядчик доложил, что работы идут по графику."
    )
    assert _event(text) == "site_visit"


@pytest.mark.parametrize(
    "text",
    [
        "Компания запустила вторую очередь завода\nИнвестиции в проект составили 3 млрд рублей.",
        "Новый завод по выпуску кормов начал работу в индустриальном парке\n"
        "Предприятие создало 200 рабочих мест.",
        "Агрохолдинг запустил молочную ферму на 1200 голов\nИнвестиции составили 800 млн рублей.",
    ],
)
def test_works_started_are_a_launch(text: str) -> None:
    assert _event(text) == "project_launch"


def test_works_to_start_later_are_not_a_launch() -> None:
    text = (
        "Инвестор построит завод по выпуску кормов\n"
        "Завод начнёт работу в индустриальном парке через два года. Инвестиции составят "
        "2 млрд рублей."
    )
    assert _event(text) != "project_launch"
