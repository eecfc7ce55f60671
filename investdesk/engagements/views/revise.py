"""Edit everything recorded about an engagement on one page."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from investdesk.core.formsets import render_formset_row
from investdesk.core.rows import row_changes
from investdesk.core.services import ConcurrentUpdateError
from investdesk.core.views import show_conflict

from ..forms import (
    CommitmentEditFormSet,
    DirectionRows,
    EngagementReviseForm,
    OutcomeEditFormSet,
    ParticipantEditFormSet,
    ProgrammeFormSet,
)
from ..models import Engagement
from ..services import (
    FOREIGN_ROW,
    CommitmentSpec,
    OutcomeSpec,
    PartChange,
    ProgrammeItemSpec,
    engagement_revise,
)
from .common import attach_service_error, participant_spec

REVISE_FORMSETS = {
    "participants": (ParticipantEditFormSet, "col-md-3"),
    "programme": (ProgrammeFormSet, "col-md-3"),
    "outcomes": (OutcomeEditFormSet, "col-md-4"),
    "commitments": (CommitmentEditFormSet, "col-md-3"),
}


def _revise_forms(request: HttpRequest, engagement: Engagement) -> dict[str, Any]:
    data = request.POST if request.method == "POST" else None
    participants = list(engagement.participants.all())
    parts = list(engagement.parts.prefetch_related("sites").order_by("start_date", "id"))
    outcomes = list(engagement.outcomes.prefetch_related("directions"))
    commitments = list(engagement.commitments.prefetch_related("directions").order_by("id"))
    # One read of the directions for every outcome's and commitment's picker.
    shared = {"directions": DirectionRows()}
    return {
        "form": EngagementReviseForm(data, instance=engagement, user=request.user),
        "participants": ParticipantEditFormSet(
            data,
            prefix="participants",
            initial=[
                {
                    "id": p.pk,
                    "role": p.role,
                    "person": p.person_id,
                    "organisation": p.organisation_id,
                    "role_label": p.role_label,
                }
                for p in participants
            ],
        ),
        "programme": ProgrammeFormSet(
            data,
            prefix="programme",
            initial=[
                {
                    "id": part.pk,
                    "kind": part.kind,
                    "title": part.title,
                    "start_date": part.start_date,
                    "venue": part.venue,
                    "sites": [site.pk for site in part.sites.all()],
                }
                for part in parts
            ],
        ),
        "outcomes": OutcomeEditFormSet(
            data,
            prefix="outcomes",
            form_kwargs=shared,
            initial=[
                {
                    "id": o.pk,
                    "kind": o.kind,
                    "text": o.text,
                    "directions": [d.pk for d in o.directions.all()],
                }
                for o in outcomes
            ],
        ),
        "commitments": CommitmentEditFormSet(
            data,
            prefix="commitments",
            form_kwargs=shared,
            initial=[
                {
                    "id": c.pk,
                    "text": c.text,
                    "person": c.person_id,
                    "directions": [d.pk for d in c.directions.all()],
                    "due_date": c.due_date,
                }
                for c in commitments
            ],
        ),
        "_existing": {
            "participants": {p.pk: p for p in participants},
            "programme": {p.pk: p for p in parts},
            "outcomes": {o.pk: o for o in outcomes},
            "commitments": {c.pk: c for c in commitments},
        },
    }


def _row_changes(formset, existing: dict[int, Any], make_spec) -> list[PartChange]:
    return row_changes(formset, existing, make_spec, foreign_message=FOREIGN_ROW)


@login_required
def engagement_revise_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything recorded about an engagement: its fields and links, participants (name
    an unnamed role by picking the person), programme items with sites, outcomes and
    commitments — saved together under the engagement's version check."""
    if not request.user.has_perm("engagements.change_engagement"):
        raise PermissionDenied
    engagement = get_object_or_404(Engagement.objects.visible_to(request.user), pk=pk)
    forms = _revise_forms(request, engagement)
    existing = forms.pop("_existing")
    context: dict[str, Any] = {**forms, "engagement": engagement}
    status = 200
    if request.method == "POST":
        status = 400
        form = forms["form"]
        if all(f.is_valid() for f in forms.values()):
            try:
                with transaction.atomic():
                    engagement_revise(
                        engagement=engagement,
                        changes=form.changes(),
                        m2m=form.m2m_changes(),
                        expected_version=form.expected_version,
                        participants=_row_changes(
                            forms["participants"],
                            existing["participants"],
                            lambda f: participant_spec(f),
                        ),
                        programme=_row_changes(
                            forms["programme"],
                            existing["programme"],
                            lambda f: ProgrammeItemSpec(
                                kind=f.cleaned_data["kind"],
                                title=f.cleaned_data["title"],
                                start_date=f.cleaned_data["start_date"],
                                venue=f.cleaned_data.get("venue", ""),
                                sites=list(f.cleaned_data["sites"]),
                            ),
                        ),
                        outcomes=_row_changes(
                            forms["outcomes"],
                            existing["outcomes"],
                            lambda f: OutcomeSpec(
                                kind=f.cleaned_data["kind"],
                                text=f.cleaned_data["text"],
                                directions=list(f.cleaned_data["directions"]),
                            ),
                        ),
                        commitments=_row_changes(
                            forms["commitments"],
                            existing["commitments"],
                            lambda f: CommitmentSpec(
                                text=f.cleaned_data["text"],
                                person=f.cleaned_data.get("person"),
                                directions=list(f.cleaned_data["directions"]),
                                due_date=f.cleaned_data.get("due_date"),
                            ),
                        ),
                    )
            except ConcurrentUpdateError as error:
                context.update(show_conflict(form, error))
                status = 409
            except ValidationError as error:
                attach_service_error(form, error)
            else:
                messages.success(
                    request, _("Engagement “%(title)s” saved.") % {"title": engagement.title}
                )
                return redirect(engagement.get_absolute_url())
    return render(request, "engagements/engagement_revise.html", context, status=status)


@login_required
def revise_row_view(request: HttpRequest, kind: str) -> HttpResponse:
    """htmx: an empty row of one of the engagement page's formsets."""
    if not request.user.has_perm("engagements.change_engagement"):
        raise PermissionDenied
    if kind not in REVISE_FORMSETS:
        raise Http404
    formset_class, col = REVISE_FORMSETS[kind]
    return render_formset_row(request, formset_class, prefix=kind, col=col)
