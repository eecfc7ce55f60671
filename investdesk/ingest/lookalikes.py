"""Letters of another script that look like Cyrillic ones, folded before the text is tagged.

Copy sites and some feeds swap Cyrillic letters for Greek or Latin look-alikes inside Russian
words ("Алеκсеем", "нахοдясь"): to the tagger and the dictionary such a word is unknown, so a
person or a place in it is missed or kept with the foreign letter. Each word is folded to the
script most of its letters are in, one character for one, so every offset stays the same; a word
whose smaller part has a letter with no look-alike is a brand written in two scripts on purpose.
"""

from __future__ import annotations

import re

# Look-alike pairs: (Latin or Greek, Cyrillic)
_TO_CYRILLIC = {
    **dict(zip("aceopxykABCEHKMOPTX", "асеорхукАВСЕНКМОРТХ", strict=True)),
    **dict(zip("αεκορτχΑΒΕΗΚΜΟΡΤΧ", "аекортхАВЕНКМОРТХ", strict=True)),
}
# Cyrillic letters with a Latin look-alike; extraction's name matching folds with it too
CYRILLIC_TO_LATIN = dict(zip("асеорхукАВСЕНКМОРТХ", "aceopxykABCEHKMOPTX", strict=True))
_TO_LATIN = CYRILLIC_TO_LATIN
_WORD = re.compile(r"\w+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_foreign_letter(char: str) -> bool:
    return ("a" <= char.lower() <= "z") or "\u0370" <= char <= "\u03ff"


def _fold_word(match: re.Match[str]) -> str:
    word = match.group(0)
    cyrillic = sum(1 for c in word if _is_cyrillic(c))
    foreign = sum(1 for c in word if _is_foreign_letter(c))
    if not cyrillic or not foreign:
        return word
    if cyrillic > foreign:
        table, minority = _TO_CYRILLIC, _is_foreign_letter
    elif foreign > cyrillic:
        table, minority = _TO_LATIN, _is_cyrillic
    else:
        return word
    # 'СберCloud', 'ЯндексGo': a brand written in two scripts on purpose has letters with no
    # look-alike ('б', 'G') in its smaller part, and is left as printed
    if any(minority(c) and c not in table for c in word):
        return word
    return "".join(table.get(c, c) for c in word)


# 'Санкт‑Петербурга' typed with a non-breaking hyphen: one word to the tagger only with '-'
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def fold_lookalikes(text: str) -> str:
    """'Алеκсеем' -> 'Алексеем', 'Нongqi' -> 'Hongqi'; words in one script are left alone;
    typographic hyphens inside words become '-'."""
    return _WORD.sub(_fold_word, text.translate(_HYPHENS))
