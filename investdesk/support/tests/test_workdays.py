"""The Russian production calendar: holidays and the government's transfers count."""

import datetime

from investdesk.support.workdays import add_working_days, is_working_day, working_days_between


def test_transfers_make_weekdays_off_and_saturdays_working():
    assert not is_working_day(datetime.date(2025, 5, 2))  # Friday, day off moved from 4 Jan
    assert not is_working_day(datetime.date(2025, 11, 3))  # Monday, moved from Saturday 1 Nov
    assert is_working_day(datetime.date(2025, 11, 1))  # Saturday made a working day
    assert not is_working_day(datetime.date(2026, 11, 4))  # Unity Day
    assert is_working_day(datetime.date(2026, 11, 5))


def test_add_working_days_skips_holidays_and_weekends():
    # 30 April 2025 (Wed) + 1 → 5 May (Mon): 1–2 May are days off, then the weekend.
    assert add_working_days(datetime.date(2025, 4, 30), 1) == datetime.date(2025, 5, 5)
    # Friday 31 October 2025 + 1 → Saturday 1 November, a working day by transfer.
    assert add_working_days(datetime.date(2025, 10, 31), 1) == datetime.date(2025, 11, 1)
    # ... + 2 → Wednesday 5 November (3 and 4 November are off).
    assert add_working_days(datetime.date(2025, 10, 31), 2) == datetime.date(2025, 11, 5)
    assert add_working_days(datetime.date(2025, 10, 31), 0) == datetime.date(2025, 10, 31)


def test_working_days_between_counts_only_working_days():
    assert working_days_between(datetime.date(2025, 4, 30), datetime.date(2025, 5, 12)) == 4
    assert working_days_between(datetime.date(2025, 5, 12), datetime.date(2025, 4, 30)) == 0


def test_a_case_without_steps_gets_the_procedures_steps(db):
    from investdesk.organisations.services import organisation_create
    from investdesk.support.models import SupportCase
    from investdesk.support.services import support_case_ensure_steps

    org = organisation_create(name="Инвестор", kind="investor")
    case = SupportCase.objects.create(
        organisation=org, subject="Из админки", applied_on=datetime.date(2025, 10, 31)
    )
    created = support_case_ensure_steps(case=case)
    assert [(s.kind, s.target_date) for s in created][:2] == [
        ("compliance_check", datetime.date(2025, 11, 6)),  # 1 Nov worked, 3–4 Nov off
        ("curator_assigned", datetime.date(2025, 11, 17)),  # 10th working day after 31 Oct
    ]
    assert support_case_ensure_steps(case=case) == []  # once only
