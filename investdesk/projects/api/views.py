from typing import Any

from django.db.models import Prefetch
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter
from rest_framework.response import Response

from investdesk.core.api import (
    ArchiveActionsMixin,
    BaseViewSet,
    ConflictSerializer,
    ReadOnlyBaseViewSet,
    header_version,
    versioned_schema,
)
from investdesk.projects.filters import ProjectFilter
from investdesk.projects.models import (
    PipelineStage,
    Project,
    ProjectParticipant,
    StageTransition,
)
from investdesk.projects.services import (
    project_add_participant,
    project_advance_stage,
    project_archive,
    project_create,
    project_update,
)
from investdesk.reference.api.views import ReferenceViewSet
from investdesk.sitecatalog.api.serializers import SiteMatchSerializer
from investdesk.sitecatalog.matching import needs_for_project
from investdesk.sitecatalog.selectors import site_matches

from .serializers import (
    PipelineStageSerializer,
    ProjectMoveSerializer,
    ProjectParticipantSerializer,
    ProjectSerializer,
    StageTransitionSerializer,
)


class ProjectOrdering(OrderingFilter):
    """``?ordering=title`` sorts by the title as the user reads it (``shown_title``): by the
    real one, a confidential project's place in the list would reveal its title."""

    def get_ordering(self, request, queryset, view) -> list[str] | None:
        ordering = super().get_ordering(request, queryset, view)
        shown = {"title": "shown_title", "-title": "-shown_title"}
        return [shown.get(term, term) for term in ordering] if ordering else ordering


def visible_projects(user):
    return Project.objects.active().visible_to(user)


@versioned_schema
class ProjectViewSet(ArchiveActionsMixin, BaseViewSet):
    """Projects in the pipeline. DELETE or ``archive/`` archives the project (its history
    stays), ``restore/`` brings it back."""

    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter
    filter_backends = [DjangoFilterBackend, ProjectOrdering]
    ordering_fields = ["title", "updated_at", "created_at", "next_step_due", "capex_planned"]
    ordering = ["-updated_at"]
    archive_service = staticmethod(project_archive)
    archive_keyword = "project"

    def get_queryset(self):
        projects = Project.objects.visible_to(self.request.user)
        if not self.include_archived:
            projects = projects.active()
        return (
            projects.with_shown_title(self.request.user)
            .select_related("stage")
            .prefetch_related(
                "directions",
                "shared_with",
                Prefetch("participants", queryset=ProjectParticipant.objects.order_by("id")),
            )
        )

    def create_object(self, data: dict[str, Any]) -> Project:
        return project_create(created_by=self.request.user, **data)

    def update_object(self, instance, data, version):
        for name in ("investors", "partners"):
            data.pop(name, None)
        if data.get("stage") == instance.stage:
            data.pop("stage")
        shared_with = data.pop("shared_with", None)
        directions = data.pop("directions", None)
        if data.get("title") == instance.display_title != instance.title_for(self.request.user):
            data.pop("title")  # the code name it was shown, sent back: not a new title
        return project_update(
            project=instance,
            changes=data,
            expected_version=version,
            directions=directions,
            shared_with=shared_with,
            user=self.request.user,
        )

    def destroy_object(self, instance) -> None:
        project_archive(project=instance)

    @extend_schema(
        request=ProjectMoveSerializer,
        responses={
            200: ProjectSerializer,
            409: OpenApiResponse(ConflictSerializer, description="Stale version"),
        },
    )
    @action(detail=True, methods=["post"])
    def move(self, request, pk=None):
        """Move the project to another stage with a reason (recorded in its history)."""
        project = self.get_object()
        if not request.user.has_perm("projects.change_project"):
            self.permission_denied(request)
        move = ProjectMoveSerializer(data=request.data)
        move.is_valid(raise_exception=True)
        version = move.validated_data.get("version")
        if version is None:
            version = header_version(request)
        project_advance_stage(
            project=project,
            to_stage=move.validated_data["stage"],
            user=request.user,
            reason=move.validated_data["reason"],
            expected_version=version,
        )
        project = self.get_queryset().get(pk=project.pk)
        return Response(self.get_serializer(project).data, status=status.HTTP_200_OK)

    @extend_schema(
        responses={200: SiteMatchSerializer(many=True)},
        description=(
            "Sites ranked by how well they fit the project (its directions and, for distance, "
            "its municipality), best first: a score 0-100 and the reasons in words."
        ),
    )
    @action(detail=True, methods=["get"], url_path="site-matches", pagination_class=None)
    def site_matches(self, request, pk=None):
        """Site matching for the project (top 10); partners only for projects shared with them."""
        project = self.get_object()
        matches = site_matches(needs_for_project(project), limit=10)
        return Response(SiteMatchSerializer(matches, many=True).data)


class ProjectParticipantViewSet(BaseViewSet):
    serializer_class = ProjectParticipantSerializer
    filterset_fields = ["project", "organisation", "role"]
    ordering_fields = ["id", "role"]
    ordering = ["id"]
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self):
        return ProjectParticipant.objects.filter(
            project__in=visible_projects(self.request.user)
        ).select_related("organisation")

    def create_object(self, data: dict[str, Any]) -> ProjectParticipant:
        return project_add_participant(**data)


class StageTransitionViewSet(ReadOnlyBaseViewSet):
    """Every stage move: who, when, from, to and why (read-only; moves go through ``move``)."""

    serializer_class = StageTransitionSerializer
    filterset_fields = ["project", "changed_by"]
    ordering_fields = ["changed_at", "id"]
    ordering = ["-changed_at", "-id"]

    def get_queryset(self):
        return StageTransition.objects.filter(
            project__in=visible_projects(self.request.user)
        ).select_related("from_stage", "to_stage")


class PipelineStageViewSet(ReferenceViewSet):
    """Pipeline stages are reference data: everybody reads, administrators maintain."""

    model = PipelineStage
    serializer_class = PipelineStageSerializer
    filterset_fields = ["is_closing"]
    ordering_fields = ["order", "code"]
    ordering = ["order", "code"]
