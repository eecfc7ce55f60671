from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Inquiry, SupportCase, SupportStep
from .services import support_case_ensure_steps


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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            # A case entered here gets the procedure's steps, as one opened in the interface.
            support_case_ensure_steps(case=form.instance)


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    """Inquiries from the public portal, as the investor sent them (read only)."""

    list_display = ("company", "country", "email", "direction", "language", "created_at", "case")
    list_filter = ("language", "country")
    search_fields = ("company", "contact_name", "email")
    readonly_fields = [f.name for f in Inquiry._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
