"""Memoranda followed through: figures checked against counts made independently here."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.agreements.choices import AgreementKind, ObligationStatus
from investdesk.agreements.models import Obligation
from investdesk.agreements.services import ObligationSpec, agreement_create, obligation_set_status
from investdesk.engagements.services import engagement_record
from investdesk.organisations.services import organisation_create
from investdesk.projects.services import project_advance_stage, project_create
from investdesk.reference.models import Direction
from investdesk.reports.memoranda import memoranda_report, memoranda_rows, memoranda_sheets
from investdesk.reports.selectors import DashboardFilters
from investdesk.tasks.choices import TaskStatus
from investdesk.tasks.services import task_create, task_set_status

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
TODAY = datetime.date(2026, 6, 1)
_n = itertools.count(1)


def at(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@pytest.fixture
def world(roles, make_user):
    curator = make_user("curator", username="kurator")
    other = make_user("curator", username="drugoy")
    quartz = Direction.objects.get(code="quartz")
    timber = Direction.objects.get(code="timber")
    government = organisation_create(name="Правительство", kind="government", country="RU")
    chinese = organisation_create(name="Китайский инвестор", kind="investor", country="CN")
    russian = organisation_create(name="Российский инвестор", kind="investor", country="RU")
    forum = engagement_record(
        kind="forum",
        title="Промышленный форум",
        start_date=datetime.date(2025, 3, 10),
        directions=[quartz],
    )
    built = project_create(
        title="Кварцевый завод",
        investors=[chinese],
        directions=[quartz],
        curator=curator,
        created_at=at(datetime.date(2025, 1, 5)),
    )
    project_advance_stage(
        project=built,
        to_stage="negotiations",
        user=curator,
        reason="Дальше",
        at=at(datetime.date(2025, 2, 1)),
    )
    project_advance_stage(
        project=built,
        to_stage="implementation",
        user=curator,
        reason="Дальше",
        at=at(datetime.date(2025, 9, 1)),
    )
    talking = project_create(
        title="Лесопилка",
        investors=[russian],
        directions=[timber],
        curator=other,
        created_at=at(datetime.date(2025, 4, 1)),
    )
    a = agreement_create(
        kind=AgreementKind.MEMORANDUM,
        title="Меморандум о кварце",
        signed_on=datetime.date(2025, 3, 11),
        parties=[government, chinese],
        engagement=forum,
        project=built,
        obligations=[
            ObligationSpec(text="Земля", party=government, deadline=datetime.date(2025, 6, 1)),
            ObligationSpec(text="Проект", party=chinese, deadline=datetime.date(2026, 1, 1)),
            ObligationSpec(text="Завод", party=chinese, deadline=datetime.date(2027, 1, 1)),
        ],
    )
    first, second, third = a.obligations.order_by("deadline")
    obligation_set_status(obligation=first, status=ObligationStatus.FULFILLED)
    # second stays open past its deadline → overdue; third is open and not yet due.
    done = task_create(
        title="Оформить землю",
        assignee=curator,
        due_date=datetime.date(2025, 5, 1),
        obligation=first,
    )
    task_set_status(task=done, status=TaskStatus.DONE)
    task_create(
        title="Запросить проект",
        assignee=curator,
        due_date=datetime.date(2026, 2, 1),
        obligation=second,
    )
    b = agreement_create(
        kind=AgreementKind.COOPERATION,
        title="Соглашение о лесопилке",
        signed_on=datetime.date(2026, 2, 1),
        parties=[government, russian],
        project=talking,
        obligations=[ObligationSpec(text="Сделать", party=russian, deadline=None)],
    )
    c = agreement_create(
        kind=AgreementKind.MEMORANDUM,
        title="Меморандум без проекта",
        signed_on=datetime.date(2026, 3, 1),
        parties=[government, chinese],
        engagement=forum,
    )
    return {
        "a": a,
        "b": b,
        "c": c,
        "forum": forum,
        "curator": curator,
        "other": other,
        "quartz": quartz,
        "built": built,
    }


def test_rows(world):
    rows = {r.agreement.pk: r for r in memoranda_rows(DashboardFilters(), today=TODAY)}
    a = rows[world["a"].pk]
    obligations = Obligation.objects.filter(agreement=world["a"])
    assert a.obligations_kept == obligations.filter(status=ObligationStatus.FULFILLED).count() == 1
    assert (
        a.obligations_overdue
        == obligations.filter(status=ObligationStatus.OPEN, deadline__lt=TODAY).count()
        == 1
    )
    assert a.obligations_open == 1
    assert (a.tasks_total, a.tasks_done, a.tasks_overdue) == (2, 1, 1)
    assert a.country == "CN" and a.event == world["forum"] and a.curator == world["curator"]
    assert a.stage_at_signing.code == "negotiations"
    assert a.stage_now.code == "implementation"
    assert a.led and a.progressed
    b = rows[world["b"].pk]
    assert b.country == "RU" and b.event is None
    assert (b.obligations_kept, b.obligations_open, b.obligations_overdue) == (0, 1, 0)
    assert b.stage_at_signing.code == "lead" and not b.led and not b.progressed
    c = rows[world["c"].pk]
    assert c.agreement.project is None and c.stage_now is None and not c.led
    assert [r.agreement.pk for r in memoranda_rows(DashboardFilters(), today=TODAY)] == [
        world["c"].pk,
        world["b"].pk,
        world["a"].pk,
    ]


def test_groups_and_share(world):
    report = memoranda_report(DashboardFilters(), today=TODAY)
    assert (report.total.count, report.total.led, report.total.share) == (3, 1, 33.3)
    assert (report.memoranda.count, report.memoranda.led, report.memoranda.share) == (2, 1, 50.0)
    assert [(g.label, g.count, g.led) for g in report.by_year] == [("2025", 1, 1), ("2026", 2, 0)]
    events = {g.key: (g.count, g.led) for g in report.by_event}
    assert events == {str(world["forum"].pk): (2, 1), "": (1, 0)}
    countries = {g.key: (g.count, g.led) for g in report.by_country}
    assert countries == {"CN": (2, 1), "RU": (1, 0)}
    curators = {g.key: g.count for g in report.by_curator}
    assert curators == {str(world["curator"].pk): 1, str(world["other"].pk): 1, "": 1}
    assert sum(g.obligations_overdue for g in report.by_year) == 1


def test_filters_as_on_the_dashboard(world):
    def titles(**filters):
        return sorted(
            r.agreement.title for r in memoranda_rows(DashboardFilters(**filters), today=TODAY)
        )

    assert titles(country="CN") == ["Меморандум без проекта", "Меморандум о кварце"]
    assert titles(curator=world["other"]) == ["Соглашение о лесопилке"]
    assert titles(date_from=datetime.date(2026, 1, 1)) == [
        "Меморандум без проекта",
        "Соглашение о лесопилке",
    ]
    assert titles(date_to=datetime.date(2025, 12, 31)) == ["Меморандум о кварце"]
    # Direction: the project's, or the event's for an agreement without a project.
    assert titles(direction=world["quartz"]) == ["Меморандум без проекта", "Меморандум о кварце"]
    kinds = memoranda_rows(DashboardFilters(), kind=AgreementKind.COOPERATION, today=TODAY)
    assert [r.agreement.title for r in kinds] == ["Соглашение о лесопилке"]


def test_constant_query_count(world):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            memoranda_report(DashboardFilters(), today=TODAY)
        return len(queries)

    before = count()
    government = world["a"].parties.get(country="RU")
    for n in range(6):
        investor = organisation_create(name=f"Инвестор {next(_n)}", kind="investor", country="TR")
        project = project_create(
            title=f"Проект {n}", investors=[investor], curator=world["curator"]
        )
        agreement_create(
            kind=AgreementKind.MEMORANDUM,
            title=f"Меморандум {n}",
            signed_on=datetime.date(2026, 1, n + 1),
            parties=[government, investor],
            engagement=world["forum"],
            project=project,
            obligations=[ObligationSpec(text="x", deadline=datetime.date(2026, 1, 2))],
        )
    assert count() == before


def test_excel_sheets(world):
    sheets = memoranda_sheets(memoranda_report(DashboardFilters(), today=TODAY))
    assert len(sheets) == 5
    title, headers, rows = sheets[0]
    assert len(rows) == 3 and all(len(row) == len(headers) for row in rows)


def test_page_excel_and_pdf(client, world, make_user):
    client.force_login(make_user("leadership"))
    page = client.get("/reports/memoranda/", {"country": "CN"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Меморандум о кварце" in html and "Соглашение о лесопилке" not in html
    xlsx = client.get("/reports/memoranda/", {"format": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    pdf = client.get("/reports/memoranda/", {"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_partners_cannot_read_the_report(client, world, make_user):
    client.force_login(make_user("partner"))
    assert client.get("/reports/memoranda/").status_code == 403
