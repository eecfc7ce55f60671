from django import forms
from django.utils import timezone

from investdesk.accounts.models import User
from investdesk.core.forms import DateInput, VersionedForm
from investdesk.projects.models import Project

from .choices import TaskStatus
from .models import Task

FIELDS = [
    "title",
    "description",
    "assignee",
    "due_date",
    "status",
    "priority",
    "source",
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
