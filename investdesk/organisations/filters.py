"""One FilterSet per model, shared by the web list and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.core.filters import ReferenceAnyFilter, StaticChoices, pk_among
from investdesk.core.substring import needles, substring_candidates
from investdesk.core.widgets import StaticSelectMultiple
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
        choices=StaticChoices(countries),
        label=_("Country"),
        distinct=False,
        widget=StaticSelectMultiple,
    )
    directions = ReferenceAnyFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Sector")
    )

    class Meta:
        model = Organisation
        fields = ["q", "kind", "country", "directions", "municipality"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        # The aliases' arm is read first: the condition is then on the organisations alone,
        # served by their trigram indexes or the list's order (core.filters).
        aliases = OrganisationAlias.objects.filter(alias__icontains=value).values_list(
            "organisation_id", flat=True
        )
        # On SQLite, the organisations holding the text (``core.substring``) are the ones
        # its names are tried on.
        candidates = substring_candidates(Organisation, needles(value, word_start=False))
        return queryset.filter(
            candidates
            & (
                Q(name__icontains=value)
                | Q(name_original__icontains=value)
                | Q(short_name__icontains=value)
            )
            | Q(inn=value)
            | pk_among(aliases)
        )
