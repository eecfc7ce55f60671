"""Reads of projects: lists, board columns, time spent in stages."""

import datetime
from collections import defaultdict

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from .models import PipelineStage, Project, ProjectParticipant, StageTransition


def project_list(*, user) -> QuerySet[Project]:
    return (
        Project.objects.active()
        .visible_to(user)
        .select_related("stage", "curator", "municipality", "site")
        .prefetch_related(
            "directions",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            ),
        )
    )


def pipeline_stages() -> list[PipelineStage]:
    return list(PipelineStage.objects.all())


def stage_durations(
    project: Project, *, now: datetime.datetime | None = None
) -> dict[int, datetime.timedelta]:
    """Time the project spent in each stage, derived from its transitions (stage id → duration)."""
    now = now or timezone.now()
    transitions = list(project.transitions.order_by("changed_at", "id"))
    durations: dict[int, datetime.timedelta] = defaultdict(datetime.timedelta)
    for current, following in zip(transitions, [*transitions[1:], None], strict=False):
        end = following.changed_at if following else now
        durations[current.to_stage_id] += end - current.changed_at
    return dict(durations)


def project_transitions(project: Project) -> QuerySet[StageTransition]:
    return project.transitions.select_related("from_stage", "to_stage", "changed_by").order_by(
        "-changed_at", "-id"
    )
