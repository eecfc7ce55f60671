"""What follows 'для' and is still the news's sector: the facility's own work or the
travellers a service is for."""

from __future__ import annotations

from .context import Ctx
from .phrases import Match
from .sector_filters import PURPOSE_ACTIONS

TOURISM = "tourism"


def own_purpose(ctx: Ctx, match: Match) -> bool:
    """'карьер для добычи глины': an action with its goods is what the facility does, not
    whom it serves; 'маршруты для туристов': travellers served are tourism itself. Other
    people after 'для' are an industry's workers, its customers ('газы для металлургов'),
    as 'для оптической промышленности' is."""
    if match.last - match.first > 1 and ctx.lemmas[match.first] in PURPOSE_ACTIONS:
        return True
    token = ctx.tokens[match.first]
    return match.label == TOURISM and token.pos == "NOUN" and token.feat("Animacy") == "Anim"


# Parts of a machine are machine building: 'подвески и осевые агрегаты для прицепов' is the
# vehicle trade itself, not a customer of it.
MACHINE_PARTS = (
    "деталь",
    "комплектующ",
    "запчаст",
    "компонент",
    "узел",
    "агрегат",
    "подвеск",
    "шасси",
    "ось",
)
MACHINE_BUILDING = "machine_building"


def machine_parts(ctx: Ctx, match: Match) -> bool:
    """A machine after 'для' with a part word right before it."""
    if match.label != MACHINE_BUILDING:
        return False
    for k in range(match.first - 1, max(0, match.first - 8), -1):
        if ctx.lemmas[k] == "для":
            return ctx.lemmas[k - 1].startswith(MACHINE_PARTS)
    return False
