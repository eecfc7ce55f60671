"""NER ORG spans that name something other than an organisation, checked before a span is
cut to its name; the company type words a quoted name is read after; and the checks on
typed candidates a span overlaps and on spelled-out plural bodies; and the spans of common
words that do name a body (a region's institution, a quoted regional body, a kind's acronym)."""

from __future__ import annotations

import re

from ..lexicon import name_key
from .context import Ctx
from .org_bodies import region_of_adjective
from .org_filters import (
    BUILT,
    FORMAT_WORDS,
    REGIME_WORDS,
    _after_product,
    _after_project_word,
    _after_word,
    _compound_event,
    _event_named,
    _month_name,
    _names_stems,
    _plural_kind_head,
    _venue,
    place_adjective_kind,
)
from .org_places import _plain_adjective, municipality_abbreviation
from .org_spans import COMPANY_WORDS

# Type words a company is described by before its name ('китайский концерн X')
DESCRIBED_COMPANY_WORDS = COMPANY_WORDS | {"корпорация", "концерн", "производитель"}


# Type words of companies, printed before a quoted name that may also be a place's
# ('кооператив «Октябрьский»', 'завод «Ижевск»')
NAMED_COMPANY_WORDS = DESCRIBED_COMPANY_WORDS | {
    "кооператив",
    "агрофирма",
    "агрохолдинг",
    "завод",
    "фабрика",
    "комбинат",
    "хозяйство",
}


def _named_company(ctx: Ctx, first: int, last: int) -> bool:
    """The span is a quoted name right after a lower-case company type word."""
    k = first - 1
    if k < 1 or ctx.tokens[k].text not in '«"' or ctx.tokens[last - 1].stop >= len(ctx.text):
        return False
    if ctx.text[ctx.tokens[last - 1].stop : ctx.tokens[last - 1].stop + 1] not in '»"':
        return False
    return ctx.tokens[k - 1].text.islower() and ctx.lemmas[k - 1] in NAMED_COMPANY_WORDS


def _short_form_only(ctx: Ctx, start: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """'Корейская жилищная корпорация (LH)': the typed candidates inside the span are only
    its short form in brackets at its end, so the span is the full name of that company."""
    inside = [(a, b) for a, b in taken if a < stop and start < b]
    return all(
        start < a
        and ctx.text[a - 1 : a] == "("
        and ctx.text[b : b + 1] == ")"
        and stop in (b, b + 1)
        for a, b in inside
    )


def _plural_head(ctx: Ctx, start: int, stop: int) -> bool:
    """'резидентами особых экономических зон (ОЭЗ)': a lower-case head noun in the plural
    spells out a kind of body, several of them unnamed."""
    first, last = ctx.token_range(start, stop)
    head = next((t for t in ctx.tokens[first:last] if t.pos == "NOUN"), None)
    return head is not None and head.text.islower() and head.feat("Number") == "Plur"


ROMAN_ORDINAL = re.compile(r"[IVXL]{1,6}")


def skipped_span(
    ctx: Ctx,
    first: int,
    last: int,
    events: frozenset[str],
    projects: frozenset[str],
    parties: frozenset[str],
    formats: set[str],
) -> bool:
    """The ORG span names something other than one organisation (an event, a meeting's
    format, a title, a party, a venue, armed forces, a project, a brand, several bodies, a
    position), in the order ``ner_candidates`` has always checked them."""
    if set(ctx.lemmas[max(0, first - 1) : last]) & events:
        return True
    if first > 0 and ROMAN_ORDINAL.fullmatch(ctx.tokens[first - 1].text):
        return True  # 'II Совета регионов России и X': a numbered gathering, not a body
    if first > 1 and ctx.tokens[first - 1].text in '«"' and _event_before(ctx, first - 2, events):
        # 'совещание «Бизнес-час»', 'бизнес-форуме «X»', 'форума технологического развития
        # «X»': a quoted event name
        return True
    if last - first == 1 and ctx.lower[first][:5] in formats:
        return True  # '«X»' named before as a meeting's format is that format again
    if _after_word(ctx, first, FORMAT_WORDS) or _month_name(ctx, first, last):
        return True  # 'в формате ВКС': a meeting's format; '10 МАРТА': a date in capitals
    if last - first == 1 and _plain_adjective(ctx, first) and not _named_company(ctx, first, last):
        return True  # 'с Чрезвычайными и Полномочными Послами': a title's capitalised adjective
    if _place_adjective_before_noun(ctx, first) and all(
        ctx.tokens[k].pos == "ADJ" for k in range(first + 1, last)
    ):
        # 'председателем Тянцзиньской зоны развития', 'директоров Хэйлунцзянской
        # торгово-промышленной компании «X»': the noun they describe follows
        return True
    if _first_name_word(ctx, first, last):
        return True  # 'Хуанг' + 'Ши Хуа', read whole as 'Хуанг Ши Хуа' elsewhere: a person
    if set(ctx.lemmas[first:last]) & parties or _after_word(ctx, first, parties):
        return True  # a party or its committee is politics, not a counterparty
    if last < len(ctx.tokens) and ctx.lemmas[last] in parties:
        return True  # 'Политбюро' + 'ЦК партии': a party's organ, named by the party after it
    if _venue(ctx, first, last):
        return True
    if (
        first > 2
        and ctx.tokens[first - 1].text in '«"'
        and ctx.lemmas[first - 3 : first - 1] == ["муниципальный", "образование"]
    ):
        return True  # 'муниципального образования «Город X»' is a place
    if _names_stems(ctx, first, last, "not_org_military"):
        return True  # 'Вооруженных сил X': armed forces are not a counterparty
    if _event_named(ctx, first, last, events) or _compound_event(ctx, first, last):
        return True  # 'выставке вооружений и техники IDEX': an event's own name
    if first > 0 and ctx.lemmas[first - 1] in BUILT:
        return True  # 'завершение строительства Международного университета': a project
    if _after_product(ctx, first):
        return True  # 'легковых Mercedes-Benz', 'тракторы «Кировец»': a brand, not a company
    if first > 0 and ctx.lemmas[first - 1] in REGIME_WORDS:
        return True  # an ORG after 'режим' names a legal regime, not its operator
    if ctx.lemmas[first] in projects or ctx.lower[first] in projects:
        return True  # 'КИП «...»' names a project (an abbreviation may lemmatise oddly)
    if _after_project_word(ctx, first, projects):
        return True  # 'коридоров (МТК) «X» и «Y»': names given to a project
    if _plural_kind_head(ctx, first, last) or place_adjective_kind(ctx, first, last):
        return True  # 'Торгово-промышленные палаты области и штатов': several bodies
    if (
        ctx.tokens[last - 1].text.islower()
        and ctx.lemmas[last - 1] in projects
        and not ctx.compiled.kinds.find(ctx.lemmas[first:last])
    ):
        return True  # 'Мурманского транспортного узла': a project named by its head noun
    if last - first == 1 and FORUM_ACRONYM.match(ctx.tokens[first].text):
        return True  # 'перед открытием БЭФ': an economic forum's acronym names the forum
    if last - first == 1 and ctx.lemmas[first] in ctx.lexicon.word_set("heads"):
        return True  # 'благодаря Президентам наших государств': a position, not a body
    if _titled_head(ctx, first, last):
        return True  # 'Верховный правитель Малайзии': a position with its country
    if _kind_compound(ctx, last - 1):
        return True  # 'ИТ-компаний', 'агро-предприятий': a kind of company, no name
    return bool(municipality_abbreviation(ctx, first, last))


# 'ПМЭФ', 'ВЭФ', 'БЭФа': '... экономический форум' abbreviated, in any case
FORUM_ACRONYM = re.compile(r"^[А-ЯЁ]{1,4}ЭФ[а-я]{0,2}$")

# Kinds of teaching and research bodies a region's adjective names ('Энский университет')
INSTITUTION_HEADS = frozenset(
    {"университет", "госуниверситет", "институт", "академия", "колледж", "консерватория"}
)
_REGION_WORDS = frozenset({"область", "край", "округ", "республика"})
_OWNED_KINDS = frozenset({"government", "development_institution", "business_association"})


def _owned_body(ctx: Ctx, first: int, last: int) -> bool:
    """'«Корпорации развития Энской области»': a kind of public body and a region, quoted,
    names the body (not a project named with common nouns)."""
    labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
    if not labels & _OWNED_KINDS or last - first < 3:
        return False
    # the region is NER's LOC inside, or a capitalised adjective and a region's kind word
    return (
        ctx.lemmas[last - 1] in _REGION_WORDS
        and ctx.tokens[last - 2].text[:1].isupper()
        or any(
            s.type == "LOC"
            and first < s.first
            and s.last <= last
            and name_key(s.normal) in ctx.lexicon.region_index
            for s in ctx.spans
        )
    )


def _kind_acronym(ctx: Ctx, first: int, last: int) -> bool:
    """'ОЭЗ' + 'Энской области': a kind's acronym alone is completed by the region after it."""
    word = ctx.tokens[first].text
    return (
        last - first == 1
        and word.isupper()
        and 2 <= len(word) <= 5
        and bool(ctx.compiled.kinds.find(ctx.lemmas[first:last]))
    )


def _place_institution(ctx: Ctx, first: int, last: int) -> bool:
    """'Энского госуниверситета': a capitalised adjective of a region the text names and an
    institution's kind word name the institution."""
    return (
        last - first == 2
        and ctx.tokens[first].text[:1].isupper()
        and ctx.lemmas[first + 1] in INSTITUTION_HEADS
        and (
            region_of_adjective(ctx, first) is not None
            # 'с Уханьским университетом': a city's adjective, capitalised inside a sentence
            or (ctx.lemmas[first].endswith(("ский", "цкий")) and not ctx.is_sentence_start(first))
        )
    )


# the kind nouns a compound like 'ИТ-компания' or 'агро-предприятие' ends in
COMPOUND_KINDS = ("компания", "предприятие", "фирма", "стартап", "холдинг")


def _kind_compound(ctx: Ctx, k: int) -> bool:
    """One hyphenated word whose last part is a kind noun in lower case: a kind of company."""
    text = ctx.tokens[k].text
    if "-" not in text:
        return False
    tail = text.rsplit("-", 1)[1]
    return tail.islower() and ctx.lemmas[k].rsplit("-", 1)[-1] in COMPOUND_KINDS


# a ruler's title ('Верховный правитель', 'наследный принц'); 'Торгового представителя'
# names the trade mission and stays
RULERS = frozenset({"правитель", "король", "султан", "эмир", "монарх", "принц", "шейх"})


def _titled_head(ctx: Ctx, first: int, last: int) -> bool:
    """The span's first noun is a ruler's title, after adjectives only."""
    for k in range(first, last):
        if ctx.tokens[k].pos in ("NOUN", "PROPN"):
            return k > first and ctx.lemmas[k] in RULERS
        if ctx.tokens[k].pos != "ADJ":
            return False
    return False


PLACE_ADJECTIVE_ENDINGS = ("ской", "ского", "ский", "ская", "ском", "скую", "ских", "ское")


# how far back over its genitive words an event word may name the quoted name after them
EVENT_WORD_REACH = 4


def _event_before(ctx: Ctx, k: int, events: frozenset[str]) -> bool:
    """An event word ends at ``k``, or stands before genitive words that end there."""
    for j in range(k, max(-1, k - EVENT_WORD_REACH), -1):
        if ctx.lemmas[j] in events or ctx.lemmas[j].split("-")[-1] in events:
            return True
        token = ctx.tokens[j]
        if token.feat("Case") != "Gen" or token.pos not in ("NOUN", "ADJ"):
            return False
    return False


def _place_adjective_before_noun(ctx: Ctx, k: int) -> bool:
    """A capitalised adjective of a place, unquoted, and the adjectives after it, before a
    lower-case noun."""
    token = ctx.tokens[k]
    if not (
        # ('Цзянсийской' may be tagged a proper noun; no noun ends so)
        token.pos in ("ADJ", "PROPN")
        and token.text.lower().endswith(PLACE_ADJECTIVE_ENDINGS)
        and (k == 0 or ctx.tokens[k - 1].text not in '«"')
    ):
        return False
    k += 1
    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].text.islower():
        k += 1
    return k < len(ctx.tokens) and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].text.islower()


def _first_name_word(ctx: Ctx, first: int, last: int) -> bool:
    """A one-word span right before a person the tagger read without it, when the text
    names that person with the word elsewhere."""
    if last - first != 1:
        return False
    after = next((s for s in ctx.spans if s.type == "PER" and s.first == last), None)
    if after is None:
        return False
    whole = f"{ctx.tokens[first].text} {after.text}"
    return any(s.type == "PER" and s.text == whole for s in ctx.spans)
