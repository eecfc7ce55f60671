from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import CurrencyRate, Direction, DirectionKeyword, Municipality


class DirectionKeywordInline(admin.TabularInline):
    model = DirectionKeyword
    extra = 1


@admin.register(Direction)
class DirectionAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name_ru", "name_en", "order", "is_active")
    list_editable = ("order", "is_active")
    search_fields = ("code", "name_ru", "name_en", "keywords__phrase")
    list_filter = ("is_active",)
    inlines = [DirectionKeywordInline]


@admin.register(Municipality)
class MunicipalityAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "latitude", "longitude")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(CurrencyRate)
class CurrencyRateAdmin(SimpleHistoryAdmin):
    list_display = ("currency", "rate_to_rub", "valid_from")
    list_filter = ("currency",)
    date_hierarchy = "valid_from"
