"""Pages of the single window: open cases by lateness, a case as its steps, closing a step."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import DetailView

from investdesk.core.forms import DateInput, add_bootstrap_classes, add_service_errors
from investdesk.core.services import ConcurrentUpdateError
from investdesk.core.views import FilteredListView, ProtectedMixin
from investdesk.projects.models import ProjectParticipant

from . import selectors
from .choices import SupportStepKind
from .filters import SupportCaseFilter
from .forms import CaseCloseForm, StepRescheduleForm, SupportCaseEditForm, SupportCaseOpenForm
from .inquiries import case_site_matches
from .models import Inquiry, SupportCase, SupportStep
from .services import (
    support_case_close,
    support_case_open,
    support_case_update,
    support_step_complete,
    support_step_reschedule,
)


class StepCompleteForm(forms.Form):
    done_on = forms.DateField(label=gettext_lazy("Done on"), widget=DateInput())
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=2000)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_bootstrap_classes(self, small=True)


class SupportCaseListView(FilteredListView):
    """Open cases, the latest first, so the agency sees where it breaks its own terms."""

    permission_required = "support.view_supportcase"
    template_name = "support/case_list.html"
    export_path = "/support/export.xlsx"
    filterset_class = SupportCaseFilter
    archivable = True  # ?archived=1: the closed cases

    def get_base_queryset(self):
        return selectors.open_cases_by_lateness(closed=self.archived)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        labels = dict(SupportStepKind.choices)
        for case in context["object_list"]:
            case.days_late = selectors.days_late(case, today=today)
            case.next_step_label = labels.get(case.next_step_kind, "")
        context["today"] = today
        return context


class SupportCaseDetailView(ProtectedMixin, DetailView):
    permission_required = "support.view_supportcase"
    template_name = "support/case_detail.html"
    context_object_name = "case"

    def get_object(self, queryset=None) -> SupportCase:
        try:
            return selectors.support_case_detail(pk=self.kwargs["pk"])
        except SupportCase.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        can_change = self.request.user.has_perm("support.change_supportcase")
        context["steps"] = [
            {
                "step": step,
                "form": StepCompleteForm(initial={"done_on": today}, prefix=f"s{step.pk}")
                if can_change and step.actual_date is None
                else None,
            }
            for step in self.object.steps.all()
        ]
        context["today"] = today
        context.update(case_site_matches(self.object))
        return context


@login_required
@require_POST
def step_complete_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("support.change_supportcase"):
        raise PermissionDenied
    step = get_object_or_404(SupportStep.objects.select_related("case"), pk=pk)
    form = StepCompleteForm(request.POST, prefix=f"s{step.pk}")
    target = step.case.get_absolute_url()
    if not form.is_valid():
        for name, errors in form.errors.items():
            for error in errors:
                messages.error(request, f"{form.fields[name].label}: {error}")
        return redirect(target)
    try:
        support_step_complete(
            step=step, done_on=form.cleaned_data["done_on"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, f"{form.fields['done_on'].label}: {message}")
        return redirect(target)
    messages.success(request, _("Step “%(step)s” marked done.") % {"step": step})
    return redirect(target)


# --- Open a case, reschedule a step, close a case --------------------------------------


@login_required
def support_case_open_view(request: HttpRequest) -> HttpResponse:
    """Open a case (from an organisation's or a project's page: ``?organisation=&project=``);
    the service creates every step of the procedure with its target in working days."""
    if not request.user.has_perm("support.add_supportcase"):
        raise PermissionDenied
    initial = {"curator": request.user.pk}
    for name in ("organisation", "project"):
        value = request.GET.get(name, "")
        if value.isdigit():
            initial[name] = int(value)
    if "project" in initial and "organisation" not in initial:
        investor = (
            ProjectParticipant.objects.filter(project_id=initial["project"], role="investor")
            .values_list("organisation_id", flat=True)
            .first()
        )
        if investor:
            initial["organisation"] = investor
    form = SupportCaseOpenForm(
        request.POST if request.method == "POST" else None, user=request.user, initial=initial
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                case = support_case_open(
                    organisation=data["organisation"],
                    subject=data["subject"],
                    applied_on=data["applied_on"],
                    project=data.get("project"),
                    curator=data.get("curator"),
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Support case opened: %(case)s.") % {"case": case})
                return redirect(case)
    return render(request, "support/case_open.html", {"form": form}, status=status)


@login_required
def step_reschedule_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("support.change_supportcase"):
        raise PermissionDenied
    step = get_object_or_404(SupportStep.objects.select_related("case"), pk=pk)
    form = StepRescheduleForm(
        request.POST if request.method == "POST" else None,
        initial={"target_date": step.target_date},
        prefix=f"r{step.pk}",
    )
    if request.method == "POST" and form.is_valid():
        try:
            support_step_reschedule(
                step=step,
                target_date=form.cleaned_data["target_date"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Step “%(step)s” rescheduled.") % {"step": step})
            return redirect(step.case)
    return render(
        request,
        "support/step_reschedule.html",
        {"form": form, "step": step, "case": step.case},
        status=400 if form.is_bound else 200,
    )


@login_required
def case_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Close a case as completed, withdrawn or rejected, with the reason."""
    if not request.user.has_perm("support.change_supportcase"):
        raise PermissionDenied
    case = get_object_or_404(SupportCase.objects.select_related("organisation"), pk=pk)
    form = CaseCloseForm(
        request.POST if request.method == "POST" else None,
        initial={"closed_on": timezone.localdate(), "version": case.version},
    )
    return _versioned_case_form(
        request,
        form,
        case,
        "support/case_close.html",
        lambda data: support_case_close(
            case=case,
            status=data["status"],
            reason=data["closing_reason"],
            on=data["closed_on"],
            expected_version=data["version"] or 0,
        ),
        _("The case is closed."),
    )


@login_required
def case_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Change an open case's subject, project or curator (a version check as elsewhere)."""
    if not request.user.has_perm("support.change_supportcase"):
        raise PermissionDenied
    case = get_object_or_404(SupportCase.objects.select_related("organisation"), pk=pk)
    form = SupportCaseEditForm(
        request.POST if request.method == "POST" else None, instance=case, user=request.user
    )
    return _versioned_case_form(
        request,
        form,
        case,
        "support/case_edit.html",
        lambda data: support_case_update(
            case=case, changes=form.changes(), expected_version=data["version"] or 0
        ),
        _("The case is saved."),
    )


def _versioned_case_form(
    request: HttpRequest,
    form: Any,
    case: SupportCase,
    template: str,
    save: Callable[[dict[str, Any]], Any],
    done: str,
) -> HttpResponse:
    """Post ``form`` through ``save`` (a service with a version check): back to the case when
    it is saved; the page again with the errors (400) or someone else's change (409)."""
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except ConcurrentUpdateError as error:
            conflict = error.current
            form.add_error(None, str(error))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(case)
    return render(
        request,
        template,
        {"form": form, "case": case, "conflict": conflict},
        status=409 if conflict else 400 if form.is_bound else 200,
    )


@login_required
def inquiry_attachment_view(request: HttpRequest, pk: int):
    """The file an investor attached to a portal inquiry, for those who read support cases."""
    if not request.user.has_perm("support.view_supportcase"):
        raise PermissionDenied
    inquiry = get_object_or_404(Inquiry.objects.exclude(attachment=""), pk=pk)
    return FileResponse(inquiry.attachment.open("rb"), as_attachment=True)
