from typing import Any

from django.db.models import Prefetch

from investdesk.accounts.access import sees_everything
from investdesk.core.api import ArchiveActionsMixin, BaseViewSet, versioned_schema
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.filters import OrganisationFilter
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.organisations.services import (
    organisation_add_alias,
    organisation_alias_delete,
    organisation_archive,
    organisation_create,
    organisation_update,
)

from .serializers import OrganisationAliasSerializer, OrganisationSerializer


@versioned_schema
class OrganisationViewSet(ArchiveActionsMixin, BaseViewSet):
    """Organisations; DELETE or ``archive/`` archives the organisation (its links and history
    stay), ``restore/`` brings it back."""

    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    ordering_fields = ["name", "kind", "country", "created_at", "updated_at"]
    ordering = ["name"]
    archive_service = staticmethod(organisation_archive)
    archive_keyword = "organisation"

    def get_queryset(self):
        organisations = Organisation.objects.visible_to(self.request.user)
        if not self.include_archived:
            organisations = organisations.active()
        return organisations.prefetch_related(
            "directions",
            Prefetch("aliases", queryset=OrganisationAlias.objects.order_by("alias")),
        )

    def create_object(self, data: dict[str, Any]) -> Organisation:
        aliases = data.pop("new_aliases", [])
        data.setdefault("kind", OrganisationKind.OTHER)
        return organisation_create(aliases=aliases, **data)

    def update_object(self, instance, data, version):
        data.pop("new_aliases", None)
        directions = data.pop("directions", None)
        return organisation_update(
            organisation=instance, changes=data, expected_version=version, directions=directions
        )

    def destroy_object(self, instance) -> None:
        organisation_update(organisation=instance, changes={"is_archived": True})


class OrganisationAliasViewSet(BaseViewSet):
    serializer_class = OrganisationAliasSerializer
    filterset_fields = ["organisation", "kind"]
    ordering_fields = ["alias", "id"]
    ordering = ["alias"]
    http_method_names = ["get", "post", "delete", "head", "options"]
    versioned = False

    def get_queryset(self):
        # Aliases are registry data: visible exactly when organisations are.
        aliases = OrganisationAlias.objects.all()
        return aliases if sees_everything(self.request.user) else aliases.none()

    def create_object(self, data: dict[str, Any]) -> OrganisationAlias:
        return organisation_add_alias(**data)

    def destroy_object(self, instance) -> None:
        organisation_alias_delete(alias=instance)
