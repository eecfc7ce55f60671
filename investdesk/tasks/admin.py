from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from investdesk.engagements.admin import EngagementAdmin
from investdesk.engagements.models import Engagement

from .forms import TASK_LINKS
from .models import Task


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    list_display = ("title", "assignee", "due_date", "status", "priority", "source", "project")
    list_filter = ("status", "priority", "source", "direction")
    search_fields = ("title", "description", "assignee__last_name", "project__title")
    autocomplete_fields = ("assignee", *TASK_LINKS, "created_by")
    filter_horizontal = ("sites", "documents")
    readonly_fields = ("version", "completed_at", "created_at", "updated_at")
    date_hierarchy = "due_date"
    list_select_related = ("assignee", "project")


class TaskInline(admin.TabularInline):
    """The follow-up tasks of an engagement; they are created from commitments, not here."""

    model = Task
    fk_name = "engagement"
    extra = 0
    fields = ("title", "assignee", "due_date", "status", "direction", "commitment")
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


# An engagement's admin page lists its follow-up tasks: the engagements app, below this one,
# cannot name the Task model, so its admin is registered again here with the inline added.
admin.site.unregister(Engagement)


@admin.register(Engagement)
class EngagementWithTasksAdmin(EngagementAdmin):
    inlines = [*EngagementAdmin.inlines, TaskInline]
