"""Kinds of machinery listed before one head noun: 'сельскохозяйственная, дорожная,
строительная техника' is machine building, not farming or construction."""

from __future__ import annotations

from .context import Ctx
from .phrases import Match

MACHINE_BUILDING = "machine_building"
MACHINERY_HEADS = frozenset({"техника", "машина", "оборудование", "спецтехника"})
LIST_JOINS = frozenset({",", "и", "или"})
# a few adjectives of a list and the joins between them
MACHINERY_REACH = 8


def listed_machinery(ctx: Ctx, match: Match) -> bool:
    """An adjective of another direction that opens a list of adjectives ending in a
    machinery noun ('сельскохозяйственной, коммунальной и дорожной техники'). The plain
    pair without a comma is already an exclude phrase of directions.json; the commas are
    what the phrase matcher does not cross."""
    if match.label == MACHINE_BUILDING or ctx.tokens[match.last - 1].pos != "ADJ":
        return False
    sent = ctx.tokens[match.first].sent
    joined = False
    for k in range(match.last, min(len(ctx.tokens), match.last + MACHINERY_REACH)):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if ctx.lemmas[k] in MACHINERY_HEADS:
            return joined
        if token.text in LIST_JOINS or ctx.lemmas[k] in LIST_JOINS:
            joined = True
        elif token.pos != "ADJ":
            return False
    return False
