"""Documents and sources: press releases, minutes, agreement files, with their text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from investdesk.accounts.access import PortfolioQuerySet
from investdesk.core.links import pk_url
from investdesk.core.models import VersionedModel

from .choices import DocumentKind, ReviewStatus


class DocumentQuerySet(PortfolioQuerySet):
    pass


class Document(VersionedModel):
    """A source: its original text, where and when it came from, and what was extracted."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER
    )
    title = models.CharField(_("title"), max_length=500)
    text = models.TextField(_("text"), blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/%m/", blank=True)
    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    source_name = models.CharField(_("source"), max_length=300, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("received at"), null=True, blank=True)
    content_hash = models.CharField(_("content hash (SHA-256)"), max_length=64, blank=True)
    extraction = models.JSONField(_("extraction"), null=True, blank=True)
    review_status = models.CharField(
        _("review status"),
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.NOT_APPLICABLE,
    )
    uploaded_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("uploaded by"),
    )
    history = HistoricalRecords(excluded_fields=["text", "extraction", "updated_at"])

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~models.Q(content_hash=""),
                name="document_content_hash_unique",
                violation_error_message=_("This text has already been stored."),
            )
        ]
        indexes = [
            models.Index(fields=["kind", "-created_at"], name="document_kind_idx"),
            models.Index(fields=["review_status", "-created_at"], name="document_review_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("documents:detail", self.pk)
