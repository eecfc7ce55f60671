"""Names across scripts: Chinese characters, pinyin (Latin) and Palladius (Cyrillic).

"Zhejiang Longcheng Machinery", "Чжэцзян Лунчэн Машинери" and "浙江龙城机械" are one
name. ``comparison_key`` reduces each to the same canonical Latin key (pinyin syllables
run together, common company words in their canonical English, legal forms dropped);
``name_variants`` spells a name in the other scripts it can be spelt in.

Pure: imports no app. Characters -> pinyin is pypinyin's; pinyin <-> Palladius is a
syllable table and company words a word list, both in ``data/translit.json``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pypinyin import Style, lazy_pinyin

from .palladius import (
    CYRILLIC_RE,
    chinese_nominative,
    palladius_syllables,
    palladius_to_pinyin_table,
    pinyin_syllables,
    pinyin_to_palladius_table,
    translit_data,
)

__all__ = [
    "chinese_nominative",
    "comparison_key",
    "han_to_pinyin",
    "index_forms",
    "name_variants",
    "palladius_syllables",
    "palladius_to_pinyin_table",
    "pinyin_syllables",
    "pinyin_to_palladius_table",
    "to_cyrillic",
    "to_latin",
    "word_key",
]

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
TOKEN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W\d_]+|\d+", re.UNICODE)
LATIN_RE = re.compile(r"[a-z]", re.IGNORECASE)
_GOST = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia",
    }
)  # fmt: skip


@cache
def _company_words() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(any English or Russian word -> canonical English, zh word -> canonical,
    canonical -> Russian, canonical -> zh)."""
    words: dict[str, str] = {}
    han: dict[str, str] = {}
    russian: dict[str, str] = {}
    chinese: dict[str, str] = {}
    for entry in translit_data()["company_words"]:
        canonical = entry["en"][0]
        for word in (*entry["en"], *entry["ru"]):
            words.setdefault(word.lower().replace("ё", "е"), canonical)
        for word in entry["zh"]:
            han.setdefault(word, canonical)
        if entry["ru"]:
            russian[canonical] = entry["ru"][0]
        if entry["zh"]:
            chinese[canonical] = entry["zh"][0]
    return words, han, russian, chinese


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(translit_data()["legal_forms"])


def has_han(text: str) -> bool:
    return bool(HAN_RE.search(text or ""))


def script(text: str) -> str:
    """'han', 'cyrillic', 'latin' or '' (the script most letters are in)."""
    counts = {
        "han": len(HAN_RE.findall(text or "")),
        "cyrillic": len(CYRILLIC_RE.findall(text or "")),
        "latin": len(LATIN_RE.findall(text or "")),
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ""


def han_to_pinyin(text: str) -> list[str]:
    """Characters -> toneless pinyin syllables ('浙江' -> ['zhe', 'jiang'])."""
    return [s for s in lazy_pinyin(text, style=Style.NORMAL, v_to_u=False) if s.strip()]


def _han_words(run: str) -> list[tuple[str, bool]]:
    """A run of characters as (pinyin word, is a company word) pieces: known company
    words (longest first) stand apart, the rest is pinyin run together."""
    _, han, _, _ = _company_words()
    out: list[tuple[str, bool]] = []
    buffer = ""
    i = 0
    while i < len(run):
        for size in (3, 2):
            if run[i : i + size] in han:
                if buffer:
                    out.append(("".join(han_to_pinyin(buffer)), False))
                    buffer = ""
                out.append((han[run[i : i + size]], True))
                i += size
                break
        else:
            buffer += run[i]
            i += 1
    if buffer:
        out.append(("".join(han_to_pinyin(buffer)), False))
    return out


def _tokens(name: str) -> list[str]:
    return TOKEN_RE.findall((name or "").replace("ё", "е").replace("Ё", "Е"))


@lru_cache(maxsize=200_000)
def comparison_key(name: str) -> str:
    """One Latin key for a name in any of the three scripts (see the module doc)."""
    words, _, _, _ = _company_words()
    legal = _legal_forms()
    out: list[str] = []
    for token in _tokens(name):
        if HAN_RE.match(token):
            out.extend(
                word.replace(" ", "")
                for word, is_word in _han_words(token)
                if not (is_word and word in legal)
            )
            continue
        lowered = token.lower()
        if lowered in legal:
            continue
        if lowered in words:
            canonical = words[lowered]
            if canonical not in legal:
                out.append(canonical.replace(" ", ""))
            continue
        if CYRILLIC_RE.search(lowered):
            syllables = palladius_syllables(lowered)
            out.append("".join(syllables) if syllables else lowered.translate(_GOST))
        else:
            out.append(lowered)
    return "".join(out)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def to_latin(name: str) -> str:
    """Chinese characters and Palladius Cyrillic spelt in pinyin (company words in English);
    other words as they are."""
    words, _, _, _ = _company_words()
    out: list[str] = []
    for token in _tokens(name):
        if HAN_RE.match(token):
            out.extend(_capital(word) for word, _ in _han_words(token))
        elif CYRILLIC_RE.search(token):
            lowered = token.lower()
            syllables = palladius_syllables(lowered)
            if lowered in words:
                out.append(_capital(words[lowered]))
            elif syllables:
                out.append(_capital("".join(syllables)))
            else:
                return ""  # a Russian word: no faithful Latin spelling
        else:
            out.append(token)
    return " ".join(out)


@cache
def _latin_to_russian() -> dict[str, str]:
    """Each English company word -> its Russian spelling (the n-th for the n-th)."""
    table: dict[str, str] = {}
    for entry in translit_data()["company_words"]:
        for i, word in enumerate(entry["en"]):
            if entry["ru"]:
                table.setdefault(word, entry["ru"][min(i, len(entry["ru"]) - 1)])
    return table


def to_cyrillic(name: str) -> str:
    """Pinyin and Chinese characters spelt in Palladius (company words transliterated);
    '' when a word is neither pinyin nor a known company word."""
    words, _, russian, _ = _company_words()
    spelt = _latin_to_russian()
    legal = _legal_forms()
    out: list[str] = []
    for token in _tokens(name):
        pieces = _han_words(token) if HAN_RE.match(token) else [(token, False)]
        for piece, is_word in pieces:
            lowered = piece.lower()
            canonical = piece if is_word else words.get(lowered)
            if canonical is not None:
                if lowered in spelt or canonical in russian:
                    out.append(_capital(spelt.get(lowered) or russian[canonical]))
                elif lowered not in legal:
                    return ""
                continue
            if CYRILLIC_RE.search(piece):
                out.append(piece)
                continue
            if piece.isupper() and len(piece) > 1:
                return ""  # 'ZE', 'BYD': an acronym, whose Russian spelling is not derived
            syllables = pinyin_syllables(piece)
            if not syllables:
                return ""
            table = pinyin_to_palladius_table()
            out.append(_capital("".join(table[s] for s in syllables)))
    return " ".join(out)


def name_variants(name: str) -> dict[str, str]:
    """The name in each script it can be spelt in: {'latin': ..., 'cyrillic': ..., 'han': ...}.

    Characters are never derived (pinyin does not determine them); they come from a
    record's own original-language name.
    """
    variants: dict[str, str] = {}
    kind = script(name)
    if kind:
        variants[kind] = name
    if kind in ("han", "cyrillic"):
        latin = to_latin(name)
        if latin and latin.lower() != name.lower():
            variants.setdefault("latin", latin)
    if kind in ("han", "latin"):
        cyrillic = to_cyrillic(name)
        if cyrillic and cyrillic.lower() != name.lower():
            variants.setdefault("cyrillic", cyrillic)
    return variants


def word_key(word: str) -> str | None:
    """The cross-script key of one word of a query, or None when it has none: characters
    (as pinyin), Palladius Cyrillic (as pinyin) and company words (in canonical English)."""
    words, _, _, _ = _company_words()
    lowered = word.lower().replace("ё", "е")
    if HAN_RE.search(word) or lowered in words or palladius_syllables(lowered):
        return comparison_key(word) or None
    return None


def index_forms(*names: str) -> list[str]:
    """Extra index words for names, so that a query in any script meets them: each word's
    key, the whole name's key, and for characters every run of 1-4 syllables."""
    forms: list[str] = []
    for name in names:
        if not name:
            continue
        full = comparison_key(name)
        if full:
            forms.append(full)
        for token in _tokens(name):
            if HAN_RE.match(token):
                for piece, is_word in _han_words(token):
                    if is_word:
                        forms.append(piece.replace(" ", ""))
                        continue
                    syllables = pinyin_syllables(piece) or (piece,)
                    for size in range(1, 5):
                        for start in range(len(syllables) - size + 1):
                            forms.append("".join(syllables[start : start + size]))
            else:
                key = word_key(token)
                if key:
                    forms.append(key)
    return list(dict.fromkeys(forms))
