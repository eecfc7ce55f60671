from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, UpdateView, View

from investdesk.core.views import (
    FilteredListView,
    OptimisticUpdateMixin,
    ProtectedMixin,
    ServiceCreateMixin,
    archive_toggle,
)

from .filters import OrganisationFilter
from .forms import OrganisationCreateForm, OrganisationForm
from .models import Organisation
from .selectors import organisation_detail, organisation_list
from .services import organisation_archive, organisation_create, organisation_revise


class OrganisationListView(FilteredListView):
    permission_required = "organisations.view_organisation"
    model = Organisation
    filterset_class = OrganisationFilter
    template_name = "organisations/organisation_list.html"
    sort_fields = {
        "name": ("name",),
        "kind": ("kind", "name"),
        "country": ("country", "name"),
        "created": ("created_at",),
    }
    default_sort = "name"
    export_path = "/organisations/export.xlsx"
    archivable = True

    def get_base_queryset(self):
        return organisation_list(archived=self.archived)


class OrganisationDetailView(ProtectedMixin, View):
    permission_required = "organisations.view_organisation"

    def get(self, request, pk: int):
        context = organisation_detail(pk=pk, user=request.user)
        return render(request, "organisations/organisation_detail.html", context)


class OrganisationCreateView(ProtectedMixin, ServiceCreateMixin, CreateView):
    permission_required = "organisations.add_organisation"
    model = Organisation
    form_class = OrganisationCreateForm
    template_name = "organisations/organisation_form.html"
    success_message = _("Organisation “%(object)s” created.")

    def perform_create(self, form):
        changes = form.changes()
        return organisation_create(
            **changes,
            directions=form.m2m_changes().get("directions"),
            aliases=form.alias_list(),
        )


class OrganisationUpdateView(ProtectedMixin, OptimisticUpdateMixin, UpdateView):
    permission_required = "organisations.change_organisation"
    model = Organisation
    form_class = OrganisationForm
    template_name = "organisations/organisation_form.html"
    success_message = _("Organisation “%(object)s” saved.")

    def perform_update(self, form):
        return organisation_revise(
            organisation=self.object,
            changes=form.changes(),
            expected_version=form.expected_version,
            directions=form.m2m_changes().get("directions"),
            aliases=form.alias_list(),
        )


@login_required
@require_POST
@permission_required("organisations.change_organisation", raise_exception=True)
def organisation_archive_view(request, pk: int):
    """Archive or restore (``action=restore``) an organisation; merged ones stay archived."""
    organisation = get_object_or_404(Organisation, pk=pk)
    return archive_toggle(
        request, organisation, service=organisation_archive, keyword="organisation"
    )
