"""Notes: a comment thread on any record ("called them, documents by Friday")."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from investdesk.core.models import VersionedModel


class NoteQuerySet(models.QuerySet):
    def alive(self) -> "NoteQuerySet":
        """Not deleted: a deleted note stays in the table for the audit, off every page."""
        return self.filter(deleted_at__isnull=True)

    def about(self, target: models.Model) -> "NoteQuerySet":
        """The notes of one record."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(target)), object_id=target.pk
        )


class Note(VersionedModel):
    """One note by one user on one record (a generic relation: notes sit below the domain)."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("record type")
    )
    object_id = models.PositiveBigIntegerField(_("record id"))
    target = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="notes",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"), max_length=5000)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("deleted by"),
    )

    objects = NoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(text=""),
                name="note_text_not_empty",
                violation_error_message=_("The note must not be empty."),
            )
        ]
        indexes = [
            # The thread of a record, oldest first, and a record's timeline.
            models.Index(
                fields=["content_type", "object_id", "created_at"], name="note_target_idx"
            ),
        ]

    def __str__(self) -> str:
        return _("Note on %(record)s") % {"record": self.target}

    @property
    def target_label(self) -> str:
        """The record's type as ``app_label.model`` (how the API and the URLs name it)."""
        return f"{self.content_type.app_label}.{self.content_type.model}"

    @property
    def anchor(self) -> str:
        return f"note-{self.pk}"

    def get_absolute_url(self) -> str:
        """The record's page, scrolled to the note."""
        target = self.target
        get_url = getattr(target, "get_absolute_url", None)
        return f"{get_url() if get_url else ''}#{self.anchor}"
