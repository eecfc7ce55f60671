"""Pages of the projects app: list, detail, create/edit, the pipeline board and stage moves."""

import json
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DetailView, TemplateView, UpdateView

from investdesk.core.access import READER_ROLES
from investdesk.core.forms import add_bootstrap_classes, add_service_errors
from investdesk.core.formsets import render_formset_row
from investdesk.core.services import ConcurrentUpdateError
from investdesk.core.views import (
    FilteredListView,
    OptimisticUpdateMixin,
    ProtectedMixin,
    ServiceCreateMixin,
    archive_toggle,
)
from investdesk.sitecatalog.matching import needs_for_project
from investdesk.sitecatalog.selectors import site_matches

from . import selectors
from .filters import ProjectFilter
from .forms import (
    ProjectCreateForm,
    ProjectForm,
    ProjectPartyFormSet,
    ProjectSharingForm,
    StageMoveForm,
)
from .models import PipelineStage, Project
from .services import (
    project_advance_stage,
    project_archive,
    project_create,
    project_set_participants,
    project_update,
)

# The board filters by these only; the list page offers every filter.
BOARD_FILTERS = ("q", "directions", "curator", "country", "municipality")


class ProjectListView(FilteredListView):
    permission_required = "projects.view_project"
    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"
    export_path = "/projects/export.xlsx"
    sort_fields = {
        "title": ("shown_title",),  # the title as the user reads it (a code name for some)
        "stage": ("stage__order",),
        "next_step_due": ("next_step_due",),
        "capex": ("capex_planned",),
        "updated": ("updated_at",),
    }
    default_sort = "-updated"
    archivable = True

    def get_base_queryset(self):
        user = self.request.user
        return selectors.project_list(user=user, archived=self.archived).with_shown_title(user)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        return context


class ProjectDetailView(ProtectedMixin, DetailView):
    permission_required = "projects.view_project"
    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def get_object(self, queryset=None) -> Project:
        try:
            return selectors.project_detail(pk=self.kwargs["pk"], user=self.request.user)
        except Project.DoesNotExist as exc:
            # Partners must not learn that a project they do not share exists.
            raise Http404 from exc

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        project = self.object
        context.update(
            project_title=project.title_for(self.request.user),
            stage_history=selectors.stage_history(project),
            can_change=self.request.user.has_perm("projects.change_project"),
            move_form=StageMoveForm(initial={"version": project.version}),
            investors=list(project.participants.all()),
            today=timezone.localdate(),
            can_read_dossier=self.request.user.has_role(*READER_ROLES),
            points=selectors.project_site_points(project),
            site_matches=site_matches(needs_for_project(project), limit=5),
        )
        return context


class ProjectCreateView(ServiceCreateMixin, ProtectedMixin, CreateView):
    permission_required = "projects.add_project"
    form_class = ProjectCreateForm
    template_name = "projects/project_form.html"

    @property
    def success_message(self) -> str:
        return _("Project “%(object)s” created.")

    def perform_create(self, form: ProjectCreateForm) -> Project:
        data = dict(form.changes())
        data.pop("title")
        data.pop("stage", None)
        return project_create(
            title=form.cleaned_data["title"],
            stage=form.cleaned_data["stage"],
            created_by=self.request.user,
            investors=list(form.cleaned_data["investors"]),
            directions=list(form.cleaned_data["directions"]),
            **data,
        )


class ProjectUpdateView(OptimisticUpdateMixin, ProtectedMixin, UpdateView):
    permission_required = "projects.change_project"
    form_class = ProjectForm
    template_name = "projects/project_form.html"
    context_object_name = "project"

    @property
    def success_message(self) -> str:
        return _("Project “%(object)s” saved.")

    def get_queryset(self):
        return Project.objects.visible_to(self.request.user)

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "user": self.request.user}

    def perform_update(self, form: ProjectForm) -> Project:
        return project_update(
            project=self.object,
            changes=form.changes(),
            expected_version=form.expected_version,
            directions=form.m2m_changes().get("directions"),
            user=self.request.user,
        )


def _board_filter(request: HttpRequest) -> tuple[ProjectFilter, Any]:
    """The board's filter form (its filters only) and the projects it lets through."""
    base = Project.objects.active().visible_to(request.user)
    filterset = ProjectFilter(request.GET or None, queryset=base, request=request)
    for name in list(filterset.filters):
        if name not in BOARD_FILTERS:
            del filterset.filters[name]
    queryset = filterset.qs if not filterset.is_bound or filterset.is_valid() else base.none()
    return filterset, queryset


def _board_filter_query(request: HttpRequest) -> str:
    """The board's filters as a query string (for "Show more" and the cards' links)."""
    params = request.GET.copy()
    for name in list(params):
        if name not in BOARD_FILTERS:
            del params[name]
    return params.urlencode()


def _card_context(request: HttpRequest, *, board_url: str) -> dict[str, Any]:
    """What every board card shows alike, computed once for the page, not per card: the
    board to come back to after a move (``move_next``, quoted), the labels, today."""
    return {
        "can_change": request.user.has_perm("projects.change_project"),
        "today": timezone.localdate(),
        "move_next": quote(board_url, safe="/"),
        "move_label": _("Move…"),
        "due_label": _("Next step due"),
    }


class BoardView(ProtectedMixin, TemplateView):
    """The pipeline as columns of cards, one per stage, in the stages' order."""

    permission_required = "projects.view_project"
    template_name = "projects/board.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        filterset, queryset = _board_filter(self.request)
        add_bootstrap_classes(filterset.form, small=True)
        context.update(
            filter=filterset,
            filter_query=_board_filter_query(self.request),
            columns=selectors.board_columns(user=user, queryset=queryset),
            cap=selectors.BOARD_COLUMN_CAP,
            **_card_context(self.request, board_url=self.request.get_full_path()),
        )
        return context


BOARD_OFFSET_MAX = 10**9


class BoardColumnMoreView(ProtectedMixin, TemplateView):
    """The next cards of one board column after the first ``?offset=`` ones (htmx "Show
    more"), with the board's filters; the button comes back (out of band) while more remain."""

    permission_required = "projects.view_project"
    template_name = "projects/_board_column_more.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        stage = get_object_or_404(PipelineStage, pk=self.kwargs["stage"])
        try:
            offset = max(0, int(self.request.GET.get("offset", "0")))
        except ValueError:
            offset = 0
        # Past any real column, and within the database's OFFSET (a longer number is a 500).
        offset = min(offset, BOARD_OFFSET_MAX)
        _, queryset = _board_filter(self.request)
        cards, more = selectors.board_column_more(queryset=queryset, stage=stage, offset=offset)
        filter_query = _board_filter_query(self.request)
        board_url = reverse("projects:board")
        context.update(
            stage=stage,
            cards=cards,
            more=more,
            next_offset=offset + len(cards),
            filter_query=filter_query,
            **_card_context(
                self.request,
                board_url=f"{board_url}?{filter_query}" if filter_query else board_url,
            ),
        )
        return context


def _board_url(request: HttpRequest) -> str:
    """The board page (with its filters) the htmx request came from, for the card's link."""
    current = request.headers.get("HX-Current-URL", "")
    path = "/" + current.split("://", 1)[-1].split("/", 1)[-1] if current else ""
    if path.startswith(reverse("projects:board")):
        return path
    return reverse("projects:board")


def _safe_next(request: HttpRequest, fallback: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


@login_required
def project_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a project to another stage with a reason.

    Serves the board's drag-and-drop (htmx: the updated card, or an error status with the
    message as text so the card goes back) and the plain form that works without JS.
    """
    if not request.user.has_perm("projects.change_project"):
        raise PermissionDenied
    project = get_object_or_404(
        Project.objects.visible_to(request.user).select_related("stage"), pk=pk
    )
    is_htmx = request.headers.get("HX-Request") == "true"
    status = 200
    if request.method == "POST":
        form = StageMoveForm(request.POST)
        error_message = ""
        if form.is_valid():
            try:
                transition = project_advance_stage(
                    project=project,
                    to_stage=form.cleaned_data["to_stage"],
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    expected_version=form.cleaned_data["version"],
                )
            except ConcurrentUpdateError as error:
                current = error.current
                error_message = _(
                    "The project was changed by someone else in the meantime: it is now at "
                    "stage “%(stage)s”. Reload the board and try again."
                ) % {"stage": current.stage.name}
                status = 409
            except ValidationError as error:
                add_service_errors(form, error)
                status = 422
            else:
                message = _("“%(project)s” moved to “%(stage)s”.") % {
                    "project": project.display_title,
                    "stage": transition.to_stage.name,
                }
                if is_htmx:
                    card = selectors.board_card(pk=project.pk)
                    response = render(
                        request,
                        "projects/_board_cards.html",
                        {"cards": [card], **_card_context(request, board_url=_board_url(request))},
                    )
                    response["HX-Trigger"] = json.dumps(
                        {"board-moved": {"message": message}}, ensure_ascii=True
                    )
                    return response
                messages.success(request, message)
                return redirect(_safe_next(request, project.get_absolute_url()))
        else:
            status = 422
        if not error_message:
            error_message = " ".join(
                f"{form.fields[name].label if name in form.fields else ''}: {msg}".lstrip(": ")
                for name, errors in form.errors.items()
                for msg in errors
            )
        if is_htmx:
            return HttpResponse(error_message, status=status, content_type="text/plain")
        messages.error(request, error_message)
        if status == 409:
            # Show the current stage and version: a second submit is then a deliberate one.
            project.refresh_from_db()
            form = StageMoveForm(
                initial={"version": project.version, "reason": request.POST.get("reason", "")}
            )
    else:
        following = (
            PipelineStage.objects.filter(order__gt=project.stage.order, is_closing=False)
            .order_by("order")
            .first()
        )
        form = StageMoveForm(initial={"version": project.version, "to_stage": following})
    return render(
        request,
        "projects/project_move.html",
        {
            "project": project,
            "form": form,
            "next": _safe_next(request, reverse("projects:board")),
        },
        status=status,
    )


# --- Investors, partners and sharing -------------------------------------------------


@login_required
def project_parties_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit the project's investors and partners and the partner users it is shared with."""
    if not request.user.has_perm("projects.change_project"):
        raise PermissionDenied
    project = get_object_or_404(Project.objects.visible_to(request.user), pk=pk)
    current = list(project.participants.select_related("organisation"))
    data = request.POST if request.method == "POST" else None
    parties = ProjectPartyFormSet(
        data,
        prefix="parties",
        initial=[{"organisation": p.organisation_id, "role": p.role} for p in current],
    )
    sharing = ProjectSharingForm(
        data,
        initial={
            "shared_with": [u.pk for u in project.shared_with.all()],
            "version": project.version,
        },
    )
    context: dict[str, Any] = {"project": project, "parties": parties, "sharing": sharing}
    status = 200
    if request.method == "POST":
        status = 400
        if parties.is_valid() and sharing.is_valid():
            rows = [
                (form.cleaned_data["organisation"], form.cleaned_data["role"])
                for form in parties.forms
                if form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and form.cleaned_data.get("organisation")
            ]
            try:
                project_set_participants(
                    project=project,
                    participants=rows,
                    shared_with=list(sharing.cleaned_data["shared_with"]),
                    expected_version=sharing.cleaned_data["version"] or 0,
                )
            except ConcurrentUpdateError as error:
                sharing.add_error(None, str(error))
                sharing.data = sharing.data.copy()
                sharing.data["version"] = str(error.current.version)
                context["conflict"] = error.current
                status = 409
            except ValidationError as error:
                add_service_errors(sharing, error)
            else:
                messages.success(request, _("Investors, partners and sharing saved."))
                return redirect(project)
    return render(request, "projects/project_parties.html", context, status=status)


@login_required
def project_party_row_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("projects.change_project"):
        raise PermissionDenied
    return render_formset_row(request, ProjectPartyFormSet, prefix="parties", col="col-md-5")


@login_required
@require_POST
def project_archive_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Archive or restore (``action=restore``) a project the user sees and may change."""
    if not request.user.has_perm("projects.change_project"):
        raise PermissionDenied
    project = get_object_or_404(Project.objects.visible_to(request.user), pk=pk)
    return archive_toggle(request, project, service=project_archive, keyword="project")
