"""Columns of exported and imported tables: one definition per entity, one way to write a cell.

Each app lists its entity's columns in its ``columns.py`` (a ``Column`` per column: the
field path, the Russian header, and for list-valued columns how to read them). The Excel
export of a list page, the ``investdesk export`` command and the import all use those
lists, and every cell is written by ``cell_value``, the way a person reads it: a choice by
its label, a country by its name, related records by their names joined by ``"; "``. The
import reads back exactly that (and the codes too), so a file exported can be imported
back unchanged.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import models

# Joins the items of a list-valued cell; the import splits on it.
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    """``path`` follows relations with ``__`` (``organisation__name``); ``read`` replaces the
    path for a value that is not one attribute (a list of related names)."""

    path: str
    header: str
    read: Callable[[Any], Any] | None = None


def names_of(relation: str) -> Callable[[Any], str]:
    """A reader joining the names of a to-many relation (prefetched: no query per row)."""

    def read(obj: Any) -> str:
        return LIST_SEPARATOR.join(str(item) for item in getattr(obj, relation).all())

    return read


def headers(columns: Sequence[Column]) -> list[str]:
    return [column.header for column in columns]


def cell_value(obj: Any, column: Column) -> Any:
    """The value of one cell as a person reads it; numbers and dates stay typed."""
    if column.read is not None:
        return column.read(obj)
    if column.path == "title" and hasattr(obj, "display_title"):
        return obj.display_title  # confidential projects export their code name
    target = obj
    parts = column.path.split("__")
    for part in parts[:-1]:
        target = getattr(target, part, None)
        if target is None:
            return None
    last = parts[-1]
    display = getattr(target, f"get_{last}_display", None)
    if callable(display):
        return display()
    value = getattr(target, last, None)
    if hasattr(value, "name") and hasattr(value, "code") and not isinstance(value, models.Model):
        return value.name  # a country (django-countries): its name
    if isinstance(value, models.Model):
        return str(value)
    return value


def row_values(obj: Any, columns: Sequence[Column]) -> list[Any]:
    return [cell_value(obj, column) for column in columns]
