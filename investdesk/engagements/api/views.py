from typing import Any

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from investdesk.core.api import BaseViewSet, versioned_schema
from investdesk.documents.models import Document
from investdesk.engagements.filters import EngagementFilter
from investdesk.engagements.models import (
    Commitment,
    Engagement,
    EngagementParticipant,
    Outcome,
    Quote,
)
from investdesk.engagements.services import (
    CommitmentSpec,
    NewOrganisation,
    NewPerson,
    OutcomeSpec,
    ParticipantSpec,
    QuoteSpec,
    commitment_add,
    commitment_set_status,
    engagement_add_participant,
    engagement_delete,
    engagement_record,
    engagement_update,
    outcome_add,
    quote_add,
)
from investdesk.projects.models import Project

from .serializers import (
    CommitmentSerializer,
    CommitmentStatusSerializer,
    EngagementParticipantSerializer,
    EngagementSerializer,
    OutcomeSerializer,
    QuoteSerializer,
)


def visible_engagements(user):
    return Engagement.objects.visible_to(user)


@versioned_schema
class EngagementViewSet(BaseViewSet):
    serializer_class = EngagementSerializer
    filterset_class = EngagementFilter
    ordering_fields = ["start_date", "end_date", "title", "updated_at"]
    ordering = ["-start_date", "-id"]

    def get_queryset(self):
        user = self.request.user
        # The links are cut to what the user may see: a partner learns no other project.
        return visible_engagements(user).prefetch_related(
            "organisations",
            "sites",
            Prefetch("projects", queryset=Project.objects.visible_to(user)),
            "directions",
            Prefetch("documents", queryset=Document.objects.visible_to(user)),
        )

    def create_object(self, data: dict[str, Any]) -> Engagement:
        participants = [
            ParticipantSpec(
                **{
                    **item,
                    "new_organisation": NewOrganisation(**item["new_organisation"])
                    if item.get("new_organisation")
                    else None,
                    "new_person": NewPerson(**item["new_person"])
                    if item.get("new_person")
                    else None,
                }
            )
            for item in data.pop("participants", [])
        ]
        return engagement_record(created_by=self.request.user, participants=participants, **data)

    def update_object(self, instance, data, version):
        data.pop("participants", None)  # participants change through their own endpoint
        m2m = {
            name: data.pop(name)
            for name in ("organisations", "sites", "projects", "directions", "documents")
            if name in data
        }
        return engagement_update(
            engagement=instance, changes=data, expected_version=version, m2m=m2m or None
        )

    def destroy_object(self, instance) -> None:
        engagement_delete(engagement=instance)


class EngagementPartViewSet(BaseViewSet):
    """Base for what hangs on an engagement: visible when the engagement is."""

    http_method_names = ["get", "post", "head", "options"]
    ordering_fields = ["id"]
    ordering = ["id"]
    model: type = EngagementParticipant

    def get_queryset(self):
        return self.model.objects.filter(
            engagement__in=visible_engagements(self.request.user).values("pk")
        )


class EngagementParticipantViewSet(EngagementPartViewSet):
    serializer_class = EngagementParticipantSerializer
    filterset_fields = ["engagement", "person", "organisation", "role"]
    model = EngagementParticipant

    def create_object(self, data: dict[str, Any]) -> EngagementParticipant:
        engagement = data.pop("engagement")
        return engagement_add_participant(engagement=engagement, spec=ParticipantSpec(**data))


class OutcomeViewSet(EngagementPartViewSet):
    serializer_class = OutcomeSerializer
    filterset_fields = ["engagement", "kind"]
    model = Outcome

    def get_queryset(self):
        return super().get_queryset().prefetch_related("directions")

    def create_object(self, data: dict[str, Any]) -> Outcome:
        engagement = data.pop("engagement")
        return outcome_add(engagement=engagement, spec=OutcomeSpec(**data))


class CommitmentViewSet(EngagementPartViewSet):
    serializer_class = CommitmentSerializer
    filterset_fields = ["engagement", "person", "status"]
    ordering_fields = ["id", "due_date", "created_at"]
    model = Commitment

    def get_queryset(self):
        return super().get_queryset().prefetch_related("directions")

    def create_object(self, data: dict[str, Any]) -> Commitment:
        engagement = data.pop("engagement")
        data.pop("status", None)
        return commitment_add(engagement=engagement, spec=CommitmentSpec(**data))

    @extend_schema(request=CommitmentStatusSerializer, responses=CommitmentSerializer)
    @action(detail=True, methods=["post"], url_path="set-status")
    def set_status(self, request, pk=None):
        """Mark the commitment kept, not kept or cancelled."""
        commitment = self.get_object()
        if not request.user.has_perm("engagements.change_commitment"):
            self.permission_denied(request)
        serializer = CommitmentStatusSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        commitment = commitment_set_status(
            commitment=commitment, status=serializer.validated_data["status"]
        )
        return Response(CommitmentSerializer(commitment).data)


class QuoteViewSet(EngagementPartViewSet):
    serializer_class = QuoteSerializer
    filterset_fields = ["engagement", "person", "document"]
    model = Quote

    def create_object(self, data: dict[str, Any]) -> Quote:
        engagement = data.pop("engagement")
        return quote_add(engagement=engagement, spec=QuoteSpec(**data))
