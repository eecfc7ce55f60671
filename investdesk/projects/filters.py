import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.accounts.selectors import visible_users
from investdesk.core.filters import (
    ReferenceAnyFilter,
    ReferenceChoiceFilter,
    ReferenceMultipleChoiceFilter,
    StaticChoices,
    pk_among,
)
from investdesk.core.substring import needles, substring_candidates
from investdesk.core.widgets import AutocompleteSelect, StaticSelectMultiple
from investdesk.organisations.models import Organisation
from investdesk.reference.models import Direction, Municipality

from .choices import Confidentiality, LeadSource
from .models import PipelineStage, Project, ProjectParticipant, title_contains_q


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title or investor"))
    stage = ReferenceMultipleChoiceFilter(
        queryset=PipelineStage.objects.all(),
        field_name="stage",
        label=_("Stage"),
        distinct=False,
    )
    directions = ReferenceAnyFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Direction")
    )
    curator = django_filters.ModelChoiceFilter(
        queryset=visible_users, label=_("Curator"), widget=AutocompleteSelect(kind="users")
    )
    country = django_filters.MultipleChoiceFilter(
        choices=StaticChoices(countries),
        method="filter_country",
        label=_("Investor country"),
        widget=StaticSelectMultiple,
    )
    municipality = ReferenceChoiceFilter(
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
        # The investors' arm is read first: the condition is then on the projects alone,
        # served by their trigram indexes or the list's order (core.filters).
        by_organisation = ProjectParticipant.objects.filter(
            substring_candidates(
                Organisation, needles(value, word_start=False), field="organisation_id"
            ),
            organisation__name__icontains=value,
        ).values_list("project_id", flat=True)
        return queryset.filter(title_contains_q(value, user=user) | pk_among(by_organisation))

    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=Project.objects.filter(organisations__country__in=value).values("pk")
        )
