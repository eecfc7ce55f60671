"""Which sector mentions are passing: rules that tell the subject of a news item from
the industries it names on the way (trade figures and flows, the guests' trades, ties
the sides already have, background lists of every sphere they share)."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .geo import CountryMention
from .phrases import Match

HOME_COUNTRY = "RU"

# Exports reported as trade figures ('товарооборот вырос, экспорт увеличился на 54 %',
# 'весь его объём складывается из нашего экспорта') are trade, not export promotion.
TRADE_FIGURES = frozenset(
    {
        "товарооборот",
        "объём",
        "объем",
        "доля",
        "категория",
        "структура",
        "номенклатура",
        "вырасти",
        "возрасти",
        "динамика",
        "увеличиться",
        "снизиться",
        "сократиться",
        "рост",
        "составить",
        "складываться",
    }
)
# 'основные категории экспорта включают ... машиностроительную, химическую продукцию':
# goods listed as what a country trades are not the sectors of the news.
TRADE_LISTS = frozenset({"категория", "структура", "номенклатура"})


# 'Край направляет в Узбекистан промышленные товары, минеральные удобрения ...',
# 'Республика продаёт хлопок': the goods a side sells to the other are trade, not the news.
TRADE_VERBS = frozenset(
    {"направлять", "продавать", "продать", "импортировать", "ввозить", "вывозить", "закупать"}
)
TRADE_GOODS = frozenset({"товар", "продукция", "сырьё", "сырье", "изделие"})
# 'Регион поставляет в страны Африки товары ...', 'экспортируются изделия': supplies
# reported as a fact are trade; 'будут поставлять', 'готовы поставлять' is the deal
REPORTED_TRADE_VERBS = frozenset({"поставлять", "экспортировать", "экспортироваться", "везти"})
REPORTED = ("Pres", "Past")


def _trade_verb(ctx: Ctx, k: int) -> bool:
    lemma = ctx.lemmas[k]
    if lemma in TRADE_VERBS:
        return True
    return lemma in REPORTED_TRADE_VERBS and ctx.tokens[k].feat("Tense") in REPORTED


def trade_flows(
    ctx: Ctx, matches: Sequence[Match], countries: Sequence[CountryMention]
) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, last = ctx.sentence_span(match.first)
        verbs = [k for k in range(first, match.first) if _trade_verb(ctx, k)]
        if not verbs:
            continue
        if not TRADE_GOODS & set(ctx.lemmas[first:last]):
            # 'направлять средства в ...': without goods only a reported flow between
            # places is trade ('экспортируют в Иран злаки', 'Из Республики везут фрукты')
            if all(ctx.lemmas[k] in TRADE_VERBS for k in verbs):
                continue
            words = set(ctx.lower[first:last])
            if not (any(first <= m.first < last for m in countries) or {"из", "в"} <= words):
                continue
        if any(first <= m.first < last for m in countries) or any(
            s.type == "LOC" and first <= s.first < last for s in ctx.spans
        ):
            dropped.add(n)
    return dropped


# 'Из-за границы ввозили каучук, электромашины': what a region brings in is trade, not
# the news's sector. Only the verbs: the noun is as often a partner's wish to buy from
# the region ('заинтересованность в импорте древесины') or a balance ('импорта и экспорта').
IMPORT_WORDS = frozenset(
    {"ввозить", "ввезти", "ввозиться", "импортировать", "импортироваться", "завозить", "завозиться"}
)


def imported_goods(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, _ = ctx.sentence_span(match.first)
        if IMPORT_WORDS & set(ctx.lemmas[first : match.first]):
            dropped.add(n)
    return dropped


def trade_figures(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """Indices of matches that only report trade: an export word (not a mission) in a
    sentence of trade figures, and the goods listed after 'категории экспорта'."""
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        if match.label != "export_promotion" or not ctx.lemmas[match.first].startswith("экспорт"):
            continue
        first, last = ctx.sentence_span(match.first)
        words = set(ctx.lemmas[first:last])
        if not words & TRADE_FIGURES:
            continue
        dropped.add(n)
        if words & TRADE_LISTS:
            for m, other in enumerate(matches):
                if match.last <= other.first < last:
                    dropped.add(m)
    return dropped


# A sentence that says who came ('в составе делегации - представители пищевой
# промышленности', 'прибыли бизнесмены, строители, энергетики') names the guests'
# trades, not what the sides take up.
ARRIVAL_VERBS = frozenset({"прибыть", "приехать", "прилететь"})
COMPOSITION_WORDS = frozenset({"состав", "войти"})
GUEST_NOUNS = frozenset({"представитель"})
# 'В церемонии приняли участие губернатор и представители энергетических компаний': the
# trades of those who attend are not the news's sector either.
ATTENDANCE_WORDS = frozenset({"участие", "присутствовать", "церемония", "гость"})
GUEST_REACH = 3


def guest_trades(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """Indices of matches that only describe who the guests are: in a sentence on a
    delegation's make-up or on an arrival, a people noun ('строители') or an industry
    after 'представители'."""
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, last = ctx.sentence_span(match.first)
        words = set(ctx.lemmas[first:last])
        composition = "делегация" in words and bool(words & COMPOSITION_WORDS)
        attendance = bool(words & ATTENDANCE_WORDS) and bool(
            GUEST_NOUNS & set(ctx.lemmas[max(first, match.first - GUEST_REACH) : match.first])
        )
        if not (composition or attendance or words & ARRIVAL_VERBS):
            continue
        token = ctx.tokens[match.first]
        people = token.pos == "NOUN" and token.feat("Animacy") == "Anim"
        guests = attendance or (
            composition and bool(GUEST_NOUNS & set(ctx.lemmas[first : match.first]))
        )
        if people or guests:
            dropped.add(n)
    return dropped


# 'взаимодействуют в самых разных сферах: промышленности, туризме, культуре': a list
# of every sphere the sides share is background, not what they take up.
VARIETY_WORDS = frozenset({"разный", "различный", "всевозможный", "многий"})
SPHERE_WORDS = frozenset({"сфера", "область", "отрасль", "направление"})
# 'представители различных отраслей - машиностроение, химия': a mission's members and the
# industries they come from are what it is about, not every sphere two sides share
MEMBER_WORDS = frozenset({"представитель", "компания", "предприятие", "участник", "бизнесмен"})


def generic_spheres(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, _ = ctx.sentence_span(match.first)
        lemmas = ctx.lemmas[first : match.first]
        if any(
            lemma in VARIETY_WORDS
            and k + 1 < len(lemmas)
            and lemmas[k + 1] in SPHERE_WORDS
            and not (k > 0 and lemmas[k - 1] in MEMBER_WORDS)
            for k, lemma in enumerate(lemmas)
        ) or _sphere_range(ctx, match.first, first):
            dropped.add(n)
    return dropped


# 'во всех отраслях - от сельского хозяйства до IT': a range of spheres spans the whole
# economy, it picks none of them.
RANGE_FROM, RANGE_TO = "от", "до"
RANGE_REACH = 4


def _sphere_range(ctx: Ctx, index: int, sentence_first: int) -> bool:
    """The match is one end of 'от X до Y' that follows a sphere word."""
    lemmas = ctx.lemmas
    for k in range(index - 1, max(sentence_first - 1, index - 1 - RANGE_REACH), -1):
        if lemmas[k] == RANGE_TO:
            # the far end: find the 'от' that opened the range
            index = k
            continue
        if lemmas[k] == RANGE_FROM:
            # 'до' must close the range after the near end
            if RANGE_TO not in lemmas[k + 1 : k + 1 + 2 * RANGE_REACH]:
                return False
            return bool(SPHERE_WORDS & set(lemmas[max(sentence_first, k - RANGE_REACH) : k]))
    return False


# 'подача порожних вагонов на терминал', 'поставка партии самолётов': vehicles that carry
# the goods or are bought are transport or trade, not machine building, unless the
# sentence has them made ('завод', 'выпуск', 'сборка', 'вагоностроение').
VEHICLES = frozenset({"вагон", "контейнер", "самолёт", "самолет", "автомобиль", "вертолёт"})
MAKING_WORDS = (
    "производ",
    "выпуск",
    "изготов",
    "сборк",
    "собира",
    "собрать",
    "завод",
    "локализ",
)
# inside a word: 'вагоностроение', 'машиностроитель' (not 'строительство', the works)
MAKING_PARTS = ("строен", "строител")


def _making(lemma: str) -> bool:
    return lemma.startswith(MAKING_WORDS) or any(part in lemma[3:] for part in MAKING_PARTS)


def vehicles_in_use(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """Indices of single-word vehicle matches ('вагонов', 'вагонов-хопперов') in a
    sentence that has nothing made."""
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        if match.label != "machine_building" or match.last - match.first != 1:
            continue
        if ctx.lemmas[match.first].split("-")[0] not in VEHICLES:
            continue
        first, last = ctx.sentence_span(match.first)
        if not any(_making(ctx.lemmas[k]) for k in range(first, last)):
            dropped.add(n)
    return dropped


# The name of an event ('IT-форум', 'агропромышленная выставка', 'симпозиум «Полимерная
# индустрия»') or of a zone or park ('ОЭЗ «Титановая долина»', 'индустриальный парк
# «Нефтехим»') is a title: its sector words modify the name, they are not the news's
# subject. A technopark's name is left alone: it says what the park does.
EVENT_WORDS = ("форум", "выставк", "конференц", "симпозиум", "фестивал", "конгресс", "сессия")
ZONE_WORDS = frozenset({"оэз", "зона", "тор", "промпарк", "парк", "индустриальный", "промышленный"})
# the opening mark and the two words before it
TITLE_REACH = 3


def event_names(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """A sector word that modifies an event noun: the tail of 'IT-форум', an adjective
    right before 'форум', 'выставка'."""
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        last = ctx.lemmas[match.last - 1]
        nxt = ctx.lemmas[match.last] if match.last < len(ctx.lemmas) else ""
        hyphened = "-" in last and last.split("-")[-1].startswith(EVENT_WORDS)
        if hyphened or (ctx.tokens[match.last - 1].pos == "ADJ" and nxt.startswith(EVENT_WORDS)):
            dropped.add(n)
    return dropped


# 'в рамках форума торгово-экономического сотрудничества и развития туризма': the
# genitive words after an event noun are its title.
TITLE_CHAIN = 8
EVENT_NOUNS = frozenset(
    {"форум", "выставка", "конференция", "симпозиум", "фестиваль", "конгресс", "саммит", "ярмарка"}
)


def event_titles(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    spans: list[tuple[int, int]] = []
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in EVENT_NOUNS:
            continue
        j = i + 1
        while j < len(ctx.tokens) and j - i <= TITLE_CHAIN:
            token = ctx.tokens[j]
            if token.sent != ctx.tokens[i].sent:
                break
            if token.pos in ("NOUN", "ADJ"):
                # the tagger leaves hyphenated adjectives without a case
                if token.feat("Case") not in ("Gen", None):
                    break
            elif not (token.pos == "CCONJ" or token.text == ","):
                break
            j += 1
        if j > i + 1:
            spans.append((i + 1, j))
    return {
        n
        for n, match in enumerate(matches)
        if any(a <= match.first and match.last <= b for a, b in spans)
    }


def quoted_titles(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """A sector word inside the quoted name of an event, a zone or an industrial park.
    After a colon the quotes are a list of items (a park's residents), not its name; quotes
    that run over a sentence end are someone's words ('"X ВЭФ станет ... Мы планируем
    ..."'), not a title."""
    spans: list[tuple[int, int]] = []
    for quoted in ctx.quoted:
        before = ctx.lemmas[max(0, quoted.first - TITLE_REACH) : quoted.first]
        if ":" in before or not quoted.length:
            continue
        if ctx.tokens[quoted.first].sent != ctx.tokens[quoted.last - 1].sent:
            continue
        if ZONE_WORDS & set(before) or any(lemma.startswith(EVENT_WORDS) for lemma in before):
            spans.append((quoted.first, quoted.last))
    return {
        n
        for n, match in enumerate(matches)
        if any(a <= match.first and match.last <= b for a, b in spans)
    }


# 'Основу экономики области составляет горнодобывающая промышленность', 'экономика
# республики специализируется на ...': what a place's economy rests on is its profile,
# not what the sides take up in the news.
ECONOMY_WORDS = frozenset({"экономика"})
PROFILE_WORDS = frozenset(
    {
        "основа",
        "база",
        "базироваться",
        "опираться",
        "специализироваться",
        "специализация",
        "костяк",
        "локомотив",
        "ведущий",
    }
)
PROFILE_REACH = 3


def economy_profiles(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, last = ctx.sentence_span(match.first)
        lemmas = ctx.lemmas[first:last]
        profile = any(
            lemma in ECONOMY_WORDS
            and PROFILE_WORDS & set(lemmas[max(0, k - PROFILE_REACH) : k + PROFILE_REACH + 1])
            for k, lemma in enumerate(lemmas)
        )
        if profile:
            dropped.add(n)
    return dropped


# 'Металлы комбината применяются в атомной технике, машиностроении': the industries a
# product goes to are its customers, not the sector of the news (as 'для ...').
USE_WORDS = frozenset({"применяться", "использоваться", "применение", "использование"})
USE_REACH = 12


def end_uses(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """A match in the list that follows 'применяются в', 'используются в'."""
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        sent = ctx.tokens[match.first].sent
        for k in range(match.first - 1, max(-1, match.first - 1 - USE_REACH), -1):
            token = ctx.tokens[k]
            if token.sent != sent or token.text in ".;:()":
                break
            if ctx.lemmas[k] in USE_WORDS:
                if k + 1 < match.first and ctx.lemmas[k + 1] == "в":
                    dropped.add(n)
                break
            if token.pos not in ("NOUN", "ADJ", "CCONJ", "PUNCT", "ADP", "ADV"):
                break
    return dropped


# 'Лидеры наших стран договорились расширять сотрудничество по нефти, газу ...': what
# the heads of state agreed is the frame of the visit, not what the region takes up.
LEADERS = frozenset({"лидер"})


def leaders_agenda(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, _ = ctx.sentence_span(match.first)
        if any(
            ctx.lemmas[k] in LEADERS and ctx.tokens[k].feat("Number") == "Plur"
            for k in range(first, match.first)
        ):
            dropped.add(n)
    return dropped


# 'мост, который должен снизить затраты на грузоперевозки', 'дорога, которая должна
# связать предприятия с месторождениями': what a project is meant to serve is its
# purpose, not its sector.
RELATIVE = frozenset({"который"})
MEANT = frozenset({"должен", "должный"})
MEANT_REACH = 3


def meant_effects(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, _ = ctx.sentence_span(match.first)
        lemmas = ctx.lemmas[first : match.first]
        if any(
            lemma in RELATIVE and MEANT & set(lemmas[k + 1 : k + 1 + MEANT_REACH])
            for k, lemma in enumerate(lemmas)
        ):
            dropped.add(n)
    return dropped
