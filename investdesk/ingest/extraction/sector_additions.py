"""Sectors a news item names by implication: a bare list noun among sectors, a
building object being built, a processed crop; and the adjustments of the found set
(generic deposits, a project's builder)."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .geo import CountryMention
from .phrases import Match
from .sector_rules import HOME_COUNTRY

# Nouns that name a sector only as an item of a list of sectors ('в сфере сельского
# хозяйства, строительства и логистики'); alone they are a project's works
# ('строительство завода') or its roads and pipes.
LIST_SECTORS = {
    "строительство": "construction",
    "инфраструктура": "construction",
    # ('сельское хозяйство, строительство и транспорт': carrying goods and people)
    "транспорт": "logistics",
}
LIST_REACH = 5
# 'строительство и реконструкция птицеводческих объектов': works joined with works are
# one project's, whatever its sector ('реконструкция' is in BUILD_WORDS below)
WORKS_NOUNS = frozenset(
    {"реконструкция", "модернизация", "ремонт", "капремонт", "расширение", "оснащение"}
)


def listed_spheres(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
    """A bare list noun ('строительства', not 'строительства завода') next to another
    sector in a list joined by commas or 'и' is that sector."""
    found: list[Match] = []
    for i, lemma in enumerate(ctx.lemmas):
        label = LIST_SECTORS.get(lemma)
        if label is None or ctx.blocked[i]:
            continue
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and nxt.sent == ctx.tokens[i].sent and nxt.pos not in ("PUNCT", "CCONJ"):
            continue  # 'строительства завода': the works of a project
        for other in matches:
            if other.label == label or ctx.tokens[other.first].sent != ctx.tokens[i].sent:
                continue
            if other.last <= i:
                between = range(other.last, i)
            elif other.first > i:
                between = range(i + 1, other.first)
            else:
                continue
            if len(between) > LIST_REACH:
                continue
            if any(ctx.tokens[k].pos not in ("NOUN", "ADJ", "PUNCT", "CCONJ") for k in between):
                continue
            if any(ctx.lemmas[k] in WORKS_NOUNS for k in between):
                continue
            if any(ctx.lower[k] in (",", "и") for k in between):
                found.append(Match(label, i, i + 1, lemma))
                break
    return found


# 'переработка картофеля в крахмал', 'перерабатывать зерно': a crop processed is food.
PROCESSING = frozenset({"переработка", "перерабатывать", "переработать", "перерабатывающий"})


def processed_crop(ctx: Ctx, match: Match) -> Match:
    """A crop or produce right after a processing word is the raw material of food."""
    if match.label != "agriculture":
        return match
    before = ctx.lemmas[max(0, match.first - 2) : match.first]
    if PROCESSING & set(before):
        return Match("food", match.first, match.last, match.phrase)
    return match


# 'освоение месторождений' names no mineral: in a news item on ores or coal the
# deposits are those, not oil and gas.
DEPOSIT_STEM = "месторожден"
OIL_GAS_STEMS = ("нефт", "газ")


def generic_deposits(matches: list[Match]) -> list[Match]:
    if not any(m.label == "mining" for m in matches):
        return matches
    return [
        m
        for m in matches
        if not (
            m.label == "oil_gas"
            and DEPOSIT_STEM in m.phrase
            and not any(stem in m.phrase for stem in OIL_GAS_STEMS)
        )
    ]


# Building a school, a hospital or housing is construction by the DOMAIN convention
# ('построят пять больниц', 'возведение ледовой арены', 'строить объекты: от ... до
# медицинских учреждений'); the object alone ('встреча в школе') is not.
BUILD_WORDS = frozenset(
    {
        "строительство",
        "построить",
        "строить",
        "построение",
        "возвести",
        "возводить",
        "возведение",
        "достроить",
        "реконструкция",
        "реконструировать",
        "капремонт",
    }
)
SOCIAL_OBJECTS = (
    "школ",
    "больниц",
    "поликлиник",
    "детсад",
    "садик",
    "стадион",
    "спорткомплекс",
    "физкультурно-оздоровительн",
    "бассейн",
    "арена",
    "ледов",
    "медицинск",
    "здравоохранен",
    "общежити",
    "кампус",
    "роддом",
    "перинатальн",
    "амбулатори",
    "фельдшерско-акушерск",
    "жиль",
    "жилой",
    "жилищ",
    "многоквартирн",
    "микрорайон",
    # public works: roads and utilities of a zone or a town, an exhibition centre
    "инфраструктур",
    "выставочн",
)
# sports complex, rural medical post: exact, the stems would catch 'фокус', 'фаворит'
SOCIAL_ABBREVIATIONS = frozenset({"фок", "фап"})
SOCIAL_NOUN_HEADS = frozenset({"учреждение", "центр", "объект", "комплекс", "корпус", "дом"})
BUILD_REACH = 10


def built_objects(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
    have = {m.first for m in matches if m.label == "construction"}
    found: list[Match] = []
    for i, lemma in enumerate(ctx.lemmas):
        if ctx.blocked[i] or i in have:
            continue
        if not lemma.startswith(SOCIAL_OBJECTS) and lemma not in SOCIAL_ABBREVIATIONS:
            continue
        token = ctx.tokens[i]
        if token.pos not in ("NOUN", "ADJ"):
            continue
        if (
            token.pos == "ADJ"
            and not (i + 1 < len(ctx.lemmas) and ctx.lemmas[i + 1] in SOCIAL_NOUN_HEADS)
            and lemma.startswith(("медицинск", "здравоохранен"))
        ):
            continue  # 'медицинский' alone is equipment or staff, not a building
        for k in range(i - 1, max(-1, i - 1 - BUILD_REACH), -1):
            if ctx.tokens[k].sent != token.sent or ctx.lemmas[k] in (".", ";"):
                break
            if ctx.lemmas[k] in BUILD_WORDS:
                found.append(Match("construction", i, i + 1, lemma))
                break
        if found and found[-1].first == i:
            break  # one is enough: the code is a set
    return found


# The builder of a project ('застройщик аквапарка', 'совместно со строительной
# корпорацией' on a transport corridor) is a contractor: when the news has another
# sector, the builder's trade is not one more.
BUILDER_WORDS = frozenset(
    {"застройщик", "девелопер", "подрядчик", "генподрядчик", "генподрядный", "строитель"}
)
BUILDER_HEADS = frozenset({"компания", "корпорация", "фирма", "организация", "холдинг", "группа"})


def builder_only(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
    construction = [m for m in matches if m.label == "construction"]
    if not construction or all(m.label == "construction" for m in matches):
        return list(matches)

    def builder(match: Match) -> bool:
        lemma = ctx.lemmas[match.first]
        if lemma in BUILDER_WORDS:
            return True
        return (
            match.last - match.first == 1
            and lemma == "строительный"
            and match.last < len(ctx.lemmas)
            and ctx.lemmas[match.last] in BUILDER_HEADS
        )

    if all(builder(m) for m in construction):
        return [m for m in matches if m.label != "construction"]
    return list(matches)


# 'машиностроительной, нефтяной, информационной и других отраслей', 'продукции
# металлургического, машиностроительного и энергетического профилей': an adjective too
# vague to name a sector alone ('нефтяной', 'энергетический') does name one when it is
# listed with sector adjectives before a word for an industry. Two of them make the list
# one of industries; one may be a pair that describes a thing ('институт нефтяной и
# химической отрасли').
INDUSTRY_ADJECTIVES = {
    "нефтяной": "oil_gas",
    "газовый": "oil_gas",
    "нефтегазовый": "oil_gas",
    "энергетический": "energy",
    "ядерный": "energy",
    "информационный": "it",
    "электронный": "it",
    "транспортный": "logistics",
    "авиационный": "machine_building",
    "горный": "mining",
}
INDUSTRY_HEADS = frozenset(
    {"отрасль", "профиль", "промышленность", "индустрия", "сектор", "производство", "комплекс"}
)
# 'и других отраслей', 'а также'
LIST_WORDS = frozenset({",", "и", "а", "также", "другой", "иной"})
INDUSTRY_LIST_REACH = 12
LISTED_SECTORS = 2


def listed_industries(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
    """The vague industry adjectives of a list that also holds sector adjectives."""
    starts = {m.first for m in matches}
    found: list[Match] = []
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in INDUSTRY_HEADS or ctx.tokens[i].pos != "NOUN":
            continue
        vague: list[int] = []
        sectors = 0
        for k in range(i - 1, max(-1, i - 1 - INDUSTRY_LIST_REACH), -1):
            token = ctx.tokens[k]
            if token.sent != ctx.tokens[i].sent:
                break
            if ctx.lemmas[k] in LIST_WORDS or token.text == "-":
                continue
            if k in starts and token.pos in ("ADJ", "NOUN"):
                # the tagger takes some sector adjectives for nouns ('металлургического')
                sectors += 1
            elif token.pos != "ADJ":
                break
            elif ctx.lemmas[k] in INDUSTRY_ADJECTIVES and not ctx.blocked[k]:
                vague.append(k)
        if sectors >= LISTED_SECTORS:
            found.extend(
                Match(INDUSTRY_ADJECTIVES[ctx.lemmas[k]], k, k + 1, ctx.lemmas[k]) for k in vague
            )
    return found


# 'Чувашия готова к поставкам нужного Узбекистану картофеля', 'будем поставлять зерно в
# Китай': the region's supplies offered to a foreign country are export promotion. A
# supply reported as a fact ('регион поставляет') is trade, and one from a country
# ('поставки из Китая') comes in.
SUPPLY_WORDS = frozenset({"поставка", "поставлять", "поставить"})
REPORTED = ("Pres", "Past")
SOURCE_MARK = "из"


def supplies_abroad(
    ctx: Ctx, matches: Sequence[Match], countries: Sequence[CountryMention]
) -> list[Match]:
    if any(m.label == "export_promotion" for m in matches):
        return []
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in SUPPLY_WORDS or ctx.blocked[k]:
            continue
        token = ctx.tokens[k]
        if token.pos == "VERB" and token.feat("Tense") in REPORTED:
            continue
        for country in countries:
            if country.code == HOME_COUNTRY or not country.is_name:
                continue
            if ctx.tokens[country.first].sent != token.sent:
                continue
            if country.first > 0 and ctx.lemmas[country.first - 1] == SOURCE_MARK:
                continue
            if ctx.tokens[country.first].feat("Case") in ("Dat", "Acc"):
                return [Match("export_promotion", k, k + 1, lemma)]
    return []
