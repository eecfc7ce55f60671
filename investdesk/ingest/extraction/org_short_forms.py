"""Short forms of organisations' names: acronyms, compounds and ministries' short names."""

from __future__ import annotations

import re

from .. import morph
from ..lexicon import name_key
from .context import Ctx
from .orgs import BRACKET_ACRONYM, Org, initials

ADJECTIVE_END = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")


def inflected_prefix(short: str, full: str) -> bool:
    """'Харбинской ассоциации' (a case form left as printed) is the first words of
    'Харбинская ассоциация промышленности и торговли': word by word on stems."""
    words, longer = short.lower().split(), full.lower().split()
    if len(words) < 2 or len(longer) <= len(words) or not short[:1].isupper():
        return False
    return all(
        len(a) >= 4 and len(b) >= 4 and a[: min(len(a), len(b)) - 2] == b[: min(len(a), len(b)) - 2]
        for a, b in zip(words, longer, strict=False)
    )


def place_adjective_acronym(name: str, full: Org, defined: dict[str, Org]) -> bool:
    """'Приморский НЗМУ': a place adjective before the acronym of a name printed in full."""
    words = name.split()
    if len(words) != 2 or not words[1].isupper() or not words[0].endswith(ADJECTIVE_END):
        return False
    acronym = words[1]
    return defined.get(name_key(acronym)) is full or initials(full.name) == acronym


def acronym_of(short: str, full: str) -> bool:
    """'ТПП Республики Казахстан' is 'Торгово-промышленная палата Республики Казахстан':
    an acronym of the full name's first words, then the same words."""
    head, _, tail = short.partition(" ")
    if not tail or not head.isupper() or len(head) < 2:
        return False
    if not full.endswith(" " + tail):
        # 'ФРП РБ' is 'Фонд развития промышленности Республики Башкортостан': the owner's
        # initials too
        words = full.split()
        return tail.isupper() and any(
            initials(" ".join(words[:n])) == head and initials(" ".join(words[n:])) == tail
            for n in range(1, len(words))
        )
    return initials(full[: -len(tail) - 1]) == head


def compound_acronym(short: str, full: str) -> bool:
    """'УВЗ' is 'Уралвагонзавод': the first letters of a compound word's parts, in order."""
    if not short.isupper() or not 3 <= len(short) <= 5 or not short.isalpha():
        return False
    word = full.strip('«»" ')
    if " " in word or word.isupper() or word[:1].upper() != short[0]:
        return False
    rest = iter(word[1:].upper())
    return all(letter in rest for letter in short[1:])


def acronym_of_prefix(short: str, full: str) -> bool:
    """'ЦПЭ' is 'Центр поддержки экспорта Подмосковья': the initials of the full name's first
    words, the rest a capitalised owner (a place) the short form leaves out."""
    if not short.isupper() or len(short) < 3 or " " in short:
        return False
    words = full.split()
    for n in range(2, len(words)):
        rest = words[n:]
        if initials(" ".join(words[:n])) == short and _owner_words(rest):
            return True
    return False


# The kind words of a region's name in the genitive ('Энской области', 'Энского края')
_REGION_KIND_WORDS = frozenset(
    {"области", "края", "округа", "автономного", "республики", "района", "города"}
)


def _owner_words(rest: list[str]) -> bool:
    """A capitalised owner: 'Подмосковья', 'Энской области' ('ТПП' of 'Торгово-промышленная
    палата Энской области')."""
    return rest[0][:1].isupper() and all(w[:1].isupper() or w in _REGION_KIND_WORDS for w in rest)


def regional_acronym(short: str, full: str) -> bool:
    """'Саратовская ТПП' is 'Торгово-промышленная палата Саратовской области': a place
    adjective and an acronym, the same acronym's words and the place in the genitive."""
    adjective, _, acronym = short.partition(" ")
    if not acronym.isupper() or len(acronym) < 2 or " " in acronym or len(adjective) < 5:
        return False
    if not adjective[:1].isupper() or not adjective.endswith(("ая", "ий", "ый", "ой", "ое")):
        return False
    stem = adjective[:-2].lower()
    words = full.split()
    if len(words) > 1 and words[0].lower() == adjective.lower():
        # 'Астраханская ТПП' and 'Астраханская торгово-промышленная палата'
        return initials(" ".join(words[1:])) == acronym
    for n in range(1, len(words)):
        if initials(" ".join(words[:n])) == acronym:
            return any(w.lower().startswith(stem) for w in words[n:])
    return False


# Compound short forms: their first part stands for an adjective of the full name
# ('инвестсовет' is 'инвестиционный совет', 'промпарк' is 'промышленный парк')
COMPOUND_PARTS = {"инвест": "инвестиционн", "пром": "промышленн", "эконом": "экономическ"}


def regional_compound(short: str, full: str) -> bool:
    """'Нижегородский инвестсовет' is 'Инвестиционный совет при Губернаторе Нижегородской
    области': a place adjective and a compound short form, the compound's words and the
    place somewhere in the full name."""
    adjective, _, compound = short.lower().partition(" ")
    if not compound or " " in compound or len(adjective) < 6 or not short[:1].isupper():
        return False
    if not adjective.endswith(("ий", "ый", "ой", "ая", "ое")):
        return False
    words = full.lower().replace("ё", "е").split()
    for part, stem in COMPOUND_PARTS.items():
        rest = compound[len(part) :]
        if not compound.startswith(part) or len(rest) < 4:
            continue
        joined = any(
            a.startswith(stem) and b.startswith(rest[:4])
            for a, b in zip(words, words[1:], strict=False)
        )
        if joined and any(w.startswith(adjective[:-2]) for w in words):
            return True
    return False


def national_and_regional(ctx: Ctx, key: str, longer: str) -> bool:
    """'Фонд развития промышленности' (a national body the lexicon knows) and 'Фонд развития
    промышленности Астраханской области' are two bodies: the longer one's owner is a place."""
    if key not in ctx.lexicon.org_index:
        return False
    rest = longer.split()[len(key.split()) :]
    return bool(rest) and rest[0][:1].isupper()


_OWNER_FOLD = {"рф": "россия", "россии": "россия", "российской федерации": "россия"}

_CASE_ENDINGS = ("а", "у", "ом", "е", "ы", "и", "я", "ю", "ем")


def _portfolio(name: str) -> tuple[list[str], str] | None:
    """'Министерство промышленности и торговли РФ' -> (['промышленности', 'торговли'], 'россия');
    'Министерство экономики Энской области' -> (['экономики'], 'энской области')."""
    words = name.split()
    if len(words) < 2 or words[0].lower() != "министерство":
        return None
    n = next((k for k, w in enumerate(words[1:], 1) if w[:1].isupper()), len(words))
    body, owner_words = words[1:n], words[n:]
    if owner_words and not owner_words[0][:1].isupper():
        return None
    owner = " ".join(owner_words).lower()
    return [w.lower() for w in body if w.lower() not in ("и", "по", ",")], _OWNER_FOLD.get(
        owner, owner
    )


def _spells_portfolio(rest: str, words: list[str]) -> bool:
    """'промторг' spells 'промышленности торговли': prefixes (of two letters or more, maybe
    with a linking 'о') of the portfolio's words, in order, each word used at most once."""

    def fits(i: int, k: int) -> bool:
        if i == len(rest):
            return True
        for j in range(k, len(words)):
            word = words[j]
            for size in range(len(rest) - i, 1, -1):
                piece = rest[i : i + size]
                linked = piece.endswith("о") and size > 3 and word.startswith(piece[:-1])
                if (word.startswith(piece) or linked) and fits(i + size, j + 1):
                    return True
        return False

    return fits(0, 0)


def _region_owners(ctx: Ctx) -> dict[str, str]:
    """The regions the text names, by their genitive forms as printed and as the full name:
    'Подмосковья' and 'Московской области' are one owner."""
    cached = ctx.cache.get("region_owners")
    if cached is not None:
        return cached
    owners: dict[str, str] = {}
    for span in ctx.spans:
        if span.type != "LOC":
            continue
        region = ctx.lexicon.region_index.get(name_key(span.normal))
        if region is not None:
            owners.setdefault(span.text.lower().replace("ё", "е"), region.name)
            owners.setdefault(morph.genitive_phrase(region.name).lower(), region.name)
    ctx.cache["region_owners"] = owners
    return owners


def _owner_key(ctx: Ctx | None, owner: str) -> str:
    owner = _OWNER_FOLD.get(owner, owner)
    if ctx is None or not owner:
        return owner
    return _region_owners(ctx).get(owner.replace("ё", "е"), owner)


def _title_only(ctx: Ctx | None, org: Org) -> bool:
    """A ministry named only by an official's title ('министр экономики региона'), not printed
    as a name anywhere."""
    return (
        ctx is not None
        and bool(org.ranges)
        and all(not ctx.text[a:b].lower().startswith("министерств") for a, b in org.ranges)
    )


def merge_ministry_short_names(merged: dict[str, Org], ctx: Ctx | None = None) -> None:
    """'Минпромторг' and 'Министерство промышленности и торговли РФ' in one text: the short
    name spells the portfolio's words; its owner, if printed, is the same (a region's
    informal name and its official one are the same owner). The printed short name is kept
    when the full one is only an official's title ('Минэкономики Энии' and 'министр экономики
    региона')."""
    full = [(o, p) for o in merged.values() if (p := _portfolio(o.name)) is not None]
    for key, org in list(merged.items()):
        if merged.get(key) is not org:
            continue  # absorbed by a short name earlier in this loop
        head, _, owner = org.name.partition(" ")
        if not head.startswith("Мин") or len(head) < 6 or not head[3:4].islower():
            continue
        owner = _owner_key(ctx, owner.lower())
        rest = head[3:].lower()
        stems = [rest] + [rest[: -len(e)] for e in _CASE_ENDINGS if rest.endswith(e)]
        matches = [
            o
            for o, (words, own) in full
            if o is not org
            and (not owner or owner == _owner_key(ctx, own))
            and any(_spells_portfolio(stem, words) for stem in stems)
        ]
        if len(matches) != 1:
            continue
        if _title_only(ctx, matches[0]) and owner:
            org.absorb(matches[0])
            for other_key in [k for k, o in merged.items() if o is matches[0]]:
                del merged[other_key]
            full = [(o, p) for o, p in full if o is not matches[0]]
        else:
            matches[0].absorb(org)
            del merged[key]


def known_after_descriptor(ctx: Ctx, org: Org, orgs: list[Org]) -> Org | None:
    """'Федеральный Фонд развития промышленности': one descriptive word before a known
    organisation's name found in the same text is not part of it."""
    words = name_key(org.name).split(" ", 1)
    if len(words) < 2 or not words[0].endswith(("ый", "ий", "ой", "ая", "ое")):
        return None
    rest = words[1]
    for other in orgs:
        if other is not org and name_key(other.name) == rest and rest in ctx.lexicon.org_index:
            return other
    return None


# also a ministry's short name with its owner: '(Минэкономразвития России)'
_DEFINITION = re.compile(
    r"\s*\(([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9&\-.]{1,9}|Мин[а-яё]{3,20}(?: [А-ЯЁ][А-Яа-яЁё]{1,10})?)\)"
)


def defined_acronyms(ctx: Ctx, orgs: list[Org]) -> dict[str, Org]:
    """'Корпорация развития Дальнего Востока и Арктики (КРДВ)': an upper-case short form in
    brackets right after a name (or at the end of its span) is that organisation's."""
    defined: dict[str, Org] = {}
    for org in orgs:
        for start, end in org.ranges:
            span = ctx.text[start:end]
            match = _DEFINITION.match(ctx.text, end) or BRACKET_ACRONYM.search(span)
            if match is None:
                continue
            short = match.group(1) if match.re is _DEFINITION else match.group(0)
            short = short.strip(" ()")
            if sum(ch.isupper() for ch in short) >= 2 and name_key(short) != name_key(org.name):
                defined.setdefault(name_key(short), org)
    return defined


def merge_without_adjective(merged: dict[str, Org]) -> None:
    """'Правительство провинции X' (from a title) is 'Народное правительство провинции X'
    printed in the same text: a government body's name without the adjective that opens the
    full name."""
    by_key = {name_key(o.name): o for o in merged.values()}
    for key, org in list(merged.items()):
        if org.source != "government" or merged.get(key) is not org:
            continue
        for full_key, full in by_key.items():
            adjective, _, rest = full_key.partition(" ")
            if (
                full is not org
                and any(o is full for o in merged.values())
                and rest == name_key(org.name)
                and adjective.endswith(ADJECTIVE_END)
                and len(adjective) >= 5
            ):
                full.absorb(org)
                del merged[key]
                break
