"""Shared abstract base models. No concrete models live here."""

from typing import Any

from django.db import models
from django.utils.choices import CallableChoiceIterator
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# A field's choice labels by value, per language (``get_<field>_display``).
_choice_labels: dict[tuple[models.Field, str | None], dict[Any, Any]] = {}


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field: models.Field) -> Any:  # noqa: N802 - Django's name
        """Django's ``get_<field>_display``, the labels translated once per language.

        Django builds the value → label dictionary on every call, hashing each lazy label
        (a translation each): 27 µs for the ten kinds of an engagement, a fifth of the
        engagement list's rows.
        """
        if isinstance(field.choices, CallableChoiceIterator):  # may change: not kept
            return super()._get_FIELD_display(field)
        key = (field, get_language())
        labels = _choice_labels.get(key)
        if labels is None:
            labels = _choice_labels[key] = {
                value: force_str(label, strings_only=True)
                for value, label in make_hashable(field.flatchoices)
            }
        value = getattr(self, field.attname)
        return force_str(labels.get(make_hashable(value), value), strings_only=True)


class VersionedModel(TimeStampedModel):
    """A record that two people may edit at once.

    ``version`` grows on every save through a service; a save that carries an older
    version than the stored one is refused (optimistic concurrency), so nobody's
    change is silently overwritten.
    """

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True


def merge_fields() -> tuple[models.ForeignKey, models.BooleanField]:
    """``merged_into`` and ``is_archived`` of a record that duplicates are merged into.

    Fields rather than an abstract base: fields made here take their place where the model
    names them (``merged_into, is_archived = merge_fields()``), so the table's columns and
    the backups' column order stay as they were; an abstract base would put them first.
    """
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged_from",
        verbose_name=_("merged into"),
        editable=False,
    )
    is_archived = models.BooleanField(_("archived"), default=False)
    return merged_into, is_archived
