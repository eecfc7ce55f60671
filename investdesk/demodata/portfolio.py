"""A plausible portfolio around the founding story: investors from several countries,
sites across Yugra, projects in every stage, two years of engagements, tasks (some overdue),
agreements with obligations and single-window support cases."""

import datetime
import json
import random
from pathlib import Path

from django.utils import timezone

from investdesk.accounts.models import User
from investdesk.agreements.choices import AgreementKind
from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.engagements.choices import CommitmentStatus, EngagementKind, ParticipationRole
from investdesk.engagements.services import CommitmentSpec, ParticipantSpec, engagement_record
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.services import person_create
from investdesk.projects.models import PipelineStage
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.choices import SiteKind
from investdesk.sitecatalog.services import site_create
from investdesk.support.services import support_case_open, support_step_complete
from investdesk.tasks.choices import TaskPriority, TaskSource, TaskStatus
from investdesk.tasks.services import task_create, task_set_status

# The portfolio's records are data: investdesk/demodata/data/portfolio.json.
_DATA = json.loads((Path(__file__).parent / "data" / "portfolio.json").read_text(encoding="utf-8"))
# name, original name, kind, country, directions, aliases
ORGANISATIONS = _DATA["organisations"]["rows"]
# name, kind, municipality, latitude, longitude, area, free area, power (MW), directions
SITES = _DATA["sites"]["rows"]
# first, last, position, organisation name
PEOPLE = _DATA["people"]["rows"]
# title, investor, stage, directions, municipality, site, capex (RUB), jobs, source
PROJECTS = _DATA["projects"]["rows"]
STAGE_PATH = _DATA["stage_path"]
REASONS = _DATA["reasons"]


def _path_to(stage_code: str) -> list[str]:
    if stage_code in STAGE_PATH:
        return STAGE_PATH[1 : STAGE_PATH.index(stage_code) + 1]
    if stage_code == "completed":
        return [*STAGE_PATH[1:], "completed"]
    return [*STAGE_PATH[1:3], stage_code]


def load_portfolio(
    *, users: dict[str, User], founding: dict, today: datetime.date | None = None
) -> None:
    rng = random.Random(2025)
    today = today or timezone.localdate()
    now = timezone.now()
    curators = [users["ivanova"], users["petrov"], users["sidorova"]]
    directions = {d.code: d for d in Direction.objects.all()}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    stages = {s.code: s for s in PipelineStage.objects.all()}

    orgs = {}
    for name, original, kind, country, codes, aliases in ORGANISATIONS:
        orgs[name] = organisation_create(
            name=name,
            name_original=original,
            kind=kind,
            country=country,
            aliases=aliases,
            directions=[directions[c] for c in codes],
        )
    orgs.update(
        {
            o.name: o
            for o in Organisation.objects.filter(name__in=["Фонд развития Югры", "Полярный кварц"])
        }
    )

    sites = {s.name: s for s in founding["sites"].values()}
    operator = orgs["Управляющая компания индустриального парка «Югра»"]
    for name, kind, where, lat, lon, area, free, power, codes in SITES:
        sites[name] = site_create(
            name=name,
            kind=kind,
            municipality=municipalities[where],
            latitude=lat,
            longitude=lon,
            area_ha=area,
            free_area_ha=free,
            power_mw=power,
            has_gas=True,
            has_water=rng.random() > 0.2,
            has_heat=rng.random() > 0.3,
            has_rail=rng.random() > 0.6,
            operator=operator if kind == SiteKind.INDUSTRIAL_PARK else None,
            directions=[directions[c] for c in codes],
        )

    people = {}
    for index, (first, last, position, org_name) in enumerate(PEOPLE):
        people[last] = person_create(
            first_name=first,
            last_name=last,
            position=position,
            organisation=orgs[org_name],
            email=f"contact{index + 1}@example.com" if rng.random() > 0.3 else "",
            phone=f"+7 (3467) {rng.randint(30, 39)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        )
    host = founding["people"]["ogorodnikova"]

    projects = []
    for index, (title, investor, stage, codes, where, site, capex_mln, jobs, source) in enumerate(
        PROJECTS
    ):
        curator = curators[index % len(curators)]
        started = now - datetime.timedelta(days=700 - index * 25)
        project = project_create(
            title=title,
            stage="lead",
            created_by=curator,
            created_at=started,
            investors=[orgs[investor]],
            directions=[directions[c] for c in codes],
            municipality=municipalities[where],
            site=sites.get(site) if site else None,
            lead_source=source,
            curator=curator,
            capex_planned=f"{capex_mln * 1_000_000}.00",
            capex_planned_is_estimate=index % 3 == 0,
            jobs_planned=jobs,
            capex_actual=f"{capex_mln * 600_000}.00"
            if stage in ("implementation", "operating", "completed")
            else None,
            jobs_actual=jobs // 2 if stage in ("operating", "completed") else None,
            next_step="Согласовать дорожную карту"
            if stage not in ("declined", "completed")
            else "",
            next_step_due=today + datetime.timedelta(days=rng.randint(-20, 40))
            if stage not in ("declined", "completed")
            else None,
        )
        path = _path_to(stage)
        step = datetime.timedelta(days=max(1, (700 - index * 25 - 10) // (len(path) + 1)))
        when = started
        for code in path:
            when += step
            project_advance_stage(
                project=project, to_stage=stages[code], user=curator, reason=REASONS[code], at=when
            )
        projects.append(project)
    if projects:
        projects[5].shared_with.add(users["partner"])

    # Engagements over the last two years, one or two per project, plus forums.
    engagement_kinds = [
        EngagementKind.NEGOTIATIONS,
        EngagementKind.SITE_VISIT,
        EngagementKind.DELEGATION_VISIT,
        EngagementKind.CALL,
    ]
    person_by_org = {p.organisation_id: p for p in people.values()}
    for index, project in enumerate(projects):
        investor = project.organisations.first()
        for round_ in range(1 + index % 2):
            kind = engagement_kinds[(index + round_) % len(engagement_kinds)]
            start = today - datetime.timedelta(days=rng.randint(10, 700))
            days = 2 if kind == EngagementKind.DELEGATION_VISIT else 1
            participants = [ParticipantSpec(person=host, role=ParticipationRole.HOST)]
            guest = person_by_org.get(investor.pk)
            if guest:
                participants.append(ParticipantSpec(person=guest, role=ParticipationRole.GUEST))
            else:
                participants.append(
                    ParticipantSpec(
                        organisation=investor,
                        role_label="руководство",
                        role=ParticipationRole.GUEST,
                    )
                )
            commitments = []
            if round_ == 0 and index % 3 == 0:
                commitments.append(
                    CommitmentSpec(
                        text="Подготовить предложения по мерам поддержки проекта",
                        person=host,
                        directions=list(project.directions.all()),
                        due_date=start + datetime.timedelta(days=30),
                    )
                )
            engagement = engagement_record(
                kind=kind,
                title=f"{kind.label}: {investor.name}",
                start_date=start,
                end_date=start + datetime.timedelta(days=days - 1),
                municipality=project.municipality,
                venue=project.site.name
                if project.site and kind == EngagementKind.SITE_VISIT
                else "Фонд развития Югры",
                participants=participants,
                sites=[project.site]
                if project.site
                and kind in (EngagementKind.SITE_VISIT, EngagementKind.DELEGATION_VISIT)
                else [],
                projects=[project],
                directions=list(project.directions.all()),
                created_by=project.curator,
                commitments=commitments,
                summary=f"Обсуждение проекта «{project.title}».",
            )
            for commitment in engagement.commitments.all():
                if commitment.due_date < today - datetime.timedelta(days=60):
                    commitment.status = CommitmentStatus.KEPT
                    commitment.save(update_fields=["status"])

    for month_back, title in (
        (3, "Российский инвестиционный форум"),
        (9, "Международный IT-форум с участием стран БРИКС"),
        (15, "Югорский промышленный форум"),
    ):
        start = today - datetime.timedelta(days=30 * month_back)
        engagement_record(
            kind=EngagementKind.FORUM,
            title=title,
            start_date=start,
            end_date=start + datetime.timedelta(days=2),
            municipality=municipalities["Ханты-Мансийск"] if "Югорский" in title else None,
            venue="Конгресс-центр",
            participants=[ParticipantSpec(person=host, role=ParticipationRole.SPEAKER)],
            organisations=[
                orgs["Российский экспортный центр"],
                orgs["Торгово-промышленная палата Югры"],
            ],
            directions=[directions["export_promotion"]],
            created_by=users["ivanova"],
        )

    # Tasks: a mix of open, done and overdue.
    task_titles = [
        "Направить инвестору презентацию площадки",
        "Согласовать дату визита",
        "Подготовить справку для заместителя губернатора",
        "Запросить финансовую модель проекта",
        "Организовать встречу с главой муниципалитета",
        "Подготовить проект соглашения",
        "Проверить соответствие требованиям ОЭЗ",
        "Направить письмо в Российский экспортный центр",
    ]
    for index, project in enumerate(projects):
        for n in range(2):
            due = today + datetime.timedelta(days=rng.randint(-30, 45))
            task = task_create(
                title=task_titles[(index + n) % len(task_titles)],
                assignee=project.curator,
                due_date=due,
                created_by=users["leader"],
                priority=rng.choice(list(TaskPriority.values)),
                source=rng.choice([TaskSource.MEETING, TaskSource.INSTRUCTION]),
                project=project,
                organisation=project.organisations.first(),
                direction=project.directions.first(),
            )
            if due < today - datetime.timedelta(days=10) and n == 0:
                task_set_status(task=task, status=TaskStatus.DONE)

    # Agreements with obligations.
    signed = [
        p
        for p in projects
        if p.stage.code in ("agreement", "implementation", "operating", "completed")
    ]
    for index, project in enumerate(signed):
        investor = project.organisations.first()
        signed_on = today - datetime.timedelta(days=60 + index * 45)
        agreement_create(
            kind=[AgreementKind.MEMORANDUM, AgreementKind.COOPERATION, AgreementKind.SUPPORT][
                index % 3
            ],
            title=f"Соглашение о сотрудничестве по проекту «{project.title}»",
            signed_on=signed_on,
            parties=[investor, founding["organisations"]["government"]],
            project=project,
            obligations=[
                ObligationSpec(
                    text="Предоставить земельный участок в аренду без торгов",
                    party=founding["organisations"]["government"],
                    deadline=signed_on + datetime.timedelta(days=90),
                ),
                ObligationSpec(
                    text="Разработать проектную документацию",
                    party=investor,
                    deadline=signed_on + datetime.timedelta(days=180),
                ),
            ],
        )

    # Single-window support cases, some late on their own terms.
    for index, project in enumerate(
        p for p in projects if p.stage.code in ("support", "agreement", "implementation")
    ):
        applied = today - datetime.timedelta(days=20 + index * 17)
        case = support_case_open(
            organisation=project.organisations.first(),
            project=project,
            subject="Предоставление мер государственной поддержки",
            applied_on=applied,
            curator=project.curator,
        )
        steps = list(case.steps.all())
        support_step_complete(
            step=steps[0], done_on=applied + datetime.timedelta(days=2 + index * 2)
        )
        if index % 2 == 0 and len(steps) > 1:
            support_step_complete(
                step=steps[1], done_on=steps[1].target_date + datetime.timedelta(days=index)
            )
