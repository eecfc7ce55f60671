"""What follows 'для' and is still the news's sector: the facility's own work or the
people a service is for."""

from __future__ import annotations

from .context import Ctx
from .phrases import Match
from .sector_filters import PURPOSE_ACTIONS


def own_purpose(ctx: Ctx, match: Match) -> bool:
    """'карьер для добычи глины': an action with its goods is what the facility does, not
    whom it serves; 'маршруты для туристов': people served by a service are its trade
    ('для оптической промышленности' stays a customer)."""
    if match.last - match.first > 1 and ctx.lemmas[match.first] in PURPOSE_ACTIONS:
        return True
    token = ctx.tokens[match.first]
    return token.pos == "NOUN" and token.feat("Animacy") == "Anim"
