import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import AgreementKind
from .models import Agreement


class AgreementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title, number or party"))
    kind = django_filters.MultipleChoiceFilter(choices=AgreementKind.choices, label=_("Kind"))
    signed_after = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="gte", label=_("Signed from")
    )
    signed_before = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="lte", label=_("Signed to")
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "signed_after", "signed_before"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value)
            | Q(number__icontains=value)
            | Q(pk__in=Agreement.objects.filter(parties__name__icontains=value).values("pk"))
        )
