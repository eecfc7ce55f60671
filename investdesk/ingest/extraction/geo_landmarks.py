"""Places whose printed name is not the place's name as it stands: a feature named by a
noun and a name in the genitive ('остров Свободы') or an adjective in the nominative
('остров Русский'), the two ends of a route
('Челябинск-Урумчи'), the first of two region adjectives sharing a plural noun."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan
from .context import Ctx
from .geo_names import ADJ_ENDINGS

FEATURE_NOUNS = frozenset({"остров", "полуостров", "мыс", "площадь", "бухта", "залив"})


def genitive_feature(ctx: Ctx, span: NerSpan) -> bool:
    """'между островом Свободы и ...', 'на площади Свободы': a one-word name in the genitive
    right after a lower-case feature noun keeps the noun ('Свобода' names nothing)."""
    k = span.first
    if span.last - k != 1 or k == 0 or ctx.lemmas[k - 1] not in FEATURE_NOUNS:
        return False
    noun, word = ctx.tokens[k - 1], ctx.tokens[k]
    if not noun.text.islower() or not word.text[:1].isupper():
        return False
    if word.text.lower().endswith(ADJ_ENDINGS):
        return False  # 'на острове Русском': an adjective agrees with its noun
    # the name stays in the genitive whatever the noun's case ('островом Свободы')
    return word.feat("Case") == "Gen" and noun.feat("Case") != "Gen"


ISLAND_NOUNS = frozenset({"остров", "полуостров", "мыс", "архипелаг"})


def _island_adjective(ctx: Ctx, span: NerSpan) -> bool:
    """'на острове Русский': an island named by an adjective kept in the nominative after its
    noun; the adjective alone ('Русский') names no place, so the noun stays."""
    if span.last - span.first != 1 or span.first == 0:
        return False
    noun, word = ctx.tokens[span.first - 1], ctx.tokens[span.first]
    return (
        ctx.lemmas[span.first - 1] in ISLAND_NOUNS
        and noun.text.islower()
        and word.text[:1].isupper()
        and word.text.lower().endswith(("ий", "ый", "ой"))
    )


# what a route's two ends follow: 'рейса Челябинск-Урумчи', 'трассы Тверь-Москва'
ROUTE_NOUNS = frozenset(
    {
        "рейс",
        "авиарейс",
        "маршрут",
        "трасса",
        "поезд",
        "линия",
        "сообщение",
        "направление",
        "перелет",
        "перевозка",
        "коридор",
        "магистраль",
    }
)


def route_ends(ctx: Ctx, span: NerSpan, name: str) -> list[str]:
    """'рейса Челябинск-Урумчи' -> both towns: two towns joined by a hyphen after a route's
    noun are its ends, not one place ('Орехово-Зуево' is a town the dictionary knows)."""
    if name.count("-") != 1 or " " in name or span.first == 0:
        return [name]
    if ctx.lemmas[span.first - 1] not in ROUTE_NOUNS or morph.known_word(name):
        return [name]
    lexicon = ctx.lexicon
    if name_key(name) in lexicon.municipality_index or name_key(name) in lexicon.region_index:
        return [name]
    halves = name.split("-")
    if all(
        half[:1].isupper()
        and (
            "Geox" in morph.grammemes(half)
            or name_key(half) in lexicon.municipality_index
            or name_key(half) in ctx.compiled.country_place_names
        )
        for half in halves
    ):
        return halves
    return [name]


# the nouns two regions' adjectives share, in the nominative plural: 'Омская и Томская
# области' (the tagger may read 'области' as a genitive singular)
SHARED_NOUNS = frozenset({"области", "края", "районы", "округа", "республики"})


def coordinated_region(ctx: Ctx, span: NerSpan, name: str) -> str:
    """'Омская и Томская области' -> 'Омская область' for the first adjective: its noun is
    printed once, in the plural, after the second (the nominative only, whose form is the
    name's)."""
    k = span.first
    if span.last - k != 1 or k + 3 >= len(ctx.tokens):
        return name
    word, joiner, second, noun = ctx.tokens[k : k + 4]
    if (
        joiner.text in ("и", ",")
        and word.text[:1].isupper()
        and word.text.endswith(("ая", "ий", "ый", "ой"))
        and word.feat("Case") in ("Nom", None)
        and second.text[:1].isupper()
        and second.text.endswith(("ая", "ий", "ый", "ой"))
        and noun.text.lower() in SHARED_NOUNS
    ):
        return f"{word.text} {ctx.lemmas[k + 3]}"
    return name
