"""The timeline of a record: everything that touched it, newest first.

``timeline_for(obj)`` works for Organisation, Person, Project, Site and Engagement. It
gathers engagements, stage transitions, tasks, commitments, documents and edits (from
django-simple-history: who, when and which fields changed), each source in one query,
so a detail page's query count does not grow with the history. Render the result with
``{% include "includes/timeline.html" with timeline=timeline %}``.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, Q, QuerySet
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from investdesk.accounts.access import sees_everything
from investdesk.attachments.registry import is_attachable
from investdesk.attachments.selectors import current_attachments
from investdesk.core.records import files_and_notes_open_to
from investdesk.documents.models import Document
from investdesk.engagements.models import Commitment, Engagement
from investdesk.engagements.selectors import engagement_ids_involving
from investdesk.notes.selectors import can_read_notes, current_notes, is_notable
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.models import Project, ProjectParticipant, StageTransition
from investdesk.sitecatalog.models import Site
from investdesk.tasks.models import Task

KIND_LABELS = {
    "engagement": gettext_lazy("Engagement"),
    "stage": gettext_lazy("Stage change"),
    "task": gettext_lazy("Task"),
    "commitment": gettext_lazy("Commitment"),
    "document": gettext_lazy("Document"),
    "attachment": gettext_lazy("Attachment"),
    "edit": gettext_lazy("Edit"),
    "created": gettext_lazy("Created"),
    "note": pgettext_lazy("timeline", "Note"),
}

# Each source is cut to this many rows: a page shows the recent history, not all of it.
PER_SOURCE_LIMIT = 100
_IGNORED_HISTORY_FIELDS = {"version", "updated_at", "created_at", "id"}


@dataclass(frozen=True)
class TimelineEvent:
    when: datetime.datetime
    kind: str  # engagement | stage | task | commitment | document | edit | created | note
    title: str
    url: str = ""
    actor: str = ""
    detail: str = ""
    tags: tuple[str, ...] = field(default=())  # e.g. ("overdue",)

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


def _newest(qs: QuerySet | list, newest_by: str, *related: str) -> QuerySet | list:
    """A source's first rows, newest first: a list the page already read is in that order
    with ``related`` loaded; a queryset is read so."""
    if isinstance(qs, list):
        return qs[:PER_SOURCE_LIMIT]
    return qs.select_related(*related).order_by(f"-{newest_by}", "-id")[:PER_SOURCE_LIMIT]


def timeline_for(obj: Model, *, user: Any = None, request: Any = None) -> list[TimelineEvent]:
    """Events about ``obj``, newest first; ``user`` applies partner visibility if given.
    With the page's ``request``, the files and notes its panels read are not read again."""
    builders = {
        Organisation: _organisation_sources,
        Person: _person_sources,
        Project: _project_sources,
        Site: _site_sources,
        Engagement: _engagement_sources,
    }
    builder = builders.get(type(obj))
    if builder is None:
        raise TypeError(f"No timeline for {type(obj).__name__}")
    # A project's or an engagement's page read some sources with the record (lists, each
    # whole): the timeline takes them from there. Partners' timelines are narrowed by the
    # querysets below.
    read = {Project: _project_sources_read, Engagement: _engagement_sources_read}.get(type(obj))
    sources = read(obj) if read and (user is None or sees_everything(user)) else None
    if sources is None:
        sources = builder(obj)
    engagements = sources.get("engagements")
    tasks = sources.get("tasks")
    # Only partners see less; for everyone else the filter would be a no-op that still
    # makes the database walk every task and engagement.
    if user is not None and not sees_everything(user):
        if engagements is not None:
            engagements = engagements.filter(pk__in=Engagement.objects.visible_to(user))
        if tasks is not None:
            tasks = tasks.filter(pk__in=Task.objects.visible_to(user))
        if sources.get("documents") is not None:
            sources["documents"] = sources["documents"].visible_to(user)
    events: list[TimelineEvent] = []
    if engagements is not None:
        events += _engagement_events(engagements)
    if sources.get("transitions") is not None:
        events += _transition_events(sources["transitions"])
    if tasks is not None:
        events += _task_events(tasks)
    if sources.get("commitments") is not None:
        events += _commitment_events(sources["commitments"])
    if sources.get("documents") is not None:
        events += _document_events(sources["documents"])
    # A person's files and notes are personal data (core.records): only for the roles that
    # see contact details.
    private_ok = user is None or files_and_notes_open_to(user, obj._meta.label_lower)
    if is_attachable(obj) and private_ok:
        events += _attachment_events(obj, request=request)
    # Notes are the agency's own: on the timeline for whoever reads them (not partners).
    if is_notable(obj) and private_ok and (user is None or can_read_notes(user)):
        events += _note_events(obj, request=request)
    events += _history_events(obj)
    events.sort(key=lambda e: e.when, reverse=True)
    return events


# --- what touches each kind of record ---------------------------------------------------


def _ids(engagements: QuerySet) -> list[int]:
    """The record's engagement ids, read first (one index lookup, as many as the record has).

    Left as an ``IN (subquery)`` under ``ORDER BY start_date DESC LIMIT 100``, PostgreSQL
    expects the few matches to be spread over the whole table and walks the date index
    backwards through every engagement checking each (10 s at a million rows); with the
    ids as a list it fetches them by primary key and sorts a handful.
    """
    return list(engagements.order_by().values_list("pk", flat=True))


def _organisation_sources(org: Organisation) -> dict[str, QuerySet]:
    # Read by the organisation page's engagements section already, when it ran.
    engagement_ids = getattr(org, "involved_engagement_ids", None)
    if engagement_ids is None:
        engagement_ids = engagement_ids_involving(org)
    # A list, not a subquery: ``organisation = x OR project IN (subquery)`` can only be
    # answered by scanning every task, while ``OR project IN (1, 2, 3)`` combines two indexes.
    project_ids = list(
        ProjectParticipant.objects.filter(organisation=org)
        .order_by()
        .values_list("project_id", flat=True)
        .distinct()
    )
    return {
        "engagements": Engagement.objects.filter(pk__in=engagement_ids),
        "transitions": StageTransition.objects.filter(project__in=project_ids),
        "tasks": Task.objects.filter(Q(organisation=org) | Q(project__in=project_ids)),
        "commitments": Commitment.objects.filter(engagement__in=engagement_ids),
        "documents": Document.objects.filter(
            Q(engagements__in=engagement_ids) | Q(agreements__parties=org)
        ),
    }


def _person_sources(person: Person) -> dict[str, QuerySet]:
    engagement_ids = _ids(Engagement.objects.filter(participants__person=person))
    return {
        "engagements": Engagement.objects.filter(pk__in=engagement_ids),
        "tasks": Task.objects.filter(commitment__person=person),
        "commitments": Commitment.objects.filter(person=person),
        "documents": Document.objects.filter(
            Q(engagements__in=engagement_ids) | Q(quotes__person=person)
        ),
    }


def _project_sources(project: Project) -> dict[str, QuerySet]:
    engagement_ids = _ids(Engagement.objects.filter(projects=project))
    return {
        "engagements": Engagement.objects.filter(pk__in=engagement_ids),
        "transitions": StageTransition.objects.filter(project=project),
        "tasks": Task.objects.filter(project=project),
        "commitments": Commitment.objects.filter(engagement__in=engagement_ids),
        "documents": Document.objects.filter(
            Q(engagements__in=engagement_ids) | Q(agreements__project=project)
        ),
    }


def _project_sources_read(project: Project) -> dict[str, Any] | None:
    """``_project_sources`` from what ``projects.selectors.project_detail`` read with the
    project (``engagement_list``, ``ordered_transitions``, ``task_list``), or None."""
    engagements = getattr(project, "engagement_list", None)
    transitions = getattr(project, "ordered_transitions", None)
    tasks = getattr(project, "task_list", None)
    if engagements is None or transitions is None or tasks is None:
        return None
    engagement_ids = [engagement.pk for engagement in engagements]
    return {
        "engagements": engagements,  # newest first, as the timeline lists them
        "transitions": transitions[::-1],  # oldest first: newest first
        "tasks": sorted(tasks, key=lambda task: (task.created_at, task.pk), reverse=True),
        "commitments": Commitment.objects.filter(engagement__in=engagement_ids),
        "documents": Document.objects.filter(
            Q(engagements__in=engagement_ids) | Q(agreements__project=project)
        ),
    }


def _site_sources(site: Site) -> dict[str, QuerySet]:
    engagement_ids = _ids(Engagement.objects.filter(sites=site))
    return {
        "engagements": Engagement.objects.filter(pk__in=engagement_ids),
        "transitions": StageTransition.objects.filter(project__site=site),
        "tasks": Task.objects.filter(sites=site),
        "documents": Document.objects.filter(engagements__in=engagement_ids),
    }


def _engagement_sources(engagement: Engagement) -> dict[str, QuerySet]:
    return {
        "tasks": Task.objects.filter(engagement=engagement),
        "commitments": Commitment.objects.filter(engagement=engagement),
        "documents": Document.objects.filter(engagements=engagement),
    }


def _engagement_sources_read(engagement: Engagement) -> dict[str, Any] | None:
    """``_engagement_sources`` from what ``engagements.selectors.engagement_story`` read
    with the engagement (``commitment_list``, ``document_list``), or None."""
    commitments = getattr(engagement, "commitment_list", None)
    documents = getattr(engagement, "document_list", None)
    if commitments is None or documents is None:
        return None
    return {
        "tasks": Task.objects.filter(engagement=engagement),
        "commitments": commitments[::-1],  # oldest first: newest first
        "documents": sorted(documents, key=lambda d: (d.created_at, d.pk), reverse=True),
    }


# --- events ------------------------------------------------------------------------------


def _at_start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _url(obj: Any) -> str:
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:  # the page is not wired yet; show the event without a link
        return ""


def _engagement_events(qs: QuerySet | list) -> list[TimelineEvent]:
    rows = _newest(qs, "start_date", "municipality")
    events = []
    for engagement in rows:
        dates = engagement.start_date.strftime("%d.%m.%Y")
        if engagement.end_date != engagement.start_date:
            dates += "–" + engagement.end_date.strftime("%d.%m.%Y")
        place = engagement.venue or (
            str(engagement.municipality) if engagement.municipality else ""
        )
        events.append(
            TimelineEvent(
                when=_at_start_of(engagement.start_date),
                kind="engagement",
                title=f"{engagement.get_kind_display()}: {engagement.title}",
                url=_url(engagement),
                detail=", ".join(p for p in (dates, place) if p),
            )
        )
    return events


def _transition_events(qs: QuerySet | list) -> list[TimelineEvent]:
    rows = _newest(qs, "changed_at", "project", "from_stage", "to_stage", "changed_by")
    events = []
    for transition in rows:
        stages = (
            f"{transition.from_stage} → {transition.to_stage}"
            if transition.from_stage_id
            else str(transition.to_stage)
        )
        events.append(
            TimelineEvent(
                when=transition.changed_at,
                kind="stage",
                title=f"{transition.project}: {stages}",
                url=_url(transition.project),
                actor=str(transition.changed_by) if transition.changed_by_id else "",
                detail=transition.reason,
            )
        )
    return events


def _task_events(qs: QuerySet | list) -> list[TimelineEvent]:
    rows = _newest(qs, "created_at", "assignee", "created_by")
    events = []
    for task in rows:
        detail = _("%(status)s, due %(due)s, assignee %(assignee)s") % {
            "status": task.get_status_display(),
            "due": task.due_date.strftime("%d.%m.%Y"),
            "assignee": task.assignee,
        }
        events.append(
            TimelineEvent(
                when=task.created_at,
                kind="task",
                title=task.title,
                url=_url(task),
                actor=str(task.created_by) if task.created_by_id else "",
                detail=detail,
                tags=("overdue",) if task.is_overdue else (),
            )
        )
    return events


def _commitment_events(qs: QuerySet | list) -> list[TimelineEvent]:
    rows = _newest(qs, "created_at", "person", "engagement")
    return [
        TimelineEvent(
            when=c.created_at,
            kind="commitment",
            title=c.text if len(c.text) <= 200 else c.text[:199] + "…",
            url=_url(c),
            actor=str(c.person) if c.person_id else "",
            detail=f"{c.get_status_display()} · {c.engagement.title}",
        )
        for c in rows
    ]


def _document_events(qs: QuerySet | list) -> list[TimelineEvent]:
    # A list is already read, newest first, without the long texts.
    rows = (
        qs[:PER_SOURCE_LIMIT]
        if isinstance(qs, list)
        else Document.objects.filter(pk__in=qs.values("pk"))
        .defer("text", "extraction")
        .order_by("-created_at", "-id")[:PER_SOURCE_LIMIT]
    )
    return [
        TimelineEvent(
            when=_at_start_of(d.published_on) if d.published_on else d.created_at,
            kind="document",
            title=d.title,
            url=_url(d),
            detail=" · ".join(p for p in (d.get_kind_display(), d.source_name) if p),
        )
        for d in rows
    ]


def _attachment_events(obj: Model, *, request: Any = None) -> list[TimelineEvent]:
    """Files attached to the record (archived ones left out), one query."""
    return [
        TimelineEvent(
            when=attachment.uploaded_at,
            kind="attachment",
            title=attachment.original_name,
            url=attachment.get_absolute_url(),
            actor=str(attachment.uploaded_by) if attachment.uploaded_by_id else "",
            detail=attachment.description,
        )
        for attachment in current_attachments(obj, request=request)[:PER_SOURCE_LIMIT]
    ]


def _note_events(obj: Model, *, request: Any = None) -> list[TimelineEvent]:
    # Newest first: the thread's notes (oldest first, by created_at then id) reversed.
    rows = current_notes(obj, request=request)[::-1][:PER_SOURCE_LIMIT]
    return [
        TimelineEvent(
            when=note.created_at,
            kind="note",
            title=note.text if len(note.text) <= 200 else note.text[:199] + "…",
            url=f"#{note.anchor}",
            actor=str(note.author),
        )
        for note in rows
    ]


def _history_events(obj: Model) -> list[TimelineEvent]:
    """Creation and edits from simple-history, with the fields each edit changed."""
    history = getattr(type(obj), "history", None)
    if history is None:
        return []
    # Newest records first, cut, then replayed oldest first to diff neighbours; only
    # field names are shown, never values (some are personal data).
    records = list(
        history.filter(id=obj.pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[: PER_SOURCE_LIMIT + 1]
    )[::-1]
    tracked = [
        f
        for f in history.model._meta.concrete_fields
        if not f.name.startswith("history_") and f.name not in _IGNORED_HISTORY_FIELDS
    ]
    events = []
    previous = None
    for record in records:
        actor = str(record.history_user) if record.history_user_id else ""
        if record.history_type == "+":
            events.append(
                TimelineEvent(
                    when=record.history_date,
                    kind="created",
                    title=_("Record created"),
                    actor=actor,
                )
            )
        elif previous is not None:
            changed = [
                str(f.verbose_name)
                for f in tracked
                if f.attname in record.__dict__
                and getattr(record, f.attname) != getattr(previous, f.attname)
            ]
            if changed:
                events.append(
                    TimelineEvent(
                        when=record.history_date,
                        kind="edit",
                        title=_("Edited: %(fields)s") % {"fields": ", ".join(changed)},
                        actor=actor,
                        detail=record.history_change_reason or "",
                    )
                )
        previous = record
    return events
