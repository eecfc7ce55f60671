"""The extraction pipeline: natasha's analysis -> the draft of one press release.

``extract(text)`` returns the schema of ``shared/seed/expected.json`` plus ``mentions``
(character spans for highlighting). ``extract_many(texts)`` tags the batch with natasha
in one go, which is what makes bulk ingestion fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import morph, nlp
from ..lexicon import Lexicon, name_key
from .context import WIRE_DATELINE, Ctx
from .events import classify_event
from .geo import abroad, collect_locations, counterparty_countries, country_mentions
from .numbers import find_amounts, find_date, find_duration
from .org_filters import REGIME_NAME
from .org_government import government_candidates
from .org_government_owners import own_by_adjective
from .org_merge import merge_orgs
from .org_ner import ner_candidates
from .org_typed import typed_candidates
from .orgs import Org, alias_candidates, classify_orgs
from .participants import collect_sites, collect_unnamed
from .person_spans import names_off_orgs
from .person_titles import assign_titles
from .persons import collect_persons
from .sectors import block_portfolios, find_sectors, sector_codes
from .speech import find_commitments, find_quotes


def extract(text: str, lexicon: Lexicon | None = None) -> dict[str, Any]:
    return extract_many([text], lexicon)[0]


def extract_many(texts: Sequence[str], lexicon: Lexicon | None = None) -> list[dict[str, Any]]:
    lexicon = lexicon or Lexicon.default()
    unwrapped = [unwrap_lines(text) for text in texts]
    return [extract_analysis(a, lexicon) for a in nlp.analyze_many(unwrapped)]


# 'с Акиматом Атырауской\nобласти': a line break inside a sentence (a hard-wrapped page)
# splits names and sentences; a single break after a word and before a lower-case word is a
# space. The text keeps its length, so every offset stays true to the original.
WRAPPED_LINE = re.compile(r"(?<=[^\W\d_]|,)\n(?=[а-яёa-z])")


def unwrap_lines(text: str) -> str:
    return WRAPPED_LINE.sub(" ", text)


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _dateline_city(ctx: Ctx, org: Org) -> bool:
    """'НИЖНИЙ НОВГОРОД, 4 сентября, ФедералПресс.': the city in capitals opening a wire
    dateline is a place."""
    if not org.name.isupper() or len(org.ranges) != 1:
        return False
    start = org.ranges[0][0]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if line_start != start:
        return False
    if WIRE_DATELINE.match(ctx.text[start : start + 80]):
        return True
    # 'МАГАДАН. КОЛЫМА-ИНФОРМ.': a town in capitals, then the agency
    end = org.ranges[0][1]
    return (
        " " not in org.name
        and ctx.text[end : end + 1] in ".,"
        and "Geox" in morph.grammemes(org.name.capitalize())
    )


def _without_bracketed_aliases(orgs: list[Org]) -> list[Org]:
    """'БДР Фармасьютикалз Интернешнл пвт. лтд. (БДР Фармасьютикалз)': the short form in
    brackets after a name is that organisation again, not another."""
    kept = []
    for org in orgs:
        if org.name.startswith("(") and org.name.endswith(")"):
            inner = org.name[1:-1].strip()
            owner = next(
                (o for o in orgs if o is not org and name_key(o.name).startswith(name_key(inner))),
                None,
            )
            if owner is not None:
                owner.absorb(org)
                continue
            org.name = inner
        kept.append(org)
    return kept


def extract_analysis(analysis: nlp.Analysis, lexicon: Lexicon) -> dict[str, Any]:
    ctx = Ctx(analysis, lexicon)
    names_off_orgs(ctx)

    typed, excluded = typed_candidates(ctx)
    taken = [r for org in typed for r in org.ranges]
    government = government_candidates(ctx)
    gov_ranges = [r for org in government for r in org.ranges]
    named = [
        org
        for org in ner_candidates(ctx, taken, excluded)
        if not _inside(*org.ranges[0], gov_ranges)
    ]
    government = [g for g in government if not _inside(*g.ranges[0], taken)]
    # 'Комитета по инвестициям и управлению госсобственностью': a lower-case head word inside
    # a longer name is its portfolio, not another body
    wider = [o.ranges[0] for o in named]
    government = [
        g
        for g in government
        if not (
            _inside(*g.ranges[0], wider)
            and g.ranges[0] not in wider
            and analysis.text[g.ranges[0][0]].islower()
        )
    ]
    own_by_adjective(ctx, named)
    place_names = [s.normal for s in ctx.spans if s.type == "LOC"]
    orgs = merge_orgs(ctx, typed + named + government + alias_candidates(ctx), place_names)
    orgs = [o for o in orgs if not REGIME_NAME.match(o.name) and not _dateline_city(ctx, o)]
    orgs = _without_bracketed_aliases(orgs)
    org_ranges = [r for org in orgs for r in org.ranges]

    people = collect_persons(ctx, org_ranges)
    assign_titles(ctx, people, orgs)
    for person in people:
        for span in person.mentions:
            ctx.blocked[span.first : span.last] = [True] * (span.last - span.first)
            ctx.add("person", span.start, span.stop, person.name)
        if person.title_range:
            a, b = person.title_range
            ctx.blocked[a:b] = [True] * (b - a)
    for start, end in (r for org in orgs for r in org.core):
        first, last = ctx.token_range(start, end)
        ctx.blocked[first:last] = [True] * (last - first)
    block_portfolios(ctx)

    mentions = country_mentions(ctx)
    countries = counterparty_countries(ctx, mentions)
    classify_orgs(ctx, orgs, mentions, countries)
    for org in orgs:
        for start, end in org.ranges:
            ctx.add("organization", start, end, org.name)
    person_keys = {w.lower()[:5] for p in people for w in p.name.split()}
    places = [(a, ctx.text[a:b].strip()) for a, b, why in excluded if why == "place"]
    site_names = [
        (o.ranges[0][1] - 1 - len(o.inner), o.ranges[0][1] - 1)
        for o in orgs
        if o.site_kind and o.inner
    ]
    cores = [r for org in orgs for r in org.core]
    locations = collect_locations(ctx, cores, site_names, person_keys, mentions, places)

    sectors = find_sectors(ctx, mentions)
    event_type, _ = classify_event(ctx, foreign=bool(countries) or abroad(ctx, mentions))
    result = {
        "event_type": event_type,
        "date": find_date(ctx),
        "duration_days": find_duration(ctx),
        "persons": [p.as_dict() for p in people],
        "unnamed_participants": collect_unnamed(ctx, orgs),
        "organizations": [o.as_dict() for o in orgs],
        "sites": collect_sites(ctx, orgs),
        "locations": locations,
        "countries": countries,
        "sectors": sector_codes(sectors),
        "amounts_rub": find_amounts(ctx),
        "commitments": find_commitments(ctx, people, orgs, sectors),
        "quotes": find_quotes(ctx, people),
    }
    ctx.mentions.sort(key=lambda m: (m.start, m.end))
    result["mentions"] = [m.as_dict() for m in ctx.mentions]
    return result
