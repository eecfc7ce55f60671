from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Site


@admin.register(Site)
class SiteAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "status", "municipality", "area_ha", "free_area_ha", "power_mw")
    list_filter = ("kind", "status", "municipality", "directions", "has_gas", "has_rail")
    search_fields = ("name", "address", "operator__name")
    autocomplete_fields = ("municipality", "operator")
    filter_horizontal = ("directions",)
    readonly_fields = ("version", "created_at", "updated_at")
