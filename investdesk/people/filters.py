import django_filters
from django.db import connection
from django.db.models import CharField, F, Func, Q
from django.utils.translation import gettext_lazy as _

from investdesk.core.substring import needles, substring_candidates
from investdesk.core.widgets import AutocompleteSelect
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.models import Organisation

from .models import Person


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Name or position"))
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(),
        label=_("Organisation"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    organisation_kind = django_filters.MultipleChoiceFilter(
        method="filter_organisation_kind",
        choices=OrganisationKind.choices,
        label=_("Organisation kind"),
        distinct=False,
    )

    class Meta:
        model = Person
        fields = ["q", "organisation", "organisation_kind"]

    def filter_organisation_kind(self, queryset, name, value):
        if connection.vendor != "sqlite":
            # As django-filter's MultipleChoiceFilter writes it: PostgreSQL's plan stays.
            condition = Q()
            for kind in value:
                condition |= Q(organisation__kind=kind)
            return queryset.filter(condition)
        # SQLite's statistics know the average number of organisations of a kind, not that
        # one kind (investors) is most of them: it would read all their 180,000 people by
        # the kind's index and sort them (~0.9 s at scale 100). Behind a unary plus the kind
        # is only checked, on the people read in the list's order, a page in the first rows.
        kind = Func(F("organisation__kind"), template="+%(expressions)s", output_field=CharField())
        return queryset.alias(organisation_kind_checked=kind).filter(
            organisation_kind_checked__in=value
        )

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        # On SQLite, the rows holding the words (``core.substring``) are the ones tried.
        query = substring_candidates(Person, needles(value, word_start=False))
        for word in value.split():
            query &= (
                Q(last_name__icontains=word)
                | Q(first_name__icontains=word)
                | Q(patronymic__icontains=word)
                | Q(name_original__icontains=word)
                | Q(position__icontains=word)
            )
        return queryset.filter(query)
