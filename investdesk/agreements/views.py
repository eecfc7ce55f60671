"""Pages of the agreements app: the list, an agreement with its obligations, obligation → task."""

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import DetailView

from investdesk.accounts.models import User
from investdesk.core.forms import add_bootstrap_classes
from investdesk.core.views import FilteredListView, ProtectedMixin
from investdesk.engagements.selectors import task_owner_choices
from investdesk.tasks.services import obligation_create_task

from . import selectors
from .filters import AgreementFilter
from .models import Agreement, Obligation


class ObligationTaskForm(forms.Form):
    assignee = forms.TypedChoiceField(label=gettext_lazy("Owner"), coerce=int)

    def __init__(self, *args: Any, owner_choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = owner_choices
        add_bootstrap_classes(self, small=True)


class AgreementListView(FilteredListView):
    permission_required = "agreements.view_agreement"
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"
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
            return selectors.agreement_detail(pk=self.kwargs["pk"])
        except Agreement.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        can_create_tasks = user.has_perm("tasks.add_task")
        choices = task_owner_choices() if can_create_tasks else []
        rows = []
        for obligation in self.object.obligation_list:
            form = None
            if can_create_tasks and not obligation.task_list:
                form = ObligationTaskForm(
                    owner_choices=choices,
                    initial={"assignee": user.pk},
                    prefix=f"o{obligation.pk}",
                )
            rows.append({"obligation": obligation, "form": form})
        context.update(obligations=rows, today=timezone.localdate())
        return context


@login_required
@require_POST
def obligation_task_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Create the task that follows an obligation up (once: a second call changes nothing)."""
    if not request.user.has_perm("tasks.add_task"):
        raise PermissionDenied
    obligation = get_object_or_404(Obligation.objects.select_related("agreement"), pk=pk)
    form = ObligationTaskForm(
        request.POST, owner_choices=task_owner_choices(), prefix=f"o{obligation.pk}"
    )
    target = obligation.agreement.get_absolute_url()
    if not form.is_valid():
        for error in form.errors.get("assignee", []):
            messages.error(request, f"{form.fields['assignee'].label}: {error}")
        return redirect(target)
    try:
        task = obligation_create_task(
            obligation=obligation,
            assignee=User.objects.get(pk=form.cleaned_data["assignee"]),
            created_by=request.user,
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(target)
    messages.success(request, _("Task “%(task)s” created.") % {"task": task})
    return redirect(target)
