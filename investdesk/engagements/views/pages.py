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
from django.views.generic import DetailView, UpdateView

from investdesk.accounts.access import sees_everything
from investdesk.core import related
from investdesk.core.access import READER_ROLES
from investdesk.core.forms import add_service_errors
from investdesk.core.status import status_page
from investdesk.core.views import FilteredListView, OptimisticUpdateMixin, ProtectedMixin
from investdesk.organisations.models import Organisation

from .. import selectors
from ..choices import CommitmentStatus
from ..filters import EngagementFilter
from ..forms import (
    CommitmentFormSet,
    DirectionRows,
    EngagementEditForm,
    EngagementRecordForm,
    OutcomeFormSet,
    ParticipantFormSet,
)
from ..models import Engagement
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
        context.update(
            participant_groups=selectors.participants_by_role(engagement),
            # Without the tasks app's forms (``core.related``), each commitment stands alone.
            commitments=[
                {"commitment": commitment, "missing": [], "form": None}
                for commitment in engagement.commitment_list
            ],
            can_change=user.has_perm("engagements.change_engagement"),
            can_read_dossier=user.has_role(*READER_ROLES),
            today=timezone.localdate(),
            points=selectors.engagement_site_points(engagement),
        )
        context.update(related.sections(selectors.DETAIL_POINT, engagement, user=user))
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
    # One read of the directions for the form's five pickers (and their empty rows).
    shared = {"directions": DirectionRows()}
    return {
        "form": EngagementRecordForm(data, user=request.user, **shared),
        "participants": ParticipantFormSet(data, prefix="participants"),
        "outcomes": OutcomeFormSet(data, prefix="outcomes", form_kwargs=shared),
        "commitments": CommitmentFormSet(data, prefix="commitments", form_kwargs=shared),
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
def commitment_status_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a commitment kept, partly kept, not kept or cancelled, with a date and comment."""
    if not request.user.has_perm("engagements.change_commitment"):
        raise PermissionDenied
    commitment = get_object_or_404(selectors.visible_commitments(user=request.user), pk=pk)
    return status_page(
        request,
        record=commitment,
        choices=CommitmentStatus.choices,
        save=lambda **status: commitment_set_status(commitment=commitment, **status),
        title=_("Status of the commitment"),
        parent=commitment.engagement,
        done_url=commitment.get_absolute_url(),
        cancel_url=commitment.get_absolute_url(),
        done_message=_("Commitment marked “%(status)s”."),
    )
