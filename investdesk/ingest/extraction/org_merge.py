"""Merging the organisation candidates of a text: one body printed several ways is one."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Any

from investdesk.core.palladius import palladius_syllables, pinyin_syllables

from ..lexicon import name_key
from .context import Ctx, fold_homoglyphs
from .org_missions import complete_missions
from .org_short_forms import (
    ADJECTIVE_END,
    acronym_of,
    acronym_of_prefix,
    compound_acronym,
    defined_acronyms,
    inflected_prefix,
    known_after_descriptor,
    merge_ministry_short_names,
    merge_without_adjective,
    national_and_regional,
    place_adjective_acronym,
    regional_acronym,
    regional_compound,
)
from .orgs import SHORT_FORMS, Org, initials


def merge_orgs(ctx: Ctx, orgs: list[Org], places: list[str]) -> list[Org]:
    merged: dict[str, Org] = {}
    inners = {name_key(o.inner): o for o in orgs if o.inner and o.source == "typed"}
    for org in sorted(orgs, key=lambda o: o.start):
        if len(name_key(org.name).strip("«» ")) < 2:
            continue  # a name cut to one letter ('Технопарк Н' of 'Технопарк Н2О') names nothing
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
        target = merged.get(name_key(full)) or _only_owned(merged, name_key(full), org)
        if full != org.name and target is not None and target is not org:
            target.absorb(org)
            del merged[key]
    _merge_owner_and_portfolio(ctx, merged)
    _merge_country_variants(ctx, merged)
    _merge_by_signature(merged, _without_russia, _russia_first)
    _merge_same_quoted_site(merged)
    _merge_by_signature(merged, _head_and_quote, order=lambda item: -len(item[1].name))
    _merge_by_signature(merged, _type_and_quote, order=lambda item: -len(item[1].name))
    _merge_by_signature(merged, _province_folded, order=lambda item: -len(item[1].name))
    _merge_by_signature(merged, _zone_and_place, order=lambda item: "«" not in item[1].name)
    _merge_by_signature(merged, _chinese_reading)
    _merge_described_known(ctx, merged)
    _merge_inside_lexicon(merged)
    merge_ministry_short_names(merged, ctx)
    merge_without_adjective(merged)
    _merge_bracketed_rendering(ctx, merged)
    _merge_inflected_inner(merged)
    _merge_latin_variants(merged)
    result = list(merged.values())
    defined = defined_acronyms(ctx, result)
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
                or acronym_of(org.name, o.name)
                or acronym_of_prefix(org.name, o.name)
                or compound_acronym(org.name, o.name)
                or regional_acronym(org.name, o.name)
                or regional_compound(org.name, o.name)
                or (
                    (name_key(o.name).startswith(key + " ") or inflected_prefix(org.name, o.name))
                    and not national_and_regional(ctx, key, o.name)
                )
                or (org.name.isupper() and name_key(o.name).endswith(" " + key))
                or (
                    org.name.isupper()
                    and len(org.name) >= 2
                    and initials(o.name) == org.name.upper()
                )
                or place_adjective_acronym(org.name, o, defined)
            )
        ]
        if longer:
            longer[0].absorb(org)
            continue
        known = known_after_descriptor(ctx, org, result)
        if known is not None:
            known.absorb(org)
            continue
        if org.name.isupper() and any(initials(p) == org.name for p in places):
            continue  # 'СКО' is a region, not a company
        keep.append(org)
    return sorted(complete_missions(ctx, keep), key=lambda o: o.start)


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


def _merge_owner_and_portfolio(ctx: Ctx, merged: dict[str, Org]) -> None:
    """'Агентство по привлечению инвестиций' and 'Агентство Дальнего Востока по привлечению
    инвестиций' (or 'Агентства Дальнего Востока' followed by 'по привлечению инвестиций', where
    NER stopped at the owner's place name): one body printed with and without its owner, named
    in full."""
    portfolios = []
    for key, org in merged.items():
        head, sep, tail = org.name.partition(" по ")
        if sep and " " not in head and len(tail) > 5:
            portfolios.append((key, head.lower(), tail))
    for short_key, head, tail in portfolios:
        if short_key not in merged:
            continue
        for key, org in list(merged.items()):
            words = org.name.split(" ", 1)
            if key == short_key or words[0].lower() != head or len(words) < 2:
                continue
            if org.name.endswith(f" по {tail}") and not words[1].startswith("по "):
                org.absorb(merged.pop(short_key))
                break
            if " по " not in org.name and _portfolio_after(ctx, merged, key, org, tail):
                full = merged[name_key(org.name)]
                other = merged.pop(short_key)
                if other is not full:
                    full.absorb(other)
                break


def _portfolio_after(ctx: Ctx, merged: dict[str, Org], key: str, org: Org, tail: str) -> bool:
    """The body's name printed right before 'по' + ``tail``: it goes on to the portfolio."""
    for k, (start, end) in enumerate(org.ranges):
        match = re.match(r"\s+по\s+" + re.escape(tail) + r"\b", ctx.text[end : end + len(tail) + 8])
        if match is None:
            continue
        del merged[key]
        org.name = f"{org.name} по {tail}"
        org.ranges[k] = (start, end + match.end())
        full = merged.setdefault(name_key(org.name), org)
        if full is not org:
            full.absorb(org)
        return True
    return False


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


def _head_and_quote(org: Org) -> tuple[str, str] | None:
    """'Фонд «X»' and 'Фонд Национального Развития «X»': one body, printed with its full
    name once and by its kind word and quoted name after."""
    match = _INNERMOST_QUOTE.search(org.name)
    head = org.name.split(" ", 1)[0]
    if match is None or not head[:1].isupper() or head.isupper() or head.startswith("«"):
        return None
    if not org.name.endswith("»") or org.name.count("«") != 1:
        return None
    return head.lower(), name_key(match.group(1))


def _type_and_quote(org: Org) -> tuple[str, str] | None:
    """'Молочный комбинат «X»' and 'Комбинат «X»' (a sentence opened by the type word): one
    plant, named with and without its trade."""
    if org.name.count("«") != 1 or not org.name.endswith("»"):
        return None
    prefix, quoted = org.name.split("«")
    words = prefix.split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and not words[1].islower()):
        return None  # 'Фонд Развития «X»': a name, not a trade and a type
    return words[-1].lower(), name_key(quoted)


def _province_folded(org: Org) -> tuple[str, ...] | None:
    """'Народное правительство провинции Хэйлунцзян' and 'Народное правительство Хэйлунцзяна': a
    Chinese province's body named with and without the word 'провинции'."""
    words = org.name.split()
    if len(words) < 3 or "«" in org.name:
        return None
    # 'Хэнань', 'Хэнани': a soft sign ends the nominative the genitive replaces
    kept = tuple(
        _stem(w).removesuffix("ь") for w in words if w.lower() not in ("провинции", "провинция")
    )
    return kept if len(kept) >= 2 and words[-1][:1].isupper() else None


def _zone_and_place(org: Org) -> tuple[str, str] | None:
    """'Ульяновская ОЭЗ' and 'ОЭЗ «Ульяновск»': a zone's acronym with its place, as an
    adjective before or as the quoted name after, is one body (the quoted form stays)."""
    words = org.name.split()
    if len(words) != 2:
        return None
    if words[0].isupper() and len(words[0]) >= 3 and words[1].startswith("«"):
        acronym, place = words[0], words[1].strip("«»")
    elif words[1].isupper() and len(words[1]) >= 3 and words[0].endswith(ADJECTIVE_END):
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


_CASE_ENDING = re.compile(
    r"(?:ыми|ими|ого|его|ому|ему|ых|их|ый|ий|ая|яя|ое|ее|ую|юю|ые|ие|ами|ями|ой|ей|ом|ем|ою|ею|[аяуюеиыо])$"
)

MIN_STEM = 4


def _stem(word: str) -> str:
    return _CASE_ENDING.sub("", word.lower().strip("«»'\" "))


def _merge_inflected_inner(merged: dict[str, Org]) -> None:
    """'в «Алабуге»' (NER's one-word name, its ending cut or kept) is the zone named
    'ОЭЗ «Алабуга»' in the same text: a one-word name whose stem is a typed name's. So is
    'резидентами «Территории развития»', a quoted name printed in another case, word by word."""
    quoted = {}
    for o in merged.values():
        inner = o.inner or (o.name.split()[-1] if re.search("[«'\"]", o.name) else "")
        if not inner and _bare_word(o):
            inner = o.name  # '«Увелка»' ... 'руководство «Увелки»': NER's names, quotes dropped
        if inner:
            quoted[id(o)] = (o, _stems(inner))
    for key, org in list(merged.items()):
        if key not in merged:
            continue  # absorbed by a name printed after it
        if (
            org.source == "typed"
            and org.inner
            and org.name == org.inner
            and (" " in org.inner or len(_stem(org.inner)) >= MIN_STEM)
        ):
            # a bare quoted name ('резидентами «Лотоса»' of 'ОЭЗ «Лотос»')
            stems = _stems(org.inner)
        elif org.source == "typed" or org.inner or " " in org.name or not org.name[:1].isupper():
            continue
        else:
            stems = _stems(org.name)
            if len(stems[0]) < MIN_STEM:
                continue
        target = next(
            (
                o
                for o, s in quoted.values()
                if o is not org
                and s == stems
                and o.name != org.name
                # 'завода «Лотос»' beside 'ОЭЗ «Лотос»': a name printed alike under another
                # type word is another body; only another case form is the same one
                and not (org.source == "typed" and o.inner == org.inner)
            ),
            None,
        )
        if target is None:
            continue
        if (target.name == target.inner or _bare_word(target)) and target.start > org.start:
            # two bare quoted names: the first printed (the nominative, as a rule) stays
            target, org = org, target
            key = next(k for k, o in merged.items() if o is org)
        target.absorb(org)
        del merged[key]
        quoted.pop(id(org), None)


def _bare_word(org: Org) -> bool:
    """One capitalised word NER read as a name, with no type word or inner name."""
    return (
        org.source == "ner"
        and not org.inner
        and " " not in org.name
        and org.name[:1].isupper()
        and not org.name.isupper()
        and len(_stem(org.name)) >= MIN_STEM
    )


def _stems(name: str) -> tuple[str, ...]:
    return tuple(_stem(word) for word in name.split())


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


def _only_owned(merged: dict[str, Org], key: str, org: Org) -> Org | None:
    """'Госсовет' printed without its owner after 'Государственный Совет Республики
    Татарстан': the one body of that kind the text names with an owner."""
    if " " not in key:
        return None
    owned = [other for k, other in merged.items() if k.startswith(f"{key} ") and other is not org]
    return owned[0] if len(owned) == 1 else None
