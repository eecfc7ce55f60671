import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from investdesk.accounts.selectors import visible_users
from investdesk.core.filters import ReferenceChoiceFilter
from investdesk.core.substring import needles, substring_candidates
from investdesk.core.widgets import AutocompleteSelect
from investdesk.projects.models import Project
from investdesk.reference.models import Direction

from .choices import OPEN_STATUSES, TaskPriority, TaskSource, TaskStatus
from .models import Task


def visible_projects(request):
    """Projects offered in the filter: those the user may see (``accounts.access``)."""
    return Project.objects.visible_to(getattr(request, "user", None))


class TaskFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title"))
    status = django_filters.MultipleChoiceFilter(
        choices=TaskStatus.choices, label=_("Status"), distinct=False
    )
    priority = django_filters.MultipleChoiceFilter(
        choices=TaskPriority.choices, label=_("Priority"), distinct=False
    )
    source = django_filters.MultipleChoiceFilter(
        choices=TaskSource.choices, label=_("Source"), distinct=False
    )
    assignee = django_filters.ModelChoiceFilter(
        queryset=visible_users, label=_("Assignee"), widget=AutocompleteSelect(kind="users")
    )
    direction = ReferenceChoiceFilter(queryset=Direction.objects.all(), label=_("Direction"))
    # Projects grow with the data: searched on the server, only the chosen one is rendered.
    project = django_filters.ModelChoiceFilter(
        queryset=visible_projects,
        label=_("Project"),
        widget=AutocompleteSelect(kind="projects"),
    )
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))
    due_before = django_filters.DateFilter(
        field_name="due_date", lookup_expr="lte", label=_("Due by")
    )

    class Meta:
        model = Task
        fields = [
            "q",
            "status",
            "priority",
            "source",
            "assignee",
            "direction",
            "project",
            "overdue",
        ]

    def filter_q(self, queryset, name, value):
        # On SQLite, the tasks holding the text (``core.substring``) are the ones tried.
        candidates = substring_candidates(Task, needles(value, word_start=False))
        return queryset.filter(candidates, title__icontains=value)

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        if value:
            return queryset.filter(status__in=OPEN_STATUSES, due_date__lt=today)
        return queryset.exclude(status__in=OPEN_STATUSES, due_date__lt=today)
