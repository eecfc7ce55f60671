"""What changed since a watermark, read from the records' history tables (simple-history).

Derived tables (the search index, the duplicate name keys) are not told about writes:
before they are read, the history rows written since they last looked name the records to
recompute. A *source* is a model with history and the field of its history rows that
names the derived record (``(Organisation, "id")``, ``(OrganisationAlias,
"organisation_id")``); a *watermark* is the last history id of a source taken into
account, stored per source table in a model with ``source`` and ``last_history_id``
(each derived table keeps its own).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, models
from django.db.models import Max

Source = tuple[type[models.Model], str]


def history_table(model: type[models.Model]) -> str:
    """The name a source's watermark is stored under: its history table."""
    return model.history.model._meta.db_table


def latest_history_ids(sources: Iterable[Source]) -> dict[str, int]:
    """The newest history id of each source (0 for an empty history)."""
    return {
        history_table(model): model.history.model.objects.aggregate(last=Max("history_id"))["last"]
        or 0
        for model, _field in sources
    }


def watermarks_read(watermark: type[models.Model], sources: Iterable[Source]) -> dict[str, int]:
    """The stored watermarks of ``sources`` (a source never looked at is missing)."""
    return dict(
        watermark.objects.filter(
            source__in=[history_table(model) for model, _field in sources]
        ).values_list("source", "last_history_id")
    )


def watermarks_save(watermark: type[models.Model], marks: dict[str, int]) -> None:
    for source, last in marks.items():
        watermark.objects.update_or_create(source=source, defaults={"last_history_id": last})


@dataclass
class SourceChanges:
    """History rows of one source newer than its watermark."""

    newest: int = 0  # the newest history id among them
    record_ids: set[int] = field(default_factory=set)  # the records they name


def changed_since(sources: Iterable[Source], marks: dict[str, int]) -> dict[str, SourceChanges]:
    """Per source table with history rows newer than its watermark in ``marks``: the newest
    of them and the records they name. One query (a UNION ALL, each part reading by primary
    key only the rows past its watermark), so nothing to do costs one round trip."""
    quote = connection.ops.quote_name
    parts, params, names = [], [], []
    for index, (model, field_name) in enumerate(sources):
        history = model.history.model
        column = quote(history._meta.get_field(field_name).column)
        names.append(history._meta.db_table)
        parts.append(
            f"SELECT {index}, MAX(history_id), {column} FROM {quote(history._meta.db_table)} "
            f"WHERE history_id > %s GROUP BY {column}"
        )
        params.append(marks[history._meta.db_table])
    found: dict[str, SourceChanges] = {}
    if not parts:
        return found
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for index, history_id, record_id in cursor.fetchall():
            changes = found.setdefault(names[index], SourceChanges())
            changes.newest = max(changes.newest, history_id)
            if record_id is not None:
                changes.record_ids.add(record_id)
    return found
