"""Reads for the one-page dossier a deputy governor takes into a meeting.

Whatever the subject (organisation, person, project or engagement), the dossier is the
same blocks computed over one set of engagements: who they are, every engagement with
dates and participants, sites seen, projects and stages, open commitments and tasks,
the latest quotes and the sources. A fixed number of queries, whatever the history.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, F, Prefetch, Q, QuerySet, Value, When, Window
from django.shortcuts import get_object_or_404
from django.utils import timezone

from investdesk.documents.models import Document
from investdesk.engagements.choices import CommitmentStatus, EngagementStatus
from investdesk.engagements.models import Commitment, Engagement, EngagementParticipant, Quote
from investdesk.engagements.selectors import engagement_ids_involving
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.choices import Confidentiality
from investdesk.projects.models import Project, ProjectParticipant
from investdesk.sitecatalog.models import Site
from investdesk.tasks.choices import OPEN_STATUSES
from investdesk.tasks.models import Task

SUBJECTS = ("organisation", "person", "project", "engagement")

# How many rows each section prints; past that, the dossier says "and N more". A subject with
# years of history (an investor met every month) would otherwise print pages of engagements.
LATEST_ENGAGEMENTS = 20
LATEST_QUOTES = 10
SHOWN = 20  # sites, projects, open commitments, open tasks, sources


class Section(list):
    """The rows a section prints, and how many there are in all (``total``)."""

    def __init__(self, rows=(), *, total: int | None = None) -> None:
        super().__init__(rows)
        self.total = len(self) if total is None else total

    @property
    def more(self) -> int:
        """How many rows were left out."""
        return max(self.total - len(self), 0)


@dataclass
class Dossier:
    kind: str
    subject: Any
    generated_at: Any
    facts: list[tuple[str, str]] = field(default_factory=list)
    engagements: Section = field(default_factory=Section)
    sites: Section = field(default_factory=Section)
    projects: Section = field(default_factory=Section)
    commitments: Section = field(default_factory=Section)
    tasks: Section = field(default_factory=Section)
    quotes: list[Quote] = field(default_factory=list)
    sources: Section = field(default_factory=Section)
    shows_personal_data: bool = False


PERSON_NAME = ("person__first_name", "person__patronymic", "person__last_name")
ENGAGEMENT_ROW = ("id", "kind", "status", "title", "start_date", "end_date", "venue")
PARTICIPANT_ROW = (
    "id",
    "engagement_id",
    "role_label",
    *PERSON_NAME,
    "organisation__name",
)
SITE_ROW = ("id", "name", "kind")
PROJECT_ROW = (
    "id",
    "title",
    "code_name",
    "confidentiality",
    "capex_planned",
    "currency",
    "stage",
)
TASK_ROW = (
    "id",
    "title",
    "due_date",
    "status",
    "assignee__username",
    "assignee__first_name",
    "assignee__last_name",
)


def _ids(first: QuerySet, *others: QuerySet) -> list[int]:
    """The ids the querysets (each of one id column) read, in one query: a UNION of index
    lookups, read now. Written as an OR across joins or ``IN`` subqueries, the same condition
    makes PostgreSQL scan the whole table (a million engagements, 500k tasks: a minute for
    one dossier); and a UNION left as a subquery is misjudged (a few dozen rows estimated at
    hundreds of thousands) into the same scan. A list of ids is estimated right."""
    first, *others = (queryset.order_by() for queryset in (first, *others))
    return sorted(set(first.union(*others) if others else first))


def _bounded(queryset: QuerySet, limit: int) -> Section:
    """The first ``limit`` rows and, in the same query, how many rows match in all."""
    rows = list(queryset.annotate(_total=Window(Count("pk")))[:limit])
    return Section(rows, total=rows[0]._total if rows else 0)


def _subject(kind: str, pk: int) -> tuple[Any, list[int], QuerySet, QuerySet]:
    """The subject, the ids of its engagements (before visibility), its projects' ids (a
    ``values_list`` of one id column) and its own open tasks' ids."""
    if kind == "organisation":
        org = get_object_or_404(
            Organisation.objects.select_related("parent", "municipality").prefetch_related(
                "aliases", "directions"
            ),
            pk=pk,
        )
        engagement_ids = engagement_ids_involving(org)
        projects = ProjectParticipant.objects.filter(organisation=org).values_list(
            "project_id", flat=True
        )
        return org, engagement_ids, projects, Task.objects.filter(organisation=org)
    if kind == "person":
        person = get_object_or_404(
            Person.objects.select_related("organisation").prefetch_related(
                "positions__organisation"
            ),
            pk=pk,
        )
        engagement_ids = _ids(
            EngagementParticipant.objects.filter(person=person).values_list(
                "engagement_id", flat=True
            )
        )
        projects = Project.engagements.through.objects.filter(
            engagement_id__in=engagement_ids
        ).values_list("project_id", flat=True)
        return person, engagement_ids, projects, Task.objects.filter(commitment__person=person)
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
        engagement_ids = _ids(
            Project.engagements.through.objects.filter(project=project).values_list(
                "engagement_id", flat=True
            )
        )
        projects = Project.objects.filter(pk=pk).values_list("pk", flat=True)
        return project, engagement_ids, projects, Task.objects.filter(project=project)
    engagement = get_object_or_404(
        Engagement.objects.select_related("venue_organisation", "municipality").prefetch_related(
            "organisations", "directions"
        ),
        pk=pk,
    )
    # Before a meeting: everything the agency did with the same organisations (the
    # engagement itself, its parts, and every engagement listing one of its organisations).
    org_ids = [org.pk for org in engagement.organisations.all()]
    engagement_ids = _ids(
        Engagement.objects.filter(parent=engagement).values_list("pk", flat=True),
        Engagement.organisations.through.objects.filter(organisation_id__in=org_ids).values_list(
            "engagement_id", flat=True
        ),
    )
    engagement_ids = sorted({engagement.pk, *engagement_ids})
    projects = Project.engagements.through.objects.filter(engagement=engagement).values_list(
        "project_id", flat=True
    )
    return engagement, engagement_ids, projects, Task.objects.filter(engagement=engagement)


def dossier_for(kind: str, pk: int, *, user) -> Dossier:
    """The dossier of one subject as ``user`` may read it, in a fixed number of queries
    whatever its history; each long section holds its first rows and its total."""
    subject, candidate_ids, project_ids, own_tasks = _subject(kind, pk)
    # The engagements the dossier covers, as a subquery on primary keys (a short list of
    # index lookups): every section below reads through it.
    engagements = (
        Engagement.objects.visible_to(user)
        .exclude(status__in=(EngagementStatus.DRAFT, EngagementStatus.CANCELLED))
        .filter(pk__in=candidate_ids)
    )
    engagement_pks = engagements.values("pk")
    # Each row reads only the columns the dossier prints: at 30 rows of a dozen sections,
    # building SELECTs of every column was most of the page's CPU time.
    engagement_list = _bounded(
        engagements.only(*ENGAGEMENT_ROW)
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=EngagementParticipant.objects.select_related(
                    "person", "organisation"
                ).only(*PARTICIPANT_ROW),
            ),
            Prefetch("sites", queryset=Site.objects.only(*SITE_ROW)),
        )
        .order_by("-start_date", "-id"),
        LATEST_ENGAGEMENTS,
    )
    projects = Project.objects.active().visible_to(user).filter(pk__in=project_ids)
    project_list = _bounded(
        projects.select_related("stage")
        .only(*PROJECT_ROW)
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation").only(
                    "id", "project_id", "organisation__name"
                ),
            )
        )
        # By the title everyone reads: sorted by the real one, a confidential project's place
        # would give its title away.
        .annotate(
            _shown=Case(
                When(
                    Q(confidentiality=Confidentiality.CONFIDENTIAL) & ~Q(code_name=""),
                    then=F("code_name"),
                ),
                default=F("title"),
            )
        )
        .order_by("stage__order", "_shown", "id"),
        SHOWN,
    )
    commitments = _bounded(
        Commitment.objects.filter(engagement__in=engagement_pks, status=CommitmentStatus.OPEN)
        .select_related("person")
        .only("id", "text", "due_date", *PERSON_NAME)
        .order_by(F("due_date").asc(nulls_last=True), "id"),  # undated last, as on PostgreSQL
        SHOWN,
    )
    open_tasks = Task.objects.filter(status__in=OPEN_STATUSES)
    tasks = _bounded(
        Task.objects.visible_to(user)
        .filter(
            pk__in=_ids(
                own_tasks.filter(status__in=OPEN_STATUSES).values_list("pk", flat=True),
                open_tasks.filter(engagement__in=engagement_pks).values_list("pk", flat=True),
                open_tasks.filter(project__in=projects.values("pk")).values_list("pk", flat=True),
            )
        )
        .select_related("assignee")
        .only(*TASK_ROW)
        .order_by("due_date", "id"),
        SHOWN,
    )
    said = Quote.objects.filter(engagement__in=engagement_pks).values_list("pk", flat=True)
    if kind == "person":
        said = _ids(said, Quote.objects.filter(person=subject).values_list("pk", flat=True))
    quotes = list(
        Quote.objects.filter(pk__in=said)
        .select_related("person", "engagement", "document")
        .defer("document__text", "document__extraction")
        .order_by("-engagement__start_date", "-id")[:LATEST_QUOTES]
    )
    seen = Engagement.sites.through.objects.filter(engagement__in=engagement_pks).values_list(
        "site_id", flat=True
    )
    if kind == "project" and subject.site_id:
        seen = _ids(seen, Site.objects.filter(pk=subject.site_id).values_list("pk", flat=True))
    sites = _bounded(Site.objects.filter(pk__in=seen).only(*SITE_ROW).order_by("name", "id"), SHOWN)
    cited = Engagement.documents.through.objects.filter(engagement__in=engagement_pks).values_list(
        "document_id", flat=True
    )
    quoted = {quote.document_id for quote in quotes if quote.document_id}
    if quoted:
        cited = _ids(cited, Document.objects.filter(pk__in=quoted).values_list("pk", flat=True))
    sources = _bounded(
        Document.objects.filter(pk__in=cited)
        .only("id", "title", "published_on", "source_url")
        .order_by(Case(When(published_on=None, then=Value(1)), default=Value(0)), "title", "id"),
        SHOWN,
    )
    return Dossier(
        kind=kind,
        subject=subject,
        generated_at=timezone.now(),
        engagements=engagement_list,
        sites=sites,
        projects=project_list,
        commitments=commitments,
        tasks=tasks,
        quotes=quotes,
        sources=sources,
        shows_personal_data=user.sees_personal_data,
    )
