import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import DocumentKind, ReviewStatus
from .models import Document


class DocumentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Title or source"))
    kind = django_filters.MultipleChoiceFilter(
        choices=DocumentKind.choices, label=_("Kind"), distinct=False
    )
    review_status = django_filters.MultipleChoiceFilter(
        choices=ReviewStatus.choices, label=_("Review status"), distinct=False
    )
    published_from = django_filters.DateFilter(
        field_name="published_on", lookup_expr="gte", label=_("Published from")
    )
    published_to = django_filters.DateFilter(
        field_name="published_on", lookup_expr="lte", label=_("Published until")
    )

    class Meta:
        model = Document
        fields = ["q", "kind", "review_status"]

    def filter_q(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(source_name__icontains=value))
