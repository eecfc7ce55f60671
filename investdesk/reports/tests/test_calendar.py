import datetime

import pytest

from investdesk.reports.calendar import _fold, calendar_days, ical_feed, month_bounds

pytestmark = pytest.mark.django_db


def test_month_bounds_are_whole_weeks():
    assert month_bounds(2025, 8) == (datetime.date(2025, 7, 28), datetime.date(2025, 8, 31))


def test_calendar_days_spread_visits_and_deadlines(dataset):
    days = {
        day.date: day
        for day in calendar_days(
            user=dataset.c1, start=datetime.date(2025, 8, 18), end=datetime.date(2025, 8, 24)
        )
    }
    assert [e.title for e in days[datetime.date(2025, 8, 20)].engagements] == [
        "Визит ZE Optoelectronic в Югру",
        "Переговоры в Фонде развития",
    ]
    assert [e.title for e in days[datetime.date(2025, 8, 21)].engagements] == [
        "Визит ZE Optoelectronic в Югру"
    ]
    september = calendar_days(
        user=dataset.c1, start=datetime.date(2025, 9, 1), end=datetime.date(2025, 9, 30)
    )
    deadlines = {day.date.day: [t.title for t in day.tasks] for day in september if day.tasks}
    # Т3 is done, so its deadline is gone.
    assert deadlines == {15: ["Т1"], 20: ["Т2"], 25: ["Т4"]}
    mine = calendar_days(
        user=dataset.c1, start=datetime.date(2025, 9, 1), end=datetime.date(2025, 9, 30), mine=True
    )
    assert {d.date.day for d in mine if d.tasks} == {15, 20}


# The calendar's own queries (5): the longest engagement, engagements counted by (start,
# end), the first of each, deadlines counted by date, the first of each date; and the page
# shell's 3 (session, user, the user's roles and permissions in one).
PAGE_QUERIES = 8


def test_month_and_week_pages(client, dataset, django_assert_max_num_queries):
    client.force_login(dataset.c1)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = client.get("/engagements/calendar/", {"date": "2025-08-20"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Визит ZE Optoelectronic в Югру</a>") == 2  # 20 and 21 August
    assert 'href="/accounts/calendar-feed/"' in html  # the address itself is shown once
    week = client.get("/engagements/calendar/", {"view": "week", "date": "2025-09-17"})
    assert len(week.context["weeks"]) == 1
    assert "⚑ Т1" in week.content.decode()
    assert "⚑ Т2" in week.content.decode()


def test_line_folding():
    line = "SUMMARY:" + "Визит" * 20
    folded = _fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_ical_feed_is_rfc5545(client, dataset):
    from django.utils import timezone

    from investdesk.engagements.services import engagement_record

    start = timezone.localdate() + datetime.timedelta(days=10)
    upcoming = engagement_record(
        kind="delegation_visit",
        title="Повторный визит ZE Optoelectronic; обсуждение локализации, переработки кварца",
        start_date=start,
        end_date=start + datetime.timedelta(days=1),
        status="planned",
    )
    from investdesk.accounts.services import calendar_token_regenerate

    token = calendar_token_regenerate(user=dataset.c1)
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    unfolded = body.replace("\r\n ", "")
    assert f"UID:engagement-{upcoming.pk}@" in unfolded
    day = start.strftime("%Y%m%d")
    after = (start + datetime.timedelta(days=2)).strftime("%Y%m%d")
    assert f"DTSTART;VALUE=DATE:{day}\r\nDTEND;VALUE=DATE:{after}" in unfolded
    assert (
        "SUMMARY:Повторный визит ZE Optoelectronic\\; обсуждение локализации\\, "
        "переработки кварца" in unfolded
    )
    assert "STATUS:TENTATIVE" in unfolded
    assert f"UID:engagement-{dataset.e1.pk}@" not in unfolded  # outside the feed window


def test_feed_holds_only_own_tasks_in_window(dataset):
    body = ical_feed(user=dataset.c1, today=datetime.date(2025, 10, 1)).replace("\r\n ", "")
    assert "SUMMARY:⚑ Т1" in body and "SUMMARY:⚑ Т2" in body
    assert "Т4" not in body  # someone else's task
    assert body.count("BEGIN:VEVENT") == 3 + 2  # three engagements, two tasks


def test_unknown_token_is_404(client, dataset):
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    assert client.get("/engagements/calendar/").status_code == 302  # page needs login


def test_busy_days_show_a_few_entries_and_the_rest_on_demand(
    client, dataset, monkeypatch, django_assert_num_queries
):
    from investdesk.reports import calendar

    monkeypatch.setitem(calendar.DAY_CAP, "month", 1)
    client.force_login(dataset.c1)
    with django_assert_num_queries(PAGE_QUERIES):  # as without the cap
        response = client.get("/engagements/calendar/", {"date": "2025-08-20"})
    html = response.content.decode()
    # 20 August has two engagements: the first is shown, the second behind "+1".
    days = {day.date: day for week in response.context["weeks"] for day in week}
    august_20 = days[datetime.date(2025, 8, 20)]
    assert [e.title for e in august_20.engagements] == ["Визит ZE Optoelectronic в Югру"]
    assert august_20.hidden == 1
    assert 'hx-get="/engagements/calendar/day/?date=2025-08-20"' in html
    day = client.get("/engagements/calendar/day/", {"date": "2025-08-20"})
    assert day.status_code == 200
    assert "Переговоры в Фонде развития</a>" in day.content.decode()
    assert "calendar-more" not in day.content.decode()
    assert client.get("/engagements/calendar/day/", {"date": "nonsense"}).status_code == 404


def test_busy_day_view_is_capped_and_links_to_the_list(client, dataset, monkeypatch):
    from investdesk.reports import calendar

    monkeypatch.setitem(calendar.DAY_CAP, "day", 1)
    client.force_login(dataset.c1)
    day = client.get("/engagements/calendar/day/", {"date": "2025-08-20"})
    html = day.content.decode()
    assert day.context["day"].hidden == 1
    assert html.count("badge text-bg-primary") == 1
    assert "/engagements/?start_after=2025-08-20&amp;start_before=2025-08-20" in html
    assert "hx-get" not in html


def _spread(count: int, start: datetime.date, *, days: int = 1) -> list:
    """``count`` planned engagements from ``start`` lasting ``days`` days each."""
    from investdesk.engagements.services import engagement_record

    return [
        engagement_record(
            kind="negotiations",
            title=f"Встреча {start:%d.%m} {index:02d}",
            start_date=start,
            end_date=start + datetime.timedelta(days=days - 1),
            status="planned",
        )
        for index in range(count)
    ]


def test_capped_days_match_everything_read_and_cut(make_user, django_assert_num_queries):
    """The capped calendar shows, per day, exactly the first entries of the uncut list
    (engagements by start, then id; then deadlines by id) and counts the rest."""
    from investdesk.accounts.access import scope_of
    from investdesk.engagements.models import Engagement
    from investdesk.tasks.models import Task
    from investdesk.tasks.services import task_create

    user = make_user("curator")
    monday = datetime.date(2025, 3, 3)
    _spread(3, monday - datetime.timedelta(days=1), days=3)  # Sunday to Tuesday
    _spread(5, monday)
    _spread(2, monday + datetime.timedelta(days=1), days=2)
    for index in range(6):
        task_create(
            title=f"Срок {index}",
            assignee=user,
            due_date=monday + datetime.timedelta(days=index % 3),
        )
    start, end = monday, monday + datetime.timedelta(days=6)
    scope_of(user)  # reads the user's roles once
    with django_assert_num_queries(5):
        capped = calendar_days(user=user, start=start, end=end, cap=4)
    for day in capped:
        everything = [
            e.title
            for e in Engagement.objects.filter(
                start_date__lte=day.date, end_date__gte=day.date
            ).order_by("start_date", "id")
        ] + [f"⚑ {t.title}" for t in Task.objects.filter(due_date=day.date).order_by("id")]
        shown = [e.title for e in day.engagements] + [f"⚑ {t.title}" for t in day.tasks]
        assert shown == everything[:4], day.date
        assert day.hidden == len(everything) - len(shown), day.date
    monday_cell = capped[0]
    assert [e.title for e in monday_cell.engagements] == [
        "Встреча 02.03 00",
        "Встреча 02.03 01",
        "Встреча 02.03 02",
        "Встреча 03.03 00",
    ]
    assert monday_cell.hidden == 4 + 2  # four more meetings, two deadlines
