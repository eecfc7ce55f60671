"""One FilterSet per model, shared by the web list and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.reference.models import Direction

from .choices import OrganisationKind
from .models import Organisation, OrganisationAlias


class OrganisationFilter(django_filters.FilterSet):
    # distinct=False on plain columns: DISTINCT over every selected column sorted the
    # whole filtered table (0.5 s at 100k organisations); only many-to-many filters need it.
    q = django_filters.CharFilter(method="filter_q", label=_("Name or alias"))
    kind = django_filters.MultipleChoiceFilter(
        choices=OrganisationKind.choices, label=_("Kind"), distinct=False
    )
    country = django_filters.MultipleChoiceFilter(
        choices=list(countries), label=_("Country"), distinct=False
    )
    directions = django_filters.ModelMultipleChoiceFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Sector")
    )

    class Meta:
        model = Organisation
        fields = ["q", "kind", "country", "directions", "municipality"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        # One UNION of index-served parts (trigram indexes on PostgreSQL, core.trigram): an
        # OR with an IN-subquery arm cannot use the indexes and scanned every organisation.
        own = Organisation.objects.filter(
            Q(name__icontains=value)
            | Q(name_original__icontains=value)
            | Q(short_name__icontains=value)
            | Q(inn=value)
        )
        aliases = OrganisationAlias.objects.filter(alias__icontains=value)
        return queryset.filter(
            pk__in=own.order_by().values("pk").union(aliases.order_by().values("organisation_id"))
        )
