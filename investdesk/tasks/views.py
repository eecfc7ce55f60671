from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, UpdateView, View

from investdesk.accounts.access import sees_everything
from investdesk.core.services import ConcurrentUpdateError
from investdesk.core.views import (
    FilteredListView,
    OptimisticUpdateMixin,
    ProtectedMixin,
    ServiceCreateMixin,
    flash_errors,
)
from investdesk.documents.models import Document
from investdesk.engagements.models import Engagement
from investdesk.projects.models import Project

from .filters import TaskFilter
from .forms import TaskBulkForm, TaskForm, TaskStatusForm
from .models import Task
from .selectors import task_list
from .services import (
    task_bulk_reassign,
    task_bulk_set_status,
    task_create,
    task_set_status,
    task_update,
)


class TaskListView(FilteredListView):
    """All tasks the user may see; ``?mine=1`` keeps only the user's own."""

    permission_required = "tasks.view_task"
    model = Task
    filterset_class = TaskFilter
    template_name = "tasks/task_list.html"
    sort_fields = {
        "due": ("due_date",),
        "title": ("title",),
        "status": ("status", "due_date"),
        "priority": ("priority", "due_date"),
        "assignee": ("assignee__last_name", "assignee__username", "due_date"),
    }
    default_sort = "due"
    export_path = "/tasks/export.xlsx"

    def get_base_queryset(self):
        queryset = task_list(user=self.request.user)
        if self.request.GET.get("mine"):
            queryset = queryset.filter(assignee=self.request.user)
        return queryset

    def adjust_filterset(self, filterset):
        # Partners pick only among the projects shared with them.
        filterset.filters["project"].queryset = Project.objects.active().visible_to(
            self.request.user
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["mine"] = bool(self.request.GET.get("mine"))
        context["status_choices"] = Task._meta.get_field("status").choices
        if self.request.user.has_perm("tasks.change_task"):
            context["bulk_form"] = TaskBulkForm(tasks=Task.objects.none(), prefix="bulk")
        return context


class TaskDetailView(ProtectedMixin, View):
    permission_required = "tasks.view_task"

    def get(self, request, pk: int):
        task = get_object_or_404(
            task_list(user=request.user)
            .select_related("commitment", "obligation", "support_case", "created_by")
            .prefetch_related(
                "sites", Prefetch("documents", queryset=Document.objects.visible_to(request.user))
            ),
            pk=pk,
        )
        # The task is shared; where it came from may not be (partners).
        engagement_visible = (
            task.engagement_id is not None
            and Engagement.objects.visible_to(request.user).filter(pk=task.engagement_id).exists()
        )
        return render(
            request,
            "tasks/task_detail.html",
            {
                "task": task,
                "status_choices": Task._meta.get_field("status").choices,
                "engagement_visible": engagement_visible,
                "sources_visible": sees_everything(request.user),
            },
        )


class TaskStatusView(ProtectedMixin, View):
    """htmx: change a task's status from a list row or the task page; returns the row."""

    permission_required = "tasks.change_task"

    def post(self, request, pk: int):
        task = get_object_or_404(task_list(user=request.user), pk=pk)
        form = TaskStatusForm(request.POST)
        error = ""
        if form.is_valid():
            try:
                task = task_set_status(
                    task=task,
                    status=form.cleaned_data["status"],
                    expected_version=form.cleaned_data["version"],
                )
            except ConcurrentUpdateError as exc:
                error = str(exc)
                task = exc.current
        else:
            error = _("Status: choose a valid status.")
        task = task_list(user=request.user).get(pk=task.pk)
        template = (
            "tasks/_task_status.html"
            if request.POST.get("target") == "status"
            else "tasks/_task_row.html"
        )
        if not request.headers.get("HX-Request"):
            if error:
                messages.error(request, error)
            return redirect(task)
        return render(
            request,
            template,
            {
                "task": task,
                "error": error,
                "target": request.POST.get("target", ""),
                "status_choices": Task._meta.get_field("status").choices,
            },
        )


class TaskCreateView(ProtectedMixin, ServiceCreateMixin, CreateView):
    permission_required = "tasks.add_task"
    model = Task
    form_class = TaskForm
    template_name = "tasks/task_form.html"
    success_message = gettext_lazy("Task “%(object)s” created.")

    def get_initial(self):
        initial = super().get_initial()
        initial.setdefault("assignee", self.request.user.pk)
        return initial

    def perform_create(self, form):
        m2m = form.m2m_changes()
        return task_create(
            **form.changes(),
            created_by=self.request.user,
            sites=m2m.get("sites"),
            documents=m2m.get("documents"),
        )


class TaskUpdateView(ProtectedMixin, OptimisticUpdateMixin, UpdateView):
    permission_required = "tasks.change_task"
    model = Task
    form_class = TaskForm
    template_name = "tasks/task_form.html"
    success_message = gettext_lazy("Task “%(object)s” saved.")

    def get_queryset(self):
        return task_list(user=self.request.user)

    def perform_update(self, form):
        return task_update(
            task=self.object,
            changes=form.changes(),
            expected_version=form.expected_version,
            m2m=form.m2m_changes(),
        )


class TaskBulkView(ProtectedMixin, View):
    """Reassign the ticked tasks to another owner, or set their status, in one go."""

    permission_required = "tasks.change_task"

    def post(self, request):
        form = TaskBulkForm(request.POST, tasks=task_list(user=request.user), prefix="bulk")
        target = request.POST.get("next") or "/tasks/"
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/tasks/"
        if not form.is_valid():
            flash_errors(request, form)
            return redirect(target)
        tasks = list(form.cleaned_data["task"])
        try:
            if form.cleaned_data["action"] == TaskBulkForm.ACTION_REASSIGN:
                assignee = form.cleaned_data["assignee"]
                count = task_bulk_reassign(tasks=tasks, assignee=assignee)
                messages.success(
                    request,
                    _("%(count)s task(s) reassigned to %(user)s.")
                    % {"count": count, "user": assignee},
                )
            else:
                count = task_bulk_set_status(tasks=tasks, status=form.cleaned_data["status"])
                messages.success(
                    request, _("Status changed for %(count)s task(s).") % {"count": count}
                )
        except ValidationError as error:
            flash_errors(request, error)
        return redirect(target)
