"""Countries and places that tell the background of the event, not its parties or places:
the markets a company means to sell in, the foreign owners that left, a country's name in a
quoted title, Russia named only in an official title, in a federal office's title or as the
owner of something ('регионов России')."""

from __future__ import annotations

import re

from ..lexicon import name_key
from .context import Ctx
from .geo_mentions import CountryMention

# 'выходить на международный рынок', 'поставлять на внешние рынки': selling abroad
MARKET_ADJECTIVES = frozenset(
    {"международный", "внешний", "зарубежный", "заграничный", "мировой", "иностранный"}
)


# 'отправлять за рубеж', 'вывозить за границу'
ABROAD_NOUNS = frozenset({"рубеж", "граница"})


# a trip abroad names where the party goes, whatever the goal: 'для выхода на внешние рынки
# делегация отправится в X'
TRIP_WORDS = frozenset(
    {
        "делегация",
        "миссия",
        "бизнес-миссия",
        "визит",
        "поездка",
        "командировка",
        "посетить",
        "переговоры",
        "выставка",
        "ярмарка",
        "форум",
    }
)


# what leads a country named as the place goods go to: 'в Китай', 'на Кубу'
DESTINATION_WORDS = frozenset({"в", "во", "на"})


LIST_WORDS = frozenset({",", "и", "а", "также"})


def _market_cue(ctx: Ctx, first: int, last: int) -> bool:
    """Whether tokens [first, last) speak of selling abroad."""
    for k in range(first + 1, last):
        lemma = ctx.lemmas[k]
        if lemma == "рынок" and ctx.lemmas[k - 1] in MARKET_ADJECTIVES:
            return True
        if lemma in ABROAD_NOUNS and ctx.lower[k - 1] == "за":
            return True
    return False


# 'поставляя продукцию по всей России, а также в Казахстан и Армению': where a company
# already sells, Russia first, is its market; the countries beside it are not the news's parties
SELLING = frozenset({"поставлять", "продавать", "реализовывать", "отгружать", "экспортировать"})
HOME_BEFORE = frozenset({"весь", "по", "регион", "субъект"})


def _home_market_beside(ctx: Ctx, first: int, last: int) -> bool:
    """Tokens [first, last) tell a company's sales in Russia ('по всей России', 'в регионы
    России') with a verb of selling."""
    lemmas = ctx.lemmas
    if SELLING.isdisjoint(lemmas[first:last]):
        return False
    return any(
        lemmas[k] in ("россия", "рф") and lemmas[k - 1] in HOME_BEFORE
        for k in range(first + 1, last)
    )


def _destination(ctx: Ctx, mention: CountryMention, mentions: list[CountryMention]) -> bool:
    """A country's name after 'в'/'на', or listed after one that is ('на X, Y')."""
    if not mention.is_name or mention.first == 0:
        return False
    if ctx.tokens[mention.first].feat("Case") not in (None, "Acc", "Nom"):
        return False  # 'переговоры на Кубе': where the event is, not where goods go
    if ctx.lower[mention.first - 1] in DESTINATION_WORDS:
        return True
    if ctx.lemmas[mention.first - 1] not in LIST_WORDS:
        return False
    earlier = [m for m in mentions if m.last <= mention.first - 1]
    if not earlier or earlier[-1].last < mention.first - 2:
        return False
    return _destination(ctx, earlier[-1], mentions)


def export_market(ctx: Ctx, mention: CountryMention, mentions: list[CountryMention]) -> bool:
    """'продукцию планируют отправлять за рубеж, в частности в X', 'мы планируем выходить
    на международный рынок. Посмотрим на X, Y': a country a company means to sell in is a
    market, not a party. The cue stands in the mention's sentence or the one before."""
    if mention.code == "RU" or not _destination(ctx, mention, mentions):
        return False
    first, last = ctx.sentence_span(mention.first)
    if not TRIP_WORDS.isdisjoint(ctx.lemmas[first:last]):
        return False  # 'для выхода на внешние рынки бизнес-миссия отправится в X': a trip
    if _market_cue(ctx, first, last) or _home_market_beside(ctx, first, last):
        return True
    if first == 0:
        return False
    # the sentence before counts inside one quoted speech only ('«... выходить на
    # международный рынок. Посмотрим на X»'), not a new event ('... В X отправилась делегация')
    before, _ = ctx.sentence_span(first - 1)
    start, end = ctx.tokens[before].start, ctx.tokens[mention.first].start
    in_speech = any(a <= start and end < b for a, b in _speeches(ctx))
    return in_speech and _market_cue(ctx, before, first)


SPEECH = re.compile(r"«[^«»\n]{1,800}»|\"[^\"\n]{1,800}\"")


def _speeches(ctx: Ctx) -> list[tuple[int, int]]:
    if "speeches" not in ctx.cache:
        ctx.cache["speeches"] = [m.span() for m in SPEECH.finditer(ctx.text)]
    return ctx.cache["speeches"]


# 'ушедшей из России компании', 'компания, которая ушла': a foreign owner that left
DEPARTURE = frozenset({"уйти", "ушедший", "покинуть", "покинувший"})


# what a company leaves: 'ушла из России', 'покинула российский рынок'
LEFT_PLACES = frozenset({"россия", "рф", "рынок", "страна", "регион"})


def _departure(ctx: Ctx, k: int) -> bool:
    """'ушедшей из России', 'которая ушла.': the verb tells a company left (not 'на стройку
    уйдет два года'): it is followed by what it left, or ends its clause."""
    if ctx.lemmas[k] not in DEPARTURE:
        return False
    after = ctx.lemmas[k + 1 : k + 4]
    if not LEFT_PLACES.isdisjoint(after):
        return True
    return k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].text in (".", ",", ";", "»", "!")


def departed_owner(ctx: Ctx, mention: CountryMention) -> bool:
    """A country's adjective ('датской компании', 'компания ... американская') in a sentence
    telling that the company left: the former owner of a site, not a partner."""
    if mention.is_name or mention.city:
        return False
    first, last = ctx.sentence_span(mention.first)
    if FORMERLY.intersection(ctx.lemmas[first:last]) and "принадлежать" in ctx.lemmas[first:last]:
        return True  # 'Ранее площадка принадлежала датской компании'
    return any(_departure(ctx, k) for k in range(first, last))


FORMERLY = frozenset({"ранее", "прежде", "раньше"})


# a quoted name: « ... », „ ... “ or " ... " on one line
QUOTED = re.compile(r"«[^«»\n]{1,120}»|„[^„“”\n]{1,120}[“”]|\"[^\"\n]{1,120}\"")


# a gathering's title names no place: 'форум «Волга — Каспий»'; a site's does ('площадка
# «Печатники»', 'ОЭЗ «Иннополис»')
GATHERINGS = frozenset(
    {"форум", "выставка", "ярмарка", "конференция", "фестиваль", "саммит", "конгресс", "сессия"}
)


def quoted_countries(ctx: Ctx, places: list[tuple[int, str]]) -> set[tuple[int, str]]:
    """The places printed inside a quoted name that are no places of the text: a country's
    name in any title ('форум «Россия и Китай: ...»', 'компания «Алмазы России»'), any
    place in a gathering's title."""
    ranges = []
    for match in QUOTED.finditer(ctx.text):
        k = ctx.token_index(match.start()) - 1
        if k < 0 or ctx.tokens[k].pos not in ("NOUN", "PROPN"):
            continue  # '«Мы рассчитываем на Китай», - сказал он': speech, not a title
        ranges.append((*match.span(), ctx.lemmas[k] in GATHERINGS))
    if not ranges:
        return set()
    names = ctx.lexicon.country_name_index
    return {
        (start, name)
        for start, name in places
        if any(
            a < start < b and (gathering or name_key(name) in names) for a, b, gathering in ranges
        )
    }


def russia_only_long(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether the text names Russia only by its official name ('Президента Российской
    Федерации'): a title names the state, and 'Россия' is nowhere printed. (A foreign
    country named so keeps its short name beside the official one: the round-19 rule.)"""
    own = [m for m in mentions if m.code == "RU" and m.is_name]
    return bool(own) and all(m.last - m.first >= 2 for m in own)


def russia_only_abbreviated(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether the text names Russia only as 'РФ' ('посол РФ в X', 'посольство X в РФ',
    'правительства РФ'): the abbreviation lives in titles and addresses of offices; a text
    that means Russia as a place prints its name."""
    own = [m for m in mentions if m.code == "RU" and m.is_name]
    abbr = ctx.compiled.country_abbr
    return bool(own) and all(
        m.last - m.first == 1 and ctx.tokens[m.first].text in abbr for m in own
    )


# 'министр энергетики РФ', 'замминистра экономического развития России', 'полпреда
# президента РФ': the country closes the name of a federal office
FEDERAL_OFFICES = frozenset(
    {
        "министр",
        "замминистра",
        "министерство",
        "мид",
        "полпред",
        "вице-премьер",
        "премьер",
        "председатель",
        "правительство",
        "госдума",
        "гд",
    }
)


OFFICE_REACH = 4


def _only_in_offices(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether Russia is named only in the titles of federal offices: the text's own country
    as the state of a minister is not a place of the news."""
    own = [m for m in mentions if m.is_name and m.code == "RU"]
    if not own:
        return False
    for mention in own:
        for k in range(mention.first - 1, max(-1, mention.first - 1 - OFFICE_REACH), -1):
            if not ctx.tokens[k].text.replace("-", "").isalpha():
                return False
            if ctx.lemmas[k] in FEDERAL_OFFICES:
                break
        else:
            return False
    return True


def _only_as_attribute(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether Russia is named only in the genitive after a noun ('регионов России',
    'партнер Российской Федерации', 'Минпромторга России'): the text's own country as the
    owner of something, not a place the news happens in ('в России', 'из России')."""
    own = [m for m in mentions if m.is_name and m.code == "RU"]
    if not own:
        return False
    for mention in own:
        k = mention.first - 1
        if k < 0 or ctx.tokens[k].pos not in ("NOUN", "PROPN"):
            return False
        if ctx.tokens[mention.last - 1].feat("Case") not in ("Gen", None):
            return False
        if ctx.lemmas[k] in TERRITORY_WORDS:
            return False  # 'на территории России' is a place
        if mention.last < len(ctx.tokens) and ctx.lower[mention.last] in ("в", "во"):
            return False  # 'посол России в X': the pair of countries the envoy links
        if any(s.type == "LOC" and s.first <= k < s.last for s in ctx.spans):
            return False  # 'Дальнего Востока России': a part of the country is a place
        if _paired(ctx, mention, mentions):
            return False  # 'регионов России и X', 'X и России': the pair of countries
    return True


PAIR_LINKS = frozenset({"и", "с", "со"})


def _paired(ctx: Ctx, own: CountryMention, mentions: list[CountryMention]) -> bool:
    """Whether Russia and a foreign country are named as a pair ('сотрудничество регионов
    России и X', 'отношения X и России', 'региона России с X'): the two sides are places."""
    for other in mentions:
        if not other.is_name or other.code == "RU":
            continue
        if other.first == own.last + 1 and ctx.lower[own.last] in PAIR_LINKS:
            return True
        if own.first == other.last + 1 and ctx.lower[other.last] == "и":
            return True
    return False


TERRITORY_WORDS = frozenset({"территория", "пределы", "предел", "часть"})
