"""Writes of attachments: upload and archive (files are never deleted from the interface).

Both check the rule of ``registry``: only who may edit a record adds files to it or
archives them; a record the user may not see is answered as if it did not exist.
"""

from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import content, registry
from .models import Attachment
from .uploads import max_bytes, too_large_message


def too_large_error() -> ValidationError:
    return ValidationError(
        {
            "file": ValidationError(
                too_large_message(),
                code="file_too_large",
            )
        }
    )


def _size_of(upload: IO[bytes]) -> int:
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, 2)
        size = upload.tell()
        upload.seek(0)
    return int(size)


def attachment_upload(
    *,
    target: models.Model,
    upload: IO[bytes],
    name: str,
    user: Any,
    description: str = "",
) -> Attachment:
    """Store ``upload`` (named ``name`` by the sender) on ``target``, uploaded by ``user``.

    Raises ``PermissionDenied`` if the user may not edit ``target`` and ``ValidationError``
    (on ``file``) for a file that is empty, too large or of a kind that is not accepted.
    """
    if not registry.may_change(user, target):
        raise PermissionDenied(_("You may not attach files to this record."))
    size = _size_of(upload)
    if size > max_bytes():
        raise too_large_error()
    try:
        kind = content.detect(upload, name)
    except ValidationError as exc:
        raise ValidationError({"file": exc.error_list}) from exc
    attachment = Attachment(
        content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        object_id=target.pk,
        original_name=content.clean_name(name, kind=kind),
        size=size,
        media_type=kind.media_type,
        description=description.strip(),
        uploaded_by=user,
        uploaded_at=timezone.now(),
    )
    attachment.full_clean(exclude=["file"])
    upload.seek(0)
    # The storage is written first: if the row cannot be saved the file is removed again.
    stored = upload if isinstance(upload, File) else File(upload)
    attachment.file.save(f"upload{kind.extension}", stored, save=False)
    try:
        with transaction.atomic():
            attachment.save()
    except BaseException:
        attachment.file.delete(save=False)
        raise
    return attachment


def attachment_archive(*, attachment: Attachment, user: Any) -> Attachment:
    """Hide the attachment from the record's list; the file and its history stay."""
    target = attachment.target
    if target is None or not registry.may_change(user, target):
        raise PermissionDenied(_("You may not archive files of this record."))
    with transaction.atomic():
        locked = Attachment.objects.select_for_update().get(pk=attachment.pk)
        if locked.is_archived:
            return locked  # archiving twice changes nothing
        locked.is_archived = True
        locked.archived_at = timezone.now()
        locked.archived_by = user
        locked.save(update_fields=["is_archived", "archived_at", "archived_by"])
    return locked
