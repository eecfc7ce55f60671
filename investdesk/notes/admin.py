from django.contrib import admin

from .models import Note


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    """Read-only: notes are written on the records' pages, where the rules are enforced."""

    list_display = ["__str__", "author", "created_at", "edited_at", "deleted_at"]
    list_filter = ["content_type", "deleted_at"]
    search_fields = ["text", "author__username"]
    list_select_related = ["author", "content_type"]
    readonly_fields = [f.name for f in Note._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
