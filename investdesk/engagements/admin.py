from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Commitment, Engagement, EngagementParticipant, Outcome, Quote


class ParticipantInline(admin.TabularInline):
    model = EngagementParticipant
    extra = 0
    autocomplete_fields = ("person", "organisation")


class OutcomeInline(admin.StackedInline):
    model = Outcome
    extra = 0
    filter_horizontal = ("directions",)


class CommitmentInline(admin.StackedInline):
    model = Commitment
    extra = 0
    autocomplete_fields = ("person",)
    filter_horizontal = ("directions",)


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 0
    autocomplete_fields = ("person", "document")


class PartInline(admin.TabularInline):
    model = Engagement
    fk_name = "parent"
    extra = 0
    fields = ("kind", "title", "start_date", "end_date", "venue")
    show_change_link = True


@admin.register(Engagement)
class EngagementAdmin(SimpleHistoryAdmin):
    list_display = ("title", "kind", "status", "start_date", "end_date", "municipality")
    list_filter = ("kind", "status", "municipality", "directions")
    search_fields = (
        "title",
        "venue",
        "summary",
        "organisations__name",
        "participants__person__last_name",
    )
    autocomplete_fields = ("parent", "venue_organisation", "municipality", "created_by")
    filter_horizontal = ("organisations", "sites", "projects", "directions", "documents")
    readonly_fields = ("version", "created_at", "updated_at")
    date_hierarchy = "start_date"
    inlines = [
        ParticipantInline,
        PartInline,
        OutcomeInline,
        CommitmentInline,
        QuoteInline,
    ]
    list_select_related = ("municipality",)


@admin.register(Commitment)
class CommitmentAdmin(SimpleHistoryAdmin):
    list_display = ("text", "person", "engagement", "status", "due_date")
    list_filter = ("status", "directions")
    search_fields = ("text", "person__last_name", "engagement__title")
    autocomplete_fields = ("engagement", "person")
    filter_horizontal = ("directions",)


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ("text", "person", "engagement")
    search_fields = ("text", "person__last_name")
    autocomplete_fields = ("engagement", "person", "document")
