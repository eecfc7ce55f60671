"""Organisations from natasha's ORG spans: outlets, events, projects and places dropped,
spans cut to the name, case forms turned to the nominative."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .orgs import LATIN_SUFFIXES, Org, initials, strip_legal, tidy_name
from .phrases import normal_word

OUTLET_VERBS = frozenset(
    {
        "сообщать",
        "сообщить",
        "писать",
        "передавать",
        "цитировать",
        "выяснить",
        "узнать",
        "информировать",
        # 'сообщил в интервью «X»': whoever the interview was given to is an outlet
        "интервью",
    }
)
# What is being built is a project, not yet an organisation.
BUILT = frozenset({"строительство", "возведение", "создание", "проектирование"})
# 'корреспонденту НордПресс', 'корреспондента портала X': whoever has the correspondent is an outlet
OUTLET_PEOPLE = frozenset(
    {"корреспондент", "журналист", "обозреватель", "собкор", "спецкор", "редакция"}
)
# Type words that describe a company named after them ('Компания ТАИФ' -> 'ТАИФ')
COMPANY_WORDS = frozenset({"компания", "фирма", "холдинг", "предприятие"})
# A body's press office is the body ('Пресс-служба Росреестра')
PRESS_OFFICES = frozenset({"пресс-служба", "пресс-центр", "пресс-секретарь"})
# An unnamed reference ends with a bare place word ('Министерство промышленности края')
BARE_PLACE_WORDS = frozenset({"край", "область", "регион", "район", "республика", "округ"})
# Words before a quoted name that make it a website or a feed ('на сайте «X»', 'паблик «X»')
QUOTED_OUTLET_WORDS = frozenset(
    {"сайт", "паблик", "блог", "канал", "интернет-издание", "эфир", "беседа"}
)
# two words before a quoted name: 'в беседе с «X»', 'по сообщению агентства «X»'
INTERVIEW_WORDS = frozenset({"беседа", "интервью", "сообщение", "эфир"})
# verbs of telling: a quoted name in the dative after them is who was told, an outlet
SPEECH_TO = frozenset(
    {"рассказать", "заявить", "пояснить", "уточнить", "сказать", "прокомментировать"}
)
# a legal regime named after its territory ('режим ТОР ...') is not an organisation
REGIME_WORDS = frozenset({"режим"})
# 'ura.ru', '1sn.ru': a web address cited as a source is an outlet, not an organisation
_DOMAIN = re.compile(r"\.(?:ru|рф|su|com|org|net|info|media|online|news|cn|kz|by|uz)$", re.I)
# 'Vostok.Today', 'Накануне.RU': one word, a dot and a short Latin ending is a web address
_WEB_ADDRESS = re.compile(r"^[\w\-]+\.[A-Za-z]{2,6}$")
# 'Иннопром-2024', 'Индра 2017': an event or an exercise with its year is not an organisation
_DOMAIN_AFTER = re.compile(r"\.(?:ru|рф|su|com|org|net|info|media|online|news|cn|kz|by|uz)\b", re.I)
_WITH_YEAR = re.compile(r"[\s\-–]*(?:19|20)\d\d\s*»?$")
# 'Беларус-320', 'К-744': a name with a model number is a product
_MODEL = re.compile(r"\w-\d{2,5}\s*»?$")
# A capitalised adjective and one of these nouns is a territory, not a body
# ('Восточного аймака', 'Ховдского аймака'): NER tags some of them ORG.
TERRITORY_NOUNS = frozenset({"аймак", "провинция", "уезд", "штат", "префектура", "улус"})
LISTING_ORG_HEADS = frozenset(
    {"ассоциация", "союз", "объединение", "министерство", "комитет", "палата"}
)
# A mission's name holds its host place ('Торговое представительство России в Индии');
# an association's or a chamber's holds its host country ('Ассоциация ... в России').
HOSTED_ANYWHERE = frozenset(
    {"представительство", "торгпредство", "посольство", "консульство", "генконсульство"}
)
HOSTED_IN_COUNTRY = frozenset({"ассоциация", "союз", "палата", "объединение"})
# Kinds of body whose plural head names several of them ('Торгово-промышленные палаты')
PLURAL_KIND_HEADS = frozenset(
    {
        "палата",
        "министерство",
        "ведомство",
        "ассоциация",
        "агентство",
        "фонд",
        "банк",
        "университет",
        "администрация",
        "правительство",
        "департамент",
        "корпорация",
    }
)
# 'Правление ... палаты', 'Президиума ...': a board named before its organisation
BOARD_WORDS = frozenset({"правление", "президиум"})


def _overlaps(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in ranges)


@lru_cache(maxsize=8)
def _outlet_phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(normal_word(w) for w in phrase.split()) for phrase in sorted(words) if phrase
    )


def _names_outlet(ctx: Ctx, first: int, last: int, key: str = "not_org_outlets") -> bool:
    """'Запорожское агентство новостей', 'газета «Вести»': an outlet word inside the name
    (or, with ``key``, another kind of phrase: 'Вооруженных сил X')."""
    lemmas = ctx.lemmas[first:last]
    for phrase in _outlet_phrases(ctx.lexicon.word_set(key)):
        size = len(phrase)
        if any(tuple(lemmas[k : k + size]) == phrase for k in range(len(lemmas) - size + 1)):
            return True
    return False


def phrase_ends_at(ctx: Ctx, k: int, key: str) -> bool:
    """A phrase of the word list ``key`` ends at token ``k`` ('выставочного центра')."""
    for phrase in _outlet_phrases(ctx.lexicon.word_set(key)):
        size = len(phrase)
        if k + 1 >= size and tuple(ctx.lemmas[k + 1 - size : k + 1]) == phrase:
            return True
    return False


# 'завершение строительства Международного университета': a building being built
BUILT = frozenset({"строительство", "возведение", "реконструкция", "сооружение", "достройка"})


def _venue(ctx: Ctx, first: int, last: int) -> bool:
    """A venue or a facility ('выставочного центра «X»', 'стадион X', 'транспортного узла'),
    or a building under construction, is no organisation."""
    if _names_outlet(ctx, first, last, "not_org_venues"):
        return True
    k = first - 1
    quoted = k >= 0 and ctx.tokens[k].text in '«"'
    if quoted:
        k -= 1
    if k < 0:
        return False
    # 'выставочного центра «X»' names the venue; 'в кампусе ДВФУ' names its owner
    return (quoted and phrase_ends_at(ctx, k, "not_org_venues")) or ctx.lemmas[k] in BUILT


# 'Фото: ...', 'Автор: Иван Петров, «X»', '© ИА «X»': a credit line names an outlet
_CREDIT_LINE = re.compile(r"^\s*(?:Фото|Фотография|Автор|Текст|Видео|Иллюстрация|©)\b", re.I)


def _credit_line(ctx: Ctx, first: int) -> bool:
    start = ctx.tokens[first].start
    line_start = ctx.text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_LINE.match(ctx.text[line_start:start])) and "." not in ctx.text[
        line_start:start
    ].rstrip(". ")


def _is_outlet(ctx: Ctx, first: int, last: int, name: str) -> bool:
    if _credit_line(ctx, first):
        return True
    if name_key(name) in ctx.lexicon.outlet_keys:
        return True
    parts = [part for part in name.split("/") if part.strip()]
    if len(parts) > 1 and all(name_key(part) in ctx.lexicon.outlet_keys for part in parts):
        return True  # an agency and its feed in a dateline ('Агентство/Лента')
    if _names_outlet(ctx, first, last):
        return True
    if _dated_source(ctx, first, last):
        return True
    if _NEWS_AGENCY.match(ctx.tokens[first].text) and last - first > 1:
        return True  # 'ИА «X»', 'ТИА «X»': a news agency by its acronym
    if ctx.compiled.kinds.find(ctx.lemmas[first:last]):
        return False  # a ministry or a fund may also "report"
    if first > 0 and ctx.lemmas[first - 1] in PRESS_OFFICES:
        return False  # 'пресс-служба Росреестра сообщила': a body speaks through its office
    before = ctx.lemmas[first - 1] if first > 0 else ""
    if before in ("«", '"') and first > 1:
        before = ctx.lemmas[first - 2]  # 'как сообщили «Северинформ»'
    after = ctx.lemmas[last] if last < len(ctx.lemmas) else ""
    if before in ctx.lexicon.word_set("not_org_outlets"):
        return True  # 'портал Ювелинет', 'телеканал X
    quoted = first > 0 and ctx.tokens[first - 1].text in '«"'
    if quoted and first > 1 and phrase_ends_at(ctx, first - 2, "not_org_outlets"):
        return True  # 'информационное агентство «X»': an outlet's phrase before its name
    if quoted and before == "," and _bracketed_dateline(ctx, first, last):
        return True  # '(Казань, 28 марта, «X»)': the agency closing a dateline
    if quoted and before in QUOTED_OUTLET_WORDS:
        return True  # 'на сайте «X»' (but 'на сайте Минпромторга' is the ministry's site)
    if quoted and first > 2 and ctx.lemmas[first - 3] in INTERVIEW_WORDS:
        return True  # 'в беседе с «X»', 'по сообщению агентства «X»'
    if quoted and before in SPEECH_TO and ctx.tokens[first].feat("Case") == "Dat":
        return True  # 'рассказал «Вечернему курьеру»': told to an outlet
    if after in ("»", '"') and last + 1 < len(ctx.lemmas):
        after = ctx.lemmas[last + 1]
    if before in OUTLET_PEOPLE or (first > 1 and ctx.lemmas[first - 2] in OUTLET_PEOPLE):
        return True
    k = first - 1 if first > 0 and ctx.tokens[first - 1].text in '«"' else first
    if (
        k >= 2
        and [ctx.lower[k - 2], ctx.lower[k - 1]] == ["об", "этом"]
        and "пресс-служба" in ctx.lemmas[last : last + 6]
    ):
        return True  # 'Об этом «X» 19 марта в пресс-службе ...': an outlet told by a body
    return before in OUTLET_VERBS or after in OUTLET_VERBS or before == "/" or after == "/"


# 'ИА', 'РИА', 'ТИА': an information agency's acronym before its name
_NEWS_AGENCY = re.compile(r"^[А-ЯЁ]{0,2}ИА$")
_DASHES = frozenset({"-", "–", "—"})
_MONTH_WORD = re.compile(
    r"^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)", re.I
)


def _dated_source(ctx: Ctx, first: int, last: int) -> bool:
    """'Город, 15 июня - X.' and 'сообщает в пятницу, 15 июня, «X»': the name closing a
    dateline (a date, then a dash or a comma, then the name and the end of the sentence)."""
    k = first - 1
    if k >= 0 and ctx.tokens[k].text in '«"':
        k -= 1
    if k < 2 or not (ctx.tokens[k].text in _DASHES or ctx.tokens[k].text == ","):
        return False
    if not _MONTH_WORD.match(ctx.tokens[k - 1].text) or not ctx.tokens[k - 2].text.isdigit():
        return False
    end = last + 1 if last < len(ctx.tokens) and ctx.tokens[last].text in '»"' else last
    return (
        end >= len(ctx.tokens)
        or ctx.tokens[end].text in (".", "\n")
        or (ctx.tokens[end].sent != ctx.tokens[first].sent)
    )


def _bracketed_dateline(ctx: Ctx, first: int, last: int) -> bool:
    """'(Город, 28 марта, «X»)': a quoted name closing a bracket opened a few words before,
    after a date."""
    k = last + 1 if last < len(ctx.tokens) and ctx.tokens[last].text in '»"' else last
    if k >= len(ctx.tokens) or ctx.tokens[k].text != ")":
        return False
    opened = [j for j in range(max(0, first - 9), first) if ctx.tokens[j].text == "("]
    return bool(opened) and any(ctx.tokens[j].text.isdigit() for j in range(opened[-1], first))


def _after_project_word(ctx: Ctx, first: int, projects: frozenset[str]) -> bool:
    """A quoted name after a lower-case project word, past an acronym in brackets
    ('коридоров (МТК) «X»') and past other quoted names listed before it ('«X» и «Y»')."""
    k = first - 1
    if k < 0 or ctx.tokens[k].text not in '«"':
        return False  # 'проект НОВАТЭКа': an unquoted name after 'проект' is its owner
    k -= 1
    while k >= 2 and ctx.tokens[k].text in ("и", ",") and ctx.tokens[k - 1].text in '»"':
        j = k - 2
        while j >= max(0, k - 10) and ctx.tokens[j].text not in '«"':
            j -= 1
        if j < max(0, k - 10):
            break
        k = j - 1  # the word before the first name of the list
    if k >= 2 and ctx.tokens[k].text == ")" and ctx.tokens[k - 2].text == "(":
        k -= 3
    if k < 0 or not ctx.tokens[k].text.islower():
        return False
    return ctx.lemmas[k] in projects


def _plural_kind_head(ctx: Ctx, first: int, last: int) -> bool:
    """The head noun of the span is a kind of organisation in the plural: several bodies
    named together, not one body's name ('Торгово-промышленные палаты ...')."""
    for k in range(first, last):
        token = ctx.tokens[k]
        if token.pos == "NOUN":
            if ctx.lemmas[k] not in PLURAL_KIND_HEADS:
                return False
            # the tagger may read 'палаты' as a genitive singular: a plural adjective before
            # the noun settles it
            adjectives = ctx.tokens[first:k]
            return token.feat("Number") == "Plur" or (
                bool(adjectives)
                and all(t.lower().endswith(("ые", "ие")) for t in (a.text for a in adjectives))
            )
    return False


def _after_word(ctx: Ctx, first: int, words: frozenset[str]) -> bool:
    """The word before the name, past an opening quote, is one of the words
    ('партия «X»')."""
    k = first - 1
    if k >= 0 and ctx.tokens[k].text in '«"':
        k -= 1
    return k >= 0 and ctx.lemmas[k] in words


def _after_product(ctx: Ctx, first: int) -> bool:
    """The word before the name (past an opening quote) is a product noun."""
    k = first - 1
    if k >= 0 and ctx.tokens[k].text in '«"':
        k -= 1
    if k < 0 or not ctx.tokens[k].text.islower():
        return False
    products = ctx.lexicon.word_set("not_org_products")
    return ctx.lemmas[k] in products or (
        k > 0 and f"{ctx.lemmas[k - 1]} {ctx.lemmas[k]}" in products
    )


def ner_candidates(ctx: Ctx, taken: list[tuple[int, int]], excluded: list) -> list[Org]:
    orgs = []
    blocked = [(a, b) for a, b, _ in excluded]
    events = ctx.lexicon.word_set("not_org_events")
    projects = ctx.lexicon.word_set("not_org_projects")
    generic = ctx.lexicon.word_set("generic_orgs")
    parties = ctx.lexicon.word_set("not_org_parties")
    loc_spans = {(s.start, s.stop) for s in ctx.spans if s.type == "LOC"}
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_by_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    covered: list[tuple[int, int]] = []
    # with a region named, 'края' and 'региона' are resolved to it later; without, they
    # are unnamed references
    regions_named = any(
        name_key(s.normal) in ctx.lexicon.region_index for s in ctx.spans if s.type == "LOC"
    )
    surnames = {
        (ctx.tokens[k].text[:5].lower(), k)
        for s in ctx.spans
        if s.type == "PER" and s.last - s.first >= 2
        for k in range(s.first + 1, s.last)
    }
    for span in ctx.spans:
        if span.type != "ORG" or _overlaps(span.start, span.stop, taken + blocked):
            continue
        country_adjective = None
        first, last = span.first, span.last
        if (span.start, span.stop) in loc_spans:
            continue
        if set(ctx.lemmas[max(0, first - 1) : last]) & events:
            continue
        if first > 1 and ctx.tokens[first - 1].text in '«"' and ctx.lemmas[first - 2] in events:
            continue  # 'совещание «Бизнес-час»': a quoted event name
        if last - first == 1 and _plain_adjective(ctx, first):
            continue  # 'с Чрезвычайными и Полномочными Послами': a title's capitalised adjective
        if set(ctx.lemmas[first:last]) & parties or _after_word(ctx, first, parties):
            continue  # a party or its committee is politics, not a counterparty
        if _venue(ctx, first, last):
            continue
        if _names_stems(ctx, first, last, "not_org_military"):
            continue  # 'Вооруженных сил X': armed forces are not a counterparty
        if _event_named(ctx, first, last, events):
            continue  # 'выставке вооружений и техники IDEX': an event's own name
        if first > 0 and ctx.lemmas[first - 1] in BUILT:
            continue  # 'завершение строительства Международного университета': a project
        if _after_product(ctx, first):
            continue  # 'легковых Mercedes-Benz', 'тракторы «Кировец»': a brand, not a company
        if first > 0 and ctx.lemmas[first - 1] in REGIME_WORDS:
            continue  # an ORG after 'режим' names a legal regime, not its operator
        if ctx.lemmas[first] in projects or ctx.lower[first] in projects:
            continue  # 'КИП «...»' names a project (an abbreviation may lemmatise oddly)
        if _after_project_word(ctx, first, projects):
            continue  # 'коридоров (МТК) «X» и «Y»': names given to a project
        if _plural_kind_head(ctx, first, last):
            continue  # 'Торгово-промышленные палаты области и штатов': several bodies
        if (
            ctx.tokens[last - 1].text.islower()
            and ctx.lemmas[last - 1] in projects
            and not ctx.compiled.kinds.find(ctx.lemmas[first:last])
        ):
            continue  # 'Мурманского транспортного узла': a project named by its head noun
        if last - first == 1 and ctx.lemmas[first] in ctx.lexicon.word_set("heads"):
            continue  # 'благодаря Президентам наших государств': a position, not a body
        place = territory(ctx, first, last)
        if place:
            ctx.cache.setdefault("extra_places", []).append((span.start, place))
            continue
        last = _strip_trailing_position(ctx, first, last)
        # 'Корпорации развития' + 'Северного Кавказа'; 'Законодательного Собрания' + 'Омской
        # области'
        nxt = loc_by_first.get(last)
        if (
            nxt is not None
            and (
                ctx.tokens[last - 1].text.islower()
                or _common_noun_end(ctx, first, last)
                or _territory_owner(ctx, first, last, nxt)
            )
            and _genitive_place(ctx, nxt)
            and nxt.last - nxt.first <= 3
        ):
            last = nxt.last
        elif (
            last + 1 in loc_by_first
            and ctx.lemmas[last] in TERRITORY_NOUNS | {"город"}
            and ctx.tokens[last].text.islower()
            and (ctx.tokens[last - 1].text.islower() or _common_noun_end(ctx, first, last))
        ):
            last = loc_by_first[last + 1].last  # '... совета провинции Хэйлунцзян'
        elif (
            last + 2 in loc_by_first
            and ctx.tokens[last].pos == "ADJ"
            and ctx.tokens[last].text.islower()
            and ctx.lemmas[last + 1] in TERRITORY_NOUNS
            and ctx.tokens[last + 1].text.islower()
            and (ctx.tokens[last - 1].text.islower() or _common_noun_end(ctx, first, last))
        ):
            # 'палатой индийского штата Гуджарат': the country's adjective is left out
            country_adjective = last
            last = loc_by_first[last + 2].last
        last = _country_of_acronym(ctx, first, last, loc_by_first)
        last = _dangling_place_word(ctx, first, last, loc_by_first)
        last = _places_of_portfolio(ctx, first, last, loc_by_first)
        last = _second_place(ctx, first, last, loc_by_first)
        last = _attached_to(ctx, last, loc_by_first)
        trade_rep = ctx.lemmas[first : first + 2] == ["торговый", "представитель"]
        last = _hosted_in(ctx, first, last, loc_by_first, trade_rep)
        last = _named_after(ctx, first, last)
        if any(a <= span.start < b for a, b in covered):
            continue  # inside a name that ran on past a comma
        parent = org_by_first.get(last)
        if (
            parent is not None
            and ctx.lemmas[last - 1] in BRANCH_HEADS
            and ctx.tokens[parent.first].feat("Case") == "Gen"
        ):
            # 'Сибирского отделения' + 'Российской академии наук': a branch is named by its
            # parent
            covered.append((parent.start, parent.stop))
            last = parent.last
        last = _plant_product(ctx, first, last)
        academy = _parent_acronyms(ctx, first, last)
        if academy != last:
            covered.append((ctx.tokens[last].start, ctx.tokens[academy - 1].stop))
            last = academy  # 'Института экономики' + 'УрО РАН': the parent is part of the name
        extended = _listing_tail(ctx, first, last)
        if extended != last:
            last = extended
            covered.append((span.start, ctx.tokens[last - 1].stop))
        while first < last and _date_token(ctx, first):
            first += 1  # '12.03.2015 Омский ...': a dateline glued to the name
        glued = _glued_to_person(ctx, first, last)
        if glued is not None:
            first, last = glued  # 'АО' + 'Сибагро Игорь Ким': the company NER gave the person
        first = strip_legal(ctx, first, last)
        if (
            last - first > 1
            and ctx.lemmas[first] in COMPANY_WORDS
            and ctx.tokens[first + 1].text[:1].isupper()
        ):
            first += 1  # 'Компания ТАИФ' at the start of a sentence: the type word describes
        if (
            last - first > 1
            and ctx.lemmas[first] in BRANCH_WORDS
            and ctx.tokens[first + 1].text[:1].isupper()
            and ctx.tokens[first + 1].feat("Case") == "Gen"
        ):
            first += 1  # 'Филиал Крымского завода ...': the branch of the company named
        if last - first > 1 and ctx.lemmas[first] in PRESS_OFFICES:
            first += 1  # 'Пресс-служба Росреестра' speaks for 'Росреестр'
        first = _strip_position(ctx, first, last)
        last = _strip_person(ctx, first, last, surnames)
        if first >= last or _dateline(ctx, first, last) or _no_name(ctx, first, last):
            continue
        if (
            not regions_named
            and last - first > 1
            and ctx.lemmas[last - 1] in BARE_PLACE_WORDS
            and ctx.tokens[last - 1].text.islower()
            and not ctx.tokens[last - 2].text.endswith(("ой", "ий", "ый", "ого", "ей"))
        ):
            continue  # 'Министерство промышленности края': an unnamed reference
        if (
            not regions_named
            and last < len(ctx.tokens)
            and ctx.lemmas[last] in BARE_PLACE_WORDS
            and ctx.tokens[last].text.islower()
            and ctx.tokens[last].feat("Case") == "Gen"
            and not (last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].text[:1].isupper())
        ):
            continue  # '... сельского хозяйства' + 'края': the place word left out of the span
        if (
            regions_named
            and last - first > 2
            and ctx.lemmas[last - 1] == "регион"
            and ctx.tokens[last - 1].text.islower()
            and ctx.tokens[last - 1].feat("Case") == "Gen"
        ):
            last -= 1  # 'Корпорации развития региона': the text's region is resolved later
        if first > span.first and all(t.text.islower() for t in ctx.tokens[first:last]):
            continue  # 'Президентам наших государств': only a position was capitalised
        while (
            last - first > 1
            and ctx.tokens[last - 1].text == ")"
            and not any(t.text == "(" for t in ctx.tokens[first:last])
        ):
            last -= 1  # '(Минэкономразвития России)': NER took the closing bracket
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        if "«" in ctx.text[start:stop] and "»" not in ctx.text[start:stop]:
            close = ctx.text.find("»", stop, stop + 60)
            if close > 0 and "\n" not in ctx.text[stop:close]:
                stop = close + 1
                last = ctx.token_index(stop)
        tokens = ctx.tokens[first:last]
        text = ctx.text[start:stop]
        if text.endswith(LATIN_SUFFIXES) and ctx.text[stop : stop + 1] == ".":
            stop += 1
            text += "."
        if country_adjective is not None and first < country_adjective < last - 1:
            head = ctx.tokens[first:country_adjective]
            head_text = ctx.text[start : head[-1].stop]
            rest = ctx.text[ctx.tokens[country_adjective + 1].start : stop]
            name = tidy_name(f"{noun_group_nominative(head, head_text, start)} {rest}")
        else:
            name = tidy_name(noun_group_nominative(tokens, text, start) if tokens else text)
        if len(tokens) == 1 and tokens[0].text.isupper() and tokens[0].text.isalpha():
            name = tokens[0].text  # an acronym is printed as it is named ('ЮУТПП')
        elif len(tokens) == 1 and INDECLINABLE_MINISTRY.match(tokens[0].text):
            name = tokens[0].text  # 'Минвостокразвития', 'Минприроды' do not decline
        elif len(tokens) == 1:
            name = _company_nominative(tokens[0], name)
        if trade_rep and len(tokens) > 2:
            # 'Торгового представителя России в Индии' heads 'Торговое представительство ...'
            name = "Торговое представительство " + name.split(" ", 2)[2]
        key = name_key(name)
        if key in generic or len(key) < 2 or _is_outlet(ctx, first, last, name):
            continue
        if tuple(ctx.lemmas[first:last]) in _outlet_phrases(generic):
            continue  # 'Управляющей компании': a generic phrase in any case form
        if key in ctx.lexicon.word_set("legal_forms"):
            continue  # 'в ООО отметили': a legal form alone refers back, it names nothing
        if _WITH_YEAR.search(name) or _MODEL.search(name):
            continue
        if (_DOMAIN.search(name) or _WEB_ADDRESS.match(name)) and key not in ctx.lexicon.org_index:
            continue
        if _DOMAIN_AFTER.match(ctx.text, stop) and key not in ctx.lexicon.org_index:
            continue  # 'Biang.ru': the name of a website, an outlet
        if _shouted(tokens):
            continue  # 'ВЭБ ЗАКАЗАЛ ОЦЕНКУ ...': a headline in capitals, not a name
        if _group_of_people(ctx, first, last):
            continue  # 'Группа предпринимателей ...': people, not a body
        lex = ctx.lexicon
        if key in lex.region_index or key in lex.municipality_index or _country_name(ctx, key):
            continue
        if len(tokens) == 1 and ctx.lemmas[first].endswith("щина"):
            ctx.cache.setdefault("extra_places", []).append((start, name))
            continue  # 'Могилевщина', 'Брянщина' are regions
        quoted = ctx.inside_quote(start, stop)
        if (
            quoted is not None
            and key not in lex.org_index
            and tokens[-1].text.islower()
            and (
                # «Сухой порт»; but «Газпром нефть» starts with a proper noun
                (quoted.length <= last - first + 1 and _common_word(tokens[0].text))
                or (
                    quoted.length > last - first + 1
                    and not any(t.text[:1].isupper() for t in tokens[1:])
                )
            )
        ):
            continue  # «Сухой порт»: a project named with common nouns; in a quoted speech
            # a name needs a proper noun after its first word
        owner = _owner_after_acronym(ctx, name, last, loc_by_first)
        if owner is not None:
            name, stop = f"{name} {owner.text}", owner.stop
        org = Org(name, ranges=[(start, stop)])
        org.core.append((start, stop))
        orgs.append(org)
    orgs.extend(_shared_head(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_commissions(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_executive_committees(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_owned_institutions(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_listed_with(ctx, taken + [r for o in orgs for r in o.ranges], blocked))
    return orgs


LIST_JOINERS = frozenset({",", "и", "«", "»", '"'})


def _listed_with(
    ctx: Ctx, found: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[Org]:
    """'«Альфа», «Бета» и «Гамма»' where one of them is an organisation: the names listed
    with it in quotes, joined only by commas and 'и', are organisations too."""
    quoted = [
        q for q in ctx.quoted if 1 <= q.length <= 3 and ctx.text[q.start : q.start + 1].isupper()
    ]
    known = [any(a <= q.start and q.end <= b for a, b in found) for q in quoted]
    for _ in range(2):  # along the list both ways
        for k in range(len(quoted)):
            if known[k] is not False or _overlaps(quoted[k].start, quoted[k].end, blocked):
                continue
            for m in (k - 1, k + 1):
                if (
                    0 <= m < len(quoted)
                    and known[m] is not False
                    and _joined(ctx, quoted[min(k, m)], quoted[max(k, m)])
                ):
                    known[k] = None  # listed: a new organisation
                    break
    orgs = []
    for q, flag in zip(quoted, known, strict=True):
        if flag is None:
            name = tidy_name(ctx.text[q.start : q.end])
            if name_key(name) in ctx.lexicon.region_index or _country_name(ctx, name_key(name)):
                continue
            org = Org(name, ranges=[(q.start - 1, q.end + 1)])
            org.core.append((q.start, q.end))
            orgs.append(org)
    return orgs


def _joined(ctx: Ctx, left, right) -> bool:
    between = ctx.tokens[left.last : right.first]
    return (
        0 < len(between) <= 4
        and all(t.text in LIST_JOINERS for t in between)
        and any(t.text in (",", "и") for t in between)
    )


# Units named by the body they belong to ('Уральское отделение' + 'Российской академии наук')
BRANCH_HEADS = frozenset({"отделение"})


# A company's branch is reported under the company's name
BRANCH_WORDS = frozenset({"филиал"})
# Plants named by what they make ('Крымский завод сварочной проволоки')
PLANT_HEADS = frozenset({"завод", "комбинат", "фабрика"})


def _plant_product(ctx: Ctx, first: int, last: int) -> int:
    """'Крымского завода' + 'сварочной проволоки': a plant's name goes on to the product in
    the genitive after it (lower-case adjectives and one noun)."""
    if ctx.lemmas[last - 1] not in PLANT_HEADS or not ctx.tokens[last - 1].text.islower():
        return last
    k = last
    n = len(ctx.tokens)
    while k < n and k - last < 3 and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].text.islower():
        if ctx.tokens[k].feat("Case") != "Gen":
            return last
        k += 1
    if k == last or k >= n:
        return last  # a noun alone after the plant is too often something else
    token = ctx.tokens[k]
    if token.pos != "NOUN" or not token.text.islower() or token.feat("Case") != "Gen":
        return last
    return k + 1


# Research and teaching bodies named with their parent's acronyms ('Институт катализа СО РАН')
PARENTED_HEADS = frozenset(
    {"институт", "центр", "лаборатория", "отделение", "филиал", "обсерватория", "станция"}
)


# Economic blocs whose acronym ends the names of their bodies ('Деловой совет ШОС')
BLOCS = frozenset({"ШОС", "БРИКС", "ЕАЭС", "СНГ", "АСЕАН", "АТЭС"})


def _parent_acronyms(ctx: Ctx, first: int, last: int) -> int:
    """'Институт экономики УрО РАН': up to two upper-case acronyms right after an
    institute's name are its parents and belong to its name (not legal forms or places)."""
    if (
        last < len(ctx.tokens)
        and ctx.tokens[last].text in BLOCS
        and ctx.tokens[last - 1].text[:1].islower()
    ):
        return last + 1  # 'Делового совета ШОС': a bloc's body is named with the bloc
    if ctx.lemmas[first] not in PARENTED_HEADS:
        return last
    legal = ctx.lexicon.word_set("legal_forms")
    places = {k for s in ctx.spans if s.type == "LOC" for k in range(s.first, s.last)}
    end = last
    while end < len(ctx.tokens) and end - last < 2:
        word = ctx.tokens[end].text
        if not (2 <= len(word) <= 5 and word.isalpha() and sum(c.isupper() for c in word) >= 2):
            break
        if (
            word.lower() in legal
            or end in places
            or ctx.tokens[end].start - ctx.tokens[end - 1].stop != 1
        ):
            break
        end += 1
    return end


def _shouted(tokens: list) -> bool:
    """Three or more long words in capitals: a headline set in capitals."""
    return sum(len(t.text) >= 4 and t.text.isalpha() and t.text.isupper() for t in tokens) >= 3


GROUP_HEADS = frozenset({"группа"})


def _group_of_people(ctx: Ctx, first: int, last: int) -> bool:
    """'Группа предпринимателей', 'группа специалистов': a group word before a plural
    animate noun names people; 'Группа компаний' (inanimate) may be a company."""
    if last - first < 2 or ctx.lemmas[first] not in GROUP_HEADS:
        return False
    nxt = ctx.tokens[first + 1]
    return (
        nxt.text.islower()
        and nxt.pos == "NOUN"
        and nxt.feat("Number") == "Plur"
        and nxt.feat("Animacy") == "Anim"
    )


def region_of_adjective(ctx: Ctx, k: int) -> str | None:
    """'ростовского Центра поддержки экспорта': a lower-case adjective of a region the text
    names ('Ростовской области') owns the body."""
    token = ctx.tokens[k]
    if token.pos != "ADJ" or len(token.text) < 6:
        return None
    found = set()
    for span in ctx.spans:
        region = ctx.lexicon.region_index.get(name_key(span.normal)) if span.type == "LOC" else None
        if region is None:
            continue
        adjectives = [w for w in name_key(region.name).split() if w.endswith(("ая", "ий", "ый"))]
        if any(ctx.lower[k].startswith(a[:-2]) and len(a) >= 7 for a in adjectives):
            found.add(region.name)
    return found.pop() if len(found) == 1 else None


def _owned_institutions(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    """'ростовского Центра поддержки экспорта': a capitalised development institution NER
    missed, after a lower-case adjective of a region the text names (the owner is added by
    ``own_by_adjective``)."""
    found = []
    for match in ctx.compiled.kinds.find(ctx.lemmas):
        if match.label != "development_institution" or match.last - match.first < 2:
            continue
        first, last = match.first, match.last
        token = ctx.tokens[first]
        if not token.text[:1].isupper() or first < 1 or not ctx.tokens[first - 1].text.islower():
            continue
        if any(s.first <= first < s.last for s in ctx.spans):
            continue
        if region_of_adjective(ctx, first - 1) is None:
            continue
        start, stop = token.start, ctx.tokens[last - 1].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(ctx.tokens[first:last], ctx.text[start:stop], start)
        # no core: the institution's words ('поддержки экспорта') still say what the text is about
        found.append(Org(words, ranges=[(start, stop)]))
    return found


def _executive_committees(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    """'могилевского облисполкома' -> 'Могилевский облисполком': a short form of an executive
    committee with its place adjective names the body even in lower case."""
    found = []
    for i in range(1, len(ctx.tokens)):
        if not ctx.lower[i].startswith(("облисполком", "горисполком", "райисполком")):
            continue
        adjective = ctx.tokens[i - 1]
        if adjective.pos != "ADJ" or not re.search(r"[сц]к(?:ий|ого|ому|им|ом)$", adjective.text):
            continue  # a place adjective: 'гомельского', 'витебский'
        start, stop = adjective.start, ctx.tokens[i].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(ctx.tokens[i - 1 : i + 1], ctx.text[start:stop], start)
        name = words[:1].upper() + words[1:]
        found.append(Org(name, "government", ranges=[(start, stop)], core=[(start, stop)]))
    return found


# 'межправительственной российско-вьетнамской комиссии по ... сотрудничеству': a standing
# commission of two governments is a body even when printed in lower case
COMMISSION_ADJECTIVES = frozenset({"межправительственный", "межгосударственный"})
COMMISSION_HEADS = frozenset({"комиссия", "совет", "комитет"})


def _commissions(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    found: list[Org] = []
    n = len(ctx.tokens)
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    for i in range(n):
        if ctx.lemmas[i] not in COMMISSION_ADJECTIVES:
            continue
        head = i + 1
        while head < n and ctx.tokens[head].pos == "ADJ" and head - i <= 3:
            head += 1
        if head + 2 >= n or ctx.lemmas[head] not in COMMISSION_HEADS or ctx.lower[head + 1] != "по":
            continue
        j = head + 2
        sent = ctx.tokens[i].sent
        while j < n and j - head <= 10 and ctx.tokens[j].sent == sent:
            token = ctx.tokens[j]
            if j in loc_by_first and ctx.tokens[j].feat("Case") == "Gen":
                j = loc_by_first[j].last
                continue
            if token.text in ("и", "-") or (
                token.text.islower()
                and token.pos in ("ADJ", "NOUN")
                and (token.feat("Case") in ("Dat", "Gen") or token.pos == "ADJ")
            ):  # a hyphenated adjective ('торгово-экономическому') may have no case
                j += 1
                continue
            break
        while j > head + 2 and ctx.tokens[j - 1].text in ("и", "-"):
            j -= 1
        if j == head + 2:
            continue
        start, stop = ctx.tokens[i].start, ctx.tokens[j - 1].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(
            ctx.tokens[i : head + 1], ctx.text[start : ctx.tokens[head].stop], start
        )
        name = f"{words[:1].upper()}{words[1:]} {ctx.text[ctx.tokens[head + 1].start : stop]}"
        found.append(Org(name, "government", ranges=[(start, stop)], core=[(start, stop)]))
    return found


# 'торгово-промышленных палат Волгограда и Волжского': bodies whose plural head word is
# shared by the places after it, one body per place
SHARED_HEADS = frozenset(
    {
        "палата",
        "администрация",
        "правительство",
        "мэрия",
        "ассоциация",
        "союз",
        "университет",
        "фонд",
        "агентство",
        "корпорация",
        "министерство",
        "дума",
        "посольство",
        "консульство",
        "генконсульство",
        "торгпредство",
    }
)


def _shared_head(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    found: list[Org] = []
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    n = len(ctx.tokens)
    for i, token in enumerate(ctx.tokens):
        if (
            ctx.lemmas[i] not in SHARED_HEADS
            or token.feat("Number") != "Plur"
            or not token.text.islower()
            or i + 1 not in loc_by_first
        ):
            continue
        places, j = [], i + 1
        while len(places) < 4:
            # 'правительств Амурской области и провинции Хэйлунцзян': a place word may lead
            word = (
                j
                if j < n and ctx.lemmas[j] in PLACE_NOUNS and ctx.lower[j] == ctx.tokens[j].text
                else None
            )
            place = loc_by_first.get(j + 1 if word is not None else j)
            if place is None or place.last - place.first > 3:
                break
            if ctx.tokens[word if word is not None else place.first].feat("Case") != "Gen":
                break
            places.append((word if word is not None else place.first, place))
            j = place.last
            if j < n and ctx.lower[j] in (",", "и"):
                j += 1
        if len(places) < 2 or ctx.lower[places[-1][0] - 1] != "и":
            continue
        first = i
        while (
            first > 0
            and ctx.tokens[first - 1].pos == "ADJ"
            and ctx.tokens[first - 1].feat("Number") == "Plur"
        ):
            first -= 1
        words = _singular_nominative(ctx, first, i + 1)
        if words is None:
            continue
        for lead, place in places:
            start, stop = ctx.tokens[first].start, place.stop
            if _overlaps(place.start, place.stop, taken):
                continue
            name = f"{words[:1].upper()}{words[1:]} {ctx.text[ctx.tokens[lead].start : place.stop]}"
            found.append(Org(name, ranges=[(start, stop)], core=[(start, stop)]))
    return found


def _singular_nominative(ctx: Ctx, first: int, last: int) -> str | None:
    """'торгово-промышленных палат' -> 'торгово-промышленная палата'."""
    head = ctx.tokens[last - 1]
    parse = morph.best_parse(head.text, "NOUN", head.feats)
    if parse is None or parse.inflect({"nomn", "sing"}) is None:
        return None
    gender = parse.tag.gender
    words = []
    for k in range(first, last - 1):
        token = ctx.tokens[k]
        adjective = morph.best_parse(token.text, "ADJ", token.feats)
        form = adjective.inflect({"nomn", "sing", gender}) if adjective and gender else None
        if form is None:
            return None
        words.append(form.word)
    words.append(parse.inflect({"nomn", "sing"}).word)
    return " ".join(words)


def _names_stems(ctx: Ctx, first: int, last: int, key: str) -> bool:
    """A phrase of the list inside the span, word by word on stems (the lemmatiser reads
    'Вооруженных' as a participle of 'вооружить')."""
    words = [w.replace("ё", "е") for w in ctx.lower[first:last]]
    for phrase in ctx.lexicon.word_set(key):
        stems = [w[: max(3, len(w) - 2)] for w in phrase.split()]
        size = len(stems)
        for k in range(len(words) - size + 1):
            if all(words[k + m].startswith(stems[m]) for m in range(size)):
                return True
    return False


def _event_named(ctx: Ctx, first: int, last: int, events: frozenset[str]) -> bool:
    """A Latin name after an event word and its genitive dependents ('выставке медицинской
    техники MEDEX') is the event's name."""
    if not all(t.text.isascii() for t in ctx.tokens[first:last]):
        return False
    k = first - 1
    sent = ctx.tokens[first].sent
    while k >= 0 and first - k <= 6 and ctx.tokens[k].sent == sent:
        if ctx.lemmas[k] in events:
            return True
        token = ctx.tokens[k]
        if not (token.pos == "CCONJ" or token.feat("Case") == "Gen"):
            return False
        k -= 1
    return False


def territory(ctx: Ctx, first: int, last: int) -> str | None:
    """'Восточного аймака' -> 'Восточный аймак': capitalised adjectives before a territory
    noun name a place; returns its nominative, or None."""
    head = ctx.lemmas[last - 1]
    if last - first < 2 or head not in TERRITORY_NOUNS or ctx.tokens[last - 1].text[:1].isupper():
        return None
    words = ctx.tokens[first : last - 1]
    if not all(t.pos in ("ADJ", "PROPN") and t.text[:1].isupper() for t in words):
        return None
    parse = morph.best_parse(head, "NOUN", ())
    gender = parse.tag.gender if parse is not None else None
    adjectives = [morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in words]
    return " ".join([*adjectives, head])


_DATE_TOKEN = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _date_token(ctx: Ctx, k: int) -> bool:
    return bool(_DATE_TOKEN.fullmatch(ctx.tokens[k].text))


def _plain_adjective(ctx: Ctx, k: int) -> bool:
    """A lone dictionary adjective ('Генеральное', 'Чрезвычайными') names nothing by itself."""
    token = ctx.tokens[k]
    return token.pos == "ADJ" and not token.text.isupper() and morph.known_word(token.text)


def _common_noun_end(ctx: Ctx, first: int, last: int) -> bool:
    """'Законодательного Собрания': a name of common words, capitalised, ends in a noun."""
    token = ctx.tokens[last - 1]
    return (
        last - first >= 2
        and token.pos in ("NOUN", "PROPN")
        and not token.text.isupper()
        and morph.known_word(token.text)
        and ctx.tokens[first].pos == "ADJ"
    )


def _genitive_place(ctx: Ctx, place) -> bool:
    """'Каракалпакстана': a place in the genitive, also one the tagger read as a nominative
    (its normal form is shorter by the ending)."""
    token = ctx.tokens[place.first]
    if token.feat("Case") == "Gen":
        return True
    if place.last - place.first != 1 or not token.text.endswith(("а", "я")):
        return False
    if token.text.endswith("стана"):
        return True  # 'Дагестана', 'Каракалпакстана': '-стан' names decline as masculine nouns
    stem = name_key(token.text[:-1])
    lex = ctx.lexicon
    return stem in lex.region_index or stem in lex.country_name_index


def _territory_owner(ctx: Ctx, first: int, last: int, place) -> bool:
    """'Академии Наук' + 'Республики X': a capitalised name of several words goes on to a
    territory named with its kind ('республика', 'область', 'провинция') right after it."""
    return (
        last - first >= 2
        and ctx.lemmas[place.first] in PLACE_NOUNS | {"республика"}
        and not ctx.tokens[last - 1].text.isupper()
        and all(t.text[:1].isupper() for t in ctx.tokens[first:last])
    )


# 'Совет при губернаторе Курганской области': a body attached to an official or a body
ATTACHED_TO = frozenset(
    {"губернатор", "правительство", "глава", "президент", "администрация", "мэр", "полпред"}
)


def _attached_to(ctx: Ctx, last: int, loc_by_first: dict) -> int:
    n = len(ctx.tokens)
    if last + 2 >= n or ctx.lower[last] != "при" or ctx.lemmas[last + 1] not in ATTACHED_TO:
        return last
    if ctx.tokens[last + 1].sent != ctx.tokens[last].sent:
        return last
    place = loc_by_first.get(last + 2)
    if place is not None and place.last - place.first <= 3:
        return place.last
    return last + 2  # 'при Президенте' alone


PLACE_NOUNS = TERRITORY_NOUNS | {"район", "город", "область", "округ", "край", "регион"}


def _country_of_acronym(ctx: Ctx, first: int, last: int, loc_by_first: dict) -> int:
    """'МИД' + 'РФ', 'МЧС' + 'России': a body's acronym goes on to the country after it."""
    token = ctx.tokens[first]
    place = loc_by_first.get(last)
    if _foreign_state_acronym(ctx, first, last, place):
        return place.last  # 'Госсовет КНР', 'Госдепартамент США': a foreign state's body
    if last - first != 1 or not token.text.isupper() or not 2 <= len(token.text) <= 6:
        return last
    if place is None or place.last - place.first > 2 or token.text.isascii():
        return last
    if name_key(ctx.tokens[first].text) in ctx.lexicon.org_index:
        return last
    key = name_key(place.normal)
    if key not in ctx.lexicon.country_name_index and place.text not in ctx.compiled.country_abbr:
        return last
    if (
        place.text[:1].isupper()
        and not place.text.isupper()
        and (ctx.tokens[place.first].feat("Case") not in ("Gen", None))
    ):
        return last
    return place.last


def _owner_after_acronym(ctx: Ctx, name: str, last: int, loc_by_first: dict):
    """'Фонд регионального развития (ФРР) Бурятии': the region in the genitive after the
    name's own acronym in brackets is the owner, part of the name."""
    n = len(ctx.tokens)
    if last >= 3 and ctx.tokens[last - 3].text == "(" and ctx.tokens[last - 1].text == ")":
        last -= 3  # NER took the bracket into the name
    if last + 3 >= n or ctx.tokens[last].text != "(" or ctx.tokens[last + 2].text != ")":
        return None
    acronym = ctx.tokens[last + 1].text
    if not acronym.isupper() or initials(name) != acronym or len(name.split()) < 2:
        return None
    place = loc_by_first.get(last + 3)
    if place is None or ctx.tokens[place.first].feat("Case") != "Gen":
        return None
    if name_key(place.normal) not in ctx.lexicon.region_index:
        return None
    return place


def _foreign_state_acronym(ctx: Ctx, first: int, last: int, place) -> bool:
    """A one-word body's short name ('Госсовета') and a foreign country's acronym after it
    ('КНР', 'США'): the acronym names whose body it is (Russia's own bodies are in the lexicon)."""
    token = ctx.tokens[first]
    if place is None or last - first != 1 or place.last - place.first != 1:
        return False
    if not token.text[:1].isupper() or token.text.isupper() or not token.text.isalpha():
        return False
    if name_key(token.text) in ctx.lexicon.org_index:
        return False
    acronym = place.text
    return (
        acronym.isupper()
        and acronym in ctx.compiled.country_abbr
        and name_key(acronym) not in ("рф", "россия")
    )


def _dangling_place_word(ctx: Ctx, first: int, last: int, loc_by_first: dict) -> int:
    """'Правительства города Тайань района' + 'Дайюэ': a lower-case place word NER kept at
    the end without its name is not part of the body's name."""
    while (
        last - first > 2
        and ctx.tokens[last - 1].text.islower()
        and ctx.lemmas[last - 1] in PLACE_NOUNS
        and any(s.last == last - 1 for s in loc_by_first.values())
    ):
        last -= 1
    return last


def _places_of_portfolio(ctx: Ctx, first: int, last: int, loc_by_first: dict) -> int:
    """'Российско-Китайского центра' + 'по Уралу и Сибири': a body 'по' places it serves."""
    if last + 1 >= len(ctx.tokens) or ctx.lower[last] != "по" or last + 1 not in loc_by_first:
        return last
    if not _common_noun_end(ctx, first, last) and not ctx.tokens[last - 1].text.islower():
        return last
    end = loc_by_first[last + 1].last
    while end + 1 < len(ctx.tokens) and ctx.lower[end] == "и" and end + 1 in loc_by_first:
        end = loc_by_first[end + 1].last
    return end


def _second_place(ctx: Ctx, first: int, last: int, loc_by_first: dict) -> int:
    """'Корпорации развития Дальнего Востока' + 'и Арктики': a development institution's
    territory may name two places joined by 'и'."""
    if (
        last + 1 >= len(ctx.tokens)
        or ctx.lower[last] != "и"
        or last - 1 not in {k for s in loc_by_first.values() for k in range(s.first, s.last)}
    ):
        return last
    place = loc_by_first.get(last + 1)
    if place is None or place.last - place.first > 3:
        return last
    if ctx.tokens[place.first].feat("Case") != "Gen":
        return last
    labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
    return place.last if "development_institution" in labels else last


def _hosted_in(ctx: Ctx, first: int, last: int, loc_by_first: dict, mission: bool = False) -> int:
    """'Торгового представительства России' + 'в Индии': a mission (any place) or an
    association (a country) goes on to its host; a trailing 'в' NER kept is dropped."""
    if last - first >= 2 and ctx.lower[last - 1] in ("в", "во"):
        last -= 1
    head = next((k for k in range(first, last) if ctx.tokens[k].pos in ("NOUN", "PROPN")), None)
    if head is None or last + 1 >= len(ctx.tokens) or ctx.lower[last] not in ("в", "во"):
        return last
    lemma = ctx.lemmas[head]
    host = loc_by_first.get(last + 1)
    if host is None or host.last - host.first > 3:
        return last
    if (
        not mission
        and lemma not in HOSTED_ANYWHERE
        and not (
            lemma in HOSTED_IN_COUNTRY and name_key(host.normal) in ctx.lexicon.country_name_index
        )
    ):
        return last
    return host.last


def _named_after(ctx: Ctx, first: int, last: int) -> int:
    """'Горным институтом им.' + 'Рахима Алиева': a name 'имени X' goes on to X."""
    k = last - 1 if ctx.lower[last - 1] == "." else last
    if ctx.lower[k - 1] in ("им", "имени"):
        pass  # the span already holds 'им.'
    elif k < len(ctx.tokens) and ctx.lower[k] in ("им", "имени"):
        k += 1
    else:
        return last
    if k < len(ctx.tokens) and ctx.tokens[k].text == ".":
        k += 1
    person = next((s for s in ctx.spans if s.type == "PER" and s.first == k), None)
    return person.last if person is not None else last


def _strip_trailing_position(ctx: Ctx, first: int, last: int) -> int:
    """'Торговой палаты региона руководители': a lower-case position word run
    on after the name."""
    heads = ctx.lexicon.word_set("heads")
    while (
        last - first > 1
        and ctx.tokens[last - 1].text.islower()
        and ctx.lemmas[last - 1] in heads
        and ctx.tokens[last - 1].feat("Case") == "Nom"
        and ctx.tokens[last - 2].feat("Case") == "Gen"
    ):
        last -= 1  # not 'Совета директоров', where the position word is part of the name
    return last


def _strip_position(ctx: Ctx, first: int, last: int) -> int:
    """'Председателя Правительства ...': the position words before a body in the genitive
    are a title, not part of the body's name."""
    heads = ctx.lexicon.word_set("heads")
    j = first
    board = False
    while j < last and (
        ctx.lemmas[j] in heads or ctx.lemmas[j] == "первый" or ctx.lemmas[j] in BOARD_WORDS
    ):
        board = board or ctx.lemmas[j] in BOARD_WORDS
        j += 1
    if j > first and ctx.tokens[j - 1].pos == "ADJ":
        j -= 1  # 'Генерального консульства': the adjective belongs to the body, not a title
    if j == first or j >= last:
        return first
    case = ctx.tokens[j].feat("Case")
    if case != "Gen" and not (board and case is None):  # 'Российско-Итальянской' has no case
        return first
    return j


def _common_word(word: str) -> bool:
    """A dictionary word that is not an organisation's name ('Сухой', not 'Газпром')."""
    return morph.known_word(word) and "Orgn" not in morph.grammemes(word)


def _glued_to_person(ctx: Ctx, first: int, last: int) -> tuple[int, int] | None:
    """A legal form alone, then a PER span of three or more words whose first word is no
    given name: that word is the company ('АО' + 'Сибагро Игорь Ким')."""
    legal = ctx.lexicon.word_set("legal_forms")
    if not all(ctx.lower[k] in legal for k in range(first, last)):
        return None
    person = next((s for s in ctx.spans if s.type == "PER" and s.first == last), None)
    if person is None or person.last - person.first < 3:
        return None
    word = ctx.tokens[person.first].text
    if not word[:1].isupper() or "Name" in morph.grammemes(word) or "Surn" in morph.grammemes(word):
        return None
    if "Name" not in morph.grammemes(ctx.tokens[person.first + 1].text):
        return None
    return first, person.first + 1


def _no_name(ctx: Ctx, first: int, last: int) -> bool:
    """'Президентам', 'Президентам наших стран' -> 'наших стран': position words alone, or
    lower-case words left after them, name no organisation."""
    tokens = ctx.tokens[first:last]
    if all(ctx.lemmas[k] in ctx.lexicon.word_set("heads") for k in range(first, last)):
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens):
        return True
    company_word = any(
        ctx.lemmas[k] in ctx.lexicon.word_set("latin_company_intro") for k in range(first, last)
    )
    if (
        company_word
        and any(s.type == "ORG" and s.first == last for s in ctx.spans)
        and all(_common_word(t.text) for t in tokens)
    ):
        return True  # 'Международного холдинга' + 'TH Group': a description before the name
    # 'Государственная корпорация развития также ...': a description of a company in common
    # words, capitalised only because it opens the sentence
    return (
        ctx.is_sentence_start(first)
        and all(t.text.islower() for t in tokens[1:])
        and all(morph.known_word(t.text) for t in tokens)
        and any(
            ctx.lemmas[k] in ctx.lexicon.word_set("latin_company_intro") for k in range(first, last)
        )
    )


def _strip_person(ctx: Ctx, first: int, last: int, surnames: set[tuple[str, int]]) -> int:
    """'ЛПК Жданова': a person's surname (named in full elsewhere) glued to the end of a name."""
    k = last - 1
    if k <= first or not ctx.tokens[k].text[:1].isupper() or len(ctx.tokens[k].text) < 5:
        return last
    key = ctx.tokens[k].text[:5].lower()
    if any(key == s and not first <= j < last for s, j in surnames):
        return k
    return last


def _dateline(ctx: Ctx, first: int, last: int) -> bool:
    """'БИРОБИДЖАН, 17 июня': a capitalised place opening a line before a comma."""
    token = ctx.tokens[first]
    if last - first != 1 or not token.text.isupper() or len(token.text) < 4:
        return False
    line_start = ctx.text.rfind("\n", 0, token.start) + 1
    after = ctx.tokens[last].text if last < len(ctx.tokens) else ""
    return not ctx.text[line_start : token.start].strip() and after == ","


_MASC_ENDINGS = (("ом", ""), ("а", ""), ("у", ""), ("е", ""))


_DECLINED_ACRONYM = re.compile(r"([A-ZА-ЯЁ]{3,})(?:а|у|ом|е|ой)")


# A ministry's short name built on its portfolio in the genitive ('Минэкономразвития',
# 'Минприроды', 'Минобрнауки') is the same in every case
INDECLINABLE_MINISTRY = re.compile(r"^Мин[а-яё]{3,}(?:развития|[ыи])$")


def _company_nominative(token, name: str) -> str:
    """'Белагромаша' -> 'Белагромаш': a one-word company name the dictionary does not know,
    in an oblique case, declined like a masculine noun."""
    declined = _DECLINED_ACRONYM.fullmatch(name)
    if declined is not None and name == token.text:
        return declined.group(1)  # 'СИБУРу', 'ВТБом': an acronym with a case ending
    case = token.feat("Case")
    if case in (None, "Nom") or name != token.text or not name[:1].isupper():
        return name
    if morph.known_word(name) or len(name) < 5 or not name[-2].isalpha():
        return name
    for ending, replacement in _MASC_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and stem[-1].lower() in "бвгджзклмнпрстфхцчшщ":
            if ending == "е" and case != "Loc" or ending == "у" and case not in ("Dat", "Acc"):
                continue
            return stem + replacement
    return name


def _listing_tail(ctx: Ctx, first: int, last: int) -> int:
    """'Ассоциация заводов' + ', лабораторий и институтов России': a body whose name lists its
    members or areas goes on past the comma to the place that ends it."""
    if ctx.lemmas[first] not in LISTING_ORG_HEADS or last >= len(ctx.tokens):
        return last
    if ctx.tokens[last].text != ",":
        return last
    places = {s.first: s.last for s in ctx.spans if s.type == "LOC"}
    sent = ctx.tokens[first].sent
    j = last + 1
    seen_and = False
    while j < len(ctx.tokens) and j - last <= 10 and ctx.tokens[j].sent == sent:
        token = ctx.tokens[j]
        if token.text in (",", "и"):
            seen_and = seen_and or token.text == "и"
            j += 1
            continue
        if seen_and and j in places:
            return places[j]  # the place closes the name
        genitive = token.feat("Case") == "Gen" and token.pos in ("NOUN", "PROPN", "ADJ")
        if not (genitive or (token.text.isupper() and len(token.text) >= 2)):
            break
        j += 1
    return last


def _country_name(ctx: Ctx, key: str) -> bool:
    return key in ctx.lexicon.country_name_index
