from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Attachment


@admin.register(Attachment)
class AttachmentAdmin(SimpleHistoryAdmin):
    """Read-only: files arrive and are archived through the record's page or the API."""

    list_display = [
        "original_name",
        "content_type",
        "object_id",
        "size",
        "uploaded_by",
        "uploaded_at",
        "is_archived",
    ]
    list_filter = ["is_archived", "content_type"]
    search_fields = ["original_name", "description"]
    list_select_related = ["content_type", "uploaded_by"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
