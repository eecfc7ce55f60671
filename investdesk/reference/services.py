"""Writes to reference data (directions, municipalities), maintained by administrators."""

from typing import Any

from django.db import models, transaction

from investdesk.core.services import validate_and_save


def reference_save(*, instance: models.Model, data: dict[str, Any]) -> models.Model:
    """Create or change a reference record: validated, then saved, links set."""
    names = {field.name for field in type(instance)._meta.many_to_many}
    m2m = {name: data.pop(name) for name in list(data) if name in names}
    for field, value in data.items():
        setattr(instance, field, value)
    with transaction.atomic():
        validate_and_save(instance)
        for field, values in m2m.items():
            getattr(instance, field).set(values)
    return instance


@transaction.atomic
def reference_delete(*, instance: models.Model) -> None:
    """Delete a reference record nothing refers to (a referenced one is protected)."""
    instance.delete()
