"""Ties the sides already have: background, not what they take up in the news."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .phrases import Match

# 'Нас давно связывают отношения в сфере торговли', 'область славится текстильными
# производствами': the sphere of old ties or of a place's fame is background.
FAME_VERBS = frozenset({"славиться"})
# 'связывать' is also a road or a bridge that links two places ('трасса, связывающая
# порт с заводом'), whose cargo is the news: only ties between the sides are background.
TIES_VERBS = frozenset({"связывать"})
TIES_NOUNS = frozenset(
    {"отношение", "связь", "сотрудничество", "дружба", "партнёрство", "партнерство", "история"}
)
TIES_REACH = 4


def existing_ties(ctx: Ctx, matches: Sequence[Match]) -> set[int]:
    dropped: set[int] = set()
    for n, match in enumerate(matches):
        first, _ = ctx.sentence_span(match.first)
        if any(_background(ctx, k, match.first) for k in range(first, match.first)):
            dropped.add(n)
    return dropped


def _background(ctx: Ctx, k: int, end: int) -> bool:
    lemma = ctx.lemmas[k]
    if lemma in FAME_VERBS:
        return True
    if lemma not in TIES_VERBS:
        return False
    window = ctx.lemmas[max(0, k - TIES_REACH) : min(end, k + TIES_REACH + 1)]
    return bool(TIES_NOUNS & set(window))
