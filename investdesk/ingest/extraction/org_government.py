"""Government bodies: 'правительства Ямала', ministries named in officials' titles."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .orgs import Org, initials, tidy_name

GOVERNMENT_HEADS = frozenset(
    {
        "правительство",
        "администрация",
        "департамент",
        "министерство",
        "комитет",
        "управление",
        "агентство",
        "дума",
        "облдума",
        "мэрия",
    }
)
BUILDINGS = frozenset({"дом", "здание"})
# '... Народного правительства провинции Хэйлунцзян': a place word and a name end the body
PLACE_WORDS = frozenset(
    {"провинция", "область", "округ", "город", "район", "уезд", "штат", "регион"}
)
# A minister's title names the ministry: 'министра инвестиций Узбекистана'.
MINISTRY_FROM_TITLE = {"министр": "Министерство", "замминистра": "Министерство"}
# Government bodies whose names may list areas with commas ('промышленности, шахт и торговли').
LISTING_HEADS = frozenset({"министерство", "министр", "замминистра", "комитет", "департамент"})


def government_candidates(ctx: Ctx) -> list[Org]:
    """'правительства Ямала' -> 'Правительство Ямала'; only when a proper name follows."""
    orgs = []
    loc_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    n = len(ctx.tokens)
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in GOVERNMENT_HEADS and lemma not in MINISTRY_FROM_TITLE:
            continue
        if i > 0 and ctx.tokens[i - 1].text[:1].isupper() and ctx.tokens[i - 1].pos == "ADJ":
            continue  # 'Брянской городской администрации' is a NER name
        if i > 0 and ctx.lemmas[i - 1] in BUILDINGS:
            continue  # 'в Доме Правительства' is a building
        j, end, org_end = i + 1, None, None
        while j < n and j - i <= 14 and ctx.tokens[j].sent == ctx.tokens[i].sent:
            token = ctx.tokens[j]
            if any(s.type == "PER" and s.first == j for s in ctx.spans):
                break
            if (
                token.text == ","
                and lemma in LISTING_HEADS
                and j + 1 < n
                and ctx.tokens[j + 1].pos in ("NOUN", "ADJ")
                and ctx.tokens[j + 1].feat("Case") == "Gen"
                and ctx.tokens[j + 1].text.islower()
                and org_end is None
            ):
                j += 1  # 'промышленности, шахт и торговли Ирана'
                continue
            if token.pos in ("VERB", "AUX", "PRON") or token.text in (",", ".", ";", ":", "(", ")"):
                break
            span = loc_first.get(j) or org_first.get(j)
            if span is not None:
                if span.type == "ORG" and not any(
                    m.label == "government"
                    for m in ctx.compiled.kinds.find(ctx.lemmas[span.first : span.last])
                ):
                    break  # 'департамента КРДВ' is a company's department
                end, j = span.last, span.last
                if span.type == "LOC":
                    break  # 'провинции Хэйлунцзян' ends the name
                org_end = end  # 'комитета Государственной Думы по ...' may go on
                continue
            if token.pos not in ("NOUN", "ADJ", "ADP", "CCONJ", "PROPN") or token.text == "в":
                break
            if org_end is not None:
                place_follows = ctx.lemmas[j] in PLACE_WORDS and j + 1 in loc_first
                if j == org_end and ctx.lemmas[j] != "по" and not place_follows:
                    break
                end = j + 1
            j += 1
        if end is None:
            continue
        tokens = ctx.tokens[i:end]
        if lemma in MINISTRY_FROM_TITLE:
            if end - i < 3 or not _foreign_place(ctx, tokens[-1]):
                continue  # 'министр Китая' names no ministry; Russian ones are in the lexicon
            rest = ctx.text[tokens[1].start : tokens[-1].stop]
            name = f"{MINISTRY_FROM_TITLE[lemma]} {rest}"
        else:
            text = ctx.text[tokens[0].start : tokens[-1].stop]
            name = noun_group_nominative(tokens, text, tokens[0].start)
        name = tidy_name(name[:1].upper() + name[1:])
        rng = (tokens[0].start, tokens[-1].stop)
        org = Org(name, "government", ranges=[rng], source="government", core=[rng])
        if lemma not in MINISTRY_FROM_TITLE:
            name = _expand_abbreviation(ctx, name, tokens)
            official = _canonical_region(ctx, name, tokens)
            org.inner = tidy_name(official[:1].upper() + official[1:]) if official != name else None
        orgs.append(org)
    return orgs


def _expand_abbreviation(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство РК' -> 'Правительство Республики Коми' when the text names exactly one
    region with those initials (РК may be Коми, Карелия or Крым elsewhere)."""
    last = tokens[-1].text
    if len(tokens) < 2 or not (last.isupper() and 2 <= len(last) <= 4) or last in ("РФ",):
        return name
    regions = {
        region.name
        for span in ctx.spans
        if span.type == "LOC"
        and (region := ctx.lexicon.region_index.get(name_key(span.normal))) is not None
    }
    matching = [r for r in regions if initials(r) == last]
    if len(matching) != 1:
        return name
    head = ctx.text[tokens[0].start : tokens[-2].stop]
    head = noun_group_nominative(tokens[:-1], head, tokens[0].start)
    return f"{head} {morph.genitive_phrase(matching[0])}"


def _foreign_place(ctx: Ctx, token) -> bool:
    """The token ends a LOC span that names a country other than Russia."""
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            key = name_key(span.normal)
            country = ctx.lexicon.country_name_index.get(key)
            return country is not None and key not in ("россия", "рф", "российская федерация")
    return False


def _canonical_region(ctx: Ctx, name: str, tokens: list) -> str:
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
