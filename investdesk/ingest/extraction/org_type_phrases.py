"""The type phrase before an organisation's name: found, and put in the nominative."""

from __future__ import annotations

from .. import morph
from ..lexicon import OrgType
from ..nlp import noun_group_nominative
from .context import Ctx

# The display of a type whose words stay as printed ('Свободная экономическая зона «X»').
AS_PRINTED = "*"

# Plants whose capitalised adjectives before the type word belong to their name
NAMED_PLANTS = frozenset(
    {"завод", "комбинат", "фабрика", "бумкомбинат", "целлюлозно-бумажный комбинат"}
)


# the kinds of a special economic zone, printed short: industrial-production,
# technology-innovation, tourist-recreation
ZONE_KIND_ACRONYMS = frozenset({"ППТ", "ТВТ", "ТРТ"})


def type_before(ctx: Ctx, j: int) -> tuple[OrgType | None, int, bool]:
    """The org type phrase ending at token ``j`` (skipping legal forms and '(ОЭЗ)')."""
    legal = ctx.lexicon.word_set("legal_forms")
    had_legal = False
    while j >= 0 and (ctx.lower[j] in legal or ctx.tokens[j].text in '«"'):
        had_legal = had_legal or ctx.lower[j] in legal
        j -= 1
    if j >= 2 and ctx.tokens[j].text == ")" and ctx.tokens[j - 2].text == "(":
        j -= 3
    if j >= 1 and ctx.tokens[j].text in ZONE_KIND_ACRONYMS:
        j -= 1  # 'ОЭЗ ТРТ «X»': the zone's kind, printed short, after its type word
    if j >= 2 and ctx.lower[j] == "как" and ctx.tokens[j - 1].text == ",":
        j -= 2  # 'такие компании, как «X»': the type word is before ', как'
    if j >= 2 and ctx.lemmas[j] == "тип" and ctx.tokens[j - 1].pos == "ADJ":
        j -= 2  # 'зону технико-внедренческого типа «...»': the zone's kind
        if j >= 2 and ctx.tokens[j].text == ")" and ctx.tokens[j - 2].text == "(":
            j -= 3  # 'зоны (ОЭЗ) промышленного типа «...»': the acronym before the kind
    if j < 0:
        return None, j, had_legal
    found = _type_ending_at(ctx, j)
    origin = _origin_start(ctx, j) if found is None else None
    if origin is not None:
        # 'компания из провинции X «Y»': a company word, its origin, then its name
        found = _type_ending_at(ctx, origin - 1)
        if found is not None and found[0].display is not None:
            found = None  # only a descriptor ('компания') is told apart from its name so
    if found is None:
        return None, j, had_legal
    return found[0], found[1], had_legal


OWNER_REACH = 4


def before_owner(ctx: Ctx, j: int) -> int:
    """The end of a type phrase followed by its owner in the genitive ('компании нашего
    региона'), or ``j`` when none is found within reach."""
    k = j
    while k > j - OWNER_REACH and k >= 1:
        token = ctx.tokens[k]
        if token.feat("Case") != "Gen" or token.pos not in ("NOUN", "ADJ", "DET", "PRON", "PROPN"):
            break
        k -= 1
        if _type_ending_at(ctx, k) is not None:
            return k
    return j


# Place words between 'из' and a place's name ('из провинции Аньхой')
_ORIGIN_PLACE_WORDS = frozenset({"провинция", "город", "штат", "регион", "область", "республика"})


def _origin_start(ctx: Ctx, j: int) -> int | None:
    """The 'из' of an origin phrase ('из Китая', 'из провинции X') ending at token ``j``."""
    span = next((s for s in ctx.spans if s.type == "LOC" and s.last == j + 1), None)
    if span is None:
        return None
    k = span.first - 1
    if k >= 0 and ctx.lemmas[k] in _ORIGIN_PLACE_WORDS and ctx.tokens[k].text.islower():
        k -= 1
    return k if k >= 1 and ctx.lower[k] == "из" else None


def _type_ending_at(ctx: Ctx, j: int) -> tuple[OrgType, int] | None:
    if j < 0:
        return None
    window = max(0, j - 5)
    best = None
    for match in ctx.compiled.org_types.find(ctx.lemmas[window : j + 1]):
        if match.last + window == j + 1 and (best is None or match.first < best.first):
            best = match
    if best is None:
        return None
    return ctx.lexicon.org_types[int(best.label)], best.first + window


def described_type(ctx: Ctx, type_start: int, opening: int, org_type: OrgType | None) -> str:
    """'Курского областного индустриального парка «X»': a park's or a zone's own adjectives
    before its type words (the first capitalised, not opening the sentence) are its name's."""
    if org_type is None:
        return ""
    # 'Шимановского машиностроительного завода «X»': a plant named with its town's adjective
    plant = org_type.phrase in NAMED_PLANTS
    if not plant and (org_type.site in (None, "enterprise") or not org_type.display):
        return ""
    if (org_type.display or "").isupper() or opening - type_start > 4:
        return ""
    k = type_start
    while k > 0 and ctx.tokens[k - 1].pos == "ADJ" and type_start - k < 3:
        k -= 1
    if k == type_start or not ctx.tokens[k].text[:1].isupper() or ctx.is_sentence_start(k):
        return ""
    if any(t.text[:1].isupper() for t in ctx.tokens[k + 1 : opening]):
        return ""  # 'Северо-Западный Индустриальный парк' is a NER name
    tokens = ctx.tokens[k:opening]
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    return noun_group_nominative(tokens, text, tokens[0].start)


# plants named by their type word, which a lower-case trade adjective may qualify
TRADE_PLANTS = frozenset({"комбинат"})


def trade_plant(ctx: Ctx, type_start: int, opening: int, org_type: OrgType) -> str:
    """'молочного комбината «X»' -> 'Молочный комбинат': the plant's type word with the one
    lower-case adjective of its trade before it, in the nominative."""
    if org_type.phrase not in TRADE_PLANTS or opening - type_start != 1 or type_start == 0:
        return ""
    adjective = ctx.tokens[type_start - 1]
    if adjective.pos != "ADJ" or not adjective.text.islower():
        return ""
    if not ctx.compiled.sectors.find(ctx.lemmas[type_start - 1 : opening]):
        return ""  # 'нового комбината': not a trade
    tokens = ctx.tokens[type_start - 1 : opening]
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    phrase = noun_group_nominative(tokens, text, tokens[0].start)
    return phrase[:1].upper() + phrase[1:]


def type_phrase(ctx: Ctx, type_start: int, opening: int) -> str:
    """'Национального центра' -> 'Национальный центр': the type words, with the capitalised
    adjectives before them, in the nominative."""
    k = type_start
    while k > 0 and ctx.tokens[k - 1].pos == "ADJ" and ctx.tokens[k - 1].text[:1].isupper():
        k -= 1
    tokens = ctx.tokens[k:opening]
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    phrase = noun_group_nominative(tokens, text, tokens[0].start)
    return phrase[:1].upper() + phrase[1:]


def singular_phrase(ctx: Ctx, start: int, end: int) -> str:
    """'свободные экономические зоны' -> 'Свободная экономическая зона': a type phrase in the
    nominative singular, capitalised (a zone is named one at a time)."""
    tokens = []
    for token in ctx.tokens[start:end]:
        if token.pos not in ("ADJ", "NOUN"):
            break
        tokens.append(token)
    nouns = [t for t in tokens if t.pos == "NOUN"]
    head = morph.best_parse(nouns[0].text, "NOUN", nouns[0].feats) if nouns else None
    gender = head.tag.gender if head is not None else None
    words = []
    for token in tokens:
        parse = morph.best_parse(token.text, token.pos, token.feats)
        wanted = {"nomn", "sing"} | ({gender} if gender and token.pos == "ADJ" else set())
        inflected = parse.inflect(wanted) if parse is not None else None
        words.append(inflected.word if inflected is not None else token.text.lower())
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]
