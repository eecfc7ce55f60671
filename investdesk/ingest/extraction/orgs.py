"""Organisations: the record, merging the candidates of a text, kinds and countries.

The candidates come from ``org_typed`` (a type word and a quoted or Latin name),
``org_ner`` (natasha's ORG spans, cleaned) and ``org_government`` (government bodies,
also the ministries named in officials' titles); lexicon aliases are found here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from investdesk.core.palladius import palladius_syllables, pinyin_syllables

from ..lexicon import name_key
from .context import Ctx, fold_homoglyphs

EXPANSIONS = {
    "облдума": "областная Дума",
    "гордума": "городская Дума",
    "госдума": "Государственная Дума",
}
# Short forms kept as printed, but the same body as its full name in the same text
# ('Витебский облисполком' after 'Витебским областным исполнительным комитетом').
SHORT_FORMS = {
    "облисполком": "областной исполнительный комитет",
    "горисполком": "городской исполнительный комитет",
    "райисполком": "районный исполнительный комитет",
    "генконсульство": "генеральное консульство",
    "торгпредство": "торговое представительство",
}
LATIN_SUFFIXES = ("Ltd", "Co", "Inc", "LLC", "Corp", "Ltd.", "Co.")
_STRAIGHT = re.compile(r'"([^"]+)"')
_LONE_STRAIGHT = re.compile(r'"(?=\w)')
# 'Фонд развития промышленности Астраханской области (ФРП АО)': an acronym of one or two words
# A foreign rendering of a Russian name, in brackets at its end
_BRACKET_LATIN = re.compile(r"(?<=[а-яё])\s*\([A-Za-z][A-Za-z0-9&.,'\- ]{3,}\)$")
# A foreign legal form transliterated at the end of a name ('... Прайвэт Лимитэд', '... Ко., Лтд'):
# names are kept without their legal forms
_TRANSLIT_LEGAL = re.compile(
    r"(?<=\w)[\s,]+(?:(?:Прайв[еэ]т|Паблик)\s+)?(?:Лимит[еэ]д|(?:Ко\.?,?\s*)?Лтд\.?|Инк\.?"
    r"|Инкорпорейт[еэ]д|ГмбХ|Гмбх|ЛЛК|Пвт\.?\s+Лтд\.?|А\.\s?Ш\.?)(?=»*$)"
)
# 'China X Holdings («Хуатай»)': a Latin name's Russian rendering in quoted brackets
_BRACKET_RENDERING = re.compile(r"(?<=[A-Za-z.])\s*\(\s*«[^»()]*»?\)?$")
_BRACKET_ACRONYM = re.compile(r"\s*\([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&\-]{1,10}(?: [A-ZА-ЯЁ]{1,4})?\)$")


@dataclass
class Org:
    name: str
    kind: str | None = None
    country: str | None = None
    ranges: list[tuple[int, int]] = field(default_factory=list)
    site_kind: str | None = None
    inner: str | None = None
    source: str = "ner"
    core: list[tuple[int, int]] = field(default_factory=list)  # the name proper, for blocking
    owner: str | None = None  # a government body's owner in the genitive ('Ямала')
    owner_body: Org | None = None  # the body named before whose owner this one shares

    def absorb(self, other: Org) -> None:
        """``other`` is this organisation printed again: its places in the text are this one's."""
        self.ranges.extend(other.ranges)
        self.core.extend(other.core)

    @property
    def start(self) -> int:
        return min(a for a, _ in self.ranges)

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "country": self.country, "kind": self.kind or "other"}


def tidy_name(name: str) -> str:
    name = _STRAIGHT.sub(r"«\1»", " ".join(name.split()))
    name = _LONE_STRAIGHT.sub("«", name)  # 'Агропредприятие "Колос' (a nested quote closed once)
    name = _BRACKET_ACRONYM.sub("", name)  # 'Корпорация развития ... (КРКО)' -> the name
    name = _BRACKET_LATIN.sub("", name)
    name = _BRACKET_RENDERING.sub("", name)  # '... за рубежом (China Overseas ..., CODA)
    name = _TRANSLIT_LEGAL.sub("", name)
    if name.count("«") > name.count("»"):
        name += "»" * (name.count("«") - name.count("»"))
    words = name.split(" ")
    out = []
    for word in words:
        bare = word.lower().strip("«»")
        expansion = EXPANSIONS.get(bare)
        if expansion:
            out.append(expansion)
        else:
            out.append(word)
    return " ".join(out)


def strip_legal(ctx: Ctx, first: int, last: int) -> int:
    legal = ctx.lexicon.word_set("legal_forms")
    while first < last - 1 and (ctx.lower[first] in legal or ctx.tokens[first].text in '«"'):
        first += 1
    return first


def initials(name: str) -> str:
    words = re.split(r"[\s-]+", name.strip("«» "))
    return "".join(w[0] for w in words if len(w) >= 3 or w.isupper()).upper()


def merge_orgs(ctx: Ctx, orgs: list[Org], places: list[str]) -> list[Org]:
    merged: dict[str, Org] = {}
    inners = {name_key(o.inner): o for o in orgs if o.inner and o.source == "typed"}
    for org in sorted(orgs, key=lambda o: o.start):
        owner = inners.get(name_key(org.name)) if org.source != "typed" else None
        if owner is not None:
            # '«Восход Север»' alone is the zone named elsewhere with its type
            org.name, org.inner, org.kind = owner.name, owner.inner, owner.kind
        entry = ctx.lexicon.org_index.get(name_key(org.name)) or (
            ctx.lexicon.org_index.get(name_key(org.inner)) if org.inner else None
        )
        if entry is not None:
            org.name, org.kind = entry.name, entry.kind
            org.country = org.country or entry.country
        key = name_key(fold_homoglyphs(org.name))
        if key in merged:
            merged[key].absorb(org)
            continue
        merged[key] = org
    # 'Правительство Поморья' is 'Правительство Архангельской области' named in the same text
    for key, org in list(merged.items()):
        if org.source == "government" and org.inner and name_key(org.inner) in merged:
            target = merged[name_key(org.inner)]
            if target is not org:
                target.absorb(org)
                del merged[key]
    for key, org in list(merged.items()):
        full = " ".join(SHORT_FORMS.get(w.lower(), w) for w in org.name.split())
        target = merged.get(name_key(full))
        if full != org.name and target is not None and target is not org:
            target.absorb(org)
            del merged[key]
    _merge_country_variants(ctx, merged)
    _merge_by_signature(merged, _without_russia, _russia_first)
    _merge_same_quoted_site(merged)
    _merge_by_signature(merged, _zone_and_place, order=lambda item: "«" not in item[1].name)
    _merge_by_signature(merged, _chinese_reading)
    _merge_described_known(ctx, merged)
    _merge_inside_lexicon(merged)
    _merge_ministry_short_names(merged)
    _merge_bracketed_rendering(ctx, merged)
    _merge_inflected_inner(merged)
    _merge_latin_variants(merged)
    result = list(merged.values())
    defined = _defined_acronyms(ctx, result)
    keep = []
    for org in result:
        key = name_key(org.name)
        longer = [
            o
            for o in result
            if o is not org
            and len(o.name) > len(org.name)
            and (
                defined.get(key) is o
                or _acronym_of(org.name, o.name)
                or _acronym_of_prefix(org.name, o.name)
                or _regional_acronym(org.name, o.name)
                or _regional_compound(org.name, o.name)
                or (
                    (name_key(o.name).startswith(key + " ") or _inflected_prefix(org.name, o.name))
                    and not _national_and_regional(ctx, key, o.name)
                )
                or (org.name.isupper() and name_key(o.name).endswith(" " + key))
                or (
                    org.name.isupper()
                    and len(org.name) >= 2
                    and initials(o.name) == org.name.upper()
                )
                or _place_adjective_acronym(org.name, o, defined)
            )
        ]
        if longer:
            longer[0].absorb(org)
            continue
        known = _known_after_descriptor(ctx, org, result)
        if known is not None:
            known.absorb(org)
            continue
        if org.name.isupper() and any(initials(p) == org.name for p in places):
            continue  # 'СКО' is a region, not a company
        keep.append(org)
    return sorted(keep, key=lambda o: o.start)


_ADJECTIVE_END = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")


def _inflected_prefix(short: str, full: str) -> bool:
    """'Харбинской ассоциации' (a case form left as printed) is the first words of
    'Харбинская ассоциация промышленности и торговли': word by word on stems."""
    words, longer = short.lower().split(), full.lower().split()
    if len(words) < 2 or len(longer) <= len(words) or not short[:1].isupper():
        return False
    return all(
        len(a) >= 4 and len(b) >= 4 and a[: min(len(a), len(b)) - 2] == b[: min(len(a), len(b)) - 2]
        for a, b in zip(words, longer, strict=False)
    )


def _place_adjective_acronym(name: str, full: Org, defined: dict[str, Org]) -> bool:
    """'Приморский НЗМУ': a place adjective before the acronym of a name printed in full."""
    words = name.split()
    if len(words) != 2 or not words[1].isupper() or not words[0].endswith(_ADJECTIVE_END):
        return False
    acronym = words[1]
    return defined.get(name_key(acronym)) is full or initials(full.name) == acronym


def _acronym_of(short: str, full: str) -> bool:
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


def _acronym_of_prefix(short: str, full: str) -> bool:
    """'ЦПЭ' is 'Центр поддержки экспорта Подмосковья': the initials of the full name's first
    words, the rest a capitalised owner (a place) the short form leaves out."""
    if not short.isupper() or len(short) < 3 or " " in short:
        return False
    words = full.split()
    for n in range(2, len(words)):
        rest = words[n:]
        if initials(" ".join(words[:n])) == short and all(w[:1].isupper() for w in rest):
            return True
    return False


def _regional_acronym(short: str, full: str) -> bool:
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


def _regional_compound(short: str, full: str) -> bool:
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


def _national_and_regional(ctx: Ctx, key: str, longer: str) -> bool:
    """'Фонд развития промышленности' (a national body the lexicon knows) and 'Фонд развития
    промышленности Астраханской области' are two bodies: the longer one's owner is a place."""
    if key not in ctx.lexicon.org_index:
        return False
    rest = longer.split()[len(key.split()) :]
    return bool(rest) and rest[0][:1].isupper()


def _merge_by_signature(
    merged: dict[str, Org],
    signature: Callable[[Org], Hashable | None],
    order: Callable[[tuple[str, Org]], Any] | None = None,
) -> None:
    """Organisations with the same signature (None: none) are one body printed several
    ways: the first in ``order`` (the text's, by default) takes the places of the others."""
    kept: dict[Hashable, Org] = {}
    items = sorted(merged.items(), key=order) if order else list(merged.items())
    for key, org in items:
        found = signature(org)
        if found is None:
            continue
        first = kept.setdefault(found, org)
        if first is not org:
            first.absorb(org)
            del merged[key]


def _merge_country_variants(ctx: Ctx, merged: dict[str, Org]) -> None:
    """'Посольство КНР в РФ' and 'Посольство Китая в России': one body whose names differ
    only in how the countries are printed."""
    countries = ctx.lexicon.country_name_index
    loc_spans = [s for s in ctx.spans if s.type == "LOC"]

    def countries_folded(org: Org) -> str | None:
        start, end = org.ranges[0]
        first, last = ctx.token_range(start, end)
        folded, k, found = [], first, False
        while k < last:
            span = next((s for s in loc_spans if s.first == k and s.last <= last), None)
            country = countries.get(name_key(span.normal)) if span is not None else None
            if span is not None and country is not None:
                folded.append(country)
                found = True
                k = span.last
                continue
            folded.append(ctx.lemmas[k])
            k += 1
        return " ".join(folded).lower() if found else None

    _merge_by_signature(merged, countries_folded)


# How a federal body's name says it is Russia's ('Министерство России по ...', '... РФ')
RUSSIA_WORDS = frozenset({"россии", "рф", "российской", "федерации"})
FEDERAL_HEADS = frozenset({"министерство", "агентство", "служба"})


def _without_russia(org: Org) -> tuple[str, ...] | None:
    """'Министерство по делам X' and 'Министерство России по делам X' in one text: one
    federal ministry, printed with and without its country."""
    words = name_key(org.name).split()
    if not words or words[0] not in FEDERAL_HEADS:
        return None
    return tuple(w for w in words if w not in RUSSIA_WORDS)


def _russia_first(item: tuple[str, Org]) -> tuple[bool, int]:
    """The name that says whose the body is stays."""
    key, org = item
    return (not set(key.split()) & RUSSIA_WORDS, org.start)


_INNERMOST_QUOTE = re.compile(r"«([^«»]+)»+$")


def _merge_same_quoted_site(merged: dict[str, Org]) -> None:
    """'ОЭЗ «Алабуга»' and 'ОЭЗ ППТ «Алабуга»': the same type word first and the same quoted
    name last are one body printed with and without its full type; the longer one stays."""

    def type_and_name(org: Org) -> tuple[str, str] | None:
        match = _INNERMOST_QUOTE.search(org.name)
        head = org.name.split(" ", 1)[0]
        if match is None or not head.isupper() or head.startswith("«"):
            return None
        return head, name_key(match.group(1))

    _merge_by_signature(merged, type_and_name, order=lambda item: -len(item[1].name))


def _zone_and_place(org: Org) -> tuple[str, str] | None:
    """'Ульяновская ОЭЗ' and 'ОЭЗ «Ульяновск»': a zone's acronym with its place, as an
    adjective before or as the quoted name after, is one body (the quoted form stays)."""
    words = org.name.split()
    if len(words) != 2:
        return None
    if words[0].isupper() and len(words[0]) >= 3 and words[1].startswith("«"):
        acronym, place = words[0], words[1].strip("«»")
    elif words[1].isupper() and len(words[1]) >= 3 and words[0].endswith(_ADJECTIVE_END):
        acronym, place = words[1], words[0]
    else:
        return None
    if len(place) < 6 or not place[:1].isupper():
        return None
    return acronym, place[:5].lower()


def _merge_described_known(ctx: Ctx, merged: dict[str, Org]) -> None:
    """'Общероссийская общественная организация ... «Опора России»': a description before the
    quoted name of an organisation the lexicon knows is that organisation."""
    for key, org in list(merged.items()):
        match = _INNERMOST_QUOTE.search(org.name)
        if match is None or match.start() == 0:
            continue
        entry = ctx.lexicon.org_index.get(name_key(match.group(1)))
        target = merged.get(name_key(entry.name)) if entry is not None else None
        if target is not None and target is not org:
            target.absorb(org)
            del merged[key]


def _merge_inside_lexicon(merged: dict[str, Org]) -> None:
    """'ФРП' found by the lexicon inside 'ФРП РБ': a known short name printed as a part of a
    longer organisation's name is that organisation, not the national body."""
    for key, org in list(merged.items()):
        if org.source != "lexicon":
            continue
        outers = [
            next(
                (
                    o
                    for o in merged.values()
                    if o is not org
                    and any(a <= x and y < b for a, b in o.ranges)  # more words follow
                ),
                None,
            )
            for x, y in org.ranges
        ]
        outer = outers[0] if outers and all(o is not None for o in outers) else None
        if outer is not None:
            outer.absorb(org)
            del merged[key]


_OWNER_FOLD = {"рф": "россия", "россии": "россия", "российской федерации": "россия"}
_CASE_ENDINGS = ("а", "у", "ом", "е", "ы", "и", "я", "ю", "ем")


def _portfolio(name: str) -> tuple[list[str], str] | None:
    """'Министерство промышленности и торговли РФ' -> (['промышленности', 'торговли'], 'россия')."""
    words = name.split()
    if len(words) < 2 or words[0].lower() != "министерство":
        return None
    body = [w for w in words[1:] if not w[:1].isupper()]
    owner = " ".join(words[1 + len(body) :]).lower()
    if words[1 + len(body) :] and any(not w[:1].isupper() for w in words[1 + len(body) :]):
        return None
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


def _merge_ministry_short_names(merged: dict[str, Org]) -> None:
    """'Минпромторг' and 'Министерство промышленности и торговли РФ' in one text: the short
    name spells the portfolio's words; its owner, if printed, is the same."""
    full = [(o, p) for o in merged.values() if (p := _portfolio(o.name)) is not None]
    for key, org in list(merged.items()):
        head, _, owner = org.name.partition(" ")
        if not head.startswith("Мин") or len(head) < 6 or not head[3:4].islower():
            continue
        owner = _OWNER_FOLD.get(owner.lower(), owner.lower())
        rest = head[3:].lower()
        stems = [rest] + [rest[: -len(e)] for e in _CASE_ENDINGS if rest.endswith(e)]
        matches = [
            o
            for o, (words, own) in full
            if o is not org
            and (not owner or owner == own)
            and any(_spells_portfolio(stem, words) for stem in stems)
        ]
        if len(matches) == 1:
            matches[0].absorb(org)
            del merged[key]


# Words that a Latin company's name may be printed with or without ('X Holdings Group')
_GROUP_WORDS = frozenset({"group", "holding", "holdings", "corporation", "corp", "company"})


def _merge_latin_variants(merged: dict[str, Org]) -> None:
    """'X Holdings Group' is 'X Holdings' with a group word; 'Chengtong' alone is the one
    Latin name that has it as a word: a Latin company printed in several forms is one."""
    latin = [(k, o) for k, o in merged.items() if o.name.isascii() and o.name[:1].isalpha()]
    for key, org in sorted(latin, key=lambda item: -len(item[1].name)):
        words = org.name.lower().split()
        if len(words) < 2 or words[-1] not in _GROUP_WORDS or key not in merged:
            continue
        shorter = merged.get(name_key(" ".join(org.name.split()[:-1])))
        if shorter is not None and shorter is not org:
            shorter.absorb(org)
            del merged[key]
    latin = [(k, o) for k, o in merged.items() if o.name.isascii() and o.name[:1].isalpha()]
    for key, org in latin:
        word = org.name.lower()
        if " " in word or len(word) < MIN_STEM or word in _GROUP_WORDS:
            continue
        holders = [o for _, o in latin if o is not org and word in o.name.lower().split()]
        if len(holders) == 1 and key in merged:
            holders[0].absorb(org)
            del merged[key]


_CASE_ENDING = re.compile(r"(?:ами|ями|ой|ей|ом|ем|ою|ею|[аяуюеиыо])$")
MIN_STEM = 4


def _stem(word: str) -> str:
    return _CASE_ENDING.sub("", word.lower().strip("«»'\" "))


def _merge_inflected_inner(merged: dict[str, Org]) -> None:
    """'в «Алабуге»' (NER's one-word name, its ending cut or kept) is the zone named
    'ОЭЗ «Алабуга»' in the same text: a one-word name whose stem is a typed name's."""
    quoted = {}
    for o in merged.values():
        inner = o.inner or (o.name.split()[-1] if re.search("[«'\"]", o.name) else "")
        if inner and " " not in inner.strip():
            quoted[id(o)] = (o, _stem(inner))
    for key, org in list(merged.items()):
        if org.source == "typed" or org.inner or " " in org.name or not org.name[:1].isupper():
            continue
        stem = _stem(org.name)
        if len(stem) < MIN_STEM:
            continue
        target = next((o for o, s in quoted.values() if o is not org and s == stem), None)
        if target is not None:
            target.absorb(org)
            del merged[key]


def _chinese_reading(org: Org) -> tuple[str, ...] | None:
    """'Хуавэй' and 'Huawei', 'Чжэцзян Лунчэн' and 'Zhejiang Longcheng': a Chinese name in
    Palladius and in pinyin reads as the same syllables (every word must read as Chinese)."""
    words = re.findall(r"[A-Za-zА-Яа-яЁё]+", org.name)
    if not words:
        return None
    syllables: list[str] = []
    for word in words:
        read = pinyin_syllables(word) if word.isascii() else palladius_syllables(word)
        if read is None:
            return None
        syllables.extend(read)
    return tuple(syllables) if len(syllables) >= 2 else None


def _merge_bracketed_rendering(ctx: Ctx, merged: dict[str, Org]) -> None:
    """'«Русал» (Rusal)': a Latin name printed only in brackets right after another
    organisation is that organisation's foreign rendering, not a second body."""
    orgs = list(merged.items())
    for key, org in orgs:
        if not org.name.isascii() or key not in merged:
            continue
        owner = None
        for start, _ in org.ranges:
            before = ctx.text[max(0, start - 3) : start]
            if not before.rstrip().endswith("("):
                owner = None
                break
            cut = ctx.text.rfind("(", 0, start)
            found = next(
                (
                    o
                    for _, o in orgs
                    if o is not org and any(b <= cut <= b + 2 for _, b in o.ranges)
                ),
                None,
            )
            if found is None or (owner is not None and found is not owner):
                owner = None
                break
            owner = found
        if owner is not None and not owner.name.isascii():
            owner.absorb(org)
            del merged[key]


def _known_after_descriptor(ctx: Ctx, org: Org, orgs: list[Org]) -> Org | None:
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


def _defined_acronyms(ctx: Ctx, orgs: list[Org]) -> dict[str, Org]:
    """'Корпорация развития Дальнего Востока и Арктики (КРДВ)': an upper-case short form in
    brackets right after a name (or at the end of its span) is that organisation's."""
    defined: dict[str, Org] = {}
    for org in orgs:
        for start, end in org.ranges:
            span = ctx.text[start:end]
            match = _DEFINITION.match(ctx.text, end) or _BRACKET_ACRONYM.search(span)
            if match is None:
                continue
            short = match.group(1) if match.re is _DEFINITION else match.group(0)
            short = short.strip(" ()")
            if sum(ch.isupper() for ch in short) >= 2 and name_key(short) != name_key(org.name):
                defined.setdefault(name_key(short), org)
    return defined


KIND_ORDER = (
    "development_institution",
    "business_association",
    "government",
    "sez_operator",
    "other",
)


def alias_candidates(ctx: Ctx) -> list[Org]:
    pattern = ctx.lexicon.alias_pattern
    if pattern is None:
        return []
    return [
        Org(match.group(0), ranges=[match.span()], source="lexicon", core=[match.span()])
        for match in pattern.finditer(ctx.text)
    ]


def classify_orgs(ctx: Ctx, orgs: list[Org], mentions: list, foreign: list[str]) -> None:
    for org in orgs:
        start, end = org.ranges[0]
        first, last = ctx.token_range(start, end)
        if org.kind is None:
            labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
            org.kind = next((k for k in KIND_ORDER if k in labels), "enterprise")
        if org.country is None and org.owner_body is not None:
            org.country = org.owner_body.country
        if org.country is None:
            inside = {m.code for m in mentions if first <= m.first < last}
            # 'китайская компания X': an attribute right before the name or its type
            near = [m.code for m in mentions if first - 2 <= m.first < first and m.code != "RU"]
            # 'компания X из КНР': a country right after the name
            after = [m.code for m in mentions if last <= m.first <= last + 2 and m.code != "RU"]
            if org.kind in ("sez_operator", "government"):
                near = after = []
            latin = sum(ch.isascii() and ch.isalpha() for ch in org.name) > len(org.name) / 2
            if "RU" in inside or org.kind == "government" and not inside:
                org.country = "RU"
            elif near or after:
                org.country = (near or after)[-1]
            elif inside:
                org.country = sorted(inside)[0]
            elif latin:
                org.country = foreign[0] if len(foreign) == 1 else None
            else:
                org.country = "RU"
        if org.kind == "enterprise" and org.country not in (None, "RU"):
            org.kind = "investor"
