import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.accounts.selectors import visible_users
from investdesk.core.widgets import AutocompleteSelect
from investdesk.reference.models import Direction, Municipality

from .choices import Confidentiality, LeadSource
from .models import PipelineStage, Project, ProjectParticipant


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title or investor"))
    stage = django_filters.ModelMultipleChoiceFilter(
        queryset=PipelineStage.objects.all(), field_name="stage", label=_("Stage")
    )
    directions = django_filters.ModelMultipleChoiceFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Direction")
    )
    curator = django_filters.ModelChoiceFilter(
        queryset=visible_users, label=_("Curator"), widget=AutocompleteSelect(kind="users")
    )
    country = django_filters.MultipleChoiceFilter(
        choices=list(countries), method="filter_country", label=_("Investor country")
    )
    municipality = django_filters.ModelChoiceFilter(
        queryset=Municipality.objects.all(), label=_("Municipality")
    )
    lead_source = django_filters.MultipleChoiceFilter(
        choices=LeadSource.choices, label=_("Lead source"), distinct=False
    )
    confidentiality = django_filters.MultipleChoiceFilter(
        choices=Confidentiality.choices, label=_("Confidentiality"), distinct=False
    )

    class Meta:
        model = Project
        fields = ["q", "stage", "directions", "curator", "country", "municipality", "lead_source"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        user = getattr(self.request, "user", None)
        # One UNION of index-served parts (trigram indexes on PostgreSQL, core.trigram)
        # rather than an OR of two IN-subqueries, which scanned every project.
        by_title = Project.objects.title_contains(value, user=user)
        by_organisation = ProjectParticipant.objects.filter(organisation__name__icontains=value)
        return queryset.filter(
            pk__in=by_title.order_by()
            .values("pk")
            .union(by_organisation.order_by().values("project_id"))
        )

    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=Project.objects.filter(organisations__country__in=value).values("pk")
        )
