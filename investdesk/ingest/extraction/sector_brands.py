"""A brand quoted inside a name whose kind already tells the trade: 'Молочный комбинат
«Северное сияние»' is dairy, its brand's words are no second sector."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .phrases import Match


def _name_spans(ctx: Ctx) -> list[tuple[int, int]]:
    """Token ranges of organisations' names and of quoted names."""
    spans = [ctx.token_range(m.start, m.end) for m in ctx.mentions if m.type == "organization"]
    spans.extend((q.first, q.last) for q in ctx.quoted)
    return spans


def quoted_brands(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    """Indices of matches inside a quoted part of a name when the same name outside the
    quotes has a match of another direction (its kind: 'кондитерская фабрика', 'завод
    металлоконструкций')."""
    if not ctx.quoted:
        return set()
    names = _name_spans(ctx)
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        for quoted in ctx.quoted:
            if not (quoted.first <= match.first and match.last <= quoted.last):
                continue
            if any(
                other.label != match.label
                and a <= other.first
                and other.last <= b
                and not (quoted.first <= other.first and other.last <= quoted.last)
                for a, b in names
                if a < quoted.first and quoted.last <= b
                for other in matches
            ):
                dropped.add(n)
                break
    return dropped
