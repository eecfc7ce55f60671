"""Names read with their neighbours: a chamber named with the parliament after it, an
unknown capitalised word listed between two organisations, and a ministry's second portfolio
after 'и'."""

from __future__ import annotations

from .. import morph
from .context import Ctx
from .org_nominative import company_nominative
from .org_spans import _common_word
from .orgs import Org


def _listed_between(ctx: Ctx, found: list[tuple[int, int]]) -> list[Org]:
    """'с Haier, Камасталь и Midea': one capitalised word no dictionary knows, listed between
    two organisations, is an organisation too (the tagger may read it as a person)."""
    locs = {k for s in ctx.spans if s.type == "LOC" for k in range(s.first, s.last)}
    named = {k for s in ctx.spans if s.type != "LOC" for k in range(s.first, s.last)}
    orgs = []
    ranges = sorted(set(found))
    for (_, end), (start, _) in zip(ranges, ranges[1:], strict=False):
        first, last = ctx.token_range(end, start)
        if last - first != 3 or ctx.tokens[first].text != ",":
            continue
        if ctx.tokens[first + 2].text not in (",", "и"):
            continue
        k = first + 1
        word = ctx.tokens[k].text
        if not (word.isalpha() and word[:1].isupper()) or k in locs:
            continue
        if morph.grammemes(word) & {"Name", "Surn", "Patr", "Geox"}:
            continue  # a person or a place listed with the companies
        if k not in named and _common_word(word):
            continue  # a dictionary word the tagger did not read as a name
        org = Org(
            company_nominative(ctx.tokens[k], word),
            ranges=[(ctx.tokens[k].start, ctx.tokens[k].stop)],
        )
        org.core.append(org.ranges[0])
        orgs.append(org)
    return orgs


def _chamber_of(ctx: Ctx, first: int, last: int, parent) -> bool:
    """'Советом Федерации' + 'Федерального Собрания': a government body right before another
    in the genitive is its chamber or committee, named with it."""
    if parent.last - parent.first < 2 or last - first < 2:
        return False
    words = [*ctx.tokens[first:last], *ctx.tokens[parent.first : parent.last]]
    if not all(morph.known_word(t.text) for t in words):
        return False
    # capitalised common words, not a company's own name ('Совет Федерации Федерального ...')
    if all(t.text[:1].isupper() and not t.text.isupper() for t in words):
        return True
    # 'Постоянного комитета' + 'Совета народных представителей': a council named by the
    # lower-case words of whom it gathers
    return (
        ctx.tokens[first].text[:1].isupper()
        and ctx.lemmas[last - 1] in SUB_BODY_HEADS
        and ctx.lemmas[parent.first] in COUNCIL_HEADS
        and ctx.tokens[parent.first].text[:1].isupper()
    )


SUB_BODY_HEADS = frozenset({"комитет", "комиссия", "палата", "президиум"})
COUNCIL_HEADS = frozenset({"совет", "собрание", "хурал", "курултай", "парламент"})


# Bodies named by their portfolios ('Министерство экономики и торговли')
PORTFOLIO_HEADS = frozenset({"министерство", "департамент", "комитет", "агентство", "управление"})


def _second_portfolio(ctx: Ctx, first: int, last: int) -> int:
    """'Министерства экономического развития' + 'и защиты прав потребителей': lower-case genitive
    nouns after 'и' are the body's second portfolio when they name no body, person or place
    ('и правительства края', 'и представителей бизнеса' are other parties)."""
    n = len(ctx.tokens)
    if ctx.lemmas[first] not in PORTFOLIO_HEADS or last + 1 >= n or ctx.lower[last] != "и":
        return last
    before = ctx.tokens[last - 1]
    if not before.text.islower() or before.feat("Case") != "Gen" or before.pos != "NOUN":
        return last
    if ctx.compiled.kinds.find(ctx.lemmas[last + 1 : last + 2]):
        return last  # 'и правительства ...': a second body
    j, nouns = last + 1, 0
    while j < n and ctx.tokens[j].sent == ctx.tokens[first].sent:
        token = ctx.tokens[j]
        if not token.text.islower() or token.pos not in ("NOUN", "ADJ"):
            break
        if token.feat("Case") != "Gen" or token.feat("Animacy") == "Anim":
            return last
        nouns += token.pos == "NOUN"
        j += 1
    if nouns == 0 or any(s.first == j and s.type in ("LOC", "ORG") for s in ctx.spans):
        return last  # an owner after the second portfolio is read by the government scan
    return j
