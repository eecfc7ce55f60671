from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, UpdateView, View

from investdesk.core.views import (
    FilteredListView,
    OptimisticUpdateMixin,
    ProtectedMixin,
    ServiceCreateMixin,
)

from .filters import SiteFilter
from .forms import SiteForm
from .models import Site
from .selectors import site_detail, site_list, site_map_points
from .services import site_create, site_update


class SiteListView(FilteredListView):
    permission_required = "sitecatalog.view_site"
    model = Site
    filterset_class = SiteFilter
    template_name = "sitecatalog/site_list.html"
    sort_fields = {
        "name": ("name",),
        "kind": ("kind", "name"),
        "municipality": ("municipality__name", "name"),
        "free_area": ("free_area_ha", "name"),
        "power": ("power_mw", "name"),
    }
    default_sort = "name"
    export_path = "/sites/export.xlsx"

    def get_base_queryset(self):
        return site_list()


class SiteDetailView(ProtectedMixin, View):
    permission_required = "sitecatalog.view_site"

    def get(self, request, pk: int):
        context = site_detail(pk=pk, user=request.user)
        context["points"] = site_map_points([context["site"]])
        return render(request, "sitecatalog/site_detail.html", context)


class SiteCreateView(ProtectedMixin, ServiceCreateMixin, CreateView):
    permission_required = "sitecatalog.add_site"
    model = Site
    form_class = SiteForm
    template_name = "sitecatalog/site_form.html"
    success_message = _("Site “%(object)s” created.")

    def perform_create(self, form):
        return site_create(**form.changes(), directions=form.m2m_changes().get("directions"))


class SiteUpdateView(ProtectedMixin, OptimisticUpdateMixin, UpdateView):
    permission_required = "sitecatalog.change_site"
    model = Site
    form_class = SiteForm
    template_name = "sitecatalog/site_form.html"
    success_message = _("Site “%(object)s” saved.")

    def perform_update(self, form):
        return site_update(
            site=self.object,
            changes=form.changes(),
            expected_version=form.expected_version,
            directions=form.m2m_changes().get("directions"),
        )
