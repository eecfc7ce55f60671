"""Synthetic, internally consistent data at scale, written with bulk inserts.

``--scale 1`` is about 1,000 organisations, 3,000 people, 1,000 projects, 10,000
engagements and 5,000 tasks; ``--scale 100`` a hundred times that. Bulk inserts (COPY on
PostgreSQL, see ``bulk.py``) skip the per-row services on purpose (they would take hours); the invariants the services keep are
kept here by construction: every project has its stage history ending at its stage (and
its stage stays, rebuilt from that history at the end),
engagements end on or after they start, tasks belong to existing users and projects.
History rows are not written for synthetic data.
"""

import datetime
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.accounts.services import user_create
from investdesk.core.bulk import BulkWriter
from investdesk.dataexchange.duplicate_keys import duplicate_keys_update
from investdesk.dataexchange.models import NameKind
from investdesk.engagements.choices import EngagementKind, EngagementStatus, ParticipationRole
from investdesk.engagements.models import Engagement, EngagementParticipant
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person
from investdesk.projects.choices import LeadSource, ParticipantRole
from investdesk.projects.models import (
    PipelineStage,
    Project,
    ProjectParticipant,
    StageStay,
    StageTransition,
)
from investdesk.projects.stays import MAX_MASKED_STAGE_ID, stage_stays_refresh
from investdesk.reference.models import Direction, Municipality
from investdesk.tasks.choices import TaskPriority, TaskSource, TaskStatus
from investdesk.tasks.models import Task

PER_SCALE = {
    "organisations": 1_000,
    "people": 3_000,
    "projects": 1_000,
    "engagements": 10_000,
    "tasks": 5_000,
}
CHUNK = 20_000

COUNTRIES = ["RU"] * 6 + ["CN", "CN", "IN", "TR", "AE", "BY", "KZ", "UZ", "DE", "IT", "VN", "IR"]
ORG_WORDS_A = [
    "Север",
    "Югра",
    "Сибирь",
    "Обь",
    "Иртыш",
    "Полюс",
    "Арктик",
    "Самотлор",
    "Тайга",
    "Урал",
]
ORG_WORDS_B = [
    "Инвест",
    "Пром",
    "Нефть",
    "Тех",
    "Строй",
    "Агро",
    "Лес",
    "Энерго",
    "Хим",
    "Логистик",
]
FIRST_NAMES = [
    "Александр",
    "Сергей",
    "Андрей",
    "Дмитрий",
    "Елена",
    "Ольга",
    "Наталья",
    "Ирина",
    "Максим",
    "Анна",
]
LAST_NAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
]
POSITIONS = [
    "генеральный директор",
    "заместитель генерального директора",
    "директор по развитию",
    "руководитель проекта",
    "финансовый директор",
]
ORG_KINDS = (
    [OrganisationKind.INVESTOR] * 6
    + [OrganisationKind.ENTERPRISE] * 2
    + [OrganisationKind.GOVERNMENT, OrganisationKind.BUSINESS_ASSOCIATION]
)
STAGE_PATH = [
    "lead",
    "qualification",
    "negotiations",
    "site_visit",
    "support",
    "agreement",
    "implementation",
    "operating",
]


@dataclass
class GenerationReport:
    counts: dict[str, int]
    seconds: float


def _chunks(total: int, size: int = CHUNK) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(size, total - start)


LOADED = [
    Organisation,
    Person,
    Project,
    StageTransition,
    StageStay,
    ProjectParticipant,
    Engagement,
    EngagementParticipant,
    Task,
]


def generate(
    *, scale: float, seed: int = 1, progress: Callable[[str, int], None] | None = None
) -> GenerationReport:
    """Append synthetic data of the given scale to the database, in one transaction.

    On PostgreSQL the foreign keys of the loaded tables are checked once at the end
    (``BulkWriter.foreign_keys_checked_at_end``) and the tables analysed, then vacuumed
    after the commit (when not called inside a transaction).
    """
    writer = BulkWriter()
    with transaction.atomic():
        with writer.foreign_keys_checked_at_end(LOADED):
            report = _generate(writer, scale=scale, seed=seed, progress=progress)
        writer.analyse(LOADED)
    writer.vacuum(LOADED)
    return report


def _generate(
    writer: BulkWriter,
    *,
    scale: float,
    seed: int,
    progress: Callable[[str, int], None] | None,
) -> GenerationReport:
    started = timezone.now()
    rng = random.Random(seed)
    tick = progress or (lambda _label, _n: None)
    totals = {name: max(1, int(per * scale)) for name, per in PER_SCALE.items()}
    today = timezone.localdate()
    now = timezone.now()

    directions = list(Direction.objects.values_list("pk", flat=True))
    municipalities = list(Municipality.objects.values_list("pk", flat=True))
    stages = {s.code: s.pk for s in PipelineStage.objects.all()}
    run = Organisation.objects.count()  # offset keeps names unique across repeated runs

    curators = list(User.objects.filter(groups__name=Role.CURATOR).values_list("pk", flat=True))
    needed = max(5, int(10 * scale**0.5))
    for index in range(len(curators), needed):
        curators.append(
            user_create(
                username=f"synthetic-curator-{run}-{index}",
                password=None,
                roles=[Role.CURATOR],
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
            ).pk
        )

    org_ids: list[int] = []
    org_through = Organisation.directions.through._meta.db_table
    for start, size in _chunks(totals["organisations"]):
        with transaction.atomic():
            ids = writer.reserve(Organisation, size)
            batch = [
                Organisation(
                    pk=pk,
                    name=f"{rng.choice(ORG_WORDS_A)}{rng.choice(ORG_WORDS_B)} №{run + start + i + 1}",
                    kind=rng.choice(ORG_KINDS),
                    country=rng.choice(COUNTRIES),
                    municipality_id=rng.choice(municipalities),
                )
                for i, pk in enumerate(ids)
            ]
            writer.objects(Organisation, batch)
            org_ids.extend(ids)
            writer.rows(
                org_through,
                ["organisation_id", "direction_id"],
                ((pk, rng.choice(directions)) for pk in ids),
            )
        tick("organisations", size)

    person_ids: list[int] = []
    for _start, size in _chunks(totals["people"]):
        with transaction.atomic():
            ids = writer.reserve(Person, size)
            writer.values(
                Person,
                ["id", "first_name", "last_name", "position", "organisation_id"],
                (
                    (
                        pk,
                        rng.choice(FIRST_NAMES),
                        rng.choice(LAST_NAMES) + ("а" if rng.random() < 0.4 else ""),
                        rng.choice(POSITIONS),
                        rng.choice(org_ids),
                    )
                    for pk in ids
                ),
            )
            person_ids.extend(ids)
        tick("people", size)

    project_ids: list[int] = []
    project_dirs = Project.directions.through._meta.db_table
    codes = list(stages)
    for start, size in _chunks(totals["projects"]):
        with transaction.atomic():
            ids = writer.reserve(Project, size)
            rows, transitions, participants, dir_rows = [], [], [], []
            for i, pk in enumerate(ids):
                final = rng.choice(codes)
                path = (
                    STAGE_PATH[: STAGE_PATH.index(final) + 1]
                    if final in STAGE_PATH
                    else [*STAGE_PATH[:3], final]
                )
                created_at = now - datetime.timedelta(days=rng.randint(30, 730))
                curator = rng.choice(curators)
                project = Project(
                    pk=pk,
                    title=f"Проект {rng.choice(ORG_WORDS_B).lower()}-{run + start + i + 1}",
                    stage_id=stages[final],
                    stage_changed_at=created_at,
                    municipality_id=rng.choice(municipalities),
                    lead_source=rng.choice(LeadSource.values),
                    capex_planned=rng.randint(50, 50_000) * 1_000_000,
                    capex_planned_is_estimate=rng.random() < 0.3,
                    jobs_planned=rng.randint(10, 1500),
                    curator_id=curator,
                    next_step="Согласовать дорожную карту",
                    next_step_due=today + datetime.timedelta(days=rng.randint(-60, 90)),
                )
                step = datetime.timedelta(days=max(1, (now - created_at).days // (len(path) + 1)))
                when, previous = created_at, None
                for code in path:
                    transitions.append(
                        (pk, previous, stages[code], when, curator, "Синтетические данные")
                    )
                    previous = stages[code]
                    when += step
                project.stage_changed_at = when - step
                # What ``stage_stays_refresh`` derives at the end, so it rewrites no project
                # (a rewrite of every row doubles the table until a VACUUM FULL).
                project.stages_reached = sum(
                    1 << stages[code] for code in set(path) if stages[code] <= MAX_MASKED_STAGE_ID
                )
                rows.append(project)
                investor = rng.choice(org_ids)
                # The only participant, so the lead investor (``projects.leads``).
                project.lead_investor_id = investor
                participants.append((pk, investor, ParticipantRole.INVESTOR.value))
                dir_rows.append((pk, rng.choice(directions)))
            writer.objects(Project, rows)
            writer.values(
                StageTransition,
                [
                    "project_id",
                    "from_stage_id",
                    "to_stage_id",
                    "changed_at",
                    "changed_by_id",
                    "reason",
                ],
                transitions,
            )
            writer.values(
                ProjectParticipant, ["project_id", "organisation_id", "role"], participants
            )
            writer.rows(project_dirs, ["project_id", "direction_id"], dir_rows)
            project_ids.extend(ids)
        tick("projects", size)

    eng_orgs = Engagement.organisations.through._meta.db_table
    eng_projects = Engagement.projects.through._meta.db_table
    eng_dirs = Engagement.directions.through._meta.db_table
    kinds = [EngagementKind.NEGOTIATIONS] * 4 + [
        EngagementKind.SITE_VISIT,
        EngagementKind.DELEGATION_VISIT,
        EngagementKind.CALL,
        EngagementKind.FORUM,
    ]
    for start, size in _chunks(totals["engagements"]):
        with transaction.atomic():
            ids = writer.reserve(Engagement, size)
            rows = []
            for i, pk in enumerate(ids):
                kind = rng.choice(kinds)
                begin = today - datetime.timedelta(days=rng.randint(0, 730))
                length = (
                    rng.randint(1, 3)
                    if kind in (EngagementKind.DELEGATION_VISIT, EngagementKind.FORUM)
                    else 1
                )
                rows.append(
                    (
                        pk,
                        kind.value,
                        EngagementStatus.HELD.value,
                        f"{kind.label} №{run * 10 + start + i + 1}",
                        begin,
                        begin + datetime.timedelta(days=length - 1),
                        rng.choice(municipalities),
                        rng.choice(curators),
                    )
                )
            writer.values(
                Engagement,
                [
                    "id",
                    "kind",
                    "status",
                    "title",
                    "start_date",
                    "end_date",
                    "municipality_id",
                    "created_by_id",
                ],
                rows,
            )
            links_o, links_p, links_d, people = [], [], [], []
            for pk in ids:
                links_o.append((pk, rng.choice(org_ids)))
                links_p.append((pk, rng.choice(project_ids)))
                links_d.append((pk, rng.choice(directions)))
                people.append((pk, rng.choice(person_ids), ParticipationRole.GUEST.value))
            writer.rows(eng_orgs, ["engagement_id", "organisation_id"], links_o)
            writer.rows(eng_projects, ["engagement_id", "project_id"], links_p)
            writer.rows(eng_dirs, ["engagement_id", "direction_id"], links_d)
            writer.values(EngagementParticipant, ["engagement_id", "person_id", "role"], people)
        tick("engagements", size)

    statuses = [TaskStatus.OPEN] * 3 + [TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DONE]
    task_sources = [
        TaskSource.MEETING.value,
        TaskSource.INSTRUCTION.value,
        TaskSource.COMMITMENT.value,
    ]
    for start, size in _chunks(totals["tasks"]):
        with transaction.atomic():
            rows = []
            for i in range(size):
                status = rng.choice(statuses)
                rows.append(
                    (
                        f"Поручение №{run * 5 + start + i + 1}",
                        rng.choice(curators),
                        today + datetime.timedelta(days=rng.randint(-90, 90)),
                        status.value,
                        now if status == TaskStatus.DONE else None,
                        rng.choice(TaskPriority.values),
                        rng.choice(task_sources),
                        rng.choice(project_ids),
                        rng.choice(directions),
                    )
                )
            writer.values(
                Task,
                [
                    "title",
                    "assignee_id",
                    "due_date",
                    "status",
                    "completed_at",
                    "priority",
                    "source",
                    "project_id",
                    "direction_id",
                ],
                rows,
            )
        tick("tasks", size)

    # The stays derive from the transitions written above (and any there were before).
    stage_stays_refresh()
    # Written without history rows, which is how duplicate keys learn of changes.
    duplicate_keys_update(NameKind.ORGANISATION, org_ids)
    duplicate_keys_update(NameKind.PERSON, person_ids)
    return GenerationReport(counts=totals, seconds=(timezone.now() - started).total_seconds())
