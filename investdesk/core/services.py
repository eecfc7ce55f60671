"""Helpers shared by every app's services: validation and optimistic concurrency."""

import datetime
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

ModelT = TypeVar("ModelT", bound=models.Model)


class ConcurrentUpdateError(Exception):
    """Raised when a record changed since the caller read it; carries the current state."""

    def __init__(self, current: models.Model, *, expected: int) -> None:
        self.current = current
        self.expected = expected
        super().__init__(
            _(
                "This record was changed by someone else in the meantime "
                "(you edited version %(expected)s, the current one is %(current)s). "
                "Review their change and apply yours again."
            )
            % {"expected": expected, "current": current.version}
        )


def validate_and_save(instance: ModelT, *, update_fields: list[str] | None = None) -> ModelT:
    """Run model validation (fields and constraints) and save; errors name the field."""
    instance.full_clean()
    instance.save(update_fields=update_fields)
    return instance


def lock_for_change(instance: ModelT, *, expected_version: int | None = None) -> ModelT:
    """The row of ``instance`` locked for this transaction, its version already bumped.

    The one way every service raises a record's version: the row is read with
    ``SELECT ... FOR UPDATE`` (SQLite serialises writers with IMMEDIATE transactions), a
    stale ``expected_version`` raises ``ConcurrentUpdateError``, and the returned copy
    carries ``version + 1`` for the caller to save with its changes in the same transaction.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock_for_change() needs a transaction (transaction.atomic).")
    locked = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
    if expected_version is not None and locked.version != expected_version:
        raise ConcurrentUpdateError(locked, expected=expected_version)
    locked.version = locked.version + 1
    return locked


def apply_changes(
    instance: ModelT,
    *,
    changes: dict[str, Any],
    expected_version: int | None = None,
    m2m: dict[str, Any] | None = None,
) -> ModelT:
    """Save ``changes`` to ``instance`` unless someone saved it after ``expected_version``.

    The row is locked (PostgreSQL ``SELECT ... FOR UPDATE``; SQLite serialises writers with
    IMMEDIATE transactions), so two concurrent saves of the same version cannot both win.
    """
    with transaction.atomic():
        locked = lock_for_change(instance, expected_version=expected_version)
        for field, value in changes.items():
            setattr(locked, field, value)
        locked.full_clean()
        locked.save()
        for field, values in (m2m or {}).items():
            getattr(locked, field).set(values)
    return locked


def archived_set(
    instance: ModelT, *, archived: bool, expected_version: int | None = None
) -> ModelT:
    """Archive (``archived=True``) or restore a record with an ``is_archived`` flag.

    Records with history are archived, never deleted; a record merged into another stays
    archived (its links moved to the record it was merged into), so it cannot be restored.
    """
    if not archived and getattr(instance, "merged_into_id", None):
        raise ValidationError(_("This record was merged into another one and cannot be restored."))
    return apply_changes(
        instance, changes={"is_archived": archived}, expected_version=expected_version
    )


def set_closing_status(
    record: ModelT,
    *,
    status: str,
    open_status: str,
    on: datetime.date | None = None,
    comment: str | None = None,
    update_fields: tuple[str, ...] = (),
) -> ModelT:
    """Set the status of a commitment or an obligation: a closed one records its date (today
    by default) and a comment; reopening clears the date."""
    record.status = status
    record.status_date = None if status == open_status else (on or timezone.localdate())
    if comment is not None:
        record.status_comment = comment.strip()
    fields = ["status", "status_date", "status_comment", *update_fields]
    return validate_and_save(record, update_fields=fields)
