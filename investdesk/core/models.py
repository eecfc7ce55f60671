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
