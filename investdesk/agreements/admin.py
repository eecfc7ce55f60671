from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Agreement, Obligation


class ObligationInline(admin.TabularInline):
    model = Obligation
    extra = 0
    autocomplete_fields = ("party",)


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = ("title", "kind", "signed_on", "valid_until", "project")
    list_filter = ("kind",)
    search_fields = ("title", "number", "parties__name")
    autocomplete_fields = ("engagement", "project", "document")
    filter_horizontal = ("parties",)
    date_hierarchy = "signed_on"
    readonly_fields = ("version", "created_at", "updated_at")
    inlines = [ObligationInline]


@admin.register(Obligation)
class ObligationAdmin(SimpleHistoryAdmin):
    list_display = ("text", "agreement", "party", "deadline", "status")
    list_filter = ("status",)
    search_fields = ("text", "agreement__title", "party__name")
    autocomplete_fields = ("agreement", "party")
