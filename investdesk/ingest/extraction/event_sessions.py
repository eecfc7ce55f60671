"""Sessions and talks that are no one's meeting: a deciding body's session, talks as an
ongoing state of affairs."""

from __future__ import annotations

from .context import Ctx
from .phrases import Match

# 'заседание инвестсовета', 'заседание наблюдательного совета', 'заседание правительства':
# a body that decides; 'межправительственной комиссии', 'российско-китайского совета' meet two
# sides, so their sessions are talks.
DECIDING_BODIES = frozenset(
    {"совет", "инвестсовет", "правительство", "кабмин", "президиум", "коллегия", "штаб", "группа"}
)
BILATERAL = (
    "межправительствен",
    "двусторон",
    "межгосударствен",
    "смешанн",
    "совместн",
    "российско-",
)


def _deciding_session(ctx: Ctx, first: int) -> bool:
    """'на заседании инвестиционного совета': the session of a deciding body, named right
    after the cue through adjectives and genitives, with no mark of two sides."""
    _, stop = ctx.sentence_span(first)
    for k in range(first + 1, min(first + 5, stop)):
        lemma = ctx.lemmas[k]
        if "-" in lemma and ("российск" in lemma or lemma.startswith(BILATERAL)):
            return False
        if lemma.startswith(BILATERAL):
            return False
        if lemma in DECIDING_BODIES:
            return True
        if ctx.tokens[k].pos not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


# 'переговоры ведутся', 'переговоры продолжаются': talks as an ongoing process
ONGOING = frozenset({"вестись", "идти", "продолжаться"})


def _talks_under_way(ctx: Ctx, match: Match) -> bool:
    if ctx.lemmas[match.first] != "переговоры":
        return False
    _, stop = ctx.sentence_span(match.first)
    for k in range(match.last, min(match.last + 8, stop)):
        # the talks' verb after their complement ('переговоры о строительстве завода ведутся')
        if ctx.lemmas[k] in ONGOING and ctx.tokens[k].feat("Tense") == "Pres":
            return True
        if ctx.tokens[k].pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


# 'совещание по вопросам взаимодействия с Н-ской стороной': officials meet on a subject
TOPIC_PREPOSITIONS = frozenset({"по"})


def _meeting_on_topic(ctx: Ctx, first: int, last: int) -> bool:
    """'межведомственное совещание по вопросам поставок', 'совещание по вопросу развития
    связей с X': a meeting named by its subject, with no partner right after it, is the
    officials' own working session, even when a foreign side is what they discuss."""
    if first > 0 and ctx.lemmas[first - 1].startswith("межведомствен"):
        return True
    _, stop = ctx.sentence_span(first)
    k = last
    while k < stop and ctx.tokens[k].pos == "ADJ":
        k += 1
    return k < stop and ctx.lower[k] in TOPIC_PREPOSITIONS
