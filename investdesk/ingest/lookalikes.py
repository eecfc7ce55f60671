"""Letters of another script that look like Cyrillic ones, folded before the text is tagged.

Copy sites and some feeds swap Cyrillic letters for Greek or Latin look-alikes inside Russian
words ("Алеκсеем", "нахοдясь"): to the tagger and the dictionary such a word is unknown, so a
person or a place in it is missed or kept with the foreign letter. Each word is folded to the
script most of its letters are in, one character for one, so every offset stays the same.
"""

from __future__ import annotations

import re

# Look-alike pairs: (Latin or Greek, Cyrillic)
_TO_CYRILLIC = {
    **dict(zip("aceopxykABCEHKMOPTX", "асеорхукАВСЕНКМОРТХ", strict=True)),
    **dict(zip("αεκορτχΑΒΕΗΚΜΟΡΤΧ", "аекортхАВЕНКМОРТХ", strict=True)),
}
_TO_LATIN = {
    **dict(zip("асеорхукАВСЕНКМОРТХ", "aceopxykABCEHKMOPTX", strict=True)),
}
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
        return "".join(_TO_CYRILLIC.get(c, c) for c in word)
    if foreign > cyrillic:
        return "".join(_TO_LATIN.get(c, c) for c in word)
    return word


def fold_lookalikes(text: str) -> str:
    """'Алеκсеем' -> 'Алексеем', 'Нongqi' -> 'Hongqi'; words in one script are left alone."""
    return _WORD.sub(_fold_word, text)
