import datetime
from contextlib import contextmanager
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from simple_history.models import HistoricalRecords

from investdesk.accounts.choices import Role
from investdesk.agreements.choices import AgreementKind
from investdesk.agreements.services import ObligationSpec, agreement_create
from investdesk.documents.choices import DocumentKind, ReviewStatus
from investdesk.documents.models import Document
from investdesk.engagements.choices import EngagementKind, EngagementStatus
from investdesk.engagements.services import engagement_record
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.models import Notification
from investdesk.notifications.services import notification_preferences_save
from investdesk.organisations.services import organisation_create
from investdesk.projects.services import project_create, project_update
from investdesk.reminders.services import reminders_scan
from investdesk.support.services import support_case_open
from investdesk.tasks.choices import TaskStatus
from investdesk.tasks.models import Task
from investdesk.tasks.services import task_create, task_update

pytestmark = pytest.mark.django_db

TZ = ZoneInfo(settings.TIME_ZONE)
# Wednesday 11 March 2026, 10:00 in the agency's time zone.
NOW = datetime.datetime(2026, 3, 11, 10, 0, tzinfo=TZ)
TODAY = NOW.date()


def day(offset: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=offset)


@contextmanager
def acting_as(user):
    """Changes recorded in the history as made by ``user`` (as the web middleware does)."""
    HistoricalRecords.context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        del HistoricalRecords.context.request


@pytest.fixture
def people(make_user):
    return SimpleNamespace(
        ivanova=make_user(Role.CURATOR, username="ivanova", email="ivanova@example.org"),
        petrov=make_user(Role.CURATOR, username="petrov", email="petrov@example.org"),
        leader=make_user(Role.LEADERSHIP, username="leader", email="leader@example.org"),
        analyst=make_user(Role.ANALYST, username="analyst"),
    )


@pytest.fixture
def project(people):
    return project_create(title="Глубокая переработка кварца", curator=people.petrov)


def sent(kind=None):
    rows = Notification.objects.order_by("id")
    if kind:
        rows = rows.filter(kind=kind)
    return [(n.recipient.username, n.kind, n.object_id) for n in rows]


def test_task_reminder_days_before_due_once_and_again_after_rescheduling(people, project):
    due_in_3 = task_create(
        title="Письмо", assignee=people.ivanova, due_date=day(3), project=project
    )
    due_in_4 = task_create(title="Позже", assignee=people.ivanova, due_date=day(4))
    task_create(
        title="Без напоминания", assignee=people.ivanova, due_date=day(1), remind_days_before=0
    )
    task_create(
        title="Готово",
        assignee=people.ivanova,
        due_date=day(1),
        status=TaskStatus.DONE,
        completed_at=NOW,
    )
    counts = reminders_scan(now=NOW)
    assert counts["task_reminders"] == 1
    assert sent(NotificationKind.TASK_REMINDER) == [("ivanova", "task_reminder", due_in_3.pk)]
    notification = Notification.objects.get(kind=NotificationKind.TASK_REMINDER)
    assert notification.title == "Срок через 3 дня (14.03.2026): Письмо"
    assert "Проект: Глубокая переработка кварца" in notification.body
    due_in_3.refresh_from_db()
    assert due_in_3.reminded_at == NOW
    assert reminders_scan(now=NOW)["task_reminders"] == 0  # a second run sends nothing
    # The next day the other task is due in 3 days; the first is not reminded again.
    assert reminders_scan(now=NOW + datetime.timedelta(days=1))["task_reminders"] == 1
    assert sent(NotificationKind.TASK_REMINDER)[-1][2] == due_in_4.pk
    # Moved to a later date, the task is reminded again before the new date.
    task_update(task=due_in_3, changes={"due_date": day(10)})
    assert reminders_scan(now=NOW + datetime.timedelta(days=7))["task_reminders"] == 1
    assert sent(NotificationKind.TASK_REMINDER)[-1][2] == due_in_3.pk


def test_overdue_task_goes_to_assignee_then_escalates_to_curator_and_leadership(people, project):
    task = task_create(
        title="Дорожная карта",
        assignee=people.ivanova,
        due_date=day(-1),
        project=project,
        remind_days_before=0,
    )
    counts = reminders_scan(now=NOW)
    assert (counts["task_overdue"], counts["task_escalations"]) == (1, 0)
    assert sent(NotificationKind.TASK_OVERDUE) == [("ivanova", "task_overdue", task.pk)]
    assert reminders_scan(now=NOW + datetime.timedelta(days=1))["task_overdue"] == 0
    # Three days overdue: the project's curator and leadership hear of it, once.
    later = NOW + datetime.timedelta(days=2)
    assert reminders_scan(now=later)["task_escalations"] == 2
    assert sorted(sent(NotificationKind.TASK_ESCALATED)) == [
        ("leader", "task_escalated", task.pk),
        ("petrov", "task_escalated", task.pk),
    ]
    task.refresh_from_db()
    assert task.escalated_at == later
    assert reminders_scan(now=later + datetime.timedelta(days=5))["task_escalations"] == 0


def test_escalation_delay_is_a_setting_and_done_tasks_never_escalate(people, project, settings):
    settings.NOTIFY_ESCALATE_AFTER_DAYS = 1
    open_task = task_create(
        title="Открыта", assignee=people.ivanova, due_date=day(-1), project=project
    )
    task_create(
        title="Сделана",
        assignee=people.ivanova,
        due_date=day(-1),
        project=project,
        status=TaskStatus.DONE,
        completed_at=NOW,
    )
    assert reminders_scan(now=NOW)["task_escalations"] == 2
    assert {n[2] for n in sent(NotificationKind.TASK_ESCALATED)} == {open_task.pk}


def test_old_events_beyond_the_catch_up_window_are_not_sent(people, project):
    task_create(title="Давняя", assignee=people.ivanova, due_date=day(-30), project=project)
    counts = reminders_scan(now=NOW)
    assert (counts["task_overdue"], counts["task_escalations"]) == (0, 0)


def test_support_steps_nearing_and_passing_their_target(people):
    applicant = organisation_create(name="ООО «Кварц»", kind="investor")
    # Applied on Mon 2 March: compliance check due Thu 5 March (3 working days; late by 3
    # working days, Monday 9 March being the holiday carried over from Sunday 8 March);
    # curator assigned due Tue 17 March (10 working days; 4 working days ahead: not yet).
    case = support_case_open(
        organisation=applicant, subject="Льготы", applied_on=day(-9), curator=people.ivanova
    )
    counts = reminders_scan(now=NOW)
    assert counts["support_steps"] == 1
    late = Notification.objects.get()
    assert (late.kind, late.recipient, late.object_id) == (
        "support_step_late",
        people.ivanova,
        case.pk,
    )
    assert late.title.startswith("Этап просрочен на 3 рабочих дня: Проверка")
    # On Friday the next step is two working days away.
    counts = reminders_scan(now=NOW + datetime.timedelta(days=2))
    assert counts["support_steps"] == 1
    assert sent()[-1] == ("ivanova", "support_step_due", case.pk)
    assert reminders_scan(now=NOW + datetime.timedelta(days=2))["support_steps"] == 0


def test_obligations_nearing_their_deadline_go_to_the_agreements_curator(people, project):
    investor = organisation_create(name="ZE Optoelectronic", kind="investor")
    agreement = agreement_create(
        kind=AgreementKind.MEMORANDUM,
        title="Меморандум",
        signed_on=day(-60),
        parties=[investor],
        project=project,
        obligations=[
            ObligationSpec(text="Подготовить ТЭО", party=investor, deadline=day(5)),
            ObligationSpec(text="Позже", deadline=day(30)),
        ],
    )
    assert reminders_scan(now=NOW)["obligations_due"] == 1
    assert sent() == [("petrov", "obligation_due", agreement.pk)]
    assert "Подготовить ТЭО" in Notification.objects.get().body
    assert reminders_scan(now=NOW)["obligations_due"] == 0


def test_obligations_past_their_deadline_go_to_the_agreements_curator_once(people, project):
    investor = organisation_create(name="ZE Optoelectronic", kind="investor")
    agreement = agreement_create(
        kind=AgreementKind.MEMORANDUM,
        title="Меморандум",
        signed_on=day(-60),
        parties=[investor],
        project=project,
        obligations=[
            ObligationSpec(text="Подготовить ТЭО", party=investor, deadline=day(-2)),
            ObligationSpec(text="Давно просрочено", deadline=day(-30)),  # before the catch-up
            ObligationSpec(text="Впереди", deadline=day(1)),
        ],
    )
    counts = reminders_scan(now=NOW)
    assert (counts["obligations_overdue"], counts["obligations_due"]) == (1, 1)
    late = Notification.objects.get(kind=NotificationKind.OBLIGATION_OVERDUE)
    assert (late.recipient, late.object_id) == (people.petrov, agreement.pk)
    assert "просрочено на 2 дня" in late.title.lower() and "Подготовить ТЭО" in late.body
    assert reminders_scan(now=NOW)["obligations_overdue"] == 0
    # The next day the obligation is still open: nothing again.
    assert reminders_scan(now=NOW + datetime.timedelta(days=1))["obligations_overdue"] == 0
    # The one due tomorrow passes its deadline: notified once, the day after.
    assert reminders_scan(now=NOW + datetime.timedelta(days=2))["obligations_overdue"] == 1


def test_assignment_by_someone_else_is_notified_once(people, project):
    with acting_as(people.petrov):
        task = task_create(title="Поручение", assignee=people.ivanova, due_date=day(30))
        task_create(title="Себе", assignee=people.petrov, due_date=day(30))
    counts = reminders_scan(now=NOW)
    assert counts["assignments"] == 1
    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind, notification.object_id) == (
        people.ivanova,
        "task_assigned",
        task.pk,
    )
    # An edit that keeps the assignee notifies nobody; handing over does.
    with acting_as(people.petrov):
        task = task_update(task=task, changes={"title": "Поручение (уточнено)"})
    assert reminders_scan(now=NOW)["assignments"] == 0
    with acting_as(people.leader):
        task_update(task=task, changes={"assignee": people.petrov})
        project_update(project=project, changes={"curator": people.ivanova})
    assert reminders_scan(now=NOW)["assignments"] == 2
    assert sent()[-2:] == [
        ("petrov", "task_assigned", task.pk),
        ("ivanova", "project_assigned", project.pk),
    ]
    assert reminders_scan(now=NOW)["assignments"] == 0


def test_news_of_a_confirmed_press_release_goes_to_curators_of_the_organisation(people, project):
    investor = organisation_create(name="ZE Optoelectronic", kind="investor")
    from investdesk.projects.services import project_add_participant

    project_add_participant(project=project, organisation=investor)
    release = Document.objects.create(
        kind=DocumentKind.PRESS_RELEASE, title="Визит в Югру", review_status=ReviewStatus.NEW
    )
    engagement_record(
        kind=EngagementKind.DELEGATION_VISIT,
        title="Визит",
        start_date=day(-1),
        organisations=[investor],
        documents=[release],
    )
    assert reminders_scan(now=NOW)["news"] == 0  # not confirmed yet
    release.review_status = ReviewStatus.CONFIRMED
    release.save()
    assert reminders_scan(now=NOW)["news"] == 1
    news = Notification.objects.get()
    assert (news.recipient, news.url) == (people.petrov, release.get_absolute_url())
    assert news.body == "Упоминаются: ZE Optoelectronic"
    assert reminders_scan(now=NOW)["news"] == 0


def test_news_also_goes_to_the_curator_of_the_organisations_support_case(people):
    investor = organisation_create(name="ZE Optoelectronic", kind="investor")
    support_case_open(
        organisation=investor, subject="Льготы", applied_on=day(-10), curator=people.ivanova
    )
    release = Document.objects.create(
        kind=DocumentKind.PRESS_RELEASE, title="Визит", review_status=ReviewStatus.CONFIRMED
    )
    engagement_record(
        kind=EngagementKind.DELEGATION_VISIT,
        title="Визит",
        start_date=day(-1),
        organisations=[investor],
        documents=[release],
    )
    assert reminders_scan(now=NOW)["news"] == 1
    assert sent(NotificationKind.NEWS) == [("ivanova", "news", release.pk)]


def test_daily_digest_at_the_users_hour_once_a_day(people, project):
    notification_preferences_save(user=people.ivanova, language="ru", digest_hour=11, channels={})
    task_create(title="На этой неделе", assignee=people.ivanova, due_date=day(2))
    task_create(title="Просрочена", assignee=people.ivanova, due_date=day(-20))
    engagement_record(
        kind=EngagementKind.NEGOTIATIONS,
        title="Переговоры",
        start_date=day(1),
        status=EngagementStatus.PLANNED,
        projects=[project],
    )
    assert reminders_scan(now=NOW)["digests"] == 1  # petrov at 8:00; ivanova waits for 11:00
    digest = Notification.objects.get(kind=NotificationKind.DIGEST)
    assert digest.recipient == people.petrov
    assert "Переговоры" in digest.body
    eleven = NOW + datetime.timedelta(hours=1)
    assert reminders_scan(now=eleven)["digests"] == 1
    mine = Notification.objects.get(kind=NotificationKind.DIGEST, recipient=people.ivanova)
    assert "На этой неделе" in mine.body and "Просрочена" in mine.body
    assert reminders_scan(now=eleven)["digests"] == 0
    assert reminders_scan(now=eleven + datetime.timedelta(days=1))["digests"] == 2


def test_a_second_run_records_nothing(people, project):
    task_create(title="A", assignee=people.ivanova, due_date=day(1), project=project)
    task_create(title="B", assignee=people.ivanova, due_date=day(-4), project=project)
    first = reminders_scan(now=NOW)
    assert sum(first.values()) > 0
    total = Notification.objects.count()
    assert sum(reminders_scan(now=NOW).values()) == 0
    assert Notification.objects.count() == total
    assert Task.objects.filter(reminded_at__isnull=False).count() == 1
