"""How much a text says about a direction: produce passing between a farm and a works."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .phrases import Match

# The farm-to-food chain: a cannery's vegetables are its inputs, a livestock farm's milk and
# meat its output. When one end is named by its works ('консервный завод', 'свиноводческий
# комплекс') and the other only by the produce passing between them, the item is about the
# works.
AGRICULTURE = "agriculture"
FOOD = "food"
CROPS = frozenset(
    {
        "овощ",
        "фрукт",
        "кукуруза",
        "соя",
        "соевый",
        "пшеница",
        "ячмень",
        "рожь",
        "гречиха",
        "овёс",
        "овес",
        "картофель",
        "подсолнечник",
        "рапс",
        "свекла",
        "томат",
        "томатный",
        "огурец",
        "морковь",
        "капуста",
        "горох",
        "зерно",
        "зерновой",
        "хлопок",
        "сельхозпродукция",
        "сельхозкультура",
        "урожай",
        "бройлер",
        "семя",
        "корм",
        "кормовой",
    }
)
FARM_PRODUCE = frozenset({"мясо", "молоко", "мясной", "молочный"})


# a textile mill's fibres ('изделия из кашемира, шерсти и хлопка') are its inputs
FIBRES = frozenset({"хлопок", "шерсть", "лён", "лен", "льняной", "хлопковый", "шерстяной"})
TEXTILE_STEMS = ("трикотаж", "текстил", "ткан", "швейн", "прядильн")


def works_over_produce(ctx: Ctx, matches: Sequence[Match]) -> set[str]:
    """The end of the farm-to-food chain named only by its produce, when the other end is
    named by its works."""
    farm = [m for m in matches if m.label == AGRICULTURE]
    food = [m for m in matches if m.label == FOOD]
    mill = any(m.label == "other" and m.phrase.startswith(TEXTILE_STEMS) for m in matches)
    if farm and mill and all(_names_only(ctx, m, FIBRES) for m in farm):
        return {AGRICULTURE}
    if not farm or not food:
        return set()
    farm_produce = [_names_only(ctx, m, CROPS) for m in farm]
    food_produce = [_names_only(ctx, m, FARM_PRODUCE) for m in food]
    if all(farm_produce) and not all(food_produce):
        return {AGRICULTURE}
    if all(food_produce) and not all(farm_produce):
        return {FOOD}
    return set()


def _names_only(ctx: Ctx, match: Match, produce: frozenset[str]) -> bool:
    """Every content word of the match is produce ('овощей', 'молочной и мясной продукции')."""
    content = [
        ctx.lemmas[k]
        for k in range(match.first, match.last)
        if ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN")
        and ctx.lemmas[k] not in ("продукция", "продукт")
    ]
    return bool(content) and all(word in produce for word in content)
