"""What an ORG span of natasha's is not: datelines, venues, events, projects, products and
groups of people (outlets cited as sources are in ``org_outlets``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .context import Ctx
from .phrases import normal_word

# a legal regime named after its territory ('режим ТОР ...') is not an organisation
REGIME_WORDS = frozenset({"режим"})
# 'Свободный порт Владивосток': a legal regime over a territory, whoever runs it
REGIME_NAME = re.compile(r"^«?свободн\w+ порт", re.IGNORECASE)
# 'Иннопром-2024', 'Индра 2017': an event or an exercise with its year is not an organisation
_WITH_YEAR = re.compile(r"[\s\-–]*(?:19|20)\d\d\s*»?$")
# 'Беларус-320', 'К-744': a name with a model number is a product
_MODEL = re.compile(r"\w-\d{2,5}\s*»?$")
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
        # 'Японских энергетических компаний': several companies described, none named
        "компания",
        "предприятие",
        "фирма",
        "организация",
        "производитель",
    }
)


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
BUILT = frozenset(
    {"строительство", "возведение", "реконструкция", "сооружение", "достройка", "создание"}
)


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
    return (
        (quoted and phrase_ends_at(ctx, k, "not_org_venues"))
        or ctx.lemmas[k] in BUILT
        or _built_after_place(ctx, first, last)
        or _facility(ctx, first, last)
    )


# Places people visit, not bodies: a park, a museum, a church, a hospital ('посетил Парк Победы',
# 'в музее Сибири имени X'); an industrial park has its adjective before 'парк'
FACILITY_HEADS = frozenset(
    {
        "парк",
        "сквер",
        "музей",
        "храм",
        "собор",
        "мемориал",
        "кладбище",
        "монастырь",
        "памятник",
        "больница",
        "поликлиника",
        "госпиталь",
        "кремль",
        "усадьба",
    }
)


def _facility(ctx: Ctx, first: int, last: int) -> bool:
    """A span headed by a place people visit, or tagged right after one in lower case."""
    if (
        first > 0
        and ctx.tokens[first - 1].text.islower()
        and ctx.lemmas[first - 1] in FACILITY_HEADS
    ):
        # 'индустриального парка Заречный' is a body: a park with its kind's adjective
        return not (
            ctx.lemmas[first - 1] == "парк" and first > 1 and ctx.tokens[first - 2].pos == "ADJ"
        )
    k = first
    while k < last and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k == last or ctx.lemmas[k] not in FACILITY_HEADS:
        return False
    # 'Парк высоких технологий' is a body: a park named by what it does
    return ctx.lemmas[k] != "парк" or (
        k == first and (k + 1 == last or ctx.tokens[k + 1].pos != "ADJ")
    )


# Compound names of meeting formats end in the format ('Инвестчас', 'Агрофорум', 'Бизнес-завтрак'),
# in any case form; the prefix before it is at least four letters ('Сейчас' is no format)
_COMPOUND_EVENT = re.compile(
    r"^[а-яё]{4,}-?(?:час|форум|фест|завтрак|марафон|саммит)(?:ы|а|у|е|ом|ов|ам|ах|ами|и)?$"
)


def _compound_event(ctx: Ctx, first: int, last: int) -> bool:
    """A one-word name made of a prefix and an event word is that event's format."""
    return last - first == 1 and bool(_COMPOUND_EVENT.match(ctx.lower[first]))


# What is built and named like a company: a plant, a complex, a terminal ('на площадке
# ОЭЗ «X»' is where, and the zone stays a body)
_BUILT_HEADS = frozenset({"завод", "комбинат", "фабрика", "комплекс", "терминал"})


def _built_after_place(ctx: Ctx, first: int, last: int) -> bool:
    """'строительства на федеральных землях Тихоокеанского комбината': a plant, in the
    genitive after a building word and a prepositional phrase, is a project."""
    if ctx.tokens[first].feat("Case") != "Gen":
        return False
    if not set(ctx.lemmas[first:last]) & _BUILT_HEADS:
        return False
    k = first - 1
    while k >= 0 and first - k <= 3 and ctx.tokens[k].pos in ("ADJ", "NOUN"):
        if not ctx.tokens[k].text.islower():
            return False
        k -= 1
    return first - k > 1 and k >= 1 and ctx.tokens[k].pos == "ADP" and ctx.lemmas[k - 1] in BUILT


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
        if token.pos == "PROPN":
            return False  # 'Союза торговых палат': the head, capitalised, read as a name
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
    """The word before the name (past an opening quote) is a product noun; or the name goes on
    a list of names that opens after one ('автомобили Hyundai, Kia, Genesis и BMW')."""
    k = first - 1
    if k >= 0 and ctx.tokens[k].text in '«"':
        k -= 1
    while k >= 2 and ctx.lower[k] in (",", "и") and _listed_name(ctx, k - 1):
        k -= 1  # back over the earlier names of the list
        while k >= 1 and _listed_name(ctx, k) and _listed_name(ctx, k - 1):
            k -= 1
        k -= 1
    if k < 0 or not ctx.tokens[k].text.islower():
        return False
    products = ctx.lexicon.word_set("not_org_products")
    return ctx.lemmas[k] in products or (
        k > 0 and f"{ctx.lemmas[k - 1]} {ctx.lemmas[k]}" in products
    )


def _listed_name(ctx: Ctx, k: int) -> bool:
    """A capitalised word of a listed name (a brand), not a sentence's first word."""
    text = ctx.tokens[k].text
    return text[:1].isupper() and not ctx.is_sentence_start(k)


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


def _dateline(ctx: Ctx, first: int, last: int) -> bool:
    """'БИРОБИДЖАН, 17 июня': a capitalised place opening a line before a comma."""
    token = ctx.tokens[first]
    if last - first != 1 or not token.text.isupper() or len(token.text) < 4:
        return False
    line_start = ctx.text.rfind("\n", 0, token.start) + 1
    after = ctx.tokens[last].text if last < len(ctx.tokens) else ""
    return not ctx.text[line_start : token.start].strip() and after == ","


# A month in a dateline set in capitals ('10 МАРТА, 2021') is tagged as a name
_MONTH_NAME = re.compile(
    r"^(?:январ[ьяюе]|феврал[ьяюе]|март[ауе]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]"
    r"|август[ауе]?|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])$",
    re.I,
)
# 'в формате ВКС', 'в формате «X»': a format of a meeting is no body
FORMAT_WORDS = frozenset({"формат"})


def _month_name(ctx: Ctx, first: int, last: int) -> bool:
    return last - first == 1 and bool(_MONTH_NAME.match(ctx.tokens[first].text))


def _country_name(ctx: Ctx, key: str) -> bool:
    return key in ctx.lexicon.country_name_index


# Type nouns that name no one on their own: 'Аньхойская компания' is a company of Anhui
_BARE_KIND_NOUNS = frozenset({"компания", "предприятие", "фирма", "производитель", "завод"})


def place_adjective_kind(ctx: Ctx, first: int, last: int) -> bool:
    """'Аньхойскую компанию', 'Китайская компания': a place's or country's adjective and a bare
    type noun describe a company without naming it."""
    if last - first != 2 or ctx.lemmas[first + 1] not in _BARE_KIND_NOUNS:
        return False
    adjective, noun = ctx.tokens[first], ctx.tokens[first + 1]
    if adjective.pos != "ADJ" or not noun.text.islower():
        return False
    stem = adjective.text.lower()[:5]
    if len(stem) < 5:
        return False
    places = (w.lower() for s in ctx.spans if s.type == "LOC" for w in s.text.split())
    if any(w.startswith(stem) for w in places):
        return True
    return any(
        stem.startswith(st[:5]) for c in ctx.lexicon.countries for st in c.stems if len(st) >= 5
    )
