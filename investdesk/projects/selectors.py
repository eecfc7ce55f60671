"""Reads of projects: lists, board columns, time spent in stages."""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from investdesk.agreements.models import Agreement
from investdesk.engagements.models import Engagement
from investdesk.sitecatalog.selectors import site_map_points
from investdesk.tasks.models import Task

from .models import PipelineStage, Project, ProjectParticipant, StageTransition


def project_list(*, user, archived: bool = False) -> QuerySet[Project]:
    """The projects ``user`` sees, or with ``archived`` the archived ones."""
    return (
        Project.objects.filter(is_archived=archived)
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


def stage_stays(
    transitions: Iterable[StageTransition], *, now: datetime.datetime
) -> Iterator[tuple[StageTransition, datetime.timedelta]]:
    """Each transition with the time spent in the stage it led to: the one rule of time in stage.

    ``transitions`` are ordered by project and time; a stay lasts until the project's next
    transition, or until ``now`` for its current stage.
    """
    transitions = list(transitions)
    for current, following in zip(transitions, [*transitions[1:], None], strict=False):
        same_project = following is not None and following.project_id == current.project_id
        end = following.changed_at if same_project else now
        yield current, end - current.changed_at


def stage_durations(
    project: Project, *, now: datetime.datetime | None = None
) -> dict[int, datetime.timedelta]:
    """Time the project spent in each stage, derived from its transitions (stage id → duration)."""
    now = now or timezone.now()
    durations: dict[int, datetime.timedelta] = defaultdict(datetime.timedelta)
    for transition, stay in stage_stays(project.transitions.order_by("changed_at", "id"), now=now):
        durations[transition.to_stage_id] += stay
    return dict(durations)


# How many cards a board column shows before it links to the full list of its stage.
BOARD_COLUMN_CAP = 40


def project_detail(*, pk: int, user) -> Project:
    """One project with everything its page shows, in a fixed number of queries.

    Raises ``Project.DoesNotExist`` for a project the user may not see (partners).
    """
    return (
        Project.objects.visible_to(user)
        .select_related("stage", "curator", "municipality", "site", "site__municipality")
        .prefetch_related(
            "directions",
            "shared_with",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            ),
            Prefetch(
                "transitions",
                queryset=StageTransition.objects.select_related(
                    "from_stage", "to_stage", "changed_by"
                ).order_by("changed_at", "id"),
                to_attr="ordered_transitions",
            ),
            Prefetch(
                "tasks",
                queryset=Task.objects.select_related("assignee", "direction").order_by(
                    "due_date", "id"
                ),
                to_attr="task_list",
            ),
            Prefetch(
                "engagements",
                queryset=Engagement.objects.order_by("-start_date", "-id"),
                to_attr="engagement_list",
            ),
            Prefetch(
                "agreements",
                queryset=Agreement.objects.visible_to(user).order_by("-signed_on", "-id"),
                to_attr="agreement_list",
            ),
        )
        .get(pk=pk)
    )


def stage_history(project: Project, *, now: datetime.datetime | None = None) -> list[dict]:
    """Transitions oldest first, each with the time spent in the stage it led to.

    Uses the prefetched ``ordered_transitions`` when present, so the page adds no query.
    """
    now = now or timezone.now()
    transitions = getattr(project, "ordered_transitions", None)
    if transitions is None:
        transitions = list(
            project.transitions.select_related("from_stage", "to_stage", "changed_by").order_by(
                "changed_at", "id"
            )
        )
    stays = list(stage_stays(transitions, now=now))
    return [
        {"transition": transition, "duration": stay, "current": index == len(stays) - 1}
        for index, (transition, stay) in enumerate(stays)
    ]


def board_columns(
    *, user, queryset: QuerySet[Project] | None = None, cap: int | None = None
) -> list[dict]:
    """The pipeline board: every stage in order with (at most ``cap``) cards and a total.

    Five queries whatever the number of projects: stages, counts per stage, the capped
    cards (a window function numbers them within their stage), their directions and
    their investors.
    """
    from django.db.models import Count, F, Window
    from django.db.models.functions import RowNumber

    cap = cap or BOARD_COLUMN_CAP
    base = queryset if queryset is not None else Project.objects.active().visible_to(user)
    stages = list(PipelineStage.objects.all())
    counts = dict(base.order_by().values_list("stage_id").annotate(n=Count("id", distinct=True)))
    cards = list(
        Project.objects.filter(pk__in=base.values("pk"))
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("stage_id")],
                order_by=[F("updated_at").desc(), F("id").desc()],
            )
        )
        .filter(position__lte=cap)
        .select_related("curator", "municipality")
        .prefetch_related(
            "directions",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            ),
        )
        .order_by("stage_id", "position")
    )
    by_stage: dict[int, list[Project]] = defaultdict(list)
    for card in cards:
        by_stage[card.stage_id].append(card)
    return [
        {"stage": stage, "cards": by_stage.get(stage.pk, []), "total": counts.get(stage.pk, 0)}
        for stage in stages
    ]


def board_card(*, pk: int) -> Project:
    """One card of the board, as the board renders it (after a move)."""
    return (
        Project.objects.select_related("curator", "municipality", "stage")
        .prefetch_related(
            "directions",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            ),
        )
        .get(pk=pk)
    )


def project_map_points(projects: QuerySet[Project]) -> list[dict[str, Any]]:
    """Projects placed at their site, or else at their municipality's centre."""
    rows = projects.select_related("site", "municipality", "stage").filter(
        Q(site__latitude__isnull=False, site__longitude__isnull=False)
        | Q(site__isnull=True, municipality__latitude__isnull=False)
    )
    points = []
    for project in rows.order_by("pk"):
        place = project.site if project.site_id else project.municipality
        points.append(
            {
                "kind": "project",
                "id": project.pk,
                "lat": float(place.latitude),
                "lng": float(place.longitude),
                "title": project.display_title,
                "subtitle": " · ".join(str(p) for p in (project.stage.name, place) if p),
                "url": project.get_absolute_url(),
            }
        )
    return points


def project_site_points(project: Project) -> list[dict[str, Any]]:
    """The project's site as one marker, or nothing.

    No query when the project was read with ``site`` and ``site__municipality``.
    """
    return site_map_points([project.site]) if project.site_id else []
