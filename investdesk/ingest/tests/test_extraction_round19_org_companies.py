"""Organisation error classes found on fresh press releases (round 19, companies and NER).

Every sentence here is written for the test; none comes from the held-out or dev texts.
Each test names a class: a full name whose short form in brackets was taken first; a
company described by a nationality and a type word; a plant named as what is built; a park
or museum people visit; an acronym and the region after it; a kind spelled out in the
plural before its acronym; one body named with and without its owner; a party organ; a
meeting format ending in an event word; an unknown word listed between two companies.
"""

from __future__ import annotations

from investdesk.ingest import nlp
from investdesk.ingest.extraction.context import Ctx
from investdesk.ingest.extraction.org_spans import _purpose_tail
from investdesk.ingest.lexicon import Lexicon
from investdesk.ingest.tests.extraction_helpers import org_names as _orgs


def _keys(text: str) -> list[str]:
    return [name.lower() for name in _orgs(text)]


def test_a_full_name_with_its_short_form_in_brackets_is_kept() -> None:
    orgs = _keys(
        "Японская компания XKB откроет склад в Энске. В мае Японская строительная и "
        "жилищная корпорация (XKB) подписала соглашение с городом."
    )
    assert "японская строительная и жилищная корпорация" in orgs
    assert "xkb" not in orgs


def test_a_nationality_and_a_type_word_describe_the_company() -> None:
    orgs = _orgs("Шведская компания Brakvinn построит в Энской области лесопильный завод.")
    assert "Brakvinn" in orgs
    assert not any(name.startswith("Шведская") for name in orgs)


def test_what_is_built_after_a_prepositional_phrase_is_a_project() -> None:
    orgs = _keys(
        "Губернатор обсудил перспективы строительства на северных землях "
        "Энского горно-обогатительного комбината."
    )
    assert not any("комбинат" in name for name in orgs)


def test_a_park_and_a_museum_are_places_people_visit() -> None:
    orgs = _keys(
        "Посол посетил Парк Победы и побывал в краеведческом музее Энской области "
        "имени П.П. Сидорова. Переговоры прошли в компании «Заречье»."
    )
    assert "парк победы" not in orgs
    assert not any("сидорова" in name for name in orgs)
    assert "заречье" in orgs


def test_a_hospital_is_a_place_visited() -> None:
    orgs = _keys("Делегация осмотрела Центральную районную больницу и завод компании «Заречье».")
    assert "центральная районная больница" not in orgs


def test_an_acronym_goes_on_to_the_region_after_it() -> None:
    orgs = _keys(
        "В Торгово-промышленной палате Курской области прошла встреча с инвесторами. "
        "Президент ТПП Курской области Иван Петров рассказал о планах."
    )
    assert "тпп" not in orgs
    assert "торгово-промышленная палата курской области" in orgs


def test_a_kind_spelled_out_in_the_plural_names_no_body() -> None:
    orgs = _keys(
        "Резидентами особых экономических зон (ОЭЗ) области стали ещё пять компаний, "
        "сообщили в министерстве."
    )
    assert "особые экономические зоны" not in orgs


def test_one_body_named_with_and_without_its_owner_is_one() -> None:
    orgs = _keys(
        "Компания подписала соглашение с Агентством по развитию туризма. "
        "Директор Агентства Северного Кавказа по развитию туризма Иван Петров "
        "рассказал о планах."
    )
    assert "агентство северного кавказа по развитию туризма" in orgs
    assert "агентство по развитию туризма" not in orgs


def test_a_party_organ_is_no_counterparty() -> None:
    orgs = _keys("Губернатор встретился с членом Президиума ЦК партии Иваном Петровым.")
    assert "президиум" not in orgs


def test_a_meeting_format_ending_in_an_event_word_is_no_body() -> None:
    orgs = _keys(
        "Проект компании «Заречье» обсудили на одном из «Агрочасов» в мае, а затем на «Промфоруме»."
    )
    assert "агрочасы" not in orgs
    assert not any("промфорум" in name for name in orgs)


def test_an_unknown_word_listed_between_two_companies_is_a_company() -> None:
    orgs = _orgs("В области работают заводы Bosch, Зарасталь и Siemens.")
    assert "Зарасталь" in orgs


def test_a_quoted_place_like_name_after_a_company_word_is_a_company() -> None:
    orgs = _orgs("Гости посетили сельскохозяйственный кооператив «Северный» в Энском районе.")
    assert "Северный" in orgs


def test_a_body_named_by_its_purpose_goes_on_to_the_end_of_the_clause() -> None:
    text = "Гости побывали в Центре поддержки и обучения молодых фермеров."
    ctx = Ctx(nlp.analyze_many([text])[0], Lexicon.default())
    first = next(k for k, t in enumerate(ctx.tokens) if t.text == "Центре")
    cut = first + 4  # 'Центре поддержки и обучения', as a tagger may cut it
    last = _purpose_tail(ctx, first, cut)
    assert ctx.text[ctx.tokens[first].start : ctx.tokens[last - 1].stop].endswith("фермеров")
    # a clause going on past the genitive words is not the name's
    text = "Гости побывали в Центре поддержки и обучения фермеров вместе с министром."
    ctx = Ctx(nlp.analyze_many([text])[0], Lexicon.default())
    first = next(k for k, t in enumerate(ctx.tokens) if t.text == "Центре")
    assert _purpose_tail(ctx, first, first + 4) == first + 4
