"""Countries named in passing, not as parties of the event: sanctions and sports, a route's
far end, a shipment's destination, a forum's headcount, a demonym in a person's name."""

from __future__ import annotations

from ..nlp import NerSpan, Token
from .context import Ctx
from .geo_mentions import CountryMention
from .org_government_words import NEWS_AGENCY_ADJECTIVES

# 'санкции США', 'со сборной Сербии': a country in passing, not a partner; 'даже X начал
# выпускать...': a country held up for comparison
PASSING = frozenset(
    {"санкция", "санкционный", "против", "кроме", "сборная", "соперник", "даже", "отличие"}
)


# a sports contest names the countries of its teams, not the parties of a deal
SPORT = frozenset(
    {"матч", "турнир", "чемпионат", "первенство", "соревнование", "спартакиада", "олимпиада"}
)


def _in_passing(ctx: Ctx, mention: CountryMention) -> bool:
    if mention.city and _route_end(ctx, mention):
        return True
    if mention.city and _figurative(ctx, mention):
        return True
    if set(ctx.lemmas[max(0, mention.first - 2) : mention.first]) & PASSING:
        return True
    if _parent_of_territory(ctx, mention) or _in_person(ctx, mention):
        return True
    if _news_agency_owner(ctx, mention):
        return True
    if not mention.is_name and _made_in(ctx, mention):
        return True
    if mention.is_name and (_made_at(ctx, mention) or _supplied_from(ctx, mention)):
        return True
    if _border(ctx, mention):
        return True
    if not mention.is_name and _generic_plural(ctx, mention):
        return True
    first, last = ctx.sentence_span(mention.first)
    lemmas = ctx.lemmas[first:last]
    after_to = mention.first > 0 and ctx.lemmas[mention.first - 1] == "до"
    if after_to and not DISTANCE.isdisjoint(lemmas):
        return True  # 'сократить дорогу до X на 250 км': how far, not who
    if not CARGO.isdisjoint(lemmas):
        return True  # 'контейнеры отправлены в X', 'товары из Y идут через Z': a shipment
    if _headcount(ctx, first, last):
        return True
    return not SPORT.isdisjoint(lemmas)


# 'установлено итальянское и турецкое оборудование', 'заменяет греческие аналоги': where the
# machines or the rival goods were made, not a party of the event
MADE_GOODS = frozenset(
    {
        "оборудование",
        "аналог",
        "станок",
        "комплектующее",
        "комплектующие",
        # 'за рулем китайского пикапа': the make of a vehicle driven or shown
        "автомобиль",
        "пикап",
        "грузовик",
        "автобус",
        "трактор",
        "техника",
    }
)
MADE_IN_REACH = 4


def _made_in(ctx: Ctx, mention: CountryMention) -> bool:
    sent = ctx.tokens[mention.first].sent
    for k in range(mention.last, min(mention.last + MADE_IN_REACH, len(ctx.tokens))):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if ctx.lemmas[k] in MADE_GOODS:
            return True
        if not (token.pos == "ADJ" or token.text in (",", "и")):
            return False
    return False


# 'линия производства Германии', 'станок, изготовленный в Финляндии', 'конвейеры закуплены
# в Эстонии': where a works bought its machines
MADE_AT_VERBS = frozenset({"изготовить", "изготавливать", "закупить", "купить"})


def _made_at(ctx: Ctx, mention: CountryMention) -> bool:
    k = mention.first
    if k >= 2 and ctx.lemmas[k - 1] == "производство" and ctx.tokens[k - 1].text.islower():
        return ctx.tokens[k - 2].pos == "NOUN" and ctx.tokens[k - 1].feat("Case") == "Gen"
    return (
        k >= 2
        and ctx.lower[k - 1] == "в"
        and ctx.lemmas[k - 2] in MADE_AT_VERBS
        and ctx.tokens[k - 2].pos in ("VERB", "ADJ")
    )


# 'Сырье поставляют из Белоруссии', 'поставки субстратов осуществлялись из Голландии':
# where a works' inputs come or came from names a supplier, not a party of the news
SUPPLY_WORDS = frozenset({"поставлять", "поставляться", "поставка", "завозить", "привозить"})
SUPPLY_REACH = 5


def _supplied_from(ctx: Ctx, mention: CountryMention) -> bool:
    k = mention.first - 1
    if k < 1 or ctx.lower[k] != "из":
        return False
    sent = ctx.tokens[k].sent
    reported = False
    for j in range(k - 1, max(-1, k - 1 - SUPPLY_REACH), -1):
        token = ctx.tokens[j]
        if token.sent != sent:
            return False
        if token.pos in ("VERB", "AUX") and token.feat("Tense") in ("Pres", "Past"):
            reported = True
        if ctx.lemmas[j] in SUPPLY_WORDS:
            return reported or (token.pos == "VERB" and token.feat("Tense") in ("Pres", "Past"))
    return False


def _border(ctx: Ctx, mention: CountryMention) -> bool:
    """'недалеко от российско-белорусской границы': a border places a site on the map."""
    nxt = mention.last
    return not mention.is_name and nxt < len(ctx.tokens) and ctx.lemmas[nxt] == "граница"


# 'дорога до X', 'в 40 км до границы с Y': a distance along a road names no partner
DISTANCE = frozenset({"дорога", "трасса", "километр", "км", "путь", "расстояние", "магистраль"})


# 'специального административного района X', 'автономного района Y Z': the country a
# territory belongs to (or a country's name inside a territory's), not a second party
TERRITORY_NOUNS = frozenset({"район", "округ"})


TERRITORY_ADJECTIVES = frozenset({"автономный", "административный"})


def _parent_of_territory(ctx: Ctx, mention: CountryMention) -> bool:
    k = mention.first
    if not mention.is_name or k < 2 or ctx.lemmas[k - 1] not in TERRITORY_NOUNS:
        return False
    return ctx.lemmas[k - 2] in TERRITORY_ADJECTIVES


def _in_person(ctx: Ctx, mention: CountryMention) -> bool:
    """'с принцем Турки бен ...': a word of a person's name that looks like a demonym."""
    # a Chinese name ('с Ли Цзиньлуном') does show the person's side
    if mention.is_name or mention.city or not ctx.tokens[mention.first].text[:1].isupper():
        return False
    start, stop = ctx.tokens[mention.first].start, ctx.tokens[mention.first].stop
    return any(m.type == "person" and m.start <= start and stop <= m.end for m in ctx.mentions)


def _generic_plural(ctx: Ctx, mention: CountryMention) -> bool:
    """'с западных компаний на турецкие и китайские': a plural adjective with no noun of its
    own names a kind of company, not a party."""
    if not _plural_adjective(ctx.tokens[mention.first]):
        return False
    follow = mention.last
    # 'турецкие и китайские компании': the noun comes after the last adjective
    while follow < len(ctx.tokens) and (
        ctx.tokens[follow].text in (",", "и", "или") or _plural_adjective(ctx.tokens[follow])
    ):
        follow += 1
    return follow >= len(ctx.tokens) or ctx.tokens[follow].pos not in ("NOUN", "PROPN")


PLURAL_ADJ_ENDINGS = ("ские", "цкие", "ные", "ских", "цких", "ных")


def _plural_adjective(token: Token) -> bool:
    # the tagger reads a noun-less 'вьетнамские' as a noun; its ending shows the adjective
    if token.pos == "ADJ":
        return token.feat("Number") == "Plur"
    return token.text[:1].islower() and token.text.endswith(PLURAL_ADJ_ENDINGS)


# 'отправлены контейнеры в X', 'транзит грузов через Y', 'доставляются товары из Z': where
# goods travel to or from is geography, not a party of the event
# ('основными импортерами зерна остаются X и Y', 'масло поставляется в Y': the buyers of a
# region's exports)
CARGO = frozenset(
    {
        "контейнер",
        "груз",
        "транзит",
        "доставляться",
        "контейнерный",
        "импортер",
        "поставляться",
        "экспортироваться",
    }
)


# 'самая многочисленная делегация - китайская, тысяча участников', 'гости из 30 стран': a
# forum's headcount names who came, not who signed
HEADCOUNT_NOUNS = frozenset({"участник", "страна", "человек", "гость", "делегат"})


FORUM_NOUNS = frozenset({"форум", "выставка", "конгресс", "саммит", "фестиваль", "ярмарка"})


NUMBER_WORDS = frozenset({"тысяча", "сотня", "десяток", "сто", "двести", "триста", "пятьсот"})


DEAL_LEMMAS = frozenset({"подписать", "соглашение", "меморандум", "договор", "контракт"})


def _headcount(ctx: Ctx, first: int, last: int) -> bool:
    """A sentence counting a forum's participants (in a text about a forum) that signs
    nothing."""
    if "forum_text" not in ctx.cache:
        ctx.cache["forum_text"] = not FORUM_NOUNS.isdisjoint(ctx.lemmas)
    if not ctx.cache["forum_text"] or not DEAL_LEMMAS.isdisjoint(ctx.lemmas[first:last]):
        return False
    for k in range(first + 1, last):
        if ctx.lemmas[k] in HEADCOUNT_NOUNS:
            number = ctx.tokens[k - 1].text
            if number.isdigit() or ctx.lemmas[k - 1] in NUMBER_WORDS:
                return True
    return False


def _figurative(ctx: Ctx, mention: CountryMention) -> bool:
    """'станет ореховой Меккой', 'туристическая Мекка': a city named with a lower-case
    adjective of a trade in its own case is a figure of speech, not a place of the news."""
    k = mention.first - 1
    if k < 0 or mention.last - mention.first != 1:
        return False
    adjective, city = ctx.tokens[k], ctx.tokens[mention.first]
    return (
        adjective.pos == "ADJ"
        and adjective.text.islower()
        and adjective.feat("Case") == city.feat("Case")
        and ctx.lemmas[k].endswith(("овый", "евый", "ический", "ный"))
        and not ctx.lemmas[k].endswith(
            ("северный", "южный", "восточный", "западный", "центральный")
        )
        and ctx.lemmas[k] not in ("приграничный", "соседний", "китайский", "древний", "новый")
    )


# 'мост из Благовещенска в Хэйхэ', 'между Благовещенском и Хэйхэ', 'рейс Иркутск – Пекин':
# a foreign city at the far end of a route or a bridge is geography, not a partner.
ROUTE_WORDS = frozenset({"и", "в", "во", "-", "–", "—", "до"})


def _route_end(ctx: Ctx, mention: CountryMention) -> bool:
    places = ctx.compiled.country_places
    for span in ctx.spans:
        if span.type != "LOC" or ctx.lemmas[span.first] in places:
            continue
        if span.last <= mention.first:
            between = range(span.last, mention.first)
        elif span.first >= mention.last:
            between = range(mention.last, span.first)
        else:
            continue
        if (
            1 <= len(between) <= 2
            and all(ctx.lower[k] in ROUTE_WORDS for k in between)
            and (not _into_only(ctx, between) or _route_sentence(ctx, span, mention))
        ):
            return True
    return False


# 'из Благовещенска в Хэйхэ', 'от X в Y': what opens a route whose far end follows 'в'
ROUTE_OPENERS = frozenset({"из", "от", "с", "со"})


def _into_only(ctx: Ctx, between: range) -> bool:
    return all(ctx.lower[k] in ("в", "во") for k in between)


def _route_sentence(ctx: Ctx, span: NerSpan, mention: CountryMention) -> bool:
    """Whether 'X в Y' is a route: the first place follows 'из' or 'от', or the sentence
    names a route, a shipment or a distance ('Дни X области в Y' is an event held in Y)."""
    head = min(span.first, mention.first)
    if head > 0 and ctx.lower[head - 1] in ROUTE_OPENERS:
        return True
    first, last = ctx.sentence_span(head)
    lemmas = set(ctx.lemmas[first:last])
    return bool(lemmas & (LINK_WORDS | CARGO | DISTANCE))


# 'мост из Благовещенска в Хэйхэ': a town at the far end of a bridge, route or border
# crossing is geography, not a party
LINK_WORDS = frozenset(
    {"мост", "маршрут", "рейс", "авиарейс", "граница", "трасса", "переход", "пункт", "перевозка"}
)


def _news_agency_owner(ctx: Ctx, mention: CountryMention) -> bool:
    """'сообщило Центральное телеграфное агентство Кореи': the country of the outlet that
    reports the news is not a party to it."""
    k = mention.first
    return (
        k >= 2 and ctx.lemmas[k - 1] == "агентство" and ctx.lemmas[k - 2] in NEWS_AGENCY_ADJECTIVES
    )
