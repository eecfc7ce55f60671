from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from investdesk.core.api import BaseViewSet, ReadOnlyBaseViewSet, versioned_schema
from investdesk.support.models import SupportCase, SupportStep
from investdesk.support.services import (
    support_case_delete,
    support_case_open,
    support_case_update,
    support_step_complete,
)

from .serializers import SupportCaseSerializer, SupportStepCompleteSerializer, SupportStepSerializer


@versioned_schema
class SupportCaseViewSet(BaseViewSet):
    """Single-window cases; creating one opens every step of the procedure with its term."""

    serializer_class = SupportCaseSerializer
    filterset_fields = ["status", "organisation", "project", "curator"]
    ordering_fields = ["applied_on", "updated_at", "id"]
    ordering = ["-applied_on", "-id"]

    def get_queryset(self):
        return SupportCase.objects.visible_to(self.request.user).prefetch_related("steps")

    def create_object(self, data: dict[str, Any]) -> SupportCase:
        return support_case_open(**data)

    def update_object(self, instance, data, version):
        return support_case_update(case=instance, changes=data, expected_version=version)

    def destroy_object(self, instance) -> None:
        support_case_delete(case=instance)


class SupportStepViewSet(ReadOnlyBaseViewSet):
    """Steps come with their case; a client records progress with ``complete``."""

    serializer_class = SupportStepSerializer
    filterset_fields = ["case", "kind"]
    ordering_fields = ["order", "target_date", "id"]
    ordering = ["case", "order"]

    def get_queryset(self):
        return SupportStep.objects.visible_to(self.request.user)

    @extend_schema(request=SupportStepCompleteSerializer, responses=SupportStepSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        """Record the date the step was done (closes the case after the last step)."""
        step = self.get_object()
        if not request.user.has_perm("support.change_supportstep"):
            self.permission_denied(request)
        serializer = SupportStepCompleteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        step = support_step_complete(step=step, **serializer.validated_data)
        return Response(SupportStepSerializer(step).data)
