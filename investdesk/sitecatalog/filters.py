import django_filters
from django.utils.translation import gettext_lazy as _

from investdesk.core.filters import ReferenceAnyFilter, ReferenceChoiceFilter
from investdesk.reference.models import Direction, Municipality

from .choices import SiteKind, SiteStatus
from .models import Site


class SiteFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Name"))
    kind = django_filters.MultipleChoiceFilter(
        choices=SiteKind.choices, label=_("Kind"), distinct=False
    )
    status = django_filters.MultipleChoiceFilter(
        choices=SiteStatus.choices, label=_("Status"), distinct=False
    )
    municipality = ReferenceChoiceFilter(
        queryset=Municipality.objects.all(), label=_("Municipality")
    )
    directions = ReferenceAnyFilter(
        queryset=Direction.objects.all(), field_name="directions", label=_("Suitable direction")
    )
    min_free_area = django_filters.NumberFilter(
        field_name="free_area_ha", lookup_expr="gte", label=_("Free area from, ha")
    )
    min_power = django_filters.NumberFilter(
        field_name="power_mw", lookup_expr="gte", label=_("Power from, MW")
    )

    class Meta:
        model = Site
        fields = ["q", "kind", "status", "municipality", "directions", "has_gas", "has_rail"]
