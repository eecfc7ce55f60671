"""Which sector matches are not the sector of the news item: words of a purpose
('для ...'), of goods a facility handles, of names, titles and negations."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import name_key
from ..nlp import Token
from .context import Ctx
from .geo import CountryMention
from .geo_passing import MADE_AT_VERBS
from .phrases import Match
from .sector_additions import BUILD_WORDS
from .sector_rules import HOME_COUNTRY

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


# 'для перевалки рыбной продукции', 'хранение зерна': the goods a facility ships or
# stores, named after the handling, are its cargo too.
HANDLING_ACTIONS = frozenset(
    {"перевалка", "хранение", "погрузка", "выгрузка", "отгрузка", "складирование"}
)


QUANTITY_REACH = 4
UNIT_LENGTH = 3


def _quantity(text: str) -> bool:
    """A number or a short unit of a quantity ('25', 'тыс', '.', 'т', 'млн')."""
    return text[:1].isdigit() or text == "." or (text.isalpha() and len(text) <= UNIT_LENGTH)


def _after_handling(ctx: Ctx, first: int) -> bool:
    """The goods follow a handling noun, maybe past a quantity ('хранения 25 тыс. т'),
    and the handling is not one of the plant's own steps ('производство и отгрузка')."""
    k = first - 1
    while k >= 0 and first - k <= QUANTITY_REACH and _quantity(ctx.tokens[k].text):
        k -= 1
    if k < 0 or ctx.lemmas[k] not in HANDLING_ACTIONS:
        return False
    return k == 0 or ctx.tokens[k - 1].pos != "CCONJ"


def handled_goods(ctx: Ctx, match: Match) -> bool:
    if match.label == "logistics":
        return False
    if _after_handling(ctx, match.first):
        return True
    if match.last - match.first != 1:
        return False
    if ctx.tokens[match.first].pos != "ADJ" or match.last >= len(ctx.lemmas):
        return False
    return ctx.lemmas[match.last] in GOODS_HANDLERS


# 'построить завод и склады', 'разместить производство или склады': a plant's own
# storage is part of the plant, not a logistics business.
STORAGE_WORDS = frozenset({"склад", "складской", "хранилище"})
# also the premises a plant lists with its stores ('производственные, административные и
# складские помещения', 'построен цех, столовая, склад и другие производственные помещения')
PLANT_WORDS = frozenset(
    {
        "завод",
        "производство",
        "цех",
        "фабрика",
        "комбинат",
        "предприятие",
        "производственный",
        "административный",
    }
)
PLANT_REACH = 12


def plant_storage(ctx: Ctx, match: Match) -> bool:
    if match.label != "logistics" or ctx.lemmas[match.first] not in STORAGE_WORDS:
        return False
    # 'склады готовой продукции', 'помещения для готовой продукции': a works' own goods
    following = ctx.lemmas[match.last : match.last + 4]
    if any(
        a == "готовый" and b == "продукция" for a, b in zip(following, following[1:], strict=False)
    ):
        return True
    sent = ctx.tokens[match.first].sent
    before = range(match.first - 1, max(-1, match.first - 1 - PLANT_REACH), -1)
    after = range(match.last, min(len(ctx.tokens), match.last + PLANT_REACH))
    for side in (before, after):
        joined = False
        for k in side:
            token = ctx.tokens[k]
            if token.sent != sent or not (
                token.pos in ("NOUN", "ADJ", "CCONJ", "DET") or token.text == ","
            ):
                break
            joined = joined or token.pos == "CCONJ" or token.text == ","
            if ctx.lemmas[k] in PLANT_WORDS and joined:
                return True
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


def building_products(ctx: Ctx, match: Match) -> bool:
    if match.label != "construction":
        return False
    window = ctx.lemmas[max(0, match.first - PURPOSE_REACH) : match.first]
    if "для" not in window:
        return False
    k = max(0, match.first - PURPOSE_REACH) + window.index("для")
    return k > 0 and ctx.lemmas[k - 1] in PRODUCT_WORDS


REPORTED_EXPORT_VERBS = frozenset({"экспортировать", "экспортироваться"})


def export_flow(ctx: Ctx, match: Match) -> bool:
    """'экспорт из региона древесины', 'на экспортируемой из России электроэнергии': goods
    flowing out of a place are trade; promotion sends them to a market. 'Продукция
    компании экспортируется в 130 стран': exports reported as a fact are the company's
    background (as in trade_flows), 'будет экспортироваться' is the news."""
    if match.label != "export_promotion":
        return False
    if match.last < len(ctx.lemmas) and ctx.lemmas[match.last] == "из":
        return True
    if _reported_flow(ctx, match.first) or _into_russia(ctx, match):
        return True
    token = ctx.tokens[match.first]
    return (
        match.last - match.first == 1
        and ctx.lemmas[match.first] in REPORTED_EXPORT_VERBS
        and token.feat("Tense") in ("Pres", "Past")
        # 'поддержка компаний, экспортирующих продукцию': a participle names who is helped
        and token.feat("VerbForm") == "Fin"
    )


RUSSIA_WORDS = frozenset({"россия", "рф", "российский"})
INTO_REACH = 6


def _into_russia(ctx: Ctx, match: Match) -> bool:
    """'сербских компаний, экспортирующих продукцию на российский рынок': a foreign firm's
    exports into Russia are trade, not the region's export promotion."""
    sent = ctx.tokens[match.first].sent
    for k in range(match.last, min(len(ctx.tokens), match.last + INTO_REACH)):
        if ctx.tokens[k].sent != sent or ctx.lower[k] in ".;":
            return False
        if ctx.lower[k] in ("на", "в") and k + 1 < len(ctx.tokens):
            following = ctx.lemmas[k + 1 : k + 4]
            if following[:1] and following[0] in RUSSIA_WORDS:
                return True
            if following[:1] == ["рынок"] and set(following[1:]) & RUSSIA_WORDS:
                return True
    return False


def _reported_flow(ctx: Ctx, first: int) -> bool:
    """'пух, который идёт на экспорт', 'продукция уходила на экспорт': goods that go abroad
    as a fact of the trade ('будет поставляться на экспорт' is the news)."""
    if ctx.lemmas[first] != "экспорт" or first < 2 or ctx.lemmas[first - 1] != "на":
        return False
    verb = ctx.tokens[first - 2]
    return (
        verb.pos == "VERB"
        and verb.feat("VerbForm") == "Fin"
        and verb.feat("Tense") in ("Pres", "Past")
    )


def for_customers(ctx: Ctx, first: int) -> bool:
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


def foreign_mission(ctx: Ctx, match: Match, countries: Sequence[CountryMention]) -> bool:
    if match.label != "export_promotion":
        return False
    if not any(ctx.lemmas[i].startswith(MISSION_WORDS) for i in range(match.first, match.last)):
        # 'белорусский экспорт': a foreign country's exports come here, they promote
        # nothing of the region's ('экспорт в Китай' names a market and stays)
        return any(
            m.code != HOME_COUNTRY and m.last == match.first for m in countries
        ) or _other_regions(ctx, match.last)
    return any(
        m.code != HOME_COUNTRY
        and (
            _after_its_people(ctx, match.last, m.first)
            or m.last == match.first
            or _came_from(ctx, match.last, m.first)
        )
        for m in countries
    ) or _home_destination(ctx, match.last)


# 'Бизнес-миссия – с турецкого берега', 'бизнес-миссия из Турции': where the mission came from
ORIGIN_WORDS = frozenset({"из", "с", "со"})


def _came_from(ctx: Ctx, end: int, country_first: int) -> bool:
    k = end
    while k < country_first and ctx.tokens[k].text in ("–", "—", "-"):
        k += 1
    return k + 1 == country_first and ctx.lower[k] in ORIGIN_WORDS


# 'будет реализовываться на местном рынке и экспортироваться в другие регионы': goods sent
# to other Russian regions are no exports abroad
OTHER_REGION_WORDS = frozenset({"другой", "соседний"})
OTHER_REGIONS_REACH = 4


def _other_regions(ctx: Ctx, end: int) -> bool:
    sent = ctx.tokens[end - 1].sent
    for k in range(end, min(end + OTHER_REGIONS_REACH, len(ctx.tokens) - 1)):
        if ctx.tokens[k].sent != sent or ctx.tokens[k].text in ",.;:":
            return False
        if ctx.lemmas[k] in OTHER_REGION_WORDS and ctx.lemmas[k + 1] == "регион":
            return True
    return False


# 'бизнес-миссии предпринимателей Катара': the people of the mission between it and the country
MISSION_PEOPLE_GAP = 2


def _after_its_people(ctx: Ctx, end: int, country_first: int) -> bool:
    return end <= country_first <= end + MISSION_PEOPLE_GAP and all(
        ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feat("Case") == "Gen"
        for k in range(end, country_first)
    )


MISSION_DESTINATION_REACH = 4


def _home_destination(ctx: Ctx, end: int) -> bool:
    """'ответной бизнес-миссии делегации Удмуртии в Пермский край': a mission to another
    Russian region sells nothing abroad."""
    sent = ctx.tokens[end - 1].sent
    for k in range(end, min(end + MISSION_DESTINATION_REACH, len(ctx.tokens))):
        if ctx.tokens[k].sent != sent or ctx.tokens[k].text in ",.;:":
            return False
        if ctx.lower[k] in ("в", "во"):
            place = next((s for s in ctx.spans if s.type == "LOC" and s.first == k + 1), None)
            return place is not None and name_key(place.normal) in ctx.lexicon.region_index
    return False


# A sector word inside a place or person name ('в Шахтах', 'посёлок Угольный') is a name.
NAME_SPANS = frozenset({"LOC", "PER"})


def inside_names(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
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
        and (not ctx.is_sentence_start(match.first) or after_abbreviation(ctx, match.first))
        and (
            any(a <= match.first and match.last <= b for a, b in names)
            or _later_word_of_quoted_name(ctx, match.first)
            # 'в г. Минеральные Воды': every word of the phrase capitalised is a name
            or (
                match.last - match.first > 1
                and all(map(capitalised, range(match.first, match.last)))
            )
        )
    }


def _later_word_of_quoted_name(ctx: Ctx, k: int) -> bool:
    """'«Вега Логистика»': a capitalised word after other capitalised words that open a
    quoted name."""
    j = k - 1
    while j >= 0 and ctx.tokens[j].text[:1].isupper():
        j -= 1
    return j < k - 1 and j >= 0 and ctx.tokens[j].text in ("«", '"', "„")


def after_abbreviation(ctx: Ctx, k: int) -> bool:
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
# 'национальный проект «Международная кооперация и экспорт»': a national or federal
# project is a programme too; a plain 'проект «...»' is often the news's own project.
PROJECT_WORDS = frozenset({"проект"})
NATIONAL = frozenset({"национальный", "федеральный"})


def programme_titles(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    titles: list[tuple[int, int]] = []
    for quoted in ctx.quoted:
        sent = ctx.tokens[quoted.first].sent if quoted.first < len(ctx.tokens) else -1
        for k in range(quoted.first - 2, max(-1, quoted.first - 2 - PROGRAMME_REACH), -1):
            token = ctx.tokens[k]
            if token.sent != sent or token.pos not in ("NOUN", "ADJ", "PROPN"):
                break
            if ctx.lemmas[k] in PROGRAMME_WORDS or (
                ctx.lemmas[k] in PROJECT_WORDS and k > 0 and ctx.lemmas[k - 1] in NATIONAL
            ):
                titles.append((quoted.first, quoted.last))
                break
    return {
        n
        for n, match in enumerate(matches)
        if any(a <= match.first and match.last <= b for a, b in titles)
    }


# 'пришёл не за нефтью': a sector denied is not the subject.
NEGATION = "не"


def denied(ctx: Ctx, match: Match) -> bool:
    """'не нефть', 'не за нефтью' (but 'не только нефть' names it)."""
    k = match.first - 1
    if k >= 1 and ctx.tokens[k].pos == "ADP":
        k -= 1
    return (
        k >= 0 and ctx.lemmas[k] == NEGATION and ctx.tokens[k].sent == ctx.tokens[match.first].sent
    )


# 'перспективной с точки зрения логистики площадке': a point of view weighs the site, it
# names no field the item takes up
VIEWPOINT = ("точка", "зрение")


def viewpoint(ctx: Ctx, match: Match) -> bool:
    k = match.first
    return k >= 2 and tuple(ctx.lemmas[k - 2 : k]) == VIEWPOINT


# 'окорочный станок, изготовленный в Финляндии', 'линия производства Германии': machines a
# works bought abroad are its equipment, not a machine-building sector of the news
MADE_VERBS = MADE_AT_VERBS | {"произвести"}
MADE_REACH = 3
# 'На завод закуплено современное оборудование', 'будет использована сельскохозяйственная
# техника': the machines a works buys or uses are its equipment
EQUIPPING_VERBS = frozenset(
    {"закупить", "закупать", "приобрести", "приобретать", "купить", "использовать"}
)
EQUIPPING_REACH = 14


def works_equipment(ctx: Ctx, match: Match) -> bool:
    if match.label != "machine_building":
        return False
    sent = ctx.tokens[match.first].sent
    for j in range(match.first - 1, max(-1, match.first - 1 - EQUIPPING_REACH), -1):
        if ctx.tokens[j].sent != sent or ctx.tokens[j].text in ".;":
            break
        if ctx.lemmas[j] in EQUIPPING_VERBS and ctx.tokens[j].pos in ("VERB", "ADJ"):
            return True
        if ctx.tokens[j].pos in ("VERB", "AUX"):
            break  # another action governs the machines
    k = match.last + (match.last < len(ctx.tokens) and ctx.tokens[match.last].text == ",")
    end = min(k + MADE_REACH, len(ctx.tokens))
    if k < end and ctx.lemmas[k] == "производство" and ctx.span_starts_at(k + 1, "LOC"):
        return True
    for j in range(k, end):
        if ctx.tokens[j].sent != sent:
            return False
        if ctx.lemmas[j] in MADE_VERBS and ctx.tokens[j].pos in ("VERB", "ADJ"):
            return (
                j + 2 < len(ctx.tokens)
                and ctx.lower[j + 1] == "в"
                and ctx.span_starts_at(j + 2, "LOC")
            )
    return False


# 'После подписания стороны обменялись подарками - картинами и конфетами': what the sides
# gave each other names no field they take up
GIFT_WORDS = frozenset({"подарок", "подарить", "сувенир", "угостить", "угощение"})


def gift(ctx: Ctx, match: Match) -> bool:
    first, last = ctx.sentence_span(match.first)
    return bool(GIFT_WORDS & set(ctx.lemmas[first:last]))


# 'встреча прошла в зале отеля': a hotel that hosts a meeting is its venue.
HOTEL_WORDS = frozenset({"отель", "гостиница"})
VENUE_WORDS = frozenset({"зал", "конференц-зал", "ресторан", "холл", "лобби"})


def venue(ctx: Ctx, match: Match) -> bool:
    if match.label != "tourism" or ctx.lemmas[match.first] not in HOTEL_WORDS:
        return False
    return bool(VENUE_WORDS & set(ctx.lemmas[max(0, match.first - 2) : match.first]))


# 'ход строительства университета, а также отеля', 'занимается строительством торговых
# центров, отелей': a hotel listed among other buildings being built is a building site,
# construction by the DOMAIN convention; a hotel that is the project itself ('построит
# отель на 200 номеров') is tourism.
BUILT_HOTEL_REACH = 8


def built_hotel(ctx: Ctx, match: Match) -> bool:
    if match.label != "tourism" or ctx.lemmas[match.first] not in HOTEL_WORDS:
        return False
    sent = ctx.tokens[match.first].sent
    listed = False
    for k in range(match.first - 1, max(-1, match.first - 1 - BUILT_HOTEL_REACH), -1):
        if ctx.tokens[k].sent != sent or ctx.lemmas[k] in (".", ";", ":"):
            return False
        if ctx.lemmas[k] in BUILD_WORDS:
            return listed
        listed = listed or ctx.tokens[k].text == "," or ctx.tokens[k].pos == "CCONJ"
    return False


# 'обеспечит половину потребности энергетиков в оборудовании', 'для нужд аграриев': the
# industry whose needs a product meets is its customer (as 'для ...').
NEEDS_WORDS = frozenset({"потребность", "нужда", "спрос"})
NEEDS_REACH = 2


def needs_of(ctx: Ctx, match: Match) -> bool:
    sent = ctx.tokens[match.first].sent
    for k in range(match.first - 1, max(-1, match.first - 1 - NEEDS_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if ctx.lemmas[k] in NEEDS_WORDS:
            return ctx.tokens[match.first].feat("Case") == "Gen"
        if token.pos != "ADJ":
            return False
    return False


# 'продукция будет востребована в сельском хозяйстве', 'удобрения применяются в
# растениеводстве': the industry a product is used in is its customer (as 'для ...').
USE_VERBS = frozenset(
    {"востребовать", "востребованный", "применяться", "использоваться", "применять", "использовать"}
)
USE_REACH = 16


def used_in(ctx: Ctx, match: Match) -> bool:
    """The match follows 'востребована в' in its sentence, past adjectives and a list
    ('в строительстве, энергетике и сельском хозяйстве', 'особенно в тепличных комплексах')
    with no other verb between."""
    sent = ctx.tokens[match.first].sent
    for k in range(match.first - 1, max(0, match.first - 1 - USE_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent or token.pos in ("VERB", "AUX") and ctx.lemmas[k] not in USE_VERBS:
            return False
        if ctx.lower[k] in ("в", "во") and ctx.lemmas[k - 1] in USE_VERBS:
            return True
        if ctx.lemmas[k] in USE_VERBS and ctx.tokens[k + 1].feat("Case") == "Ins":
            return True  # 'будет востребована предприятиями нефтегазовой промышленности'
    return False


# 'на территории бывшего «Агроснаба»', 'на месте бывшего кирпичного завода': what a site
# used to be is its history, not the news's sector.
FORMER_WORDS = frozenset({"бывший", "прежний"})
FORMER_REACH = 3


def former_site(ctx: Ctx, match: Match) -> bool:
    return _cue_before(
        ctx,
        match.first,
        FORMER_WORDS,
        FORMER_REACH,
        lambda token: token.pos in ("ADJ", "PROPN", "PUNCT") and token.text not in ",.;:",
    )


def _cue_before(
    ctx: Ctx, first: int, cues: frozenset[str], reach: int, passable: Callable[[Token], bool]
) -> bool:
    """Whether one of ``cues`` stands at most ``reach`` tokens before ``first`` in its
    sentence, with only ``passable`` tokens between."""
    sent = ctx.tokens[first].sent
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if ctx.lemmas[k] in cues:
            return True
        if not passable(token):
            return False
    return False


def clipped_abbreviation(ctx: Ctx, match: Match) -> bool:
    """'КРСУ' read as a case of 'КРС', 'ТЭЦА' of 'ТЭЦ': an abbreviation printed in capitals
    has no case ending, so a lemma shorter than the word is a different abbreviation."""
    for k in range(match.first, match.last):
        text = ctx.tokens[k].text
        if text.isupper() and text.isalpha() and text.lower().replace("ё", "е") != ctx.lemmas[k]:
            return True
    return False


# 'литые алюминиевые радиаторы', 'завод алюминиевой банки', 'завод цинковых белил': a metal
# adjective that names what another product is made of is not the metal's own industry
METAL_ADJECTIVES = frozenset(
    {
        "алюминиевый",
        "цинковый",
        "титановый",
        "никелевый",
        "магниевый",
        "свинцовый",
        "оловянный",
        "медный",
    }
)
METAL_GOODS = frozenset(
    {
        "прокат",
        "сплав",
        "слиток",
        "лист",
        "профиль",
        "труба",
        "заготовка",
        "лом",
        "порошок",
        "продукция",
        "производство",
        "завод",
        "комбинат",
        "отрасль",
        "промышленность",
        "компания",
        "холдинг",
        "литьё",
        "литье",
        "фольга",
        "проволока",
        "катанка",
        "руда",
        "концентрат",
        "катод",
        "кластер",
        "металл",
        "предприятие",
    }
)


def made_of_metal(ctx: Ctx, match: Match) -> bool:
    if match.label != "metallurgy" or match.last - match.first != 1:
        return False
    if ctx.lemmas[match.first] not in METAL_ADJECTIVES:
        return False
    k = match.last
    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ":
        k += 1
    return k < len(ctx.tokens) and ctx.tokens[k].pos == "NOUN" and ctx.lemmas[k] not in METAL_GOODS


# What a deposit or a mine holds: 'месторождений золота, серебра и меди' lists ores, not metal
# works
DEPOSIT_WORDS = frozenset({"месторождение", "добыча", "запас", "руда", "рудник", "россыпь"})
DEPOSIT_REACH = 8


def mined_metal(ctx: Ctx, match: Match) -> bool:
    """'пять месторождений золота, серебра и меди', 'месторождений – золото, серебро, медь': a
    metal listed after a deposit word is the ore mined (mining), not metallurgy; so is a
    concentrate ('получают медный, свинцовый и цинковый концентраты'), what a mine's dressing
    works yields."""
    if match.label != "metallurgy" or match.last - match.first != 1:
        return False
    k = match.last
    while k < len(ctx.tokens) and (ctx.tokens[k].pos == "ADJ" or ctx.lower[k] in (",", "и")):
        k += 1
    if k < len(ctx.tokens) and ctx.lemmas[k] == "концентрат":
        return True
    return _cue_before(
        ctx,
        match.first,
        DEPOSIT_WORDS,
        DEPOSIT_REACH,
        lambda token: (
            token.pos in ("NOUN", "ADJ", "CCONJ") or token.text in (",", "–", "—", "-", ":")
        ),
    )


def infrastructure_of(ctx: Ctx, match: Match) -> bool:
    """'развитие инфраструктуры квалифицированных лабораторий': infrastructure that belongs to
    something named after it is that thing's, not building as a direction."""
    if match.label != "construction" or ctx.lemmas[match.last - 1] != "инфраструктура":
        return False
    k = match.last
    return (
        k < len(ctx.tokens)
        and ctx.tokens[k].pos in ("NOUN", "ADJ", "VERB")  # participles tag as verbs
        and ctx.tokens[k].feat("Case") == "Gen"
        and ctx.tokens[k].text.islower()
    )


# 'Аграрный колледж', 'нефтегазового университета': a school is named after the trade it
# teaches; the news takes up no sector by mentioning it
SCHOOL_WORDS = frozenset(
    {"колледж", "университет", "институт", "техникум", "академия", "училище", "лицей", "вуз"}
)


def school_name(ctx: Ctx, match: Match) -> bool:
    k = match.last
    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k < len(ctx.tokens) and ctx.lemmas[k] in SCHOOL_WORDS:
        return True
    # 'университета сельскохозяйственных наук': the trade in the genitive after the school
    k = match.first - 1
    while k >= 0 and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].feat("Case") == "Gen":
        k -= 1
    return (
        k >= 0
        and ctx.lemmas[k] in SCHOOL_WORDS
        and ctx.tokens[match.first].feat("Case") == "Gen"
        and (k == match.first - 1 or ctx.tokens[k + 1].feat("Case") == "Gen")
    )
