from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Person, Position


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ("organisation",)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("last_name", "first_name", "patronymic", "position", "organisation")
    list_filter = ("organisation__kind", "organisation__country", "is_archived")
    search_fields = ("last_name", "first_name", "patronymic", "name_original", "position")
    autocomplete_fields = ("organisation",)
    readonly_fields = ("version", "merged_into", "created_at", "updated_at")
    inlines = [PositionInline]


@admin.register(Position)
class PositionAdmin(SimpleHistoryAdmin):
    list_display = ("person", "title", "organisation", "started_on", "ended_on")
    search_fields = ("person__last_name", "title", "organisation__name")
    autocomplete_fields = ("person", "organisation")
