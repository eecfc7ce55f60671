"""A small, fully known data set: three projects, three engagements, commitments, tasks."""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

UTC = datetime.UTC
NOW = datetime.datetime(2025, 10, 1, 12, 0, tzinfo=UTC)


def at(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 12, 0, tzinfo=UTC)


@dataclass
class Dataset:
    c1: Any
    c2: Any
    quartz: Any
    oil: Any
    ze: Any
    polar: Any
    german: Any
    p1: Any
    p2: Any
    p3: Any
    e1: Any
    e2: Any
    person: Any
    site: Any
    tasks: list


@pytest.fixture
def dataset(db, roles, make_user) -> Dataset:
    from investdesk.engagements.choices import CommitmentStatus, EngagementKind, EngagementStatus
    from investdesk.engagements.services import (
        CommitmentSpec,
        ParticipantSpec,
        QuoteSpec,
        commitment_add,
        commitment_set_status,
        engagement_record,
        quote_add,
    )
    from investdesk.organisations.services import organisation_create
    from investdesk.organisations.tests.factories import make_chinese_investor
    from investdesk.people.services import person_create
    from investdesk.projects.services import project_advance_stage, project_create
    from investdesk.reference.models import CurrencyRate, Direction, Municipality
    from investdesk.sitecatalog.services import site_create
    from investdesk.tasks.choices import TaskStatus
    from investdesk.tasks.services import task_create, task_set_status

    c1 = make_user("curator", username="curator1", first_name="Ольга", last_name="Иванова")
    c2 = make_user("curator", username="curator2", first_name="Алексей", last_name="Петров")
    quartz = Direction.objects.get(code="quartz")
    oil = Direction.objects.get(code="oil_refining")
    nyagan = Municipality.objects.get(name="Нягань")
    khm = Municipality.objects.get(name="Ханты-Мансийск")
    CurrencyRate.objects.create(
        currency="CNY", rate_to_rub=Decimal("11.5"), valid_from="2025-01-01"
    )
    CurrencyRate.objects.create(currency="CNY", rate_to_rub=Decimal("12"), valid_from="2026-01-01")
    CurrencyRate.objects.create(currency="USD", rate_to_rub=Decimal("90"), valid_from="2025-06-01")

    ze = make_chinese_investor()
    polar = organisation_create(name="Полярный кварц", kind="enterprise", country="RU")
    german = organisation_create(name="Maschinenbau GmbH", kind="investor", country="DE")
    person = person_create(
        last_name="Огородникова",
        first_name="Наталья",
        position="Заместитель губернатора",
        organisation=polar,
    )
    site = site_create(
        name="ОЭЗ «Нягань»",
        kind="sez",
        municipality=nyagan,
        latitude=Decimal("62.1465"),
        longitude=Decimal("65.3814"),
    )

    p1 = project_create(
        title="Глубокая переработка кварца",
        investors=[ze],
        directions=[quartz],
        capex_planned=Decimal("1000000"),
        currency="CNY",
        curator=c1,
        municipality=nyagan,
        site=site,
        created_at=at(2025, 7, 1),
    )
    project_advance_stage(
        project=p1, to_stage="qualification", user=c1, reason="ok", at=at(2025, 7, 11)
    )
    project_advance_stage(
        project=p1, to_stage="negotiations", user=c1, reason="ok", at=at(2025, 8, 10)
    )
    p2 = project_create(
        title="Нефтепереработка",
        investors=[polar],
        directions=[oil, quartz],
        capex_planned=Decimal("500000000"),
        currency="RUB",
        curator=c2,
        municipality=khm,
        created_at=at(2025, 3, 1),
    )
    project_advance_stage(
        project=p2, to_stage="negotiations", user=c2, reason="ok", at=at(2025, 3, 21)
    )
    project_advance_stage(project=p2, to_stage="declined", user=c2, reason="no", at=at(2025, 4, 1))
    p3 = project_create(
        title="Станкостроение",
        investors=[german],
        capex_planned=Decimal("100"),
        currency="EUR",
        curator=c1,
        created_at=at(2025, 9, 1),
    )

    e1 = engagement_record(
        kind=EngagementKind.DELEGATION_VISIT,
        title="Визит ZE Optoelectronic в Югру",
        start_date=datetime.date(2025, 8, 20),
        end_date=datetime.date(2025, 8, 21),
        organisations=[ze],
        projects=[p1],
        sites=[site],
        directions=[quartz],
        participants=[
            ParticipantSpec(person=person, role="host"),
            ParticipantSpec(organisation=ze, role_label="основатель", role="guest"),
        ],
    )
    engagement_record(
        kind=EngagementKind.NEGOTIATIONS,
        title="Переговоры в Фонде развития",
        start_date=datetime.date(2025, 8, 20),
        parent=e1,
    )
    e2 = engagement_record(
        kind=EngagementKind.NEGOTIATIONS,
        title="Встреча с Полярным кварцем",
        start_date=datetime.date(2025, 9, 5),
        organisations=[polar],
        projects=[p2],
    )
    engagement_record(
        kind=EngagementKind.NEGOTIATIONS,
        title="Черновик из пресс-релиза",
        start_date=datetime.date(2025, 9, 10),
        status=EngagementStatus.DRAFT,
    )
    commitment_add(
        engagement=e1,
        spec=CommitmentSpec(
            text="Проработать кварц", person=person, due_date=datetime.date(2025, 9, 1)
        ),
    )
    kept = commitment_add(engagement=e1, spec=CommitmentSpec(text="Отправить презентацию"))
    commitment_set_status(commitment=kept, status=CommitmentStatus.KEPT)
    commitment_add(
        engagement=e1,
        spec=CommitmentSpec(
            text="Проработать нефтепереработку", due_date=datetime.date(2025, 12, 1)
        ),
    )
    broken = commitment_add(engagement=e2, spec=CommitmentSpec(text="Подписать соглашение"))
    commitment_set_status(commitment=broken, status=CommitmentStatus.BROKEN)
    quote_add(
        engagement=e1,
        spec=QuoteSpec(text="Каждое направление будет детально проработано", person=person),
    )

    tasks = [
        task_create(
            title="Т1",
            assignee=c1,
            due_date=datetime.date(2025, 9, 15),
            direction=quartz,
            project=p1,
        ),
        task_create(title="Т2", assignee=c1, due_date=datetime.date(2025, 9, 20)),
        task_create(title="Т3", assignee=c2, due_date=datetime.date(2025, 9, 1)),
        task_create(title="Т4", assignee=c2, due_date=datetime.date(2025, 9, 25), project=p2),
        task_create(title="Т5", assignee=c2, due_date=datetime.date(2025, 11, 1)),
    ]
    task_set_status(task=tasks[1], status=TaskStatus.IN_PROGRESS)
    task_set_status(task=tasks[2], status=TaskStatus.DONE)
    return Dataset(c1, c2, quartz, oil, ze, polar, german, p1, p2, p3, e1, e2, person, site, tasks)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rolled-back tests reuse history ids, so a cached dashboard must not leak across tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
