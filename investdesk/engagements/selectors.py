"""Reads of engagements: the list and the story page of one engagement."""

from collections import OrderedDict
from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.agreements.models import Agreement
from investdesk.documents.models import Document
from investdesk.projects.models import Project
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.selectors import site_map_points
from investdesk.tasks.models import Task

from .choices import ParticipationRole
from .models import Commitment, Engagement, EngagementParticipant, Outcome, Quote

# The order in which the story page tells who took part.
ROLE_ORDER = [
    ParticipationRole.HOST,
    ParticipationRole.GUEST,
    ParticipationRole.ACCOMPANYING,
    ParticipationRole.SPEAKER,
    ParticipationRole.PARTICIPANT,
]


def engagement_list(*, user) -> QuerySet[Engagement]:
    return (
        Engagement.objects.visible_to(user)
        .select_related("municipality", "venue_organisation", "parent")
        .annotate(part_count=Count("parts", distinct=True))
        .prefetch_related("directions", "organisations")
    )


def engagement_story(*, pk: int, user) -> Engagement:
    """One engagement with everything its story page tells, in a fixed number of queries.

    Raises ``Engagement.DoesNotExist`` when the user may not see it.
    """
    return (
        Engagement.objects.visible_to(user)
        .select_related("municipality", "venue_organisation", "parent", "created_by")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=Engagement.objects.visible_to(user)
                .select_related("venue_organisation", "municipality")
                .prefetch_related("sites")
                .order_by("start_date", "id"),
                to_attr="part_list",
            ),
            Prefetch(
                "participants",
                queryset=EngagementParticipant.objects.select_related(
                    "person", "person__organisation", "organisation"
                ).order_by("id"),
                to_attr="participant_list",
            ),
            Prefetch("sites", to_attr="site_list"),
            Prefetch("directions", to_attr="direction_list"),
            Prefetch("projects", queryset=Project.objects.visible_to(user), to_attr="project_list"),
            Prefetch("organisations", to_attr="organisation_list"),
            Prefetch(
                "documents",
                queryset=Document.objects.visible_to(user).defer("text", "extraction"),
                to_attr="document_list",
            ),
            Prefetch(
                "outcomes",
                queryset=Outcome.objects.prefetch_related("directions"),
                to_attr="outcome_list",
            ),
            Prefetch(
                "commitments",
                queryset=Commitment.objects.select_related("person")
                .prefetch_related(
                    "directions",
                    Prefetch(
                        "tasks",
                        queryset=Task.objects.visible_to(user)
                        .select_related("assignee", "direction")
                        .order_by("due_date", "id"),
                        to_attr="task_list",
                    ),
                )
                .order_by("created_at", "id"),
                to_attr="commitment_list",
            ),
            Prefetch(
                "quotes",
                queryset=Quote.objects.select_related("person", "document"),
                to_attr="quote_list",
            ),
            Prefetch(
                "agreements", queryset=Agreement.objects.visible_to(user), to_attr="agreement_list"
            ),
        )
        .get(pk=pk)
    )


def participants_by_role(engagement: Engagement) -> list[tuple[str, list[EngagementParticipant]]]:
    """Participants grouped by their part (host, guests, accompanying, ...), in story order."""
    groups: OrderedDict[str, list[EngagementParticipant]] = OrderedDict(
        (role, []) for role in ROLE_ORDER
    )
    for participant in engagement.participant_list:
        groups.setdefault(participant.role, []).append(participant)
    labels = dict(ParticipationRole.choices)
    return [(labels.get(role, role), people) for role, people in groups.items() if people]


def task_owner_choices() -> list[tuple[int, str]]:
    """People who may own tasks (curators and administrators), in one query."""
    users = (
        User.objects.filter(is_active=True, groups__name__in=[Role.CURATOR, Role.ADMIN])
        .distinct()
        .order_by("last_name", "first_name", "username")
    )
    return [(user.pk, str(user)) for user in users]


def engagement_ids_involving(organisation) -> list[int]:
    """Ids of the engagements an organisation took part in: listed, through a participant,
    or as the venue.

    One UNION of three index lookups; the same condition written as an OR across joins
    makes the database scan every engagement (seconds at a million rows).
    """
    listed = Engagement.organisations.through.objects.filter(organisation=organisation).values_list(
        "engagement_id", flat=True
    )
    participating = (
        EngagementParticipant.objects.filter(organisation=organisation)
        .values_list("engagement_id", flat=True)
        .order_by()
    )
    hosted = (
        Engagement.objects.filter(venue_organisation=organisation)
        .values_list("id", flat=True)
        .order_by()
    )
    return sorted(set(listed.union(participating, hosted)))


def engagement_site_points(engagement) -> list[dict[str, Any]]:
    """The sites an engagement visited that have coordinates: one query, whatever the count."""
    return site_map_points(Site.objects.filter(engagements=engagement).order_by("name", "pk"))


def directions_needing_a_task(commitment: Commitment) -> list:
    """The commitment's directions that have no task yet.

    Uses the commitment's prefetched ``task_list`` when it has one (no query).
    """
    tasks = getattr(commitment, "task_list", None)
    if tasks is None:
        covered = set(commitment.tasks.values_list("direction_id", flat=True))
    else:
        covered = {task.direction_id for task in tasks}
    return [d for d in commitment.directions.all() if d.pk not in covered]
