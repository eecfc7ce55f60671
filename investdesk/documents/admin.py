from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Document


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = ("title", "kind", "review_status", "source_name", "published_on", "created_at")
    list_filter = ("kind", "review_status")
    search_fields = ("title", "source_url", "content_hash")
    readonly_fields = ("content_hash", "fetched_at", "created_at", "updated_at")
    date_hierarchy = "created_at"
