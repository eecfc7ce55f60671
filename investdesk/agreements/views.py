"""Pages of the agreements app: the list, an agreement with its obligations, create and edit."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from investdesk.core import related
from investdesk.core.forms import add_service_errors
from investdesk.core.formsets import changed_forms, render_formset_row
from investdesk.core.rows import RowChange, row_changes
from investdesk.core.services import ConcurrentUpdateError
from investdesk.core.status import status_page
from investdesk.core.views import FilteredListView, ProtectedMixin, show_conflict

from . import selectors
from .choices import ObligationStatus
from .filters import AgreementFilter
from .forms import AgreementForm, NewObligationFormSet, ObligationFormSet
from .models import Agreement, Obligation
from .services import (
    ObligationSpec,
    agreement_create,
    agreement_revise,
    obligation_set_status,
)


class AgreementListView(FilteredListView):
    permission_required = "agreements.view_agreement"
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"
    export_path = "/agreements/export.xlsx"
    sort_fields = {"signed": ("signed_on",), "title": ("title",), "kind": ("kind", "signed_on")}
    default_sort = "-signed"

    def get_base_queryset(self):
        return selectors.agreement_list()


class AgreementDetailView(ProtectedMixin, DetailView):
    permission_required = "agreements.view_agreement"
    template_name = "agreements/agreement_detail.html"
    context_object_name = "agreement"

    def get_object(self, queryset=None) -> Agreement:
        try:
            return selectors.agreement_detail(pk=self.kwargs["pk"], user=self.request.user)
        except Agreement.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        # Without the tasks app's forms (``core.related``), each obligation stands alone.
        context.update(
            obligations=[{"obligation": o, "form": None} for o in self.object.obligation_list],
            today=timezone.localdate(),
        )
        context.update(related.sections(selectors.DETAIL_POINT, self.object, user=user))
        return context


# --- Create and edit an agreement with its obligations; obligation status -------------

OBLIGATION_PREFIX = "obligations"


def _obligation_changes(formset, existing: dict[int, Obligation]) -> list[RowChange]:
    return row_changes(
        formset,
        existing,
        lambda form: ObligationSpec(
            text=form.cleaned_data.get("text", ""),
            party=form.cleaned_data.get("party"),
            deadline=form.cleaned_data.get("deadline"),
        ),
        foreign_message=_("An obligation of another agreement cannot be edited here."),
    )


def _obligation_errors(formset, form, error: ValidationError) -> None:
    """A service error about an obligation lands on the first changed row."""
    rows = changed_forms(formset)
    add_service_errors(rows[0] if rows else form, error)


@login_required
def agreement_create_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("agreements.add_agreement"):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else None
    initial = {}
    for name in ("project", "engagement"):
        value = request.GET.get(name, "")
        if value.isdigit():
            initial[name] = int(value)
    form = AgreementForm(data, user=request.user, initial=initial)
    formset = NewObligationFormSet(data, prefix=OBLIGATION_PREFIX)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and formset.is_valid():
            try:
                with transaction.atomic():
                    fields = form.changes()
                    agreement = agreement_create(
                        kind=fields.pop("kind"),
                        title=fields.pop("title"),
                        signed_on=fields.pop("signed_on"),
                        parties=list(form.cleaned_data["parties"]),
                        obligations=[
                            change.spec
                            for change in _obligation_changes(formset, {})
                            if not change.remove
                        ],
                        **fields,
                    )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request, _("Agreement “%(title)s” created.") % {"title": agreement}
                )
                return redirect(agreement)
    context = {"form": form, "obligations": formset, "agreement": None}
    return render(request, "agreements/agreement_form.html", context, status=status)


@login_required
def agreement_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("agreements.change_agreement"):
        raise PermissionDenied
    agreement = get_object_or_404(Agreement, pk=pk)
    existing = {o.pk: o for o in agreement.obligations.select_related("party")}
    data = request.POST if request.method == "POST" else None
    form = AgreementForm(data, instance=agreement, user=request.user)
    formset = ObligationFormSet(
        data,
        prefix=OBLIGATION_PREFIX,
        initial=[
            {"id": o.pk, "party": o.party_id, "text": o.text, "deadline": o.deadline}
            for o in existing.values()
        ],
    )
    context: dict[str, Any] = {"form": form, "obligations": formset, "agreement": agreement}
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and formset.is_valid():
            try:
                agreement_revise(
                    agreement=agreement,
                    changes=form.changes(),
                    parties=list(form.cleaned_data["parties"]),
                    obligations=_obligation_changes(formset, existing),
                    expected_version=form.expected_version,
                )
            except ConcurrentUpdateError as error:
                context.update(show_conflict(form, error))
                status = 409
            except ValidationError as error:
                if hasattr(error, "error_dict") and "text" in error.error_dict:
                    _obligation_errors(formset, form, error)
                else:
                    add_service_errors(form, error)
            else:
                messages.success(request, _("Agreement “%(title)s” saved.") % {"title": agreement})
                return redirect(agreement)
    return render(request, "agreements/agreement_form.html", context, status=status)


@login_required
def obligation_row_view(request: HttpRequest) -> HttpResponse:
    """htmx: an empty obligation row for the agreement form."""
    if not request.user.has_perm("agreements.change_agreement"):
        raise PermissionDenied
    return render_formset_row(request, ObligationFormSet, prefix=OBLIGATION_PREFIX)


@login_required
def obligation_status_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark an obligation fulfilled, partly fulfilled, not fulfilled or cancelled."""
    if not request.user.has_perm("agreements.change_obligation"):
        raise PermissionDenied
    obligation = get_object_or_404(Obligation.objects.select_related("agreement", "party"), pk=pk)
    agreement_url = obligation.agreement.get_absolute_url()
    return status_page(
        request,
        record=obligation,
        choices=ObligationStatus.choices,
        save=lambda **status: obligation_set_status(obligation=obligation, **status),
        title=_("Status of the obligation"),
        parent=obligation.agreement,
        done_url=f"{agreement_url}#obligation-{obligation.pk}",
        cancel_url=agreement_url,
        done_message=_("Obligation marked “%(status)s”."),
    )
