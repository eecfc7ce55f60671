import datetime

import pytest
from django.core.exceptions import ValidationError

from investdesk.organisations.services import organisation_create
from investdesk.support.services import add_working_days, support_case_open, support_step_complete

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_working_days_skip_weekends():
    friday = datetime.date(2026, 11, 20)
    assert add_working_days(friday, 1) == datetime.date(2026, 11, 23)
    assert add_working_days(friday, 3) == datetime.date(2026, 11, 25)
    assert add_working_days(friday, 10) == datetime.date(2026, 12, 4)


def test_case_steps_carry_targets_and_lateness():
    org = organisation_create(name="Инвестор", kind="investor")
    applied = datetime.date(2026, 11, 2)  # Monday
    case = support_case_open(organisation=org, subject="Субсидия", applied_on=applied)
    steps = list(case.steps.all())
    assert [s.kind for s in steps] == [
        "compliance_check",
        "curator_assigned",
        "road_map",
        "support_agreement",
    ]
    # 3 working days after Monday 2 November 2026: 3, 5, 6 November (4 November is Unity Day).
    assert steps[0].target_date == datetime.date(2026, 11, 6)
    support_step_complete(step=steps[0], done_on=datetime.date(2026, 11, 9))
    # Done on Monday 9 November: late by one working day (the weekend does not count).
    assert steps[0].is_late and steps[0].days_late == 1
    with pytest.raises(ValidationError):
        support_step_complete(step=steps[1], done_on=datetime.date(2026, 10, 1))
