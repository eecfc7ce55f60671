"""Cells written from user text never become formulas (CSV/formula injection).

A text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be read as
a formula by Excel or LibreOffice. Such a text is written with a leading apostrophe (as
OWASP recommends); imports take that apostrophe off again, so an exported file imports back
unchanged.
"""

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def formula_safe(value: Any) -> Any:
    """``value`` with text that would start a formula prefixed by an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return GUARD + value
    return value


def formula_unguard(value: str) -> str:
    """The text ``formula_safe`` guarded, as it was before."""
    if value.startswith(GUARD) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
