"""Places at the edges of an ORG span: territories NER took for bodies, and the owner,
host or country a body's name goes on to ('Верховного совета' + 'Энстана')."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from .context import Ctx
from .orgs import initials

# A capitalised adjective and one of these nouns is a territory, not a body
# ('Восточного аймака', 'Ховдского аймака'): NER tags some of them ORG.
TERRITORY_NOUNS = frozenset(
    {
        "аймак",
        "провинция",
        "уезд",
        "штат",
        "префектура",
        "улус",
        "марз",
        "марза",
        "вилоят",
        "вилайет",
    }
)
# the tagger's lemma of a word it does not know ('марза') -> the noun's nominative
TERRITORY_LEMMAS = {"марза": "марз"}
# A mission's name holds its host place ('Торговое представительство России в Индии');
# an association's or a chamber's holds its host country ('Ассоциация ... в России').
HOSTED_ANYWHERE = frozenset(
    {"представительство", "торгпредство", "посольство", "консульство", "генконсульство"}
)
HOSTED_IN_COUNTRY = frozenset({"ассоциация", "союз", "палата", "объединение"})


def territory(ctx: Ctx, first: int, last: int) -> str | None:
    """'Восточного аймака' -> 'Восточный аймак': capitalised adjectives before a territory
    noun name a place; returns its nominative, or None."""
    last = _before_country(ctx, first, last)
    head = ctx.lemmas[last - 1]
    if last - first < 2 or head not in TERRITORY_NOUNS or ctx.tokens[last - 1].text[:1].isupper():
        return None
    words = ctx.tokens[first : last - 1]
    if not all(t.text[:1].isupper() and (t.pos == "ADJ" or _adjectival(t.text)) for t in words):
        return None  # 'Администрацией Гегаркуникского марза' is the body, not the place
    parse = morph.best_parse(head, "NOUN", ())
    gender = parse.tag.gender if parse is not None else None
    adjectives = [morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in words]
    return " ".join([*adjectives, TERRITORY_LEMMAS.get(head, head)])


def _adjectival(word: str) -> bool:
    return word.lower().endswith(ADJECTIVE_ENDINGS)


ADJECTIVE_ENDINGS = ("ого", "ому", "ой", "ий", "ый", "ая", "ое", "ым", "ом", "их", "ых", "ую")


def _before_country(ctx: Ctx, first: int, last: int) -> int:
    """'Гегаркуникского марза Республики Армения': a territory followed by its country's name
    ends before the country."""
    countries = ctx.lexicon.country_name_index
    for k in range(first + 1, last - 1):
        if ctx.lemmas[k] in TERRITORY_NOUNS and ctx.tokens[k].text.islower():
            rest = ctx.text[ctx.tokens[k + 1].start : ctx.tokens[last - 1].stop]
            if name_key(rest) in countries or name_key(_nominative_country(rest)) in countries:
                return k + 1
    return last


def _nominative_country(name: str) -> str:
    """'Республики Армения' -> 'Республика Армения': the country's own name stays as printed."""
    words = name.split()
    if words and words[0].lower().startswith("республик"):
        words[0] = "Республика"
    return " ".join(words)


# A municipality printed short after its adjective: 'Энский ГО' (городской округ), 'Энское МО'
MUNICIPAL_ABBREVIATIONS = frozenset({"ГО", "МО", "МР", "ГП"})


def municipality_abbreviation(ctx: Ctx, first: int, last: int) -> bool:
    """'в Талицком ГО': capitalised adjectives and a municipality's abbreviation are a place."""
    if last - first < 2 or ctx.tokens[last - 1].text not in MUNICIPAL_ABBREVIATIONS:
        return False
    words = ctx.tokens[first : last - 1]
    # the tagger reads 'Талицком' as a proper noun: its ending tells the adjective
    return all(
        t.text[:1].isupper()
        and not t.text.isupper()
        and (t.pos == "ADJ" or t.text.endswith(_ADJECTIVE_ENDINGS))
        for t in words
    )


_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ого", "ому", "ом", "им", "ым", "ое", "ая", "ей")


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


# Compound words naming a kind of body ('Инвестагентство', 'Агрофонд', 'Экспортцентр',
# 'Госсовет')
_BODY_STEMS = ("агентств", "фонд", "палат", "корпораци", "центр", "совет")


def compound_body(ctx: Ctx, first: int, last: int) -> bool:
    """'Инвестагентстве' + 'Энской области': a one-word body of a compound kind word goes on
    to the region after it, as a body of several common words does."""
    text = ctx.tokens[first].text
    return (
        last - first == 1
        and not text.isupper()
        and any(stem in text.lower()[3:] for stem in _BODY_STEMS)
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
    """'МИД' + 'РФ', 'МЧС' + 'России': a body's acronym goes on to the country after it
    (or to the region in the genitive after it)."""
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
    if (
        key in ctx.lexicon.region_index
        and ctx.tokens[place.first].feat("Case") == "Gen"
        and ctx.tokens[place.first].text[:1].isupper()
        and ctx.lower[first] not in ctx.lexicon.word_set("generic_orgs")
    ):
        return place.last  # 'ТПП' + 'Курской области': a region's own body, by its acronym
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
    elif (
        last >= 2 and last < n and ctx.tokens[last - 2].text == "(" and ctx.tokens[last].text == ")"
    ):
        last -= 2  # 'Торгово-промышленная палата (ТПП': NER stopped before the closing bracket
    if last + 3 >= n or ctx.tokens[last].text != "(" or ctx.tokens[last + 2].text != ")":
        return None
    acronym = ctx.tokens[last + 1].text
    if not acronym.isupper() or initials(name) != acronym or len(name.split()) < 2:
        return None
    place = loc_by_first.get(last + 3)
    if place is None or ctx.tokens[place.first].feat("Case") != "Gen":
        return None
    key = name_key(place.normal)
    if key not in ctx.lexicon.region_index and key not in ctx.lexicon.country_name_index:
        return None  # 'Торгово-промышленная палата (ТПП) Монголии' is a country's
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
