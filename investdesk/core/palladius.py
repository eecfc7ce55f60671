"""Pinyin <-> Palladius (the Russian spelling of Chinese syllables), from a syllable table.

Kept apart from ``translit`` (which adds characters via pypinyin, a large dictionary) so
that the extraction workers, which only need to recognise Palladius names, stay lean.
The table and the company words are data: ``data/translit.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "translit.json"
CYRILLIC_RE = re.compile(r"[а-яё]", re.IGNORECASE)
# Russian case endings a Chinese given name or surname takes ('с Ло Шисюном').
CASE_ENDINGS = ("ом", "ем", "ым", "ой", "ю", "у", "а", "я", "е")


@cache
def translit_data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def pinyin_to_palladius_table() -> dict[str, str]:
    return dict(translit_data()["palladius"])


@cache
def palladius_to_pinyin_table() -> dict[str, str]:
    table: dict[str, str] = {}
    # shorter pinyin first: 'lo' would shadow 'luo' otherwise, and 'luo' is the name
    for pinyin, cyrillic in sorted(pinyin_to_palladius_table().items(), key=lambda i: -len(i[0])):
        table.setdefault(cyrillic, pinyin)
    return table


def _segment(word: str, table: dict[str, str]) -> list[str] | None:
    """Split a word into the fewest syllables of ``table`` (None when it does not split)."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            piece = word[start:end]
            if head is not None and piece in table:
                candidate = [*head, piece]
                if best[end] is None or len(candidate) < len(best[end]):  # type: ignore[arg-type]
                    best[end] = candidate
    return best[n]


@lru_cache(maxsize=20_000)
def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """'Longcheng' -> ('long', 'cheng'); None when the word is not pinyin."""
    lowered = word.lower().replace("ü", "v").replace("'", "")
    if not lowered.isascii() or not lowered.isalpha():
        return None
    parts = _segment(lowered, pinyin_to_palladius_table())
    return tuple(parts) if parts else None


@lru_cache(maxsize=20_000)
def palladius_syllables(word: str) -> tuple[str, ...] | None:
    """'Лунчэн' -> ('long', 'cheng') (pinyin); None when the word is not Palladius."""
    lowered = word.lower().replace("ё", "е")
    if not CYRILLIC_RE.search(lowered) or not lowered.isalpha():
        return None
    parts = _segment(lowered, palladius_to_pinyin_table())
    if not parts:
        return None
    table = palladius_to_pinyin_table()
    return tuple(table[p] for p in parts)


def chinese_nominative(word: str) -> str | None:
    """The nominative of a Chinese name part in a Russian case form, or None.

    'Шисюном' -> 'Шисюн': the word does not split into Palladius syllables, but without
    a case ending it does and ends in a consonant, as declined Chinese names do.
    """
    if palladius_syllables(word) is not None:
        return None
    lowered = word.lower()
    for ending in CASE_ENDINGS:
        base = lowered[: -len(ending)]
        if (
            lowered.endswith(ending)
            and len(base) >= 2
            and base[-1] in "нь"
            and palladius_syllables(base)
        ):
            return word[: len(base)]
    return None


@cache
def chinese_surnames() -> frozenset[str]:
    """The commonest Chinese family names in Palladius, lowercase ('ван', 'ли', 'чжан')."""
    table = pinyin_to_palladius_table()
    return frozenset(table[s] for s in translit_data()["chinese_surnames"])


def chinese_given_name(word: str) -> str | None:
    """The nominative of a word that reads as a Chinese given name (one or two Palladius
    syllables, maybe in a Russian case form), or None."""
    base = chinese_nominative(word) or word
    syllables = palladius_syllables(base)
    if syllables and len(syllables) <= 2 and base[:1].isupper():
        return base
    return None
