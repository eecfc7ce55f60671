"""The one lemmatiser of the project (pymorphy3), for ingestion and search alike.

Every lookup is cached, because texts repeat the same few thousand words and uncached
parsing dominates the cost. ``ingest/morph.py`` builds its tag-aware helpers on
``parses``; ``search/text.py`` indexes and queries with ``normal_forms``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

CYRILLIC_RE = re.compile(r"[а-яё]", re.IGNORECASE)

_analyzer: pymorphy3.MorphAnalyzer | None = None


def analyzer() -> pymorphy3.MorphAnalyzer:
    global _analyzer
    if _analyzer is None:
        _analyzer = pymorphy3.MorphAnalyzer()
    return _analyzer


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word (as written: callers lowercase when they need)."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=200_000)
def normal_forms(word: str) -> tuple[str, ...]:
    """Every normal form pymorphy3 offers for a word (a surname may be read two ways).

    ё is folded into е. Non-Cyrillic words stay as they are (Latin and Chinese names
    match on their spelling).
    """
    if not CYRILLIC_RE.search(word):
        return (word,)
    return tuple(sorted({p.normal_form.replace("ё", "е") for p in parses(word.lower())}))


def stem(word: str, length: int = 5) -> str:
    """A crude stem: the first ``length`` letters of the lowercase word (ё as е)."""
    return word.lower().replace("ё", "е")[:length]
