from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Feed


@admin.register(Feed)
class FeedAdmin(SimpleHistoryAdmin):
    list_display = ("title", "url", "is_active", "poll_interval_minutes", "last_polled_at")
    list_filter = ("is_active",)
    search_fields = ("title", "url")
