"""Reads for the one-page dossier a deputy governor takes into a meeting.

Whatever the subject (organisation, person, project or engagement), the dossier is the
same blocks computed over one set of engagements: who they are, every engagement with
dates and participants, sites seen, projects and stages, open commitments and tasks,
the latest quotes and the sources. A fixed number of queries, whatever the history.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from investdesk.documents.models import Document
from investdesk.engagements.choices import CommitmentStatus, EngagementStatus
from investdesk.engagements.models import Commitment, Engagement, EngagementParticipant, Quote
from investdesk.engagements.selectors import engagement_ids_involving
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.sitecatalog.models import Site
from investdesk.tasks.choices import OPEN_STATUSES
from investdesk.tasks.models import Task

SUBJECTS = ("organisation", "person", "project", "engagement")
LATEST_QUOTES = 10


@dataclass
class Dossier:
    kind: str
    subject: Any
    generated_at: Any
    facts: list[tuple[str, str]] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Document] = field(default_factory=list)
    shows_personal_data: bool = False


def _subject(kind: str, pk: int) -> tuple[Any, QuerySet, QuerySet, Q]:
    """The subject, the ids of its engagements and projects, and its own tasks' filter."""
    if kind == "organisation":
        org = get_object_or_404(
            Organisation.objects.select_related("parent", "municipality").prefetch_related(
                "aliases", "directions"
            ),
            pk=pk,
        )
        engagements = engagement_ids_involving(org)
        projects = ProjectParticipant.objects.filter(organisation=org).values("project_id")
        return org, engagements, projects, Q(organisation=org)
    if kind == "person":
        person = get_object_or_404(
            Person.objects.select_related("organisation").prefetch_related(
                "positions__organisation"
            ),
            pk=pk,
        )
        engagements = Engagement.objects.filter(participants__person=person).values("pk")
        projects = Project.engagements.through.objects.filter(
            engagement__participants__person=person
        ).values("project_id")
        return person, engagements, projects, Q(commitment__person=person)
    if kind == "project":
        project = get_object_or_404(
            Project.objects.select_related(
                "stage", "curator", "site", "municipality"
            ).prefetch_related(
                "directions",
                Prefetch(
                    "participants",
                    queryset=ProjectParticipant.objects.select_related("organisation"),
                ),
            ),
            pk=pk,
        )
        engagements = Engagement.objects.filter(projects=project).values("pk")
        return project, engagements, Project.objects.filter(pk=pk).values("pk"), Q(project=project)
    engagement = get_object_or_404(
        Engagement.objects.select_related("venue_organisation", "municipality").prefetch_related(
            "organisations", "directions"
        ),
        pk=pk,
    )
    # Before a meeting: everything the agency did with the same organisations.
    org_ids = Engagement.organisations.through.objects.filter(engagement=engagement).values(
        "organisation_id"
    )
    engagements = Engagement.objects.filter(
        Q(pk=engagement.pk) | Q(parent=engagement) | Q(organisations__in=org_ids)
    ).values("pk")
    projects = Project.engagements.through.objects.filter(engagement=engagement).values(
        "project_id"
    )
    return engagement, engagements, projects, Q(engagement=engagement)


def dossier_for(kind: str, pk: int, *, user) -> Dossier:
    subject, engagement_ids, project_ids, own_tasks = _subject(kind, pk)
    engagements = (
        Engagement.objects.visible_to(user)
        .exclude(status__in=(EngagementStatus.DRAFT, EngagementStatus.CANCELLED))
        .filter(pk__in=engagement_ids)
    )
    engagement_list = list(
        engagements.select_related("venue_organisation", "municipality", "parent")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=EngagementParticipant.objects.select_related("person", "organisation"),
            ),
            "sites",
            "documents",
        )
        .order_by("-start_date", "-id")
    )
    projects = list(
        Project.objects.active()
        .visible_to(user)
        .filter(pk__in=project_ids)
        .select_related("stage", "curator", "site")
        .prefetch_related(
            Prefetch(
                "participants", queryset=ProjectParticipant.objects.select_related("organisation")
            )
        )
        .order_by("stage__order", "title")
    )
    commitments = list(
        Commitment.objects.filter(
            engagement__in=engagements.values("pk"), status=CommitmentStatus.OPEN
        )
        .select_related("engagement", "person")
        .order_by("due_date", "id")
    )
    tasks = list(
        Task.objects.visible_to(user)
        .filter(status__in=OPEN_STATUSES)
        .filter(
            own_tasks
            | Q(engagement__in=engagements.values("pk"))
            | Q(project__in=[p.pk for p in projects])
        )
        .select_related("assignee", "project")
        .order_by("due_date", "id")
    )
    quotes = list(
        Quote.objects.filter(
            Q(engagement__in=engagements.values("pk"))
            | (Q(person=subject) if kind == "person" else Q(pk__in=[]))
        )
        .select_related("person", "engagement", "document")
        .order_by("-engagement__start_date", "-id")[:LATEST_QUOTES]
    )
    sites: dict[int, Site] = {}
    sources: dict[int, Document] = {}
    for engagement in engagement_list:
        for site in engagement.sites.all():
            sites.setdefault(site.pk, site)
        for document in engagement.documents.all():
            sources.setdefault(document.pk, document)
    for quote in quotes:
        if quote.document_id:
            sources.setdefault(quote.document_id, quote.document)
    if kind == "project" and subject.site_id:
        sites.setdefault(subject.site_id, subject.site)
    return Dossier(
        kind=kind,
        subject=subject,
        generated_at=timezone.now(),
        engagements=engagement_list,
        sites=sorted(sites.values(), key=lambda s: s.name),
        projects=projects,
        commitments=commitments,
        tasks=tasks,
        quotes=quotes,
        sources=sorted(sources.values(), key=lambda d: (d.published_on is None, d.title)),
        shows_personal_data=user.sees_personal_data,
    )
