"""Job titles: the title phrase before or after a person's name, and its organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, noun_group_nominative
from .context import DASHES, Ctx
from .person_spans import HONORIFICS

if TYPE_CHECKING:
    from .persons import Person

# How many words a job title may have before the name ('первый заместитель председателя
# комитета Государственной Думы по региональной политике и местному самоуправлению').
MAX_TITLE = 16
TITLE_LINKS = frozenset({"по", "в", "и", "при", "на", "-", "«", "»", '"', "(", ")"})
TITLE_STOP_LEMMAS = frozenset({"и", "а", "также", "вместе", "с", "со", "которые", "который"})


def _title_before(ctx: Ctx, span: NerSpan) -> tuple[int, int] | None:
    heads = ctx.lexicon.word_set("heads")
    start = span.first
    i = span.first - 1
    best = None
    steps = 0
    sent = ctx.tokens[span.first].sent
    while i >= 0 and steps < MAX_TITLE:
        token = ctx.tokens[i]
        lemma = ctx.lemmas[i]
        if token.sent != sent or token.text in (",", ".", ";", ":", "!", "?", "—", "–"):
            break
        if lemma in TITLE_STOP_LEMMAS or token.pos in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        if any(s.type == "PER" and s.first <= i < s.last <= span.first for s in ctx.spans):
            break  # another person (a span cut from this one, 'Сэлэнгэ', is not)
        if lemma in HONORIFICS:
            start = i
        elif lemma in heads and token.pos in ("NOUN", "ADJ", "PROPN", "X", "DET"):
            best = i
        elif token.pos == "ADP" and lemma not in TITLE_LINKS:
            break
        i -= 1
        steps += 1
    if best is None:
        return None
    # a title needs a noun head ('генеральный' alone is not a title)
    if not any(
        ctx.lemmas[j] in heads and ctx.tokens[j].pos in ("NOUN", "PROPN", "X")
        for j in range(best, start)
    ):
        return None
    end = start
    while end > best and ctx.lemmas[end - 1] in HONORIFICS:
        end -= 1
    return best, end


def _title_after(ctx: Ctx, span: NerSpan) -> tuple[int, int] | None:
    i = span.last
    if i >= len(ctx.tokens) or ctx.tokens[i].text not in {",", *DASHES}:
        return None
    heads = ctx.lexicon.word_set("heads")
    j = i + 1
    if j >= len(ctx.tokens) or ctx.lemmas[j] not in heads:
        return None
    end = j
    while end < len(ctx.tokens) and ctx.tokens[end].sent == ctx.tokens[j].sent:
        token = ctx.tokens[end]
        if token.text in (",", ".", ";", ":") or token.pos in ("VERB", "AUX"):
            break
        if ctx.span_starts_at(end, "PER"):
            break
        end += 1
    return (j, end) if end > j else None


def assign_titles(ctx: Ctx, people: list[Person], orgs: list) -> None:
    for person in people:
        for span in person.mentions:
            rng = _title_before(ctx, span) or _title_after(ctx, span)
            if rng is None:
                continue
            person.title_range = rng
            person.position, person.organization = _title_text(ctx, rng, orgs)
            break


def _title_text(ctx: Ctx, rng: tuple[int, int], orgs: list) -> tuple[str, str | None]:
    first, last = rng
    organization = None
    start_char = ctx.tokens[first].start
    end_char = ctx.tokens[last - 1].stop
    for org in orgs:
        for a, b in org.ranges:
            if start_char <= a and b <= end_char + 1 and b >= end_char - 1:
                organization = org.name
                last = ctx.token_index(a)
                # drop an org-type word or legal form left before the name
                while last > first and ctx.tokens[last - 1].text in ("«", '"'):
                    last -= 1
                break
            if start_char <= a < b <= end_char and organization is None:
                organization = org.name
        if organization and last < rng[1]:
            break
    legal = ctx.lexicon.word_set("legal_forms")
    while last > first and (
        ctx.tokens[last - 1].text in (",", "-", "–", "—", "(", "«", '"')
        or (organization and ctx.lower[last - 1] in legal)
    ):
        last -= 1
    tokens = ctx.tokens[first:last]
    if not tokens:
        return "", organization
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    title = noun_group_nominative(tokens, text, tokens[0].start)
    title = " ".join(title.split())
    if title[:1].isupper() and not title.split()[0].isupper():
        title = title[:1].lower() + title[1:]
    if organization is None:
        organization = _government_of(ctx, first, last)
    return title, organization


def _government_of(ctx: Ctx, first: int, last: int) -> str | None:
    """'заместитель губернатора Югры' works for the regional government."""
    government = ctx.lexicon.word_set("government_heads")
    if not any(ctx.lemmas[i] in government for i in range(first, last)):
        return None
    for span in ctx.spans:
        if span.type == "LOC" and first <= span.first and span.last <= last:
            region = ctx.lexicon.region_index.get(name_key(span.normal))
            if region is not None:
                return "Правительство " + morph.genitive_phrase(region.name)
    return None
