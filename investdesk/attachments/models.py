"""A file attached to a record (organisation, person, project, engagement, agreement,
support case or task): the signed memorandum, the investor's presentation, a site passport."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import Storage, storages
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def attachment_storage() -> Storage:
    """The "attachments" alias of ``STORAGES`` (filesystem or S3, see settings)."""
    return storages["attachments"]


def attachment_path(instance: "Attachment", filename: str) -> str:
    """A random name under the month of upload: the sender's name never reaches the disk."""
    when = instance.uploaded_at or timezone.now()
    extension = filename[filename.rfind(".") :].lower() if "." in filename else ""
    return f"attachments/{when:%Y/%m}/{uuid.uuid4().hex}{extension}"


class AttachmentQuerySet(models.QuerySet):
    def current(self) -> "AttachmentQuerySet":
        return self.filter(is_archived=False)

    def of(self, obj: models.Model) -> "AttachmentQuerySet":
        # Joined by the content type's natural key rather than looked up: a page's query
        # count then does not depend on whether Django's content type cache is warm.
        return self.filter(
            content_type__app_label=obj._meta.app_label,
            content_type__model=obj._meta.model_name,
            object_id=obj.pk,
        )


class Attachment(models.Model):
    """One uploaded file on one record; archived rather than deleted."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", verbose_name=_("record type")
    )
    object_id = models.PositiveBigIntegerField(_("record id"))
    target = GenericForeignKey("content_type", "object_id")
    file = models.FileField(
        _("file"), storage=attachment_storage, upload_to=attachment_path, max_length=300
    )
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size, bytes"))
    media_type = models.CharField(_("type"), max_length=120)
    description = models.CharField(_("description"), max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    is_archived = models.BooleanField(_("archived"), default=False)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("archived by"),
    )
    history = HistoricalRecords()

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["-uploaded_at", "-id"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "is_archived"], name="attachment_target_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(original_name=""),
                name="attachment_name_not_empty",
                violation_error_message=_("The file name must not be empty."),
            ),
            models.CheckConstraint(
                condition=models.Q(is_archived=False, archived_at__isnull=True)
                | models.Q(is_archived=True, archived_at__isnull=False),
                name="attachment_archived_has_time",
                violation_error_message=_("An archived attachment needs the time of archiving."),
            ),
        ]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("attachments:download", args=[self.pk])
