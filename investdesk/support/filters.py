import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from investdesk.accounts.selectors import visible_users
from investdesk.core.widgets import AutocompleteSelect
from investdesk.organisations.models import Organisation
from investdesk.projects.models import Project

from .models import SupportCase


class SupportCaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Applicant or support requested"))
    # Applicants, projects and curators grow with the data: searched on the server.
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(),
        label=_("Applicant"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    project = django_filters.ModelChoiceFilter(
        queryset=lambda request: Project.objects.visible_to(getattr(request, "user", None)),
        label=_("Project"),
        widget=AutocompleteSelect(kind="projects"),
    )
    curator = django_filters.ModelChoiceFilter(
        queryset=visible_users, label=_("Curator"), widget=AutocompleteSelect(kind="users")
    )

    class Meta:
        model = SupportCase
        fields = ["q", "organisation", "project", "curator"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(subject__icontains=value) | Q(organisation__name__icontains=value))
