"""Rows edited on their parent's page: an agreement's obligations; an engagement's
participants, programme, outcomes and commitments.

The page sends a formset; ``row_changes`` turns its changed rows into ``RowChange``s (new,
edited, removed), and the parent's revise service applies them with ``apply_row_changes``
under the parent's version check. A row that belongs to another parent is refused on both
sides: the page may have been forged or be stale.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from .formsets import changed_forms


@dataclass
class RowChange:
    """One row: new (``obj`` None), edited, or removed (``remove``; then ``spec`` may be None)."""

    spec: Any
    obj: Any = None
    remove: bool = False


def row_changes(
    formset: forms.BaseFormSet,
    existing: Mapping[int, Any],
    make_spec: Callable[[forms.Form], Any],
    *,
    foreign_message: str,
) -> list[RowChange]:
    """The changed rows of ``formset``; ``existing`` maps the parent's row ids to rows.

    A removed row someone else already removed is skipped; an id not of this parent raises
    ``ValidationError(foreign_message)``.
    """
    changes = []
    for form in changed_forms(formset):
        data = form.cleaned_data
        row_id = data.get("id")
        obj = existing.get(row_id) if row_id else None
        if row_id and obj is None:
            if data.get("DELETE"):
                continue  # removed by someone else already
            raise ValidationError(foreign_message)
        remove = bool(data.get("DELETE"))
        changes.append(RowChange(spec=None if remove else make_spec(form), obj=obj, remove=remove))
    return changes


def apply_row_changes(
    parent: Any,
    changes: Iterable[RowChange],
    *,
    parent_field: str,
    add: Callable[[Any], Any],
    update: Callable[[Any, Any], Any],
    remove: Callable[[Any], Any],
    foreign_message: str,
) -> None:
    """Add, update or remove each row of ``parent`` (rows point to it by ``parent_field``)."""
    for change in changes:
        if change.obj is None:
            if not change.remove:
                add(change.spec)
        elif getattr(change.obj, f"{parent_field}_id") != parent.pk:
            raise ValidationError(foreign_message)
        elif change.remove:
            remove(change.obj)
        else:
            update(change.obj, change.spec)
