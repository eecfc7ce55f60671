"""Where a cue's sentence stands in the text: a sentence that only attributes the one
before it ('Об этом заявил…') and a reminder that retells an earlier event."""

from __future__ import annotations

from .context import Ctx


def _background(ctx: Ctx, index: int) -> bool:
    """'Напомним, в 2006 году стороны подписали соглашение': a sentence opened by a
    reminder retells an earlier event, not the news."""
    sent = ctx.tokens[index].sent
    first = index
    while first > 0 and ctx.tokens[first - 1].sent == sent:
        first -= 1
    return ctx.lemmas[first] in ctx.lexicon.word_set("event_background")


# 'Об этом сообщил губернатор на открытии завода': a sentence that only attributes the one
# before it belongs to the same part of the text, and where it was said is part of the news.
ATTRIBUTION = ("об", "этом")


def _zone(ctx: Ctx, index: int) -> str:
    zone = ctx.zone(index)
    if zone != "body":
        return zone
    first, _ = ctx.sentence_span(index)
    if first == 0:
        return zone
    if tuple(ctx.lower[first : first + 2]) == ATTRIBUTION:
        return "second" if ctx.zone(first - 1) in ("lead", "second") else zone
    # the sentence after an attribution that took the second place is the second sentence
    before, _ = ctx.sentence_span(first - 1)
    if ctx.zone(before) == "second" and tuple(ctx.lower[before : before + 2]) == ATTRIBUTION:
        return "second"
    return zone
