"""Places in government bodies' names, and the title words that name a ministry.

What ends a title's ministry (a country, a Russian region, a republic printed short, the
person the title is of), and regions printed short ('РК') or informally ('Поморья').
"""

from __future__ import annotations

from .. import morph
from ..lexicon import CountryEntry, name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .orgs import initials

# A minister's title names the ministry: 'министра энергетики Казахстана'.
MINISTRY_FROM_TITLE = {
    "министр": "Министерство",
    "замминистра": "Министерство",
    "вице-министр": "Министерство",
}

# Bodies named in a title without their owner: 'председатель комитета по туризму'.
TITLE_BODIES = frozenset(
    {
        "министр",
        "замминистра",
        "вице-министр",
        "комитет",
        "департамент",
        "министерство",
        "управление",
    }
)

# 'министра промышленности края': the word refers back to the region the text names.
BACK_REFERENCES = frozenset({"край", "область", "республика", "округ"})


def region_initials(ctx: Ctx, span) -> bool:
    """'Департамента ... СО' (NER's ORG): the initials of the one region the text names."""
    text = ctx.tokens[span.first].text
    if span.last - span.first != 1 or not (text.isupper() and 2 <= len(text) <= 4):
        return False
    return len(_regions_with_initials(ctx, text)) == 1


def _regions_with_initials(ctx: Ctx, letters: str) -> list[str]:
    regions = {
        region.name
        for span in ctx.spans
        if span.type == "LOC"
        and (region := ctx.lexicon.region_index.get(name_key(span.normal))) is not None
    }
    # 'министром промышленности РБ' beside 'белорусских предприятий': a partner state named
    # by the initials of its official name
    states = {
        name
        for country in ctx.lexicon.countries
        for name in country.names
        if name.split()[0] in STATE_FORMS
        and initials(name) == letters
        and _named_in_text(ctx, country)
    }
    return [r for r in regions if initials(r) == letters] + sorted(states)


STATE_FORMS = frozenset({"Республика", "Кыргызская", "Киргизская"})


def _named_in_text(ctx: Ctx, country: CountryEntry) -> bool:
    lemmas = ctx.cache.get("lemma_set")
    if lemmas is None:
        lemmas = ctx.cache["lemma_set"] = set(ctx.lemmas)
    stems = tuple(country.stems)
    if stems and any(lemma.startswith(stems) for lemma in lemmas):
        return True
    return any(name_key(name) in lemmas for name in country.names if " " not in name)


def expand_abbreviation(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство РК' -> 'Правительство Республики Коми' when the text names exactly one
    region with those initials (РК may be Коми, Карелия or Крым elsewhere)."""
    last = tokens[-1].text
    if len(tokens) < 2 or not (last.isupper() and 2 <= len(last) <= 4) or last in ("РФ",):
        return name
    if name_key(last) in ctx.lexicon.region_index:
        return name  # 'Правительство ЕАО': a region's own short name is kept as printed
    matching = _regions_with_initials(ctx, last)
    if len(matching) != 1:
        return name
    head = ctx.text[tokens[0].start : tokens[-2].stop]
    head = noun_group_nominative(tokens[:-1], head, tokens[0].start)
    return f"{head} {morph.genitive_phrase(matching[0])}"


def region_of_initials(ctx: Ctx, word: str) -> str | None:
    """'РТ' -> 'Республики Татарстан': the genitive of the one region the text names with
    those initials, or None."""
    matching = _regions_with_initials(ctx, word) if word.isupper() and word != "РФ" else []
    return morph.genitive_phrase(matching[0]) if len(matching) == 1 else None


def portfolio_place(ctx: Ctx, tokens: list) -> bool:
    """'министр по развитию Дальнего Востока': the place is the ministry's portfolio."""
    return len(tokens) >= 4 and tokens[1].text == "по" and not russia(ctx, tokens[-1])


def federal_portfolio(ctx: Ctx, tokens: list) -> bool:
    """'министр Российской Федерации по развитию Арктики': the country, then the portfolio."""
    k = next((m for m, t in enumerate(tokens) if t.text == "по"), None)
    return k is not None and 2 <= k < len(tokens) - 1 and russia(ctx, tokens[k - 1])


def person_at(ctx: Ctx, k: int) -> bool:
    """A named person's mention starts at token k: the title before it is this person's
    ('заместитель министра ... России Иван Петров'), not a passing reference."""
    return ctx.span_starts_at(k, "PER")


def russia(ctx: Ctx, token) -> bool:
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            return name_key(span.normal) in ("россия", "рф", "российская федерация")
    return False


def republic_abbreviation(word: str) -> bool:
    """'ЧР', 'РТ', 'КБР', 'УР': a Russian republic's initials, as officials' titles print it."""
    return (
        2 <= len(word) <= 3 and word.isupper() and word.isalpha() and "Р" in word and word != "РФ"
    )


def russian_region(ctx: Ctx, token) -> bool:
    """The token ends a LOC span that names a Russian region ('Запорожской области')."""
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            return name_key(span.normal) in ctx.lexicon.region_index
    return False


def foreign_place(ctx: Ctx, token) -> bool:
    """The token ends a LOC span that names a country other than Russia."""
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            key = name_key(span.normal)
            country = ctx.lexicon.country_name_index.get(key)
            if country is None and " " in key:
                # 'Сейшельских Островов' is normalised word by word ('Сейшельские Островов'):
                # the printed genitive is matched against the countries' names instead
                return name_key(ctx.text[span.start : span.stop]) in _genitive_countries(ctx)
            return country is not None and key not in ("россия", "рф", "российская федерация")
    return False


_GENITIVES: dict[int, frozenset[str]] = {}


def _genitive_countries(ctx: Ctx) -> frozenset[str]:
    """The genitive of every foreign country's name of several words, once per lexicon."""
    found = _GENITIVES.get(id(ctx.lexicon))
    if found is None:
        found = frozenset(
            name_key(morph.genitive_phrase(name))
            for country in ctx.lexicon.countries
            if country.code != "RU"
            for name in (country.name, *country.names)
            if " " in name
        )
        _GENITIVES[id(ctx.lexicon)] = found
    return found


def canonical_region(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство Поморья' -> 'Правительство Архангельской области': an informal
    region name after a government word is replaced by the official one."""
    last = tokens[-1]
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == last.stop and span.start > tokens[0].start:
            region = ctx.lexicon.region_index.get(name_key(span.normal))
            if region is None or name_key(span.normal) == name_key(region.name):
                return name
            head = [t for t in tokens if t.stop <= span.start]
            text = ctx.text[head[0].start : head[-1].stop]
            words = noun_group_nominative(head, text, head[0].start)
            return f"{words} {morph.genitive_phrase(region.name)}"
    return name
