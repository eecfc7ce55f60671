from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Site, SiteDocument, SitePhoto


class SitePhotoInline(admin.TabularInline):
    model = SitePhoto
    extra = 0
    fields = ("image", "caption", "caption_en", "caption_zh", "is_public", "order")


class SiteDocumentInline(admin.TabularInline):
    model = SiteDocument
    extra = 0
    fields = ("file", "title", "title_en", "title_zh", "is_public", "order")


@admin.register(Site)
class SiteAdmin(SimpleHistoryAdmin):
    list_display = (
        "name",
        "kind",
        "status",
        "municipality",
        "area_ha",
        "free_area_ha",
        "power_mw",
        "is_public",
    )
    list_filter = (
        "kind",
        "status",
        "is_public",
        "municipality",
        "directions",
        "has_gas",
        "has_rail",
    )
    search_fields = ("name", "name_en", "address", "operator__name")
    autocomplete_fields = ("municipality", "operator")
    filter_horizontal = ("directions",)
    readonly_fields = ("version", "created_at", "updated_at")
    inlines = [SitePhotoInline, SiteDocumentInline]
