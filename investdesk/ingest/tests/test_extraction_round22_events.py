"""Event-type classes fixed in round 22 (issue 15).

Every sentence here is invented for the test, in wording of its own.
Each test names a class: a document signed with a past auxiliary, a region visited as the
object of the verb, a gathering's organising committee, a meeting named by its subject, a
working group's session, a headline's own signer at a forum, a trip that frames a tour.
"""

from __future__ import annotations

import pytest

from investdesk.ingest.tests.extraction_helpers import event as _event


def test_a_document_signed_with_a_past_auxiliary() -> None:
    text = (
        "Н-ская область и провинция договорились\n"
        "Меморандум о торгово-экономическом сотрудничестве между правительством Н-ской "
        "области и народным правительством провинции Хэнань был подписан во вторник в Н-ске."
    )
    assert _event(text) == "agreement_signed"


def test_a_region_visited_by_a_foreign_delegation_is_a_visit() -> None:
    text = (
        "Египетские предприниматели посетили Тамбовскую область\n"
        "Предприниматели из Египта посетили Тамбовскую область, чтобы оценить условия для "
        "вложений. Гости побывали на двух агропредприятиях и провели встречу с губернатором."
    )
    assert _event(text) == "delegation_visit"


def test_a_gatherings_organising_committee_is_no_forum() -> None:
    text = (
        "Индийская компания обсудила с городом поставки оборудования\n"
        "Руководители индийской компании встретились с вице-мэром и членами дирекции "
        "Н-ского инвестиционного форума.\n"
        "Речь шла о поставках оборудования для городских котельных."
    )
    assert _event(text) == "negotiations"


@pytest.mark.parametrize(
    "text",
    [
        "Н-ская область уточнит планы поставок в Казахстан\n"
        "Вице-губернатор провёл совещание по вопросам торговли с Республикой Казахстан с "
        "участием отраслевых министерств.\n"
        "Ведомствам поручено подготовить предложения к маю.",
        "Н-ская рабочая группа рассмотрела пять заявок\n"
        "Заседание рабочей группы по инвестиционной политике провёл первый вице-губернатор. "
        "Одну из заявок подала шведская компания.",
    ],
)
def test_officials_own_meeting_on_a_foreign_topic_is_other(text: str) -> None:
    assert _event(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Н-ская область на выставке подписала соглашения на 12 млрд рублей\n"
        "За два дня выставки делегация Н-ской области подписала девять соглашений на 12 млрд "
        "рублей.",
        "Н-ский край заключил в рамках агровыставки семь соглашений\n"
        "Семь соглашений с переработчиками зерна было подписано в рамках агровыставки.",
    ],
)
def test_a_headlines_own_signer_at_a_forum_signed(text: str) -> None:
    assert _event(text) == "agreement_signed"


def test_a_trip_to_a_region_framing_a_tour_is_the_visit() -> None:
    text = (
        "Делегация Республики Сербской в рамках визита в Н-ский край посетила индустриальный "
        "парк\nГости осмотрели свободные площадки."
    )
    assert _event(text) == "delegation_visit"
