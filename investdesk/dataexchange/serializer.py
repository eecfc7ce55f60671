"""Table rows of a backup as JSON values and back, the same on SQLite and PostgreSQL.

A backup stores each table as JSON lines, one array of column values per row, in the
order of ``table_fields``. Values are written losslessly: datetimes and times in full
ISO 8601 with microseconds and offset, decimals as strings (keeping their scale),
durations in ISO 8601, bytes in base64; JSON columns as the JSON they hold. Reading
turns them back into Python values with each field's own ``to_python``, so the
database adapter of the target database (not this module) decides how they are stored.
"""

import base64
import datetime
import decimal
import uuid
from collections.abc import Callable
from typing import Any

from django.db import models
from django.utils.duration import duration_iso_string

Codec = Callable[[Any], Any]


def table_fields(model: type[models.Model]) -> list[models.Field]:
    """The columns of the model's own table (a child of a concrete parent: only its own)."""
    return [
        field
        for field in model._meta.local_concrete_fields
        if not getattr(field, "generated", False)
    ]


def encode(value: Any) -> Any:
    """A value as read by the ORM, as a JSON value that loses nothing."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return duration_iso_string(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"Cannot store a value of type {type(value).__name__} in a backup.")


def _identity(value: Any) -> Any:
    return value


def encoder(field: models.Field) -> Codec:
    """How one column's values are written."""
    if isinstance(field, models.JSONField):
        return _identity
    return encode


def decoder(field: models.Field) -> Codec:
    """How one column's stored values become Python values again."""
    if isinstance(field, models.JSONField):
        return _identity
    target = field.target_field if field.is_relation else field
    to_python = target.to_python

    def decode(value: Any) -> Any:
        return None if value is None else to_python(value)

    return decode
