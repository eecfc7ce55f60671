import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from investdesk.core.filters import (
    ReferenceAnyFilter,
    ReferenceChoiceFilter,
    RelatedAnyFilter,
    pk_among,
)
from investdesk.core.widgets import AutocompleteSelectMultiple
from investdesk.organisations.models import Organisation
from investdesk.reference.models import Direction, Municipality

from .choices import EngagementKind, EngagementStatus
from .models import Engagement


class EngagementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title or organisation"))
    kind = django_filters.MultipleChoiceFilter(
        choices=EngagementKind.choices, label=_("Kind"), distinct=False
    )
    status = django_filters.MultipleChoiceFilter(
        choices=EngagementStatus.choices, label=_("Status"), distinct=False
    )
    start_after = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", label=_("From")
    )
    start_before = django_filters.DateFilter(
        field_name="start_date", lookup_expr="lte", label=_("To")
    )
    directions = ReferenceAnyFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Direction")
    )
    municipality = ReferenceChoiceFilter(
        queryset=Municipality.objects.all(), label=_("Municipality")
    )
    # Organisations grow with the data: searched on the server, only the chosen rendered.
    organisations = RelatedAnyFilter(
        queryset=Organisation.objects.all(),
        field_name="organisations",
        label=_("Organisations"),
        widget=AutocompleteSelectMultiple(kind="organisations"),
    )
    top_level = django_filters.BooleanFilter(
        field_name="parent", lookup_expr="isnull", label=_("Only top-level engagements")
    )

    class Meta:
        model = Engagement
        fields = ["q", "kind", "status", "directions", "municipality", "organisations", "top_level"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        # The organisations' arm is read first: the condition is then on the engagements
        # alone, served by their trigram indexes or the list's order (core.filters).
        by_organisation = Engagement.organisations.through.objects.filter(
            organisation__name__icontains=value
        ).values_list("engagement_id", flat=True)
        return queryset.filter(
            Q(title__icontains=value) | Q(venue__icontains=value) | pk_among(by_organisation)
        )
