"""Tasks that follow a commitment or an obligation up: the forms under each commitment of an
engagement's page and each obligation of an agreement's page (``core.related`` sections), and
the views that create the tasks.

The views keep the paths of the pages they are used on (``/engagements/commitments/<pk>/tasks/``,
``/agreements/obligations/<pk>/task/``); they belong here, as task creation is this app's.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from investdesk.accounts.models import User
from investdesk.agreements.models import Agreement, Obligation
from investdesk.agreements.selectors import DETAIL_POINT as AGREEMENT_POINT
from investdesk.core import related
from investdesk.core.views import flash_errors
from investdesk.engagements.models import Engagement
from investdesk.engagements.selectors import DETAIL_POINT as ENGAGEMENT_POINT
from investdesk.engagements.selectors import visible_commitments

from .forms import CommitmentTasksForm, ObligationTaskForm
from .selectors import directions_needing_a_task, task_owner_choices
from .services import commitment_create_tasks, obligation_create_task


def commitment_task_rows(engagement: Engagement, *, user: User) -> dict[str, Any]:
    """Each commitment of the engagement's page with its directions still lacking a task and,
    for those who may create tasks, the form that creates them."""
    can_create_tasks = user.has_perm("tasks.add_task")
    owner_choices = task_owner_choices() if can_create_tasks else []
    rows = []
    for commitment in engagement.commitment_list:
        missing = directions_needing_a_task(commitment)
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
        rows.append({"commitment": commitment, "missing": missing, "form": form})
    return {"commitments": rows}


def obligation_task_rows(agreement: Agreement, *, user: User) -> dict[str, Any]:
    """Each obligation of the agreement's page with, while it has no task and the user may
    create one, the form that creates it."""
    can_create_tasks = user.has_perm("tasks.add_task")
    choices = task_owner_choices() if can_create_tasks else []
    rows = []
    for obligation in agreement.obligation_list:
        form = None
        if can_create_tasks and not obligation.task_list:
            form = ObligationTaskForm(
                owner_choices=choices, initial={"assignee": user.pk}, prefix=f"o{obligation.pk}"
            )
        rows.append({"obligation": obligation, "form": form})
    return {"obligations": rows}


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_section(ENGAGEMENT_POINT, commitment_task_rows)
    related.add_section(AGREEMENT_POINT, obligation_task_rows)


@login_required
@require_POST
def commitment_tasks_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Create one task per direction of a commitment, in one step (idempotent)."""
    if not request.user.has_perm("tasks.add_task"):
        raise PermissionDenied
    commitment = get_object_or_404(visible_commitments(user=request.user), pk=pk)
    missing = directions_needing_a_task(commitment)
    owner_choices = task_owner_choices()
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
        flash_errors(request, form)
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
        flash_errors(request, error)
        return redirect(target)
    messages.success(
        request,
        _("%(count)s task(s) created from the commitment.") % {"count": len(tasks)},
    )
    return redirect(target)


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
        flash_errors(request, form)
        return redirect(target)
    try:
        task = obligation_create_task(
            obligation=obligation,
            assignee=User.objects.get(pk=form.cleaned_data["assignee"]),
            created_by=request.user,
        )
    except ValidationError as error:
        flash_errors(request, error)
        return redirect(target)
    messages.success(request, _("Task “%(task)s” created.") % {"task": task})
    return redirect(target)
