from typing import Any

from investdesk.core.api import BaseViewSet, versioned_schema
from investdesk.sitecatalog.filters import SiteFilter
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_create, site_delete, site_update

from .serializers import SiteSerializer


@versioned_schema
class SiteViewSet(BaseViewSet):
    serializer_class = SiteSerializer
    filterset_class = SiteFilter
    ordering_fields = ["name", "kind", "status", "free_area_ha", "power_mw", "updated_at"]
    ordering = ["name"]

    def get_queryset(self):
        return Site.objects.visible_to(self.request.user).prefetch_related("directions")

    def create_object(self, data: dict[str, Any]) -> Site:
        return site_create(**data)

    def update_object(self, instance, data, version):
        directions = data.pop("directions", None)
        return site_update(
            site=instance, changes=data, expected_version=version, directions=directions
        )

    def destroy_object(self, instance) -> None:
        site_delete(site=instance)
