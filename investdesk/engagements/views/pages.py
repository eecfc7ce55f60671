"""Pages of an engagement: the list, the story page, record a visit, edit, commitment status and
commitments → tasks."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, UpdateView

from investdesk.accounts.access import sees_everything
from investdesk.accounts.models import User
from investdesk.core.access import READER_ROLES
from investdesk.core.forms import add_service_errors
from investdesk.core.status import StatusForm
from investdesk.core.views import FilteredListView, OptimisticUpdateMixin, ProtectedMixin
from investdesk.organisations.models import Organisation
from investdesk.tasks.services import commitment_create_tasks

from .. import selectors
from ..choices import CommitmentStatus
from ..filters import EngagementFilter
from ..forms import (
    CommitmentFormSet,
    CommitmentTasksForm,
    EngagementEditForm,
    EngagementRecordForm,
    OutcomeFormSet,
    ParticipantFormSet,
)
from ..models import Commitment, Engagement
from ..services import (
    CommitmentSpec,
    OutcomeSpec,
    ParticipantError,
    commitment_set_status,
    engagement_record,
    engagement_update,
)
from .common import attach_service_error, participant_spec


class EngagementListView(FilteredListView):
    permission_required = "engagements.view_engagement"
    filterset_class = EngagementFilter
    template_name = "engagements/engagement_list.html"
    export_path = "/engagements/export.xlsx"
    sort_fields = {"date": ("start_date",), "title": ("title",), "kind": ("kind", "start_date")}
    default_sort = "-date"

    def get_base_queryset(self):
        return selectors.engagement_list(user=self.request.user)

    def adjust_filterset(self, filterset) -> None:
        user = self.request.user
        if not sees_everything(user) and "organisations" in filterset.filters:
            # Partners may not browse the registry: offer only organisations of what they see.
            filterset.filters["organisations"].queryset = Organisation.objects.filter(
                engagements__in=Engagement.objects.visible_to(user)
            ).distinct()


class EngagementDetailView(ProtectedMixin, DetailView):
    """The engagement told as a story: who, when, where, what was said and promised."""

    permission_required = "engagements.view_engagement"
    template_name = "engagements/engagement_detail.html"
    context_object_name = "engagement"

    def get_object(self, queryset=None) -> Engagement:
        try:
            return selectors.engagement_story(pk=self.kwargs["pk"], user=self.request.user)
        except Engagement.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        engagement = self.object
        user = self.request.user
        can_create_tasks = user.has_perm("tasks.add_task")
        owner_choices = selectors.task_owner_choices() if can_create_tasks else []
        commitments = []
        for commitment in engagement.commitment_list:
            missing = selectors.directions_needing_a_task(commitment)
            form = None
            if can_create_tasks and missing:
                form = CommitmentTasksForm(
                    directions=missing,
                    owner_choices=owner_choices,
                    initial={
                        "assignee": user.pk if user.pk in dict(owner_choices) else None,
                        "due_date": commitment.due_date,
                    },
                    prefix=f"c{commitment.pk}",
                )
            commitments.append({"commitment": commitment, "missing": missing, "form": form})
        context.update(
            participant_groups=selectors.participants_by_role(engagement),
            commitments=commitments,
            can_change=user.has_perm("engagements.change_engagement"),
            can_read_dossier=user.has_role(*READER_ROLES),
            today=timezone.localdate(),
            points=selectors.engagement_site_points(engagement),
        )
        return context


class EngagementUpdateView(OptimisticUpdateMixin, ProtectedMixin, UpdateView):
    permission_required = "engagements.change_engagement"
    form_class = EngagementEditForm
    template_name = "engagements/engagement_edit.html"
    context_object_name = "engagement"

    @property
    def success_message(self) -> str:
        return _("Engagement “%(object)s” saved.")

    def get_queryset(self):
        return Engagement.objects.visible_to(self.request.user)

    def perform_update(self, form: EngagementEditForm) -> Engagement:
        return engagement_update(
            engagement=self.object,
            changes=form.changes(),
            m2m=form.m2m_changes(),
            expected_version=form.expected_version,
        )


class _Abort(Exception):
    """Roll back the whole visit: an error was attached to one of the forms."""


def _forms(request: HttpRequest) -> dict[str, Any]:
    data = request.POST if request.method == "POST" else None
    return {
        "form": EngagementRecordForm(data, user=request.user),
        "participants": ParticipantFormSet(data, prefix="participants"),
        "outcomes": OutcomeFormSet(data, prefix="outcomes"),
        "commitments": CommitmentFormSet(data, prefix="commitments"),
    }


def _filled(formset) -> list:
    return [f for f in formset.forms if f.has_changed() and f.cleaned_data]


@login_required
def engagement_record_view(request: HttpRequest) -> HttpResponse:
    """Record a visit in one go: the engagement, its participants, links, outcomes, promises.

    Missing people and organisations typed into the form are created by the same service
    call, in one transaction, so a validation error anywhere leaves nothing behind.
    """
    if not request.user.has_perm("engagements.add_engagement"):
        raise PermissionDenied
    forms = _forms(request)
    status = 200
    if request.method == "POST":
        if all(f.is_valid() for f in forms.values()):
            try:
                engagement = _record(request, forms)
            except _Abort:
                status = 400
            else:
                messages.success(
                    request, _("Engagement “%(title)s” recorded.") % {"title": engagement.title}
                )
                return redirect(engagement.get_absolute_url())
        else:
            status = 400
    return render(request, "engagements/engagement_record.html", forms, status=status)


def _record(request: HttpRequest, forms: dict[str, Any]) -> Engagement:
    participant_forms = _filled(forms["participants"])
    participants = [participant_spec(form) for form in participant_forms]
    main = forms["form"].cleaned_data
    try:
        return engagement_record(
            kind=main["kind"],
            title=main["title"],
            status=main["status"],
            start_date=main["start_date"],
            end_date=main.get("end_date"),
            venue=main.get("venue", ""),
            venue_organisation=main.get("venue_organisation"),
            municipality=main.get("municipality"),
            summary=main.get("summary", ""),
            origin_note=main.get("origin_note", ""),
            created_by=request.user,
            participants=participants,
            organisations=main.get("organisations") or [],
            sites=main.get("sites") or [],
            projects=main.get("projects") or [],
            directions=main.get("directions") or [],
            outcomes=[
                OutcomeSpec(
                    kind=f.cleaned_data["kind"],
                    text=f.cleaned_data["text"],
                    directions=list(f.cleaned_data["directions"]),
                )
                for f in _filled(forms["outcomes"])
            ],
            commitments=[
                CommitmentSpec(
                    text=f.cleaned_data["text"],
                    person=f.cleaned_data.get("person"),
                    directions=list(f.cleaned_data["directions"]),
                    due_date=f.cleaned_data.get("due_date"),
                )
                for f in _filled(forms["commitments"])
            ],
        )
    except ParticipantError as error:
        attach_service_error(participant_forms[error.index], error)
        raise _Abort from error
    except ValidationError as error:
        add_service_errors(forms["form"], error)
        raise _Abort from error


@login_required
@require_POST
def commitment_tasks_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Create one task per direction of a commitment, in one step (idempotent)."""
    if not request.user.has_perm("tasks.add_task"):
        raise PermissionDenied
    commitment = get_object_or_404(
        Commitment.objects.select_related("engagement").filter(
            engagement__in=Engagement.objects.visible_to(request.user)
        ),
        pk=pk,
    )
    missing = selectors.directions_needing_a_task(commitment)
    owner_choices = selectors.task_owner_choices()
    form = CommitmentTasksForm(
        request.POST,
        directions=missing,
        owner_choices=owner_choices,
        prefix=f"c{commitment.pk}",
    )
    target = commitment.get_absolute_url()
    if not missing:
        messages.info(request, _("Every direction of this commitment already has a task."))
        return redirect(target)
    if not form.is_valid():
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else error)
        return redirect(target)
    owner_ids = {form.cleaned_data["assignee"], *form.owners_by_direction().values()}
    owners = User.objects.in_bulk(owner_ids)
    try:
        tasks = commitment_create_tasks(
            commitment=commitment,
            assignee=owners[form.cleaned_data["assignee"]],
            due_date=form.cleaned_data["due_date"],
            created_by=request.user,
            assignees_by_direction={
                direction_pk: owners[user_pk]
                for direction_pk, user_pk in form.owners_by_direction().items()
            },
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(target)
    messages.success(
        request,
        _("%(count)s task(s) created from the commitment.") % {"count": len(tasks)},
    )
    return redirect(target)


@login_required
def commitment_status_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a commitment kept, partly kept, not kept or cancelled, with a date and comment."""
    if not request.user.has_perm("engagements.change_commitment"):
        raise PermissionDenied
    commitment = get_object_or_404(
        Commitment.objects.select_related("engagement").filter(
            engagement__in=Engagement.objects.visible_to(request.user)
        ),
        pk=pk,
    )
    form = StatusForm(
        request.POST if request.method == "POST" else None,
        choices=CommitmentStatus.choices,
        initial={"status": commitment.status, "comment": commitment.status_comment},
    )
    if request.method == "POST" and form.is_valid():
        commitment_set_status(
            commitment=commitment,
            status=form.cleaned_data["status"],
            on=form.cleaned_data["on"],
            comment=form.cleaned_data["comment"],
        )
        messages.success(
            request,
            _("Commitment marked “%(status)s”.") % {"status": commitment.get_status_display()},
        )
        return redirect(commitment.get_absolute_url())
    return render(
        request,
        "includes/status_page.html",
        {
            "form": form,
            "title": _("Status of the commitment"),
            "subject": commitment.text,
            "parent": commitment.engagement,
            "cancel_url": commitment.get_absolute_url(),
        },
        status=400 if form.is_bound else 200,
    )
