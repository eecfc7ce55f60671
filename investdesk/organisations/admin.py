from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Organisation, OrganisationAlias


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("name", "name_original", "kind", "country", "inn", "is_archived")
    list_filter = ("kind", "country", "is_archived", "directions")
    search_fields = ("name", "name_original", "short_name", "inn", "ogrn", "aliases__alias")
    autocomplete_fields = ("parent", "municipality")
    filter_horizontal = ("directions",)
    readonly_fields = ("version", "merged_into", "created_at", "updated_at")
    inlines = [OrganisationAliasInline]


@admin.register(OrganisationAlias)
class OrganisationAliasAdmin(SimpleHistoryAdmin):
    list_display = ("alias", "organisation", "kind")
    list_filter = ("kind",)
    search_fields = ("alias", "organisation__name")
    autocomplete_fields = ("organisation",)
