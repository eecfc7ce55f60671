"""Derived data for finding duplicates: names reduced to blocking keys (``duplicate_keys``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NameKind(models.TextChoices):
    ORGANISATION = "o", _("organisation")
    PERSON = "p", _("person")


class DuplicateKey(models.Model):
    """A blocking key of an active record's names: records sharing one are compared.

    The first character says what the key is: ``w`` a word, ``p`` its first letters,
    ``=`` the name without spaces, ``x`` the cross-script key (``core.translit``).
    """

    kind = models.CharField(_("kind"), max_length=1, choices=NameKind.choices)
    record_id = models.BigIntegerField(_("record id"))
    key = models.TextField(_("key"))

    class Meta:
        verbose_name = _("duplicate key")
        verbose_name_plural = _("duplicate keys")
        ordering = ["kind", "key", "record_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "key", "record_id"],
                name="duplicate_key_unique",
                violation_error_message=_("This record already has this key."),
            )
        ]
        indexes = [models.Index(fields=["kind", "record_id"], name="duplicate_key_record_idx")]

    def __str__(self) -> str:
        return f"{self.kind}{self.record_id}: {self.key}"


class DuplicateBlock(models.Model):
    """A key shared by ``size`` records (two or more): the block they are compared in."""

    kind = models.CharField(_("kind"), max_length=1, choices=NameKind.choices)
    key = models.TextField(_("key"))
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        verbose_name = _("duplicate block")
        verbose_name_plural = _("duplicate blocks")
        ordering = ["kind", "key"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "key"],
                name="duplicate_block_unique",
                violation_error_message=_("This key already has a block."),
            )
        ]
        indexes = [models.Index(fields=["kind", "size"], name="duplicate_block_size_idx")]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}: {self.size}"


class DuplicateNames(models.Model):
    """An active record's names, normalised (one a line): what similarity is scored on."""

    kind = models.CharField(_("kind"), max_length=1, choices=NameKind.choices)
    record_id = models.BigIntegerField(_("record id"))
    names = models.TextField(_("names"))

    class Meta:
        verbose_name = _("normalised names")
        verbose_name_plural = _("normalised names")
        ordering = ["kind", "record_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "record_id"],
                name="duplicate_names_unique",
                violation_error_message=_("This record already has its names."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}{self.record_id}"


class DuplicateWatermark(models.Model):
    """The last history row of a source table the keys take into account."""

    source = models.CharField(_("source table"), max_length=100, unique=True)
    last_history_id = models.BigIntegerField(_("last history id"), default=0)
    # Ranges of ids below it not seen yet that may still appear ([first, last, noticed,
    # xmax] each, see ``core.watermarks``).
    gaps = models.JSONField(_("missing history ids"), default=list, blank=True)

    class Meta:
        verbose_name = _("duplicate keys watermark")
        verbose_name_plural = _("duplicate keys watermarks")
        ordering = ["source"]

    def __str__(self) -> str:
        return f"{self.source}: {self.last_history_id}"
