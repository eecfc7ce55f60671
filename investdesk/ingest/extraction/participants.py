"""Sites the text names or the guests visited, and participants known only by role."""

from __future__ import annotations

from typing import Any

from ..lexicon import name_key
from .context import Ctx
from .orgs import Org

VISIT_LEMMAS = frozenset(
    {
        "посетить",
        "посещать",
        "посещение",
        "осмотреть",
        "осмотр",
        "побывать",
        "ознакомиться",
        "экскурсия",
        "проинспектировать",
        "показать",
    }
)
ROLE_LINKS = frozenset({"и", ",", "а", "также"})


def _municipality(ctx: Ctx, org: Org, end: int) -> str | None:
    lexicon = ctx.lexicon
    if org.inner:
        found = lexicon.municipality_index.get(name_key(org.inner))
        if found:
            return found
    i = ctx.token_index(end)
    # 'технопарк «Импульс» в Ханты-Мансийске'
    if i + 1 < len(ctx.tokens) and ctx.lemmas[i] == "в":
        for span in ctx.spans:
            if span.type == "LOC" and span.first == i + 1:
                return lexicon.municipality_index.get(name_key(span.normal), span.normal)
    return None


def collect_sites(ctx: Ctx, orgs: list[Org]) -> list[dict[str, Any]]:
    sites: dict[str, dict[str, Any]] = {}
    for org in orgs:
        if not org.site_kind:
            continue
        start, end = org.ranges[0]
        first = ctx.token_index(start)
        sent = ctx.tokens[first].sent if first < len(ctx.tokens) else -1
        if org.site_kind == "enterprise":
            sentence = ctx.sents[sent] if sent >= 0 else None
            lemmas = set(ctx.lemmas[sentence.first : sentence.last]) if sentence else set()
            if not lemmas & VISIT_LEMMAS:
                continue
        name, kind = org.name, org.site_kind
        municipality = _municipality(ctx, org, end)
        entry = ctx.lexicon.site_index.get(name_key(name)) or (
            ctx.lexicon.site_index.get(name_key(org.inner)) if org.inner else None
        )
        if entry is not None:
            name, kind = entry.name, entry.kind
            municipality = entry.municipality or municipality
        sites.setdefault(name_key(name), {"name": name, "kind": kind, "municipality": municipality})
        ctx.add("site", start, end, name)
    return list(sites.values())


def collect_unnamed(ctx: Ctx, orgs: list[Org]) -> list[dict[str, str]]:
    """'основатель и руководство компании X' -> two participants known by role."""
    roles = ctx.lexicon.word_set("unnamed_roles")
    person_starts = {s.first for s in ctx.spans if s.type == "PER"}
    result: list[dict[str, str]] = []
    for org in orgs:
        for start, end in org.ranges:
            first = ctx.token_index(start)
            after = ctx.token_index(end)
            if after in person_starts or (
                after + 1 in person_starts
                and after < len(ctx.lemmas)
                and ctx.tokens[after].text == ","
            ):
                continue
            i = first - 1
            while i >= 0 and ctx.lemmas[i] in ("компания", "организация", "предприятие"):
                i -= 1
            found: list[str] = []
            while i >= 0 and (ctx.lemmas[i] in roles or ctx.lemmas[i] in ROLE_LINKS):
                if ctx.lemmas[i] in roles:
                    found.append(ctx.lemmas[i])
                i -= 1
            for role in reversed(found):
                item = {"role": role, "organization": org.name}
                if item not in result:
                    result.append(item)
    return result
