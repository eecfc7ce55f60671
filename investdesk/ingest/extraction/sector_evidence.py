"""How much a text says about a direction: a lone word in passing is no direction."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Ctx
from .phrases import Match

# Words of a sentence that speaks of a trade, a project or a field of work: a direction
# word beside them is what the item is about ('завод по выпуску целлюлозы', 'сотрудничество
# в области туризма'); without them it is a thing in passing ('за чашкой чая', 'вручил
# телевизор', 'поблагодарил за гостеприимство').
TRADE_FRAME = frozenset(
    {
        "производство",
        "производить",
        "производственный",
        "выпуск",
        "выпускать",
        "переработка",
        "перерабатывать",
        "перерабатывающий",
        "завод",
        "фабрика",
        "комбинат",
        "цех",
        "линия",
        "предприятие",
        "производитель",
        "изготовление",
        "изготавливать",
        "продукция",
        "продукт",
        "выращивание",
        "выращивать",
        "разведение",
        "ферма",
        "сфера",
        "отрасль",
        "направление",
        "сотрудничество",
        "партнерство",
        "взаимодействие",
        "проект",
        "инвестпроект",
        "строительство",
        "строить",
        "построить",
        "создание",
        "создавать",
        "создать",
        "формирование",
        "формировать",
        "сформировать",
        "развитие",
        "развивать",
        "кластер",
        "комплекс",
        "промышленность",
        "поставка",
        "поставлять",
        "рынок",
        "инвестиция",
        "инвестировать",
        "вложить",
        "вкладывать",
        "реализация",
        "специализироваться",
        "заниматься",
        "деятельность",
        "мощность",
        "запуск",
        "запустить",
        "открытие",
        "реконструкция",
        "модернизация",
        "интерес",
        "перспектива",
        "бизнес",
        "добыча",
        "освоение",
    }
)
FIELD_WORD = "область"
# a mission or an export is its own frame
SELF_FRAMED = frozenset({"export_promotion"})
OPENING_ZONES = frozenset({"title", "lead"})


def passing_mentions(ctx: Ctx, matches: Sequence[Match]) -> set[str]:
    """Directions the text names once, after its opening, in a sentence that speaks of no
    trade, project or field of work."""
    by_label: dict[str, list[Match]] = {}
    for match in matches:
        by_label.setdefault(match.label, []).append(match)
    passing = set()
    for label, found in by_label.items():
        if label in SELF_FRAMED or _places(found) > 1:
            continue
        if any(ctx.zone(m.first) in OPENING_ZONES for m in found):
            continue
        if not _speaks_of_trade(ctx, ctx.tokens[found[0].first].sent):
            passing.add(label)
    return passing


def _speaks_of_trade(ctx: Ctx, sentence: int) -> bool:
    first, last = ctx.sents[sentence].first, ctx.sents[sentence].last
    for k in range(first, last):
        if ctx.lemmas[k] in TRADE_FRAME:
            return True
        # 'в области туризма' is a field of work; 'Ростовской области' a region
        if (
            ctx.lemmas[k] == FIELD_WORD
            and k > first
            and ctx.lemmas[k - 1] == "в"
            and k + 1 < last
            and ctx.tokens[k + 1].text.islower()
        ):
            return True
    return False


def _places(matches: Sequence[Match]) -> int:
    ordered = sorted(matches, key=lambda m: m.first)
    places, end = 0, -1
    for match in ordered:
        if match.first >= end:
            places += 1
        end = max(end, match.last)
    return places


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
    }
)
FARM_PRODUCE = frozenset({"мясо", "молоко", "мясной", "молочный"})


def works_over_produce(ctx: Ctx, matches: Sequence[Match]) -> set[str]:
    """The end of the farm-to-food chain named only by its produce, when the other end is
    named by its works."""
    farm = [m for m in matches if m.label == AGRICULTURE]
    food = [m for m in matches if m.label == FOOD]
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
