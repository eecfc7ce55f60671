"""Consulates named as a whole: their rank and their city.

A consulate is one of several a country keeps, so its full name carries the rank and the
city it sits in ('Генеральное консульство X в Казани'). A text often prints the body short
('генконсульство X', 'Консульство X') and gives the rank or the city elsewhere: right after
the name ('..., расположенное в Казани') or in its head's title ('генконсул X в Казани').
"""

from __future__ import annotations

import re

from ..lexicon import name_key
from .context import Ctx
from .orgs import Org

_HEAD = re.compile(
    r"^(?:(?P<rank>генеральное|почетное|почётное)\s+)?(?P<word>генконсульство|консульство)\s+"
    r"(?P<owner>\S.*)$",
    re.IGNORECASE,
)

# A city printed as one word, possibly hyphenated ('в Южно-Сахалинске'); a second
# capitalised word is too often the consul's own name ('генконсул X в Казани Имя Фамилия').
_CITY = r"(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"

# 'Генеральное консульство X, расположенное в Казани': a participle says where it sits
_SITED = r"(?:,?\s+(?i:расположенн|находящ|работающ|действующ)\w*)?"

_RANKS = {"ген": "Генеральное", "почетн": "Почетное", "почётн": "Почетное"}


def _rank_in_text(text: str, owner: str) -> str | None:
    """The rank printed with the same owner anywhere: 'генконсул X', 'Почетного консульства X'."""
    pattern = re.compile(
        rf"(?i:(?P<r>генеральн\w*\s+|почетн\w*\s+|почётн\w*\s+|ген)консул\w*)\s+{re.escape(owner)}\b"
    )
    match = pattern.search(text)
    if match is None:
        return None
    return next(v for k, v in _RANKS.items() if match.group("r").lower().startswith(k))


def _city_in_text(text: str, owner: str) -> str | None:
    """'консульство X в Казани', 'генконсулом X в Казани': the city of X's consulate."""
    pattern = re.compile(rf"(?i:консул\w*)\s+{re.escape(owner)}{_SITED}\s+(?P<prep>во?)\s+{_CITY}")
    cities = {(m.group("prep"), m.group("city")) for m in pattern.finditer(text)}
    if len({c for _, c in cities}) != 1:
        return None  # none, or two consulates of one country: the text must say which
    prep, city = cities.pop()
    return f"{prep} {city}"


def complete_missions(ctx: Ctx, orgs: list[Org]) -> list[Org]:
    """Give each consulate printed short its rank and city; merge the names that then agree."""
    for org in orgs:
        match = _HEAD.match(org.name)
        if match is None or re.search(r"\sво?\s", match.group("owner")):
            continue  # not a consulate, or one printed with its city
        owner = match.group("owner")
        head = org.name[: match.start("owner")].strip()  # 'Генконсульство' stays as printed
        if head.lower() == "консульство":
            rank = _rank_in_text(ctx.text, owner)
            head = f"{rank} консульство" if rank else head
        city = _city_in_text(ctx.text, owner)
        org.name = " ".join(w for w in (head, owner, city) if w)
    kept: dict[str, Org] = {}
    for org in orgs:
        key = name_key(org.name)
        if key in kept:
            kept[key].absorb(org)
        else:
            kept[key] = org
    return list(kept.values())
