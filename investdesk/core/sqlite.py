"""Unicode-aware LOWER, UPPER and LIKE for SQLite.

SQLite's built-in LOWER() and case-insensitive LIKE only fold ASCII letters, so
"деловая" would not match "Деловая" and a unique index on LOWER(name) would let
"ФОНД" and "фонд" coexist. Every SQLite connection gets Python implementations
instead, so the embedded default behaves like PostgreSQL for Russian text.
"""

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def _like_regex(pattern: str, escape: str | None) -> re.Pattern[str]:
    parts = []
    chars = iter(pattern)
    for char in chars:
        if escape and char == escape:
            parts.append(re.escape(next(chars, "")))
        elif char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL | re.IGNORECASE)


def _like(pattern: str | None, value: str | None, escape: str | None = None) -> int | None:
    if pattern is None or value is None:
        return None
    return 1 if _like_regex(pattern, escape).fullmatch(str(value)) else 0


def _lower(value):
    return value.lower() if isinstance(value, str) else value


def _upper(value):
    return value.upper() if isinstance(value, str) else value


def install_unicode_functions(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("lower", 1, _lower, deterministic=True)
    raw.create_function("upper", 1, _upper, deterministic=True)
    raw.create_function("like", 2, _like, deterministic=True)
    raw.create_function("like", 3, _like, deterministic=True)
