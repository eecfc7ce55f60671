from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Task


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    list_display = ("title", "assignee", "due_date", "status", "priority", "source", "project")
    list_filter = ("status", "priority", "source", "direction")
    search_fields = ("title", "description", "assignee__last_name", "project__title")
    autocomplete_fields = (
        "assignee",
        "project",
        "engagement",
        "commitment",
        "obligation",
        "support_case",
        "organisation",
        "created_by",
    )
    filter_horizontal = ("sites", "documents")
    readonly_fields = ("version", "completed_at", "created_at", "updated_at")
    date_hierarchy = "due_date"
    list_select_related = ("assignee", "project")
