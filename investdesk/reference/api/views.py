from typing import Any

from django.db import models
from rest_framework import permissions

from investdesk.core.api import AdminWritePermission, BaseViewSet
from investdesk.reference.models import Direction, Municipality
from investdesk.reference.services import reference_delete, reference_save

from .serializers import DirectionSerializer, MunicipalitySerializer


class ReferenceViewSet(BaseViewSet):
    """Reference data: everybody reads, administrators maintain."""

    permission_classes = [permissions.IsAuthenticated, AdminWritePermission]
    versioned = False
    model: type[models.Model] = Direction

    def get_queryset(self):
        return self.model.objects.all()

    def create_object(self, data: dict[str, Any]) -> models.Model:
        return reference_save(instance=self.model(), data=data)

    def update_object(self, instance, data, version):
        return reference_save(instance=instance, data=data)

    def destroy_object(self, instance) -> None:
        reference_delete(instance=instance)


class DirectionViewSet(ReferenceViewSet):
    model = Direction
    serializer_class = DirectionSerializer
    filterset_fields = ["is_active"]
    ordering_fields = ["order", "code", "name_ru"]
    ordering = ["order", "code"]


class MunicipalityViewSet(ReferenceViewSet):
    model = Municipality
    serializer_class = MunicipalitySerializer
    filterset_fields = ["kind"]
    ordering_fields = ["name"]
    ordering = ["name"]
