"""The search index: one row per searchable record, with its text in normal forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import EntityType

# The PostgreSQL full-text index (migration 0005, on the stored ``text_vector``); a full
# reindex drops and rebuilds it.
PG_INDEX_CREATE = [
    "CREATE INDEX search_entry_text_gin ON search_searchentry USING GIN (text_vector)",
]
PG_INDEX_DROP = ["DROP INDEX IF EXISTS search_entry_text_gin"]


class SearchEntry(models.Model):
    """A record as search sees it: a title, a link and its words reduced to normal forms.

    ``text`` holds every normal form of every word (pymorphy3) followed by the raw
    lowercase words, so Russian inflections, Latin and Chinese names all match. SQLite
    searches it through the FTS5 table ``search_entry_fts`` (kept in sync by triggers),
    PostgreSQL through a GIN index on the column ``text_vector``, which PostgreSQL
    generates from ``text`` (``to_tsvector('simple', text)``, stored so that ranking the
    matches does not parse their text again; not a model field, so every writer keeps it
    without knowing it). FTS5 comes from migration 0002, the column from 0005.
    """

    entity_type = models.CharField(_("type"), max_length=20, choices=EntityType.choices)
    object_id = models.BigIntegerField(_("object id"))
    title = models.CharField(_("title"), max_length=500)
    subtitle = models.CharField(_("subtitle"), max_length=500, blank=True)
    url = models.CharField(_("URL"), max_length=500)
    text = models.TextField(_("indexed text"), blank=True)
    source_updated_at = models.DateTimeField(_("record updated at"), null=True, blank=True)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        ordering = ["entity_type", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["entity_type", "object_id"],
                name="search_entry_unique_object",
                violation_error_message=_("This record is already in the search index."),
            )
        ]
        indexes = [
            models.Index(fields=["entity_type", "source_updated_at"], name="search_entry_fresh_idx")
        ]

    def __str__(self) -> str:
        return f"{self.get_entity_type_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return self.url


class SearchWatermark(models.Model):
    """The last history row of a source table the index has taken into account."""

    source = models.CharField(_("source table"), max_length=100, unique=True)
    last_history_id = models.BigIntegerField(_("last history id"), default=0)
    # Ranges of ids below it not seen yet that may still appear ([first, last, noticed,
    # xmax] each, see ``core.watermarks``).
    gaps = models.JSONField(_("missing history ids"), default=list, blank=True)

    class Meta:
        verbose_name = _("search watermark")
        verbose_name_plural = _("search watermarks")
        ordering = ["source"]

    def __str__(self) -> str:
        return f"{self.source}: {self.last_history_id}"
