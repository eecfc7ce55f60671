from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import SupportCase, SupportStep


class SupportStepInline(admin.TabularInline):
    model = SupportStep
    extra = 0
    fields = ("order", "kind", "target_working_days", "target_date", "actual_date", "note")


@admin.register(SupportCase)
class SupportCaseAdmin(SimpleHistoryAdmin):
    list_display = ("organisation", "subject", "applied_on", "status", "curator")
    list_filter = ("status",)
    search_fields = ("organisation__name", "subject")
    autocomplete_fields = ("organisation", "project", "curator")
    readonly_fields = ("version", "created_at", "updated_at")
    inlines = [SupportStepInline]
