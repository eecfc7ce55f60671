import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from investdesk.core.widgets import AutocompleteSelect
from investdesk.organisations.models import Organisation
from investdesk.projects.models import Project

from .choices import AgreementKind
from .models import Agreement


class AgreementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title, number or party"))
    kind = django_filters.MultipleChoiceFilter(
        choices=AgreementKind.choices, label=_("Kind"), distinct=False
    )
    signed_after = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="gte", label=_("Signed from")
    )
    signed_before = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="lte", label=_("Signed to")
    )
    # Parties and projects grow with the data: searched on the server, the chosen rendered.
    party = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(),
        field_name="parties",
        label=_("Party"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    project = django_filters.ModelChoiceFilter(
        queryset=lambda request: Project.objects.visible_to(getattr(request, "user", None)),
        label=_("Project"),
        widget=AutocompleteSelect(kind="projects"),
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "party", "project", "signed_after", "signed_before"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value)
            | Q(number__icontains=value)
            | Q(pk__in=Agreement.objects.filter(parties__name__icontains=value).values("pk"))
        )
