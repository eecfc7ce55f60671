"""Political parties and their committees, named by a party word and whose party it is.

Partner delegations abroad are often party officials ('секретарь партийного комитета
города X', 'член ЦК коммунистической партии X'): the party is a named body even when
printed in lower case, which the NER misses. 'партия' also means a batch of goods ('первая
партия продукции'), so a party needs a political adjective and a capitalised owner.
"""

from __future__ import annotations

import re

from .context import Ctx
from .orgs import Org

# The adjectives that make 'партия' a political party, as stems
_POLITICAL = (
    r"(?:коммунистическ|трудов|народн|социалистическ|демократическ|революционн"
    r"|либеральн|рабоч|республиканск|консервативн)"
)
_OWNER = r"(?P<owner>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)"
_PATTERNS = (
    (
        "adj",
        re.compile(
            rf"(?<![\w-])((?i:{_POLITICAL})(?:ая|ой|ую|ей))\s+(?i:парти(?:я|и|ю|ей|ией))\s+{_OWNER}"
        ),
    ),
    ("com", re.compile(rf"(?<![\w-])(?i:компарти(?:я|и|ю|ей|ией))\s+{_OWNER}")),
    (
        "cmt",
        re.compile(
            rf"(?<![\w-])(?i:партийн(?:ый|ого|ому|ым|ом)\s+комитет(?:а|у|ом|е)?)\s+{_OWNER}"
        ),
    ),
)


def _adjective_nominative(word: str) -> str:
    """'коммунистической' -> 'Коммунистическая': the feminine nominative."""
    stem = word[:-2]
    return (stem + "ая").capitalize()


def party_candidates(ctx: Ctx) -> list[Org]:
    out = []
    for how, pattern in _PATTERNS:
        for match in pattern.finditer(ctx.text):
            owner = match.group("owner")
            if how == "adj":
                name = f"{_adjective_nominative(match.group(1))} партия {owner}"
            elif how == "com":
                name = f"Компартия {owner}"
            else:
                name = f"Партийный комитет {owner}"
            out.append(Org(name, kind="other", ranges=[match.span()], source="party"))
    return out
