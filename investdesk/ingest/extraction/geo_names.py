"""Places: the shape of a place's name (its nominative, its noun, its printed form)."""

from __future__ import annotations

import re

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, Token
from .context import Ctx
from .geo_mentions import CountryMention

GEO_NOUNS = frozenset(
    {
        "месторождение",
        "каньон",
        "район",
        "область",
        "край",
        "округ",
        "остров",
        "река",
        "озеро",
        "залив",
        "полуостров",
        "хребет",
        "море",
        "бухта",
        "долина",
        "поселок",
        "посёлок",
        "село",
        "республика",
        "федерация",
        "город",
        "провинция",
        "аймак",
        "штат",
        "улус",
        "станица",
        "деревня",
        "аул",
        "муниципалитет",
        "округа",
        "восток",
        "запад",
        "север",
        "юг",
    }
)


# 'ГОРОД, 1 янв – Агентство.' (a capitalised town, a date, an agency) opens many agency items
# also 'САНКТ‑ПЕТЕРБУРГ' (a non-breaking hyphen) and 'НИЖНИЙ НОВГОРОД' (two words)
DATELINE = re.compile(r"(?m)^([А-ЯЁ]{3,}(?:[-\u2011 ][А-ЯЁ]{2,})*),\s+\d{1,2}\s")


# the small words of a compound town name stay in lower case ('Ростов-на-Дону')
NAME_LINKS = frozenset({"на", "над", "под", "де", "ла", "эль", "ан", "об"})


def _title_case(name: str) -> str:
    """'РОСТОВ-НА-ДОНУ' -> 'Ростов-на-Дону', 'НИЖНИЙ НОВГОРОД' -> 'Нижний Новгород'."""
    parts = re.split(r"([-\u2011 ])", name.lower())
    words = [
        p if p in NAME_LINKS and 0 < i < len(parts) - 1 else p.capitalize()
        for i, p in enumerate(parts)
    ]
    return "".join(words).replace("\u2011", "-")


# 'Тайань района Дайюэ': a guessed adjective parse of a foreign name does not take the noun
ADJ_ENDINGS = (
    "ий",
    "ый",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ом",
    "ем",
    "ым",
    "им",
    "ых",
    "их",
    "ую",
    "юю",
    "ей",
    "ыми",
    "ими",
)


def _known_form(ctx: Ctx, surface: str, normal: str) -> str:
    """Map an unknown inflected place name onto a known or nominative-in-text form."""
    lexicon = ctx.lexicon
    if name_key(normal) in lexicon.region_index or name_key(normal) in lexicon.municipality_index:
        return normal
    if " " in surface or len(surface) < 5:
        return normal
    places = ctx.cache.get("known_places")
    if places is None:
        places = ctx.cache["known_places"] = _KnownPlaces(ctx)
    return places.first_match(surface) or normal


def _by_preference(name: str) -> tuple[int, str]:
    # longest first; names of one length in alphabetical order, so that the choice between
    # two of them does not depend on the process's string hashing
    return -len(name), name


class _KnownPlaces:
    """The places a printed form may map onto: the lexicon's inflectable places and the
    nominatives the tagger found in the text, then forms the tagger kept as printed. The
    first that matches (same stem, or the form with up to two more letters) wins, by
    ``_by_preference``; the lexicon's part is indexed once, not scanned for every form."""

    def __init__(self, ctx: Ctx) -> None:
        self.lexicon_names, stems = ctx.lexicon.inflectable_place_forms
        self.lexicon_by_stem = ctx.lexicon.inflectable_places_by_stem
        found: set[str] = set()
        printed: set[str] = set()
        for span in ctx.spans:
            head = ctx.tokens[span.last - 1]
            if span.type != "LOC" or span.last - span.first != 1:
                continue
            if head.feat("Case") == "Nom":
                if span.text[:-1] in stems and span.text not in self.lexicon_names:
                    continue  # 'Чанчуне' the tagger calls a nominative: the known 'Чанчунь' wins
                found.add(span.text)
            elif span.normal == span.text and head.pos == "PROPN":
                printed.add(span.text)  # 'в китайский Сиань': the tagger kept the printed form
        self.found = found - self.lexicon_names
        self.printed = {name for name in printed - found if name not in self.lexicon_names}

    def first_match(self, surface: str) -> str | None:
        stem = surface[:-1]
        shorter = [surface[: len(surface) - cut] for cut in (0, 1, 2)]
        shorter = [name for name in shorter if len(name) >= 4]
        known = [*self.lexicon_by_stem.get(stem, ())]
        known += [name for name in shorter if name in self.lexicon_names]
        known += [name for name in self.found if name[:-1] == stem or name in shorter]
        if known:
            return min(known, key=_by_preference)
        printed = [name for name in self.printed if name[:-1] == stem or name in shorter]
        return min(printed, key=_by_preference) if printed else None


def _adjective_of_other_noun(ctx: Ctx, span: NerSpan) -> bool:
    """A lone place adjective qualifying another noun is not a place name."""
    if span.last - span.first != 1 or span.last >= len(ctx.tokens):
        return False
    token, nxt = ctx.tokens[span.first], ctx.tokens[span.last]
    parses = morph.parses(token.text.lower())[:2]
    if not parses or not all(p.tag.POS == "ADJF" for p in parses):
        return False
    if any(s.type == "PER" and s.first == span.last for s in ctx.spans):
        return False  # 'мэр города Богатич Ненад ...': a town, then a name
    return nxt.pos in ("NOUN", "PROPN") and ctx.lemmas[span.last] not in GEO_NOUNS


def _adjective_town(ctx: Ctx, span: NerSpan, name: str) -> str:
    """A town named by an adjective alone ('в Волжском', 'палаты Волжского') is 'Волжский'."""
    if span.last - span.first != 1 or " " in name or "-" in name:
        return name
    token = ctx.tokens[span.first]
    if token.feat("Case") in ("Nom", None) or not name.endswith(("ого", "его", "ом", "ем")):
        return name
    parses = morph.parses(token.text.lower())[:2]
    if not parses or not all(p.tag.POS == "ADJF" and p.tag.gender != "femn" for p in parses):
        return name
    inflected = parses[0].inflect({"nomn", "masc", "sing"})
    return morph.recover_shape(inflected.word, token.text) if inflected is not None else name


# the gender a settlement's adjectival name takes from its noun ('в селе Никольском')
SETTLEMENT_GENDER = {
    "поселение": "neut",
    "село": "neut",
    "поселок": "masc",
    "посёлок": "masc",
    "хутор": "masc",
    "станица": "femn",
    "деревня": "femn",
}


# 'в селе Ефимцеве', 'в деревне Малинине': a village's -ово/-ево/-ино name in the locative
VILLAGE_LOCATIVES = ("ове", "еве", "ёве", "ине", "ыне")


def _settlement_adjective(ctx: Ctx, span: NerSpan) -> str | None:
    """'в поселении Марьинском' -> 'Марьинское', 'в станице Каневской' -> 'Каневская': an
    adjectival name after its settlement noun, in the nominative of the noun's gender."""
    if span.last - span.first != 1 or span.first == 0:
        return None
    noun, token = ctx.tokens[span.first - 1], ctx.tokens[span.first]
    gender = SETTLEMENT_GENDER.get(ctx.lemmas[span.first - 1])
    if gender is None or not noun.text.islower() or not token.text[:1].isupper():
        return None
    lowered = token.text.lower()
    if gender != "masc" and lowered.endswith(VILLAGE_LOCATIVES):
        return token.text[:-1] + "о"  # 'в селе Ефимцеве' -> 'Ефимцево'
    if not lowered.endswith(ADJ_ENDINGS):
        return None
    for parse in morph.parses(token.text.lower())[:3]:
        if parse.tag.POS != "ADJF":
            continue
        inflected = parse.inflect({"nomn", "sing", gender})
        if inflected is not None:
            return morph.recover_shape(inflected.word, token.text)
    # a name the dictionary reads as a surname ('Сосенском'): change the ending by hand
    return _nominative_adjective(token.text, gender)


# oblique case endings of an adjective, longest first
OBLIQUE_ADJ_ENDINGS = ("ого", "его", "ому", "ему", "ом", "ем", "ой", "ей", "ую", "юю")


def _nominative_adjective(word: str, gender: str) -> str | None:
    """'Сосенском' -> 'Сосенское' (neut), 'Верхнем' -> 'Верхний' (masc)."""
    for ending in OBLIQUE_ADJ_ENDINGS:
        if not word.lower().endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        last = stem[-1].lower()
        hushing = last in "шжчщ"
        soft = ending[0] in "ею" and not hushing and last != "ц"
        if gender == "masc":
            return stem + ("ий" if soft or hushing or last in "кгх" else "ый")
        if gender == "neut":
            return stem + ("ее" if soft or (hushing and ending[0] == "е") else "ое")
        return stem + ("яя" if soft else "ая")
    return None


def _extend(ctx: Ctx, span: NerSpan, name: str) -> str:
    tokens = ctx.tokens[span.first : span.last]
    adjectival = all(
        any(p.tag.POS == "ADJF" for p in morph.parses(t.text.lower())[:2]) for t in tokens
    ) and tokens[-1].text.lower().endswith(ADJ_ENDINGS)
    if not adjectival or span.last >= len(ctx.tokens):
        return name
    k = _noun_after(ctx, span.last)
    nxt = ctx.tokens[k]
    if ctx.lemmas[k] in GEO_NOUNS and nxt.text.islower():
        parse = morph.best_parse(nxt.text, nxt.pos, nxt.feats)
        gender = parse.tag.gender if parse is not None else None
        if nxt.feat("Number") == "Plur":
            # 'Елецким и Данковским муниципальными районами': one district each
            adjective = " ".join(_singular_adjective(t, gender) for t in tokens)
            return f"{adjective} {_singular(ctx.lemmas[k])}"
        noun = morph.to_nominative(nxt.text, nxt.pos, nxt.feats)
        words = [*tokens, *ctx.tokens[span.last : k]]
        adjective = " ".join(morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in words)
        return f"{adjective} {_singular(noun)}"
    # 'Сургутского (...) и Нефтеюганского районов': the noun is shared
    for other in ctx.spans:
        if other.type == "LOC" and other.first > span.last and other.first - span.last <= 12:
            k = other.last - 1
            if ctx.lemmas[k] not in GEO_NOUNS:
                k = _noun_after(ctx, other.last)
            last = ctx.tokens[k]
            if ctx.lemmas[k] in GEO_NOUNS and last.feat("Number") == "Plur":
                parse = morph.best_parse(last.text, last.pos, last.feats)
                gender = parse.tag.gender if parse is not None else None
                adjective = " ".join(_singular_adjective(t, gender) for t in tokens)
                return f"{adjective} {_singular(ctx.lemmas[k])}"
            break
    return name


def _noun_after(ctx: Ctx, k: int) -> int:
    """The index of a type noun after a name, past at most two kind adjectives
    ('Южно-Кисловского газоконденсатного месторождения'); ``k`` when there is none."""
    start = k
    if k >= len(ctx.tokens):
        return len(ctx.tokens) - 1
    while (
        k < len(ctx.tokens) - 1
        and k - start < 2
        and ctx.tokens[k].pos == "ADJ"
        and ctx.tokens[k].text.islower()
        and ctx.tokens[k + 1].text.islower()
    ):
        k += 1
    return k if ctx.lemmas[k] in GEO_NOUNS else start


def _singular_adjective(token: Token, gender: str | None) -> str:
    parse = morph.best_parse(token.text, "ADJ", token.feats)
    if parse is not None:
        wanted = {"nomn", "sing", gender} if gender else {"nomn", "sing"}
        inflected = parse.inflect(wanted)
        if inflected is not None:
            return morph.recover_shape(inflected.word, token.text)
    return morph.to_nominative(token.text, "ADJ", token.feats, gender)


def _place_end(
    ctx: Ctx, span: NerSpan, mentions: list[CountryMention], person_keys: set[str]
) -> int:
    """Where the place name ends: before a country named after it ('провинция Мазандаран
    Исламской Республики Иран') or a person glued to it ('города Сяньян Лэном Цзиньсуном').
    ``span.first`` when the span opens with a country's name (the mention names it)."""
    last = span.last
    for mention in mentions:
        if not mention.is_name or not span.first <= mention.first < span.last:
            continue
        if mention.first == span.first:
            return span.first
        if ctx.tokens[mention.first - 1].pos != "ADJ":
            last = mention.first  # not 'Латинской Америки'
            break
    while (
        last - 1 > span.first
        and name_key(ctx.tokens[last - 1].text)[:5] in person_keys
        and "Geox" not in morph.grammemes(ctx.tokens[last - 1].text)
    ):
        last -= 1  # not 'Республика Татарстан' beside a Mr Татаринов
    before = ctx.tokens[last - 2] if last - 2 >= span.first else None
    if (
        before is not None
        and ctx.lemmas[last - 1] in GEO_NOUNS
        and ctx.tokens[last - 1].text.islower()
        and before.text[:1].isupper()
        and not before.text.lower().endswith(ADJ_ENDINGS)
    ):
        last -= 1  # 'города Тайань района Дайюэ': the noun belongs to the next name
    return last


def _cut_normal(ctx: Ctx, span: NerSpan, first: int, last: int) -> str:
    words = span.normal.split(" ")
    if len(words) == span.last - span.first:
        return " ".join(words[first - span.first : last - span.first])
    return ctx.text[ctx.tokens[first].start : ctx.tokens[last - 1].stop]


def _glued_tail(ctx: Ctx, span: NerSpan, name: str) -> str:
    """'Чувашской Республики-полномочный представитель': the hyphen glues the next word."""
    token = ctx.tokens[span.last - 1]
    head, _, tail = token.text.rpartition("-")
    if not head or not tail.islower() or not head[:1].isupper() or tail in ("на", "де", "ла"):
        return name
    parse = morph.best_parse(head, token.pos, token.feats)
    gender = parse.tag.gender if parse is not None else None
    words = [
        morph.to_nominative(t.text, t.pos, t.feats, gender)
        for t in ctx.tokens[span.first : span.last - 1]
    ]
    return " ".join([*words, morph.to_nominative(head, token.pos, token.feats)])


def _singular(noun: str) -> str:
    options = [p for p in morph.parses(noun.lower()) if p.tag.POS == "NOUN"]
    if options:
        inflected = options[0].inflect({"nomn", "sing"})
        if inflected is not None:
            return inflected.word
    return noun


def _fix_plural_head(ctx: Ctx, span: NerSpan, name: str) -> str:
    tokens = ctx.tokens[span.first : span.last]
    if (
        len(tokens) >= 2
        and tokens[-1].feat("Number") == "Plur"
        and tokens[-2].pos == "ADJ"
        and (
            tokens[-2].feat("Number") == "Sing"
            # 'Ханты-Мансийским и Берёзовским районами': the second of two districts
            or (span.first > 0 and ctx.tokens[span.first - 1].text in ("и", ","))
        )
        and ctx.lemmas[span.last - 1] in GEO_NOUNS
    ):
        words = name.split(" ")
        words[-1] = _singular(ctx.lemmas[span.last - 1])
        return " ".join(words)
    return name


def _bracketed(ctx: Ctx, name: str) -> list[str]:
    """'Примечание: Кемеровская область (Кузбасс)' -> the name and its bracketed other name."""
    if ":" in name:
        name = name.rsplit(":", 1)[1].strip()
    if "(" not in name:
        return [name] if name else []
    head, _, inner = name.partition("(")
    inner = inner.split(")", 1)[0].strip(" ,")
    lexicon = ctx.lexicon
    key = name_key(inner)
    known = (
        key in lexicon.region_index
        or key in lexicon.municipality_index
        or key in lexicon.country_name_index
    )
    return [part for part in (head.strip(" ,"), inner if known else "") if part]
