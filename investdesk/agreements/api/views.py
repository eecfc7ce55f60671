from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from investdesk.agreements.filters import AgreementFilter
from investdesk.agreements.models import Agreement, Obligation
from investdesk.agreements.services import (
    ObligationSpec,
    agreement_create,
    agreement_delete,
    agreement_update,
    obligation_add,
    obligation_set_status,
)
from investdesk.core.api import BaseViewSet, versioned_schema

from .serializers import AgreementSerializer, ObligationSerializer, ObligationStatusSerializer


class AgreementApiFilter(AgreementFilter):
    """The web list's filters plus the links an API client filters by."""

    class Meta(AgreementFilter.Meta):
        fields = [*AgreementFilter.Meta.fields, "parties", "engagement", "project"]


@versioned_schema
class AgreementViewSet(BaseViewSet):
    serializer_class = AgreementSerializer
    filterset_class = AgreementApiFilter
    ordering_fields = ["signed_on", "title", "updated_at"]
    ordering = ["-signed_on", "-id"]

    def get_queryset(self):
        return Agreement.objects.visible_to(self.request.user).prefetch_related(
            "parties", "obligations"
        )

    def create_object(self, data: dict[str, Any]) -> Agreement:
        return agreement_create(**data)

    def update_object(self, instance, data, version):
        parties = data.pop("parties", None)
        return agreement_update(
            agreement=instance, changes=data, expected_version=version, parties=parties
        )

    def destroy_object(self, instance) -> None:
        agreement_delete(agreement=instance)


class ObligationViewSet(BaseViewSet):
    serializer_class = ObligationSerializer
    filterset_fields = ["agreement", "party", "status"]
    ordering_fields = ["deadline", "id"]
    ordering = ["deadline", "id"]
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self):
        return Obligation.objects.visible_to(self.request.user)

    def create_object(self, data: dict[str, Any]) -> Obligation:
        agreement = data.pop("agreement")
        data.pop("status", None)
        return obligation_add(agreement=agreement, spec=ObligationSpec(**data))

    @extend_schema(request=ObligationStatusSerializer, responses=ObligationSerializer)
    @action(detail=True, methods=["post"], url_path="set-status")
    def set_status(self, request, pk=None):
        """Mark the obligation fulfilled, overdue or cancelled."""
        obligation = self.get_object()
        if not request.user.has_perm("agreements.change_obligation"):
            self.permission_denied(request)
        serializer = ObligationStatusSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        obligation = obligation_set_status(
            obligation=obligation, status=serializer.validated_data["status"]
        )
        return Response(ObligationSerializer(obligation).data)
