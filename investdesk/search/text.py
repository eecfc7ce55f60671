"""Words to normal forms (pymorphy3), the same way for indexed text and for queries."""

import re
from functools import lru_cache

WORD_RE = re.compile(r"\w+", re.UNICODE)
CYRILLIC_RE = re.compile(r"[а-я]")
MAX_TEXT_CHARS = 20_000


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def words(text: str) -> list[str]:
    """Lowercase words, with ё folded into е as Russian writers do inconsistently."""
    return WORD_RE.findall((text or "")[:MAX_TEXT_CHARS].lower().replace("ё", "е"))


@lru_cache(maxsize=200_000)
def normal_forms(word: str) -> tuple[str, ...]:
    """Every normal form pymorphy3 offers for a word (a surname may be read two ways).

    Indexing all of them and querying any of them makes "Огородниковой" find
    "Огородникова" whichever reading the analyser prefers. Non-Cyrillic words stay as
    they are: Latin and Chinese names match on their lowercase spelling.
    """
    if not CYRILLIC_RE.search(word):
        return (word,)
    forms = {parse.normal_form.replace("ё", "е") for parse in _morph().parse(word)}
    return tuple(sorted(forms))


def index_text(*parts: str) -> str:
    """The indexed form of a record: all normal forms, then the raw words."""
    raw = [word for part in parts if part for word in words(part)]
    lemmas: list[str] = []
    seen: set[str] = set()
    for word in raw:
        for form in normal_forms(word):
            if form not in seen:
                seen.add(form)
                lemmas.append(form)
    extra = [word for word in dict.fromkeys(raw) if word not in seen]
    return " ".join(lemmas + extra)


def query_terms(query: str) -> list[tuple[str, ...]]:
    """For each query word, the alternatives that may match it (normal forms and itself)."""
    terms = []
    for word in words(query):
        alternatives = tuple(dict.fromkeys((*normal_forms(word), word)))
        terms.append(alternatives)
    return terms
