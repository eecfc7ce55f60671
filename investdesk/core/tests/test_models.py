"""Choice labels kept per language are the labels Django gives."""

import pytest
from django.db import models
from django.utils import translation

from investdesk.engagements.choices import EngagementKind
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.tasks.models import Task


@pytest.mark.parametrize(
    ("model", "name", "values"),
    [
        (Engagement, "kind", [*EngagementKind.values, "not-a-kind", ""]),
        (Organisation, "kind", ["investor", "government", "unknown"]),
        (Task, "priority", ["high", "normal", "low", None]),
    ],
)
def test_choice_labels_equal_djangos(model, name, values):
    field = model._meta.get_field(name)
    for language in ("ru", "en", "ru"):
        with translation.override(language):
            for value in values:
                record = model(**{field.attname: value})
                ours = getattr(record, f"get_{name}_display")()
                assert ours == models.Model._get_FIELD_display(record, field), (language, value)
                assert type(ours) is type(models.Model._get_FIELD_display(record, field))
