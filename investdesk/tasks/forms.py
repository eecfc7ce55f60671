from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from investdesk.accounts.models import User
from investdesk.core.forms import DateInput, VersionedForm, add_bootstrap_classes
from investdesk.core.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from investdesk.projects.models import Project
from investdesk.reference.models import Direction

from .choices import TaskStatus
from .models import Task

# What a task asks of whom and by when, in the order the form and the API show them.
TASK_FIELDS = ("title", "description", "assignee", "due_date", "status", "priority", "source")
# The records a task comes from or concerns, in the order the API and the admin name them.
TASK_LINKS = ("project", "engagement", "commitment", "obligation", "support_case", "organisation")

FIELDS = [
    *TASK_FIELDS,
    "project",
    "organisation",
    "direction",
    "sites",
    "documents",
    "remind_days_before",
]


class TaskForm(VersionedForm):
    class Meta:
        model = Task
        fields = FIELDS
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "due_date": DateInput(),
            # Lists that grow with the data are searched, not rendered whole.
            "project": AutocompleteSelect(kind="projects"),
            "organisation": AutocompleteSelect(kind="organisations"),
            "sites": AutocompleteSelectMultiple(kind="sites"),
            "documents": AutocompleteSelectMultiple(kind="documents"),
            "assignee": AutocompleteSelect(kind="active-users"),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = User.objects.filter(is_active=True)
        self.fields["project"].queryset = Project.objects.active().select_related("stage")

    def clean(self):
        cleaned = super().clean()
        # Keep the in-memory record consistent for model validation; the service sets
        # the real completion time.
        status = cleaned.get("status")
        if status and status != TaskStatus.DONE:
            self.instance.completed_at = None
        elif status == TaskStatus.DONE and self.instance.completed_at is None:
            self.instance.completed_at = timezone.now()
        return cleaned


class TaskStatusForm(forms.Form):
    """The htmx status switch of a task row."""

    status = forms.ChoiceField(choices=TaskStatus.choices)
    version = forms.IntegerField(min_value=1)


class TaskBulkForm(forms.Form):
    """Several tasks of the list at once: give them to another owner or set their status."""

    ACTION_REASSIGN = "reassign"
    ACTION_STATUS = "status"

    task = forms.ModelMultipleChoiceField(
        queryset=Task.objects.none(),
        label=_("Tasks"),
        error_messages={"required": _("Tick the tasks to change.")},
    )
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            (ACTION_REASSIGN, _("Reassign to")),
            (ACTION_STATUS, _("Set status")),
        ],
    )
    # A picker like the filter's: every active user is not listed on the page.
    assignee = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        label=_("New assignee"),
        widget=AutocompleteSelect(kind="active-users"),
    )
    status = forms.ChoiceField(
        choices=[("", "—"), *TaskStatus.choices], required=False, label=_("New status")
    )

    def __init__(self, *args, tasks, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["task"].queryset = tasks
        self.fields["assignee"].queryset = User.objects.filter(is_active=True)
        add_bootstrap_classes(self, small=True)

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if action == self.ACTION_REASSIGN and not cleaned.get("assignee"):
            self.add_error("assignee", _("Choose who takes the tasks over."))
        if action == self.ACTION_STATUS and not cleaned.get("status"):
            self.add_error("status", _("Choose the new status."))
        return cleaned


# --- tasks that follow a commitment or an obligation up ----------------------------------


class CommitmentTasksForm(forms.Form):
    """Create one task per direction of a commitment: a default owner, per-direction owners."""

    assignee = forms.TypedChoiceField(label=_("Owner"), coerce=int)
    due_date = forms.DateField(label=_("Due date"), widget=DateInput())

    def __init__(
        self,
        *args: Any,
        directions: list[Direction],
        owner_choices: list[tuple[int, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # Choices come as a list computed once per page, so many commitments (and many
        # directions) on one page cost no extra queries.
        self.fields["assignee"].choices = owner_choices
        self.directions = directions
        for direction in directions:
            self.fields[f"owner_{direction.pk}"] = forms.TypedChoiceField(
                label=direction.name,
                coerce=int,
                required=False,
                empty_value=None,
                choices=[("", _("(the owner above)")), *owner_choices],
            )
        add_bootstrap_classes(self, small=True)

    def direction_fields(self) -> list[forms.BoundField]:
        return [self[f"owner_{d.pk}"] for d in self.directions]

    def owners_by_direction(self) -> dict[int, int]:
        return {
            d.pk: self.cleaned_data[f"owner_{d.pk}"]
            for d in self.directions
            if self.cleaned_data.get(f"owner_{d.pk}")
        }


class ObligationTaskForm(forms.Form):
    """The owner of the task that follows an obligation up."""

    assignee = forms.TypedChoiceField(label=_("Owner"), coerce=int)

    def __init__(self, *args: Any, owner_choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = owner_choices
        add_bootstrap_classes(self, small=True)
