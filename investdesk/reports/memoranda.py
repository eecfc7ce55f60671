"""Memoranda followed through: every agreement signed, what became of its obligations, its
tasks and its project — the question leadership asks after every forum.

One row per agreement: where it was signed (the forum or event), the investor's country
(the first party from abroad, else Russia), the curator of its project, its obligations kept,
open and overdue, the tasks they yielded, and the stage its project was in when signing
against the stage it has reached since. Groups by year, by event, by country and by curator
carry the share of agreements that led to a project in implementation or operation.

The same filters as the dashboard: period (signing date), direction (the project's or the
event's), country (a party from that country) and curator (the project's). A fixed number
of queries whatever the number of agreements (see the test).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from investdesk.agreements.choices import AgreementKind, ObligationStatus
from investdesk.agreements.models import Agreement, Obligation
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.projects.models import Project, StageTransition
from investdesk.tasks.choices import OPEN_STATUSES, TaskStatus
from investdesk.tasks.models import Task

# A project at one of these stages is being built or works: the agreement "led" somewhere.
LED_STAGES = ("implementation", "operating", "completed")
HOME_COUNTRY = "RU"


@dataclass
class MemorandumRow:
    agreement: Agreement
    country: str
    country_name: str
    event: Engagement | None
    curator: Any
    obligations_kept: int
    obligations_open: int
    obligations_overdue: int
    tasks_total: int
    tasks_done: int
    tasks_overdue: int
    stage_at_signing: Any
    stage_now: Any
    led: bool

    @property
    def progressed(self) -> bool:
        if self.stage_now is None or self.stage_at_signing is None:
            return False
        return self.stage_now.order > self.stage_at_signing.order


@dataclass
class MemorandaGroup:
    key: str
    label: str
    count: int = 0
    led: int = 0
    obligations_kept: int = 0
    obligations_open: int = 0
    obligations_overdue: int = 0

    @property
    def share(self) -> float | None:
        return round(100 * self.led / self.count, 1) if self.count else None


@dataclass
class MemorandaReport:
    rows: list[MemorandumRow]
    by_year: list[MemorandaGroup] = field(default_factory=list)
    by_event: list[MemorandaGroup] = field(default_factory=list)
    by_country: list[MemorandaGroup] = field(default_factory=list)
    by_curator: list[MemorandaGroup] = field(default_factory=list)
    total: MemorandaGroup | None = None
    memoranda: MemorandaGroup | None = None
    today: datetime.date | None = None


def _count(queryset, by: str) -> Coalesce:
    """A correlated COUNT subquery per agreement (no join fan-out between obligations and
    tasks); ``by`` is the path from the counted rows to the agreement."""
    rows = queryset.order_by().values(by).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows[:1], output_field=IntegerField()), 0)


def _filtered(filters, *, user, kind: str = "") -> Any:
    agreements = Agreement.objects.all()
    if kind:
        agreements = agreements.filter(kind=kind)
    if filters.date_from:
        agreements = agreements.filter(signed_on__gte=filters.date_from)
    if filters.date_to:
        agreements = agreements.filter(signed_on__lte=filters.date_to)
    if filters.direction:
        agreements = agreements.filter(
            Exists(
                Project.directions.through.objects.filter(
                    project=OuterRef("project"), direction=filters.direction
                )
            )
            | Exists(
                Engagement.directions.through.objects.filter(
                    engagement=OuterRef("engagement"), direction=filters.direction
                )
            )
        )
    if filters.country:
        agreements = agreements.filter(
            Exists(
                Agreement.parties.through.objects.filter(
                    agreement=OuterRef("pk"), organisation__country=filters.country
                )
            )
        )
    if filters.curator:
        agreements = agreements.filter(project__curator=filters.curator)
    if user is not None:
        agreements = agreements.visible_to(user)  # the one rule (accounts.access)
    return agreements


def memoranda_rows(filters, *, user=None, kind: str = "", today=None) -> list[MemorandumRow]:
    """Every agreement in the filters with its follow-through, newest first (4 queries)."""
    today = today or timezone.localdate()
    obligations = Obligation.objects.filter(agreement=OuterRef("pk"))
    tasks = Task.objects.filter(obligation__agreement=OuterRef("pk"))
    overdue = Q(status=ObligationStatus.OVERDUE) | Q(
        status=ObligationStatus.OPEN, deadline__lt=today
    )
    agreements = (
        _filtered(filters, user=user, kind=kind)
        .select_related("engagement", "project", "project__stage", "project__curator", "document")
        .annotate(
            n_kept=_count(obligations.filter(status=ObligationStatus.FULFILLED), "agreement"),
            n_overdue=_count(obligations.filter(overdue), "agreement"),
            n_open=_count(
                obligations.filter(status=ObligationStatus.OPEN).exclude(deadline__lt=today),
                "agreement",
            ),
            n_tasks=_count(tasks, "obligation__agreement"),
            n_tasks_done=_count(tasks.filter(status=TaskStatus.DONE), "obligation__agreement"),
            n_tasks_overdue=_count(
                tasks.filter(status__in=OPEN_STATUSES, due_date__lt=today),
                "obligation__agreement",
            ),
        )
        .prefetch_related(
            Prefetch("parties", queryset=Organisation.objects.order_by("id").only("country")),
            Prefetch(
                "project__transitions",
                queryset=StageTransition.objects.select_related("to_stage").order_by(
                    "changed_at", "id"
                ),
                to_attr="ordered_transitions",
            ),
        )
        .order_by("-signed_on", "-id")
    )
    rows = []
    for agreement in agreements:
        foreign = [p.country for p in agreement.parties.all() if p.country != HOME_COUNTRY]
        country = str(foreign[0]) if foreign else HOME_COUNTRY
        project = agreement.project
        stage_at_signing = None
        if project is not None:
            for transition in project.ordered_transitions:
                if timezone.localdate(transition.changed_at) <= agreement.signed_on:
                    stage_at_signing = transition.to_stage
        stage_now = project.stage if project is not None else None
        rows.append(
            MemorandumRow(
                agreement=agreement,
                country=country,
                country_name=str(countries.name(country)) or country,
                event=agreement.engagement,
                curator=project.curator if project is not None else None,
                obligations_kept=agreement.n_kept,
                obligations_open=agreement.n_open,
                obligations_overdue=agreement.n_overdue,
                tasks_total=agreement.n_tasks,
                tasks_done=agreement.n_tasks_done,
                tasks_overdue=agreement.n_tasks_overdue,
                stage_at_signing=stage_at_signing,
                stage_now=stage_now,
                led=stage_now is not None and stage_now.code in LED_STAGES,
            )
        )
    return rows


def _group(rows: list[MemorandumRow], key_of, label_of, *, order=None) -> list[MemorandaGroup]:
    groups: dict[str, MemorandaGroup] = {}
    for row in rows:
        key = key_of(row)
        group = groups.get(key)
        if group is None:
            group = groups[key] = MemorandaGroup(key=key, label=label_of(row))
        _add(group, row)
    result = list(groups.values())
    result.sort(key=order or (lambda g: (-g.count, g.label)))
    return result


def _add(group: MemorandaGroup, row: MemorandumRow) -> None:
    group.count += 1
    group.led += row.led
    group.obligations_kept += row.obligations_kept
    group.obligations_open += row.obligations_open
    group.obligations_overdue += row.obligations_overdue


def memoranda_report(filters, *, user=None, kind: str = "", today=None) -> MemorandaReport:
    rows = memoranda_rows(filters, user=user, kind=kind, today=today)
    no_event, no_curator = _("Not signed at an event"), _("No curator")
    total = MemorandaGroup(key="all", label=_("All agreements"))
    memoranda = MemorandaGroup(key=AgreementKind.MEMORANDUM, label=_("Memoranda"))
    for row in rows:
        _add(total, row)
        if row.agreement.kind == AgreementKind.MEMORANDUM:
            _add(memoranda, row)
    return MemorandaReport(
        rows=rows,
        by_year=_group(
            rows,
            lambda r: str(r.agreement.signed_on.year),
            lambda r: str(r.agreement.signed_on.year),
            order=lambda g: g.key,
        ),
        by_event=_group(
            rows,
            lambda r: str(r.event.pk) if r.event else "",
            lambda r: f"{r.event.title} ({r.event.start_date:%d.%m.%Y})" if r.event else no_event,
        ),
        by_country=_group(rows, lambda r: r.country, lambda r: r.country_name),
        by_curator=_group(
            rows,
            lambda r: str(r.curator.pk) if r.curator else "",
            lambda r: str(r.curator) if r.curator else no_curator,
        ),
        total=total,
        memoranda=memoranda,
        today=today or timezone.localdate(),
    )


def memoranda_sheets(report: MemorandaReport) -> list[tuple[str, list[str], list[list]]]:
    """The report as Excel sheets: (title, headers, rows)."""
    detail = (
        _("Agreements"),
        [
            _("Signed on"),
            _("Kind"),
            _("Agreement"),
            _("Event"),
            _("Country"),
            _("Curator"),
            _("Obligations kept"),
            _("Obligations open"),
            _("Obligations overdue"),
            _("Tasks"),
            _("Tasks done"),
            _("Tasks overdue"),
            _("Project"),
            _("Stage at signing"),
            _("Stage now"),
            _("Led to implementation or operation"),
        ],
        [
            [
                r.agreement.signed_on,
                r.agreement.get_kind_display(),
                r.agreement.title,
                r.event.title if r.event else "",
                r.country_name,
                str(r.curator) if r.curator else "",
                r.obligations_kept,
                r.obligations_open,
                r.obligations_overdue,
                r.tasks_total,
                r.tasks_done,
                r.tasks_overdue,
                r.agreement.project.display_title if r.agreement.project else "",
                r.stage_at_signing.name if r.stage_at_signing else "",
                r.stage_now.name if r.stage_now else "",
                _("yes") if r.led else _("no"),
            ]
            for r in report.rows
        ],
    )
    headers = [
        _("Agreements"),
        _("Led to a project in implementation or operation"),
        _("Share, %"),
        _("Obligations kept"),
        _("Obligations open"),
        _("Obligations overdue"),
    ]

    def sheet(title: str, label: str, groups: list[MemorandaGroup]):
        return (
            title,
            [label, *headers],
            [
                [
                    g.label,
                    g.count,
                    g.led,
                    g.share,
                    g.obligations_kept,
                    g.obligations_open,
                    g.obligations_overdue,
                ]
                for g in groups
            ],
        )

    return [
        detail,
        sheet(_("By year"), _("Year"), report.by_year),
        sheet(_("By event"), _("Event"), report.by_event),
        sheet(_("By country"), _("Country"), report.by_country),
        sheet(_("By curator"), _("Curator"), report.by_curator),
    ]
