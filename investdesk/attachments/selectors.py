"""Reads of attachments, always through the record's visibility (``registry``)."""

from typing import Any

from django.db.models import Model, Q, QuerySet

from investdesk.core import related

from . import registry
from .models import Attachment


def attachments_of(obj: Model, *, archived: bool = False) -> QuerySet[Attachment]:
    """The attachments of ``obj`` (a record the caller already showed), newest first."""
    queryset = Attachment.objects.of(obj).filter(is_archived=archived)
    return queryset.select_related("uploaded_by", "archived_by")


def current_attachments(obj: Model, *, request: Any = None) -> list[Attachment]:
    """``attachments_of(obj)`` read once per request: a detail page shows them in its panel
    and on its timeline, which would otherwise read them twice."""
    return related.read_once(request, obj, "attachments", lambda: list(attachments_of(obj)))


def attachment_for(*, pk: int, user: Any) -> Attachment | None:
    """The attachment ``pk`` if ``user`` may see its record, else None (answered as 404)."""
    attachment = (
        Attachment.objects.select_related("content_type", "uploaded_by")
        .filter(content_type__in=registry.content_type_ids(), pk=pk)
        .first()
    )
    if attachment is None:
        return None
    model = attachment.content_type.model_class()
    if model is None:
        return None
    if not registry.visible_records(model, user).filter(pk=attachment.object_id).exists():
        return None
    return attachment


def visible_attachments(user: Any) -> QuerySet[Attachment]:
    """Every attachment whose record ``user`` may see (the API's list), one query."""
    condition = Q(pk__in=[])
    for kind in registry.kinds():
        model = registry.model_for(kind)
        condition |= Q(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
            object_id__in=registry.visible_records(model, user).values("pk"),
        )
    return Attachment.objects.filter(condition).select_related(
        "content_type", "uploaded_by", "archived_by"
    )
