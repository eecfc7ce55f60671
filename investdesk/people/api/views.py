from typing import Any

from django.db.models import Prefetch

from investdesk.accounts.access import sees_everything
from investdesk.core.api import ArchiveActionsMixin, BaseViewSet, versioned_schema
from investdesk.people.filters import PersonFilter
from investdesk.people.models import Person, Position
from investdesk.people.services import (
    person_archive,
    person_assign_position,
    person_create,
    person_update,
)

from .serializers import PersonSerializer, PositionSerializer


@versioned_schema
class PersonViewSet(ArchiveActionsMixin, BaseViewSet):
    """People; DELETE or ``archive/`` archives the person, ``restore/`` brings them back. Changing ``position``/``organisation`` records a
    new position in the person's history."""

    serializer_class = PersonSerializer
    filterset_class = PersonFilter
    ordering_fields = ["last_name", "first_name", "created_at", "updated_at"]
    ordering = ["last_name", "first_name"]
    archive_service = staticmethod(person_archive)
    archive_keyword = "person"

    def get_queryset(self):
        people = Person.objects.visible_to(self.request.user)
        if not self.include_archived:
            people = people.active()
        return people.prefetch_related(
            Prefetch("positions", queryset=Position.objects.order_by("-started_on", "-id"))
        )

    def create_object(self, data: dict[str, Any]) -> Person:
        return person_create(**data)

    def update_object(self, instance, data, version):
        title = data.pop("position", instance.position)
        organisation = data.pop("organisation", instance.organisation)
        position_changed = title != instance.position or organisation != instance.organisation
        return person_update(
            person=instance,
            changes=data,
            expected_version=version,
            position_title=title if position_changed else None,
            position_organisation=organisation,
        )

    def destroy_object(self, instance) -> None:
        person_update(person=instance, changes={"is_archived": True})


class PositionViewSet(BaseViewSet):
    """A person's positions over time; POST gives the person a new current position."""

    serializer_class = PositionSerializer
    filterset_fields = ["person", "organisation"]
    ordering_fields = ["started_on", "id"]
    ordering = ["-started_on", "-id"]
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self):
        # Positions are registry data: visible exactly when people are.
        positions = Position.objects.all()
        return positions if sees_everything(self.request.user) else positions.none()

    def create_object(self, data: dict[str, Any]) -> Position:
        return person_assign_position(
            person=data["person"],
            title=data["title"],
            organisation=data.get("organisation"),
            started_on=data.get("started_on"),
        )
