"""Places and counterparty countries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan
from .context import Ctx
from .org_ner import territory

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
DATELINE = re.compile(r"(?m)^([А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})*),\s+\d{1,2}\s")


PASSING = frozenset({"санкция", "санкционный", "против", "кроме"})


@dataclass
class CountryMention:
    code: str
    first: int
    last: int
    is_name: bool  # 'Китай', 'КНР' (a place) versus 'китайский' (an attribute)
    city: bool = False  # a capital, a city or a province of the country ('Ташкент')


def country_mentions(ctx: Ctx) -> list[CountryMention]:
    compiled = ctx.compiled
    found: list[CountryMention] = []
    n = len(ctx.tokens)
    i = 0
    while i < n:
        text, lemma = ctx.tokens[i].text, ctx.lemmas[i]
        code = compiled.country_abbr.get(text)
        if code:
            found.append(CountryMention(code, i, i + 1, True))
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1) if lemma in compiled.country_first else ():
            key = tuple(ctx.lemmas[i : i + size])
            code = compiled.country_names.get(key) if len(key) == size else None
            if code and ctx.tokens[i].text[:1].isupper():
                found.append(CountryMention(code, i, i + size, True))
                i += size
                matched = True
                break
        if matched:
            continue
        place = compiled.country_places.get(lemma) or compiled.country_places.get(text.lower())
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
                    found.append(CountryMention(code, i, i + 1, False))
                    break
        i += 1
    return found


# So many countries in one enumeration are a list (a tour of ambassadors, an export
# geography), not the parties of the event.
LONG_LIST = 4
LIST_JOINERS = frozenset({"и", "а", "также", "-"})
LIST_MARKS = frozenset({",", "`", "'", "’"})


def _enumerated(ctx: Ctx, mentions: list[CountryMention]) -> set[int]:
    """Indices of mentions in an enumeration of LONG_LIST or more countries."""
    runs: list[list[int]] = []
    for index, mention in enumerate(mentions):
        if runs:
            previous = mentions[runs[-1][-1]]
            between = ctx.tokens[previous.last : mention.first]
            # a country the lexicon lacks may stand in the list ('..., Ботсване, Мьянме'),
            # its name split by an apostrophe (Côte d'Ivoire in Russian) into several tokens
            words = sum(1 for t in between if t.text not in LIST_MARKS)
            if words <= 3 and all(
                t.text in LIST_JOINERS or t.text in LIST_MARKS or t.text[:1].isupper()
                for t in between
            ):
                runs[-1].append(index)
                continue
        runs.append([index])
    listed = {
        i
        for run in runs
        if len({mentions[j].code for j in run}) >= LONG_LIST and not _origin(ctx, mentions[run[0]])
        for i in run
    }
    elsewhere = {m.code for i, m in enumerate(mentions) if i not in listed}
    return {i for i in listed if mentions[i].code not in elsewhere}


def _origin(ctx: Ctx, mention: CountryMention) -> bool:
    """'делегаты из A, B, C и D': a list of where the guests come from names the parties."""
    return mention.first > 0 and ctx.lemmas[mention.first - 1] == "из"


def _in_passing(ctx: Ctx, mention: CountryMention) -> bool:
    if mention.city and _route_end(ctx, mention):
        return True
    return bool(set(ctx.lemmas[max(0, mention.first - 2) : mention.first]) & PASSING)


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
        if 1 <= len(between) <= 2 and all(ctx.lower[k] in ROUTE_WORDS for k in between):
            return True
    return False


def abroad(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """The text has a foreign side, if only a list of the countries where the guests serve."""
    return any(m.code != "RU" and not _in_passing(ctx, m) for m in mentions)


def counterparty_countries(ctx: Ctx, mentions: list[CountryMention]) -> list[str]:
    """Foreign countries the text is about (never Russia)."""
    codes: list[str] = []
    listed = _enumerated(ctx, mentions)
    for index, mention in enumerate(mentions):
        if _in_passing(ctx, mention):
            continue  # 'санкции США' is not a partner
        if index in listed:
            continue  # 'послы России в Армении, Канаде, Египте, ...' is a list, not partners
        if mention.code != "RU" and mention.code not in codes:
            codes.append(mention.code)
    return codes


def _junk(ctx: Ctx, span: NerSpan) -> bool:
    words = [t.text for t in ctx.tokens[span.first : span.last]]
    if not any(w[:1].isupper() for w in words):
        return True
    if not ctx.is_sentence_start(span.first):
        return False
    # 'Делегация региона', 'Об этом' at the start of a sentence; adjectives of places stay
    head = ctx.tokens[span.first]
    if head.pos not in ("NOUN", "ADP", "PRON", "DET", "VERB", "ADV"):
        return False
    return all(morph.known_word(w) and "Geox" not in morph.grammemes(w) for w in words)


def _known_form(ctx: Ctx, surface: str, normal: str) -> str:
    """Map an unknown inflected place name onto a known or nominative-in-text form."""
    lexicon = ctx.lexicon
    if name_key(normal) in lexicon.region_index or name_key(normal) in lexicon.municipality_index:
        return normal
    if " " in surface or len(surface) < 5:
        return normal
    for known in ctx.cache.setdefault("known_places", _known_places(ctx)):
        if known[:-1] == surface[:-1] or (
            surface.startswith(known) and len(surface) - len(known) <= 2 and len(known) >= 4
        ):
            return known
    return normal


def _known_places(ctx: Ctx) -> list[str]:
    names = list(ctx.lexicon.single_word_places)
    for span in ctx.spans:
        head = ctx.tokens[span.last - 1]
        if span.type == "LOC" and span.last - span.first == 1 and head.feat("Case") == "Nom":
            names.append(span.text)
    return sorted(set(names), key=len, reverse=True)


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


def _extend(ctx: Ctx, span: NerSpan, name: str) -> str:
    tokens = ctx.tokens[span.first : span.last]
    adjectival = all(
        any(p.tag.POS == "ADJF" for p in morph.parses(t.text.lower())[:2]) for t in tokens
    )
    if not adjectival or span.last >= len(ctx.tokens):
        return name
    k = span.last
    while (
        k < len(ctx.tokens) - 1
        and k - span.last < 2
        and ctx.tokens[k].pos == "ADJ"
        and ctx.tokens[k].text.islower()
        and ctx.tokens[k + 1].text.islower()
    ):
        k += 1  # 'Южно-Кисловского газоконденсатного месторождения': a kind before the noun
    if ctx.lemmas[k] not in GEO_NOUNS:
        k = span.last
    nxt = ctx.tokens[k]
    if ctx.lemmas[k] in GEO_NOUNS and nxt.text.islower():
        noun = morph.to_nominative(nxt.text, nxt.pos, nxt.feats)
        gender = morph.best_parse(nxt.text, nxt.pos, nxt.feats)
        gender = gender.tag.gender if gender is not None else None
        words = [*tokens, *ctx.tokens[span.last : k]]
        adjective = " ".join(morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in words)
        return f"{adjective} {_singular(noun)}"
    # 'Сургутского (...) и Нефтеюганского районов': the noun is shared
    for other in ctx.spans:
        if other.type == "LOC" and other.first > span.last and other.first - span.last <= 12:
            last = ctx.tokens[other.last - 1]
            if ctx.lemmas[other.last - 1] in GEO_NOUNS and last.feat("Number") == "Plur":
                gender = morph.best_parse(last.text, last.pos, last.feats)
                gender = gender.tag.gender if gender is not None else None
                adjective = " ".join(
                    morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in tokens
                )
                return f"{adjective} {_singular(ctx.lemmas[other.last - 1])}"
            break
    return name


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
        and tokens[-2].feat("Number") == "Sing"
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


def collect_locations(
    ctx: Ctx,
    org_ranges: list[tuple[int, int]],
    site_names: list[tuple[int, int]],
    person_keys: set[str],
    mentions: list[CountryMention],
    places: list[tuple[int, str]],
) -> list[str]:
    country_names = ctx.lexicon.country_name_index
    result: list[tuple[int, str]] = []
    for span in ctx.spans:
        if span.type != "LOC":
            continue
        # a zone is named after its town ('ОЭЗ «Нягань»'): only a known town counts
        in_site = any(a == span.start and b == span.stop for a, b in site_names)
        if in_site:
            key = name_key(span.normal)
            if key not in ctx.lexicon.municipality_index and key not in ctx.lexicon.region_index:
                continue
        first = span.first
        while first < span.last - 1 and name_key(ctx.tokens[first].text)[:5] in person_keys:
            first += 1
        if first >= span.last or _junk(ctx, span):
            continue
        if ctx.lemmas[span.first] in ctx.lexicon.word_set("heads"):
            continue  # 'Раис Татарстана' is a position
        if span.last - span.first == 1 and span.text.isupper() and len(span.text) <= 3:
            key = name_key(span.text)
            lexicon = ctx.lexicon
            if key not in country_names and key not in lexicon.region_index:
                continue  # 'РК', 'РТ': an abbreviation that could be several places
        last_token = ctx.tokens[span.last - 1]
        if last_token.text.islower() and ctx.lemmas[span.last - 1] not in GEO_NOUNS:
            continue  # 'Каспийского кластера', 'Прикаспийской страны'
        if not in_site and any(a == span.start and b == span.stop for a, b in org_ranges):
            continue
        if first != span.first:
            span = NerSpan(
                span.type,
                ctx.tokens[first].start,
                span.stop,
                ctx.text[ctx.tokens[first].start : span.stop],
                first,
                span.last,
                " ".join(span.normal.split(" ")[first - span.first :]),
            )
        name = span.normal
        if name.isupper() and len(name) >= 5 and " " not in name:
            name = "-".join(part.capitalize() for part in name.split("-"))
        name = country_names.get(name_key(name), name)
        code = ctx.compiled.country_names.get(tuple(ctx.lemmas[span.first : span.last]))
        if code is not None and " " in name:
            # 'Объединенными Арабскими Эмиратами': a country's long name in any case
            name = ctx.lexicon.country_by_code[code].name
        extended = _extend(ctx, span, name)
        if extended == name and _adjective_of_other_noun(ctx, span):
            continue  # 'Костромской губернатор', 'забайкальском Краснокаменске'
        # 'в Волжском' -> 'Волжский'
        name = _adjective_town(ctx, span, name) if extended == name else extended
        name = name.replace("\u2011", "-")
        name = _fix_plural_head(ctx, span, name)
        name = _known_form(ctx, span.text, name)
        name = territory(ctx, span.first, span.last) or name  # 'Хэнтэйском аймаке'
        if span.last - span.first == 1 and ctx.lemmas[span.first] in GEO_NOUNS:
            continue  # a type word with no name ('в Область'), a bare cardinal direction ('Юг')
        for part in _bracketed(ctx, name):
            result.append((span.start, part))
            ctx.add("location", span.start, span.stop, part)
    for mention in mentions:
        if mention.is_name and not any(
            a <= ctx.tokens[mention.first].start < b for a, b in org_ranges
        ):
            start = ctx.tokens[mention.first].start
            country = ctx.lexicon.country_by_code[mention.code].name
            result.append((start, country))
    for match in DATELINE.finditer(ctx.text):
        place = "-".join(part.capitalize() for part in match.group(1).split("-"))
        result.append((match.start(1), place))
    for start, place in places + ctx.cache.get("extra_places", []):
        result.append((start, place))
    seen: dict[str, str] = {}
    for _, name in sorted(result):
        seen.setdefault(name_key(name), name)
    return list(seen.values())
