"""Places and counterparty countries: the places of the news (the country rules live in
geo_mentions, geo_parties and geo_passing, the shaping of names in geo_names, the place names
that name no place in geo_filters)."""

from __future__ import annotations

import re

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan
from .context import Ctx
from .geo_background import (
    _only_as_attribute,
    _only_in_offices,
    quoted_countries,
    russia_only_abbreviated,
    russia_only_long,
)
from .geo_filters import _agency, _junk, _outlet_name, _portfolio, _sight, _street_names
from .geo_landmarks import (
    _island_adjective,
    coordinated_region,
    genitive_feature,
    route_ends,
)
from .geo_mentions import CountryMention, _currency, _in_address, country_mentions
from .geo_names import (
    ADJ_ENDINGS,
    DATELINE,
    GEO_NOUNS,
    _adjective_of_other_noun,
    _adjective_town,
    _bracketed,
    _cut_normal,
    _extend,
    _fix_plural_head,
    _glued_tail,
    _known_form,
    _place_end,
    _settlement_adjective,
    _title_case,
)
from .geo_parties import _inverted_region, abroad, counterparty_countries
from .org_ner import territory
from .phrases import normal_word

__all__ = [
    "CountryMention",
    "abroad",
    "collect_locations",
    "counterparty_countries",
    "country_mentions",
]


def _region_nicknames(ctx: Ctx, org_ranges: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """'Брянщина', 'Орловщине': a region's one-word name the tagger took for a person."""
    nicknames = ctx.compiled.region_nicknames
    located = {i for s in ctx.spans if s.type in ("LOC", "ORG") for i in range(s.first, s.last)}
    found = []
    for i, token in enumerate(ctx.tokens):
        alias = nicknames.get(ctx.lemmas[i].replace("ё", "е"))
        if (
            alias
            and token.text[:1].isupper()
            and i not in located
            and not any(a <= token.start < b for a, b in org_ranges)
        ):
            found.append((token.start, alias))
    return found


def _towns_after_country_adjective(
    ctx: Ctx, mentions: list[CountryMention], org_ranges: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """'из китайского Ганьчжоу': a foreign town the tagger missed, after its country's
    adjective."""
    tagged = {i for s in ctx.spans for i in range(s.first, s.last)}
    found = []
    for mention in mentions:
        k = mention.last
        if mention.is_name or mention.city or k >= len(ctx.tokens) or k in tagged:
            continue
        token = ctx.tokens[k]
        word = token.text
        if (
            not word[:1].isupper()
            or word.isupper()
            or not all("а" <= ch <= "я" or ch in "ё-" for ch in word[1:].lower())
            or any(a <= token.start < b for a, b in org_ranges)
        ):
            continue
        if "Geox" in morph.grammemes(word) or not morph.known_word(word):
            found.append((token.start, morph.recover_shape(ctx.lemmas[k], word)))
    return found


# the federal districts' abbreviations name one place each ('полпред президента в ДФО')
FEDERAL_DISTRICTS = frozenset({"ДФО", "ПФО", "СФО", "УФО", "ЦФО", "ЮФО", "СЗФО", "СКФО"})


# a ministry's short name ('Мининвест', 'Минсельхоз', 'Минэкономразвития') opens no place name
MINISTRY_SHORT = re.compile(
    r"^Мин(?:инвест|эконом|пром|сельхоз|строй|здрав|транс|природ|фин|обр|культ|энерго|спорт|"
    r"труд|юст|цифр|восток|туриз|просвещ|рег|нац|соц|молод)"
)


def _place_adjective(ctx: Ctx, k: int) -> bool:
    """'Владимирской области' beside a Mr Владимир: an adjective before a type noun is the
    place's own name, not a person glued to it."""
    return (
        k + 1 < len(ctx.tokens)
        and ctx.tokens[k].pos == "ADJ"
        and ctx.lemmas[k + 1] in GEO_NOUNS
        and ctx.tokens[k + 1].text.islower()
    )


def _autonomy(ctx: Ctx, name: str) -> str:
    """'Еврейской АО' -> 'Еврейская автономная область': the abbreviation of an autonomy
    read out when the full name is a known region ('автономный округ' or 'область')."""
    if not name.endswith(" АО"):
        return name
    head = name[: -len(" АО")]
    for full in (f"{head} автономная область", f"{head} автономный округ"):
        entry = ctx.lexicon.region_index.get(name_key(full))
        if entry is not None:
            return entry.name
    return name


def _demonym_adjective(ctx: Ctx, span: NerSpan, name: str) -> bool:
    """A lone adjective of a country ('Корейский', 'Китайской') that no known place bears."""
    word = ctx.tokens[span.first].text.lower()
    if span.last - span.first != 1 or not word.endswith(ADJ_ENDINGS):
        return False
    lexicon = ctx.lexicon
    key = name_key(name)
    if key in lexicon.region_index or key in lexicon.municipality_index:
        return False
    stems = ctx.compiled.country_stems.get(word[:3], ())
    return any(word.startswith(stem) for stem, _ in stems)


_LONG_FORMS: dict[int, dict[tuple[str, ...], str]] = {}


def _long_forms(ctx: Ctx) -> dict[tuple[str, ...], str]:
    """Lemma keys of countries' official names of several words ('Китайская Народная
    Республика', 'Республика Корея') mapped to the name as written."""
    forms = _LONG_FORMS.get(id(ctx.lexicon))
    if forms is None:
        forms = {}
        for country in ctx.lexicon.countries:
            if country.name.isupper():
                continue  # 'ОАЭ', 'США': the short name is how texts and readers name it
            for name in country.names:
                words = name.split()
                if len(words) >= 2 and name != country.name and not name.isupper():
                    forms[tuple(normal_word(w) for w in words)] = name
        _LONG_FORMS[id(ctx.lexicon)] = forms
    return forms


def _printed_long_form(ctx: Ctx, mention: CountryMention) -> str | None:
    """The official name a text prints ('Исламской Республики Иран' -> 'Исламская
    Республика Иран'): a place's name as written is kept beside the country's short name."""
    if mention.last - mention.first < 2:
        return None
    return _long_forms(ctx).get(tuple(ctx.lemmas[mention.first : mention.last]))


def _abbreviated_only(ctx: Ctx, mentions: list[CountryMention]) -> set[str]:
    """Foreign countries the text names only by their abbreviation ('делегация КНР', never
    'Китай'): the place is kept as printed, as official long names are."""
    abbr = ctx.compiled.country_abbr
    short: set[str] = set()
    named: set[str] = set()
    for mention in mentions:
        if not mention.is_name or mention.code == "RU":
            continue
        text = ctx.tokens[mention.first].text
        if mention.last - mention.first == 1 and text in abbr and text.isupper():
            short.add(mention.code)
        else:
            named.add(mention.code)
    return short - named


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
    streets = _street_names(ctx)
    abbreviated = _abbreviated_only(ctx, mentions)
    for span in ctx.spans:
        if span.type != "LOC":
            continue
        if _portfolio(ctx, span) or _outlet_name(ctx, span) or _sight(ctx, span):
            continue
        if span.last - span.first == 1 and ctx.lemmas[span.first] in streets:
            continue  # 'улицу Пионерскую', then 'аквапарк на Пионерской': a street
        # a zone is named after its town ('ОЭЗ «Нягань»'): only a known town counts
        in_site = any(a == span.start and b == span.stop for a, b in site_names)
        if in_site:
            key = name_key(span.normal)
            if key not in ctx.lexicon.municipality_index and key not in ctx.lexicon.region_index:
                continue
        first = span.first
        if span.last - span.first >= 2 and MINISTRY_SHORT.match(ctx.tokens[first].text):
            first += 1  # 'Мининвест Подмосковья': the ministry is no part of the place
        while (
            first < span.last - 1
            and name_key(ctx.tokens[first].text)[:5] in person_keys
            and not _place_adjective(ctx, first)
        ):
            first += 1
        if first >= span.last or _junk(ctx, span):
            continue
        if (
            span.last - span.first == 1
            and ctx.blocked[span.first]
            and name_key(span.text)[:5] in person_keys
        ):
            continue  # 'Губернатор Ахмадзаде': the tagger's place is a person's one name
        if ctx.lemmas[span.first] in ctx.lexicon.word_set("heads"):
            continue  # 'Раис Татарстана' is a position
        if span.last - span.first == 1 and span.text.isupper() and len(span.text) <= 3:
            key = name_key(span.text)
            lexicon = ctx.lexicon
            if (
                key not in country_names
                and key not in lexicon.region_index
                and span.text not in FEDERAL_DISTRICTS
            ):
                continue  # 'РК', 'РТ': an abbreviation that could be several places
        last_token = ctx.tokens[span.last - 1]
        if last_token.text.islower() and ctx.lemmas[span.last - 1] not in GEO_NOUNS:
            continue  # 'Каспийского кластера', 'Прикаспийской страны'
        if not in_site and any(a == span.start and b == span.stop for a, b in org_ranges):
            continue
        if any(ord(ch) < 128 and ch.isalpha() for ch in span.text) and any(
            "а" <= ch <= "я" for ch in span.text.lower()
        ):
            continue  # 'LADA-Ижевск': Latin and Cyrillic in one name is a brand, not a place
        if _currency(ctx, span.first, span.last, True) or _in_address(ctx, span.first):
            continue  # 'долларов США', 'ВЭБ.РФ'
        last = _place_end(ctx, span, mentions, person_keys)
        if last <= first:
            # the country itself ('Республики Вьетнам Нго Дык Мань'), named as its mention is
            mention = next((m for m in mentions if m.is_name and m.first == span.first), None)
            if mention is None:
                continue  # the span's first word was read as part of a person's name
            country = mention.printed or ctx.lexicon.country_by_code[mention.code].name
            result.append((span.start, _printed_long_form(ctx, mention) or country))
            continue
        if first != span.first or last != span.last:
            span = NerSpan(
                span.type,
                ctx.tokens[first].start,
                span.stop,
                ctx.text[ctx.tokens[first].start : ctx.tokens[last - 1].stop],
                first,
                last,
                _cut_normal(ctx, span, first, last),
            )
        name = span.normal
        if name.isupper() and len(name) >= 5:
            name = _title_case(name)
        name = _glued_tail(ctx, span, name)
        name = country_names.get(name_key(name), name)
        code = ctx.compiled.country_names.get(tuple(ctx.lemmas[span.first : span.last]))
        if code is not None and " " in name:
            # 'Объединенными Арабскими Эмиратами': a country's long name in any case
            name = ctx.lexicon.country_by_code[code].name
        extended = _extend(ctx, span, name)
        if extended == name and _adjective_of_other_noun(ctx, span):
            continue  # 'Костромской губернатор', 'забайкальском Краснокаменске'
        # 'в Волжском' -> 'Волжский', 'в поселении Марьинском' -> 'Марьинское'
        settlement = _settlement_adjective(ctx, span) if extended == name else None
        if extended == name:
            extended = settlement or _adjective_town(ctx, span, name)
        name = extended
        name = name.replace("\u2011", "-")
        name = _autonomy(ctx, name)
        name = coordinated_region(ctx, span, _fix_plural_head(ctx, span, name))
        if settlement is None:
            name = _known_form(ctx, span.text, name)  # the settlement's noun gave the form
        name = territory(ctx, span.first, span.last) or name  # 'Хэнтэйском аймаке'
        if _inverted_region(ctx, span):
            name = f"область {name}"  # 'области Абай': a region named with the noun first
        elif _island_adjective(ctx, span) or genitive_feature(ctx, span):
            name = f"{ctx.lemmas[span.first - 1]} {span.text}"  # 'на острове Русский'
        if _demonym_adjective(ctx, span, name):
            continue  # 'Корейского промышленного комплекса': a country's adjective, no place
        if span.last - span.first == 1 and ctx.lemmas[span.first] in GEO_NOUNS:
            continue  # a type word with no name ('в Область'), a bare cardinal direction ('Юг')
        for part in (
            end for whole in _bracketed(ctx, name) for end in route_ends(ctx, span, whole)
        ):
            result.append((span.start, part))
            ctx.add("location", span.start, span.stop, part)
    for mention in mentions:
        if mention.is_name and not any(
            a <= ctx.tokens[mention.first].start < b for a, b in org_ranges
        ):
            start = ctx.tokens[mention.first].start
            country = mention.printed or ctx.lexicon.country_by_code[mention.code].name
            if mention.code in abbreviated:
                country = ctx.tokens[mention.first].text
            result.append((start, country))
            long_form = _printed_long_form(ctx, mention)
            if long_form is not None:
                result.append((start, long_form))
    for match in DATELINE.finditer(ctx.text):
        if _agency(match.group(1)):
            continue  # 'ТАСС, 20 сентября.': the agency opens the item, not a town
        result.append((match.start(1), _title_case(match.group(1))))
    for start, place in _region_nicknames(ctx, org_ranges):
        result.append((start, place))
    for start, place in _towns_after_country_adjective(ctx, mentions, org_ranges):
        result.append((start, place))
    for start, place in places + ctx.cache.get("extra_places", []):
        result.append((start, place))
    if (
        _only_in_offices(ctx, mentions)
        or _only_as_attribute(ctx, mentions)
        or russia_only_abbreviated(ctx, mentions)
    ):
        own = ctx.lexicon.country_by_code["RU"].name
        result = [(a, n) for a, n in result if country_names.get(name_key(n)) != own]
    # a country printed only as 'КНР' is kept so; its display name, never printed, goes
    displayed = {ctx.lexicon.country_by_code[code].name for code in abbreviated}
    unprinted = {name for name in displayed if not name.isupper()}  # 'ОАЭ' is both
    result = [(a, n) for a, n in result if n not in unprinted]
    quoted = quoted_countries(ctx, result)
    if russia_only_long(ctx, mentions):
        own = ctx.lexicon.country_by_code["RU"].name
        result = [(a, n) for a, n in result if n != own]
    seen: dict[str, str] = {}
    for start, name in sorted(result):
        if (start, name) in quoted:
            continue  # 'форум «Россия и Китай»': a title, not a place
        key = name_key(name)
        if key in seen and seen[key].isupper() and not name.isupper():
            seen[key] = name  # 'АСТАНА' in a dateline and 'Астана' read as 'Астана'
        seen.setdefault(key, name)
    return list(seen.values())
