"""Words to normal forms, the same way for indexed text and for queries.

Lemmas come from the project's one lemmatiser, ``investdesk.core.lemmas``.
"""

import re

from investdesk.core.lemmas import normal_forms
from investdesk.core.translit import word_key

WORD_RE = re.compile(r"\w+", re.UNICODE)
MAX_TEXT_CHARS = 20_000


def words(text: str) -> list[str]:
    """Lowercase words, with ё folded into е as Russian writers do inconsistently."""
    return WORD_RE.findall((text or "")[:MAX_TEXT_CHARS].lower().replace("ё", "е"))


def index_text(*parts: str) -> str:
    """The indexed form of a record: all normal forms, then the raw words.

    The words of all parts are found in one pass (the parts joined by a line break,
    which no word crosses); a record's index text is built a million times in a reindex.
    """
    parts = tuple(part for part in parts if part)
    if any(len(part) > MAX_TEXT_CHARS for part in parts):
        raw = [word for part in parts for word in words(part)]
    else:
        raw = WORD_RE.findall("\n".join(parts).lower().replace("ё", "е"))
    unique = dict.fromkeys(raw)
    lemmas = dict.fromkeys(form for word in unique for form in normal_forms(word))
    return " ".join([*lemmas, *(word for word in unique if word not in lemmas)])


def query_terms(query: str) -> list[tuple[str, ...]]:
    """For each query word, the alternatives that may match it: normal forms, itself, and
    its key across scripts ('Лунчэн' and '龙城' also look for 'longcheng')."""
    terms = []
    for word in words(query):
        key = word_key(word)
        alternatives = tuple(dict.fromkeys((*normal_forms(word), word, *([key] if key else []))))
        terms.append(alternatives)
    return terms
