"""Countries: where the text names a country, by name, adjective or one of its places."""

from __future__ import annotations

from dataclasses import dataclass

from investdesk.core.palladius import chinese_nominative, palladius_syllables

from .. import morph
from ..lexicon import name_key
from .context import Ctx

# 'долларов США', 'американских долларов', 'китайских юаней': a currency, not a party
CURRENCY = frozenset(
    {
        "доллар",
        "цент",
        "юань",
        "иена",
        "йена",
        "вона",
        "рупия",
        "лира",
        "фунт",
        "франк",
        "тенге",
        "сум",
        "сомони",
        "сом",
        "драм",
        "манат",
        "лари",
        "дирхам",
        "риал",
        "динар",
        "донг",
        "бат",
        "реал",
        "песо",
        "крона",
        "злотый",
        "форинт",
        "лев",
    }
)


@dataclass
class CountryMention:
    code: str
    first: int
    last: int
    is_name: bool  # 'Китай', 'КНР' (a place) versus 'китайский' (an attribute)
    city: bool = False  # a capital, a city or a province of the country ('Ташкент')
    printed: str = ""  # the place as the text names it, when it keeps a short name


def _currency(ctx: Ctx, first: int, last: int, is_name: bool) -> bool:
    if is_name:
        return first > 0 and ctx.lemmas[first - 1] in CURRENCY
    return last < len(ctx.tokens) and ctx.lemmas[last] in CURRENCY


def _in_address(ctx: Ctx, first: int) -> bool:
    """'ВЭБ.РФ', 'мойбизнес.рф': a name glued to a word by a dot is a domain, not a place."""
    start = ctx.tokens[first].start
    return start >= 2 and ctx.text[start - 1] == "." and ctx.text[start - 2].isalnum()


def _inside_person(ctx: Ctx, i: int) -> bool:
    """'секретаря компартии Лю Гана': a word of a person's name that reads as a country."""
    return any(
        s.type == "PER" and s.first <= i < s.last and s.last - s.first > 1 for s in ctx.spans
    )


def country_mentions(ctx: Ctx) -> list[CountryMention]:
    compiled = ctx.compiled
    found: list[CountryMention] = []
    n = len(ctx.tokens)
    i = 0
    while i < n:
        text, lemma = ctx.tokens[i].text, ctx.lemmas[i]
        code = compiled.country_abbr.get(text)
        if code:
            if not _currency(ctx, i, i + 1, True) and not _in_address(ctx, i):
                found.append(CountryMention(code, i, i + 1, True))
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1) if lemma in compiled.country_first else ():
            key = tuple(ctx.lemmas[i : i + size])
            code = compiled.country_names.get(key) if len(key) == size else None
            if code and ctx.tokens[i].text[:1].isupper():
                # 'Латинской Америке', 'Южной Америки': a part of the world, no country
                skip = (size == 1 and _world_part(ctx, i)) or _currency(ctx, i, i + size, True)
                skip = skip or (size == 1 and _inside_person(ctx, i))
                if not skip and not _in_foreign_place(ctx, i, code):
                    printed = compiled.country_printed.get(key, "")
                    if printed and not _as_printed(ctx.tokens[i].text, printed):
                        printed = ""  # 'Таиланда' is not the printed variant 'Тайланд'
                    found.append(CountryMention(code, i, i + size, True, printed=printed))
                i += size
                matched = True
                break
        if matched:
            continue
        place = compiled.country_places.get(lemma) or compiled.country_places.get(text.lower())
        if place is None and _chinese_word(text):
            place = "CN"  # 'компании «Хэнань Цзиньлун»', 'из Цзямусы': a Chinese name
        if place and text[:1].isupper():
            # 'в Ташкенте', 'провинции Хэйлунцзян': the place shows the country's side
            found.append(CountryMention(place, i, i + 1, False, city=True))
            i += 1
            continue
        for piece in (lemma, *lemma.split("-")) if "-" in lemma else (lemma,):
            stems = compiled.country_stems.get(piece[:3])
            if not stems:
                continue
            for stem, code in stems:
                if piece.startswith(stem):
                    if not _currency(ctx, i, i + 1, False):
                        found.append(CountryMention(code, i, i + 1, False))
                    break
        i += 1
    return found


# 'Латинская Америка', 'Южная Америка': a part of the world named after a country's name.
# Only 'Америка' names both; 'Южный Китай', 'Западная Украина' are parts of the country.
WORLD_PART_ADJECTIVES = frozenset({"латинский", "южный", "северный", "центральный"})


WORLD_PART_NAMES = frozenset({"америка"})


def _world_part(ctx: Ctx, index: int) -> bool:
    return (
        index > 0
        and ctx.lemmas[index] in WORLD_PART_NAMES
        and ctx.tokens[index - 1].text[:1].isupper()
        and ctx.lemmas[index - 1] in WORLD_PART_ADJECTIVES
    )


def _as_printed(word: str, printed: str) -> bool:
    """Whether the text spells the name as its printed variant (its stem, endings aside)."""
    first = printed.split()[0].lower().replace("ё", "е")
    stem = first[: max(3, len(first) - 2)]
    return word.lower().replace("ё", "е").startswith(stem)


def _in_foreign_place(ctx: Ctx, index: int, code: str) -> bool:
    """'Внутренняя Монголия': a country's name inside the name of another country's
    province (the province itself counts for its country among the places abroad)."""
    places = ctx.compiled.country_place_names
    for span in ctx.spans:
        if span.type == "LOC" and span.first < index < span.last:
            owner = places.get(name_key(span.normal)) or places.get(name_key(span.text))
            if owner and owner != code:
                return True
    return False


# Letter pairs Palladius writes and Russian words never have ('Цзилинь', 'Чжэцзян', 'Лунчэн')
PALLADIUS_MARKS = ("цз", "чж", "чэ", "шэ", "жэ", "цю", "сюн", "сюэ")


def _chinese_word(word: str) -> bool:
    """A capitalised word of two or more Palladius syllables, one of them only Chinese has,
    that the dictionary does not know: a Chinese place, company or person."""
    if not word[:1].isupper() or len(word) < 4:
        return False
    lowered = word.lower()
    if not any(mark in lowered for mark in PALLADIUS_MARKS):
        return False
    syllables = palladius_syllables(chinese_nominative(word) or word)  # 'с Ли Цзиньлуном'
    return bool(syllables) and len(syllables) >= 2 and not morph.known_word(word)
