"""Organisations: the record, its name tidied, lexicon aliases, kinds and countries.

The candidates come from ``org_typed`` (a type word and a quoted or Latin name),
``org_ner`` (natasha's ORG spans, cleaned) and ``org_government`` (government bodies,
also the ministries named in officials' titles); lexicon aliases are found here.
``org_merge`` merges a text's candidates, ``org_short_forms`` tells short forms of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .context import Ctx

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
    "госсовет": "государственный совет",
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
    r"|Инкорпорейт[еэ]д|ГмбХ|Гмбх|ЛЛК|Пвт\.?\s+Лтд\.?|А\.\s?Ш\.?)(?=»*$)",
    re.IGNORECASE,  # 'Интернешнл пвт. лтд.' is printed in lower case as often
)

# '... и Ко.' ('& Co.') names the partners, it is no legal form
_AND_COMPANY = re.compile(r"\s(?:и|&)\s+(Ко\.?)(?=[\s,]+Лтд\.?»*$)")

# 'China X Holdings («Хуатай»)': a Latin name's Russian rendering in quoted brackets
_BRACKET_RENDERING = re.compile(r"(?<=[A-Za-z.])\s*\(\s*«[^»()]*»?\)?$")

BRACKET_ACRONYM = re.compile(r"\s*\([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&\-]{1,10}(?: [A-ZА-ЯЁ]{1,4})?\)$")


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
    name = BRACKET_ACRONYM.sub("", name)  # 'Корпорация развития ... (КРКО)' -> the name
    name = _BRACKET_LATIN.sub("", name)
    name = _BRACKET_RENDERING.sub("", name)  # '... за рубежом (China Overseas ..., CODA)
    partners = _AND_COMPANY.search(name)
    name = _TRANSLIT_LEGAL.sub("", name)
    if partners and not name.endswith(partners.group(1)):
        name = name.rstrip() + " " + partners.group(1)  # 'Мицуи и Ко., Лтд.' -> 'Мицуи и Ко.'
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip()  # '(ЗАО «ТФК)»': the bracket closes around the quote
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
    while first < last - 1 and (
        ctx.lower[first] in legal
        or ctx.tokens[first].text in '«"'
        # 'ПО «Форэнерго»' (производственное объединение); 'по' alone is a preposition
        or (ctx.tokens[first].text == "ПО" and ctx.tokens[first + 1].text in '«"')
    ):
        first += 1
    return first


def initials(name: str) -> str:
    words = re.split(r"[\s-]+", name.strip("«» "))
    return "".join(w[0] for w in words if len(w) >= 3 or w.isupper()).upper()


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
