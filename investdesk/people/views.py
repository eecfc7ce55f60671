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

from .filters import PersonFilter
from .forms import PersonForm
from .models import Person
from .selectors import person_detail, person_list
from .services import person_archive, person_create, person_update


class PersonListView(FilteredListView):
    permission_required = "people.view_person"
    model = Person
    filterset_class = PersonFilter
    template_name = "people/person_list.html"
    sort_fields = {
        "name": ("last_name", "first_name"),
        "organisation": ("organisation__name", "last_name"),
        "position": ("position", "last_name"),
    }
    default_sort = "name"
    export_path = "/people/export.xlsx"
    archivable = True

    def get_base_queryset(self):
        return person_list(archived=self.archived)


class PersonDetailView(ProtectedMixin, View):
    permission_required = "people.view_person"

    def get(self, request, pk: int):
        context = person_detail(pk=pk, user=request.user)
        return render(request, "people/person_detail.html", context)


class PersonFormMixin:
    model = Person
    form_class = PersonForm
    template_name = "people/person_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class PersonCreateView(ProtectedMixin, ServiceCreateMixin, PersonFormMixin, CreateView):
    permission_required = "people.add_person"
    success_message = _("Person “%(object)s” created.")

    def perform_create(self, form):
        data = form.cleaned_data
        return person_create(
            **form.changes(),
            position=data.get("position_title") or "",
            organisation=data.get("position_organisation"),
            position_started_on=data.get("position_started_on"),
        )


class PersonUpdateView(ProtectedMixin, OptimisticUpdateMixin, PersonFormMixin, UpdateView):
    permission_required = "people.change_person"
    success_message = _("Person “%(object)s” saved.")

    def perform_update(self, form):
        data = form.cleaned_data
        position_changed = form.position_changed()
        return person_update(
            person=self.object,
            changes=form.changes(),
            expected_version=form.expected_version,
            position_title=(data.get("position_title") or "") if position_changed else None,
            position_organisation=data.get("position_organisation"),
            position_started_on=data.get("position_started_on"),
        )


@login_required
@require_POST
@permission_required("people.change_person", raise_exception=True)
def person_archive_view(request, pk: int):
    """Archive or restore (``action=restore``) a person; merged ones stay archived."""
    person = get_object_or_404(Person, pk=pk)
    return archive_toggle(request, person, service=person_archive, keyword="person")
