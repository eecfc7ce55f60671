"""Feeds the platform polls for press releases."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.core.models import TimeStampedModel

MAX_POLL_MINUTES = 30 * 24 * 60


class Feed(TimeStampedModel):
    """An RSS or Atom feed of press releases polled on a schedule."""

    url = models.URLField(_("feed URL"), max_length=2000, unique=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    # A month at most: a larger number ran past the calendar when the next poll was computed
    # (stored unchecked on SQLite) and stopped the polling of every feed.
    poll_interval_minutes = models.PositiveIntegerField(
        _("poll every, minutes"), default=60, validators=[MaxValueValidator(MAX_POLL_MINUTES)]
    )
    last_polled_at = models.DateTimeField(_("last polled at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    history = HistoricalRecords(excluded_fields=["updated_at", "last_polled_at"])

    class Meta:
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url
