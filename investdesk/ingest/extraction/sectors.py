"""Directions of the sector taxonomy from keyword lemmas."""

from __future__ import annotations

from collections.abc import Sequence

from .. import morph
from .context import Ctx
from .geo import CountryMention
from .phrases import Match, PhraseMatcher
from .sector_rules import (
    HOME_COUNTRY,
    economy_profiles,
    end_uses,
    event_names,
    event_titles,
    existing_ties,
    generic_spheres,
    guest_trades,
    imported_goods,
    leaders_agenda,
    meant_effects,
    quoted_titles,
    trade_figures,
    trade_flows,
    vehicles_in_use,
)

# A ministry's or department's portfolio names a sector without being about it
# ('министр энергетики', 'департамент промышленности').
PORTFOLIO_HEADS = frozenset(
    {
        "министр",
        "замминистра",
        "министерство",
        "минэнерго",
        "департамент",
        "комитет",
        "управление",
        "агентство",
        "ведомство",
    }
)
# Purpose phrases describe customers, not the sector ('для оптической промышленности').
PURPOSE = frozenset({"для"})
# A mission is export promotion when the region sends it; a foreign country's mission
# (the country named right before or after the mission) comes to sell or invest here.
MISSION_WORDS = ("бизнес-мисси", "миссия")


# How far back a list after 'для' may start ('для молока и соков, бытовых и
# фармацевтических товаров').
PURPOSE_REACH = 8
# Facilities that store, ship or carry what follows 'для' ('хаб для сжиженного газа',
# 'терминал для зерна'): the goods are their business, not their customers.
HANDLING_FACILITIES = (
    "хаб",
    "терминал",
    "хранилищ",
    "склад",
    "порт",
    "причал",
    "элеватор",
    "резервуар",
    "трубопровод",
    "газопровод",
    "нефтепровод",
    "танкер",
    "газовоз",
)


# 'зерновой терминал', 'угольный причал': the goods a terminal handles make it logistics,
# not a sector of its own.
GOODS_HANDLERS = frozenset({"терминал", "причал", "хаб", "склад", "хранилище", "перевалка"})


def _handled_goods(ctx: Ctx, match: Match) -> bool:
    if match.label == "logistics" or match.last - match.first != 1:
        return False
    if ctx.tokens[match.first].pos != "ADJ" or match.last >= len(ctx.lemmas):
        return False
    return ctx.lemmas[match.last] in GOODS_HANDLERS


# 'построить завод и склады', 'разместить производство или склады': a plant's own
# storage is part of the plant, not a logistics business.
STORAGE_WORDS = frozenset({"склад", "складской", "хранилище"})
PLANT_WORDS = frozenset({"завод", "производство", "цех", "фабрика", "комбинат", "предприятие"})
PLANT_REACH = 4


def _plant_storage(ctx: Ctx, match: Match) -> bool:
    if match.label != "logistics" or ctx.lemmas[match.first] not in STORAGE_WORDS:
        return False
    sent = ctx.tokens[match.first].sent
    for k in range(match.first - 1, max(-1, match.first - 1 - PLANT_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent or token.pos not in ("NOUN", "ADJ", "CCONJ"):
            return False
        if ctx.lemmas[k] in PLANT_WORDS:
            return any(ctx.tokens[j].pos == "CCONJ" for j in range(k + 1, match.first))
    return False


# 'центр для поставок сельхозпродукции', 'цех для переработки зерна': an action after
# 'для' says what the place does with the goods, not who its customers are.
PURPOSE_ACTIONS = frozenset(
    {
        "поставка",
        "производство",
        "выпуск",
        "изготовление",
        "переработка",
        "хранение",
        "выращивание",
        "добыча",
        "транспортировка",
        "перевалка",
        "экспорт",
        "сбыт",
    }
)


# 'продукция для строительной отрасли': what is made for building is building materials,
# construction by the DOMAIN convention, not a customer.
PRODUCT_WORDS = frozenset({"продукция", "материал", "изделие", "товар", "конструкция"})


def _building_products(ctx: Ctx, match: Match) -> bool:
    if match.label != "construction":
        return False
    window = ctx.lemmas[max(0, match.first - PURPOSE_REACH) : match.first]
    if "для" not in window:
        return False
    k = max(0, match.first - PURPOSE_REACH) + window.index("для")
    return k > 0 and ctx.lemmas[k - 1] in PRODUCT_WORDS


def _export_flow(ctx: Ctx, match: Match) -> bool:
    """'экспорт из региона древесины', 'на экспортируемой из России электроэнергии': goods
    flowing out of a place are trade; promotion sends them to a market."""
    return (
        match.label == "export_promotion"
        and match.last < len(ctx.lemmas)
        and ctx.lemmas[match.last] == "из"
    )


def _for_customers(ctx: Ctx, first: int) -> bool:
    """The match is in a list of what a product is for, opened by 'для'."""
    sent = ctx.tokens[first].sent
    for k in range(first - 1, max(-1, first - 1 - PURPOSE_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if ctx.lemmas[k] in PURPOSE_ACTIONS:
            return False
        if ctx.lemmas[k] in PURPOSE:
            # 'терминал для сжиженного газа': a facility for goods handles them
            return k == 0 or not ctx.lemmas[k - 1].startswith(HANDLING_FACILITIES)
        if token.pos not in ("NOUN", "ADJ", "CCONJ", "PUNCT") or token.text in ".;:()":
            return False
    return False


def _foreign_mission(ctx: Ctx, match: Match, countries: Sequence[CountryMention]) -> bool:
    if match.label != "export_promotion" or not any(
        ctx.lemmas[i].startswith(MISSION_WORDS) for i in range(match.first, match.last)
    ):
        return False
    return any(
        m.code != HOME_COUNTRY and (m.first == match.last or m.last == match.first)
        for m in countries
    )


# Nouns that name a sector only as an item of a list of sectors ('в сфере сельского
# хозяйства, строительства и логистики'); alone they are a project's works
# ('строительство завода') or its roads and pipes.
LIST_SECTORS = {"строительство": "construction", "инфраструктура": "construction"}
LIST_REACH = 3


def _listed_spheres(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
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
            if any(ctx.lower[k] in (",", "и") for k in between):
                found.append(Match(label, i, i + 1, lemma))
                break
    return found


# 'переработка картофеля в крахмал', 'перерабатывать зерно': a crop processed is food.
PROCESSING = frozenset({"переработка", "перерабатывать", "переработать", "перерабатывающий"})


def _processed_crop(ctx: Ctx, match: Match) -> Match:
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


def _generic_deposits(matches: list[Match]) -> list[Match]:
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


def block_portfolios(ctx: Ctx) -> None:
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in PORTFOLIO_HEADS:
            continue
        j = i + 1
        while j < len(ctx.tokens) and j - i <= 5:
            token = ctx.tokens[j]
            if token.pos not in ("NOUN", "ADJ", "CCONJ") or token.feat("Case") not in (
                "Gen",
                None,
            ):
                break
            ctx.blocked[j] = True
            j += 1


# A sector word inside a place or person name ('в Шахтах', 'посёлок Угольный') is a name.
NAME_SPANS = frozenset({"LOC", "PER"})


def _inside_names(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    names = [(s.first, s.last) for s in ctx.spans if s.type in NAME_SPANS]

    def capitalised(k: int) -> bool:
        text = ctx.tokens[k].text
        return text[:1].isupper() and not text.isupper()

    return {
        n
        for n, match in enumerate(matches)
        # a capital the sentence does not explain; the tagger also spans 'Бизнес-миссия
        # области' at a sentence start
        if capitalised(match.first)
        and (not ctx.is_sentence_start(match.first) or _after_abbreviation(ctx, match.first))
        and (
            any(a <= match.first and match.last <= b for a, b in names)
            # 'в г. Минеральные Воды': every word of the phrase capitalised is a name
            or (
                match.last - match.first > 1
                and all(map(capitalised, range(match.first, match.last)))
            )
        )
    }


def _after_abbreviation(ctx: Ctx, k: int) -> bool:
    """'в г. Минеральные Воды': the full stop before the word ends an abbreviation."""
    return (
        k >= 2
        and ctx.tokens[k - 1].text == "."
        and ctx.tokens[k - 2].text.islower()
        and len(ctx.tokens[k - 2].text) <= 3
    )


# A programme or strategy is named for its portfolio ('госпрограмма «Развитие
# промышленности и туризма»'): its title says nothing of what the news is about.
PROGRAMME_WORDS = frozenset(
    {"программа", "госпрограмма", "подпрограмма", "стратегия", "концепция", "нацпроект"}
)
PROGRAMME_REACH = 6


def _programme_titles(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    titles: list[tuple[int, int]] = []
    for quoted in ctx.quoted:
        sent = ctx.tokens[quoted.first].sent if quoted.first < len(ctx.tokens) else -1
        for k in range(quoted.first - 2, max(-1, quoted.first - 2 - PROGRAMME_REACH), -1):
            token = ctx.tokens[k]
            if token.sent != sent or token.pos not in ("NOUN", "ADJ", "PROPN"):
                break
            if ctx.lemmas[k] in PROGRAMME_WORDS:
                titles.append((quoted.first, quoted.last))
                break
    return {
        n
        for n, match in enumerate(matches)
        if any(a <= match.first and match.last <= b for a, b in titles)
    }


# 'пришёл не за нефтью': a sector denied is not the subject.
NEGATION = "не"


def _denied(ctx: Ctx, match: Match) -> bool:
    """'не нефть', 'не за нефтью' (but 'не только нефть' names it)."""
    k = match.first - 1
    if k >= 1 and ctx.tokens[k].pos == "ADP":
        k -= 1
    return (
        k >= 0 and ctx.lemmas[k] == NEGATION and ctx.tokens[k].sent == ctx.tokens[match.first].sent
    )


# 'встреча прошла в зале отеля': a hotel that hosts a meeting is its venue.
HOTEL_WORDS = frozenset({"отель", "гостиница"})
VENUE_WORDS = frozenset({"зал", "конференц-зал", "ресторан", "холл", "лобби"})


def _venue(ctx: Ctx, match: Match) -> bool:
    if match.label != "tourism" or ctx.lemmas[match.first] not in HOTEL_WORDS:
        return False
    return bool(VENUE_WORDS & set(ctx.lemmas[max(0, match.first - 2) : match.first]))


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


def _built_objects(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
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


def _word_forms(ctx: Ctx) -> list[str]:
    return [t.text.lower().replace("ё", "е") for t in ctx.tokens]


def _lemma_or_form_matches(
    ctx: Ctx, matcher: PhraseMatcher, blocked: Sequence[bool] | None
) -> list[Match]:
    """Matches on the lemmas, and on the word forms where the tagger's lemma went wrong
    ('сжиженного' lemmatised as a verb no phrase names): a stem that fits the printed
    word is as good a cue as one that fits its lemma."""
    matches = matcher.find(ctx.lemmas, blocked)
    seen = {(m.label, m.first, m.last) for m in matches}
    for match in matcher.find(_word_forms(ctx), blocked):
        if (match.label, match.first, match.last) not in seen:
            seen.add((match.label, match.first, match.last))
            matches.append(match)
    return matches


# A company's name tells its trade ('Минский тракторный завод', 'Дальневосточная
# судоверфь'), so its words count although the name is blocked for other fields. Not the
# names of bodies whose trade is a portfolio or a cause ('Министерство сельского
# хозяйства', 'Фонд развития промышленности', 'Союз машиностроителей'), nor capitals-only
# brands ('АГРОЭКО'), whose stems are a guess.
NOT_TRADE_NAMES = frozenset(
    {
        "правительство",
        "администрация",
        "фонд",
        "союз",
        "ассоциация",
        "палата",
        "университет",
        "институт",
        "центр",
        "совет",
        "банк",
        "дума",
        "собрание",
        "служба",
        "форум",
        "развитие",
    }
)


ABBREVIATION = 4


def _trade_names_open(ctx: Ctx) -> list[bool]:
    blocked = list(ctx.blocked)
    for mention in ctx.mentions:
        if mention.type != "organization":
            continue
        first, last = ctx.token_range(mention.start, mention.end)
        words = set(ctx.lemmas[first:last])
        if words & NOT_TRADE_NAMES or words & PORTFOLIO_HEADS:
            continue
        for k in range(first, last):
            text = ctx.tokens[k].text
            # an abbreviation of a kind ('ТЛК', 'НПЗ', 'ГОК') says the trade; a longer
            # capitals-only word is a brand
            if (not text.isupper() or len(text) <= ABBREVIATION) and not _coined(ctx, k):
                blocked[k] = False
    return blocked


def _coined(ctx: Ctx, k: int) -> bool:
    """A capitalised word no dictionary knows ('Агромит', 'АгроГриб'): a brand coined from
    a stem, whose trade is a guess (as for capitals-only brands)."""
    text = ctx.tokens[k].text
    return (
        text[:1].isupper()
        and not text.isupper()
        and text.isalpha()
        and not morph.analyzer().word_is_known(text.lower())
    )


# The builder of a project ('застройщик аквапарка', 'совместно со строительной
# корпорацией' on a transport corridor) is a contractor: when the news has another
# sector, the builder's trade is not one more.
BUILDER_WORDS = frozenset(
    {"застройщик", "девелопер", "подрядчик", "генподрядчик", "генподрядный", "строитель"}
)
BUILDER_HEADS = frozenset({"компания", "корпорация", "фирма", "организация", "холдинг", "группа"})


def _builder_only(ctx: Ctx, matches: Sequence[Match]) -> list[Match]:
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


def find_sectors(ctx: Ctx, countries: Sequence[CountryMention] = ()) -> list[Match]:
    matches = _lemma_or_form_matches(ctx, ctx.compiled.sectors, _trade_names_open(ctx))
    excludes = _lemma_or_form_matches(ctx, ctx.compiled.sector_excludes, None)
    kept = []
    trade = (
        trade_figures(ctx, matches)
        | guest_trades(ctx, matches)
        | existing_ties(ctx, matches)
        | _inside_names(ctx, matches)
        | trade_flows(ctx, matches, countries)
        | _programme_titles(ctx, matches)
        | imported_goods(ctx, matches)
        | generic_spheres(ctx, matches)
        | vehicles_in_use(ctx, matches)
        | event_names(ctx, matches)
        | quoted_titles(ctx, matches)
        | economy_profiles(ctx, matches)
        | end_uses(ctx, matches)
        | event_titles(ctx, matches)
        | leaders_agenda(ctx, matches)
        | meant_effects(ctx, matches)
    )
    for n, match in enumerate(matches):
        if n in trade:
            continue
        if any(
            e.label == match.label and e.first < match.last and match.first < e.last
            for e in excludes
        ):
            continue
        if _for_customers(ctx, match.first) and not _building_products(ctx, match):
            continue
        if _foreign_mission(ctx, match, countries):
            continue
        if _handled_goods(ctx, match) or _plant_storage(ctx, match):
            continue
        if _export_flow(ctx, match):
            continue
        if (
            match.last - match.first == 1
            and _coined(ctx, match.first)
            and not ctx.is_sentence_start(match.first)
        ):
            continue
        if _denied(ctx, match) or _venue(ctx, match):
            continue
        kept.append(match)
    kept = [_processed_crop(ctx, m) for m in kept]
    kept = _generic_deposits(kept)
    kept = _builder_only(ctx, kept)
    kept.extend(_listed_spheres(ctx, kept))
    kept.extend(_built_objects(ctx, kept))
    for match in kept:
        start = ctx.tokens[match.first].start
        end = ctx.tokens[match.last - 1].stop
        ctx.add("sector", start, end, match.label)
    return sorted(kept, key=lambda m: m.first)


def sector_codes(matches: list[Match]) -> list[str]:
    codes: list[str] = []
    for match in matches:
        if match.label not in codes:
            codes.append(match.label)
    return codes
