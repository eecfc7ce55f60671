"""Shared abstract base models. No concrete models live here."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


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
