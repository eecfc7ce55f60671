"""A one-word company name in an oblique case turned to the nominative, and the ministries'
short names that do not decline."""

from __future__ import annotations

import re

from .. import morph

_MASC_ENDINGS = (("ом", ""), ("а", ""), ("у", ""), ("е", ""))


_DECLINED_ACRONYM = re.compile(r"([A-ZА-ЯЁ]{3,})(?:а|у|ом|е|ой)")


# A ministry's short name built on its portfolio in the genitive ('Минэкономразвития',
# 'Минприроды', 'Минобрнауки') is the same in every case
INDECLINABLE_MINISTRY = re.compile(r"^Мин[а-яё]{3,}(?:развития|[ыи])$")


def company_nominative(token, name: str) -> str:
    """'Белагромаша' -> 'Белагромаш': a one-word company name the dictionary does not know,
    in an oblique case, declined like a masculine noun."""
    declined = _DECLINED_ACRONYM.fullmatch(name)
    if declined is not None and name == token.text:
        return declined.group(1)  # 'СИБУРу', 'ВТБом': an acronym with a case ending
    case = token.feat("Case")
    if case in (None, "Nom") or name != token.text or not name[:1].isupper():
        return name
    if morph.known_word(name) or len(name) < 5 or not name[-2].isalpha():
        return name
    for ending, replacement in _MASC_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and stem[-1].lower() in "бвгджзклмнпрстфхцчшщ":
            if ending == "е" and case != "Loc" or ending == "у" and case not in ("Dat", "Acc"):
                continue
            return stem + replacement
    return name
