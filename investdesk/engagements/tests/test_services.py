import datetime

import pytest
from django.core.exceptions import ValidationError

from investdesk.engagements.models import Engagement, EngagementParticipant
from investdesk.engagements.services import CommitmentSpec, ParticipantSpec, engagement_record
from investdesk.organisations.services import organisation_create
from investdesk.reference.models import Direction
from investdesk.tasks.models import Task
from investdesk.tasks.services import commitment_create_tasks

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

DAY = datetime.date(2026, 10, 1)


def test_end_before_start_is_refused_and_leaves_nothing():
    org = organisation_create(name="ZE", kind="investor", country="CN")
    with pytest.raises(ValidationError) as error:
        engagement_record(
            kind="delegation_visit",
            title="Визит",
            start_date=DAY,
            end_date=DAY - datetime.timedelta(days=1),
            participants=[ParticipantSpec(organisation=org, role_label="основатель")],
        )
    assert "The end date cannot be before the start date." in str(error.value)
    assert not Engagement.objects.exists()
    assert not EngagementParticipant.objects.exists()


def test_unnamed_participant_needs_an_organisation_and_a_role():
    with pytest.raises(ValidationError):
        engagement_record(
            kind="negotiations",
            title="Встреча",
            start_date=DAY,
            participants=[ParticipantSpec(role_label="основатель")],
        )
    assert not Engagement.objects.exists()


def test_commitment_yields_one_task_per_direction_once(make_user):
    curator = make_user("curator")
    directions = list(Direction.objects.filter(code__in=["quartz", "oil_refining"]))
    org = organisation_create(name="ZE", kind="investor", country="CN")
    visit = engagement_record(
        kind="delegation_visit",
        title="Визит",
        start_date=DAY,
        end_date=DAY + datetime.timedelta(days=1),
        participants=[ParticipantSpec(organisation=org, role_label="основатель", role="guest")],
        commitments=[CommitmentSpec(text="Проработать направления", directions=directions)],
    )
    assert visit.duration_days == 2
    commitment = visit.commitments.get()
    tasks = commitment_create_tasks(commitment=commitment, assignee=curator, due_date=DAY)
    again = commitment_create_tasks(commitment=commitment, assignee=curator, due_date=DAY)
    assert len(tasks) == 2 and again == []
    assert Task.objects.count() == 2
    assert set(Task.objects.values_list("direction__code", flat=True)) == {"quartz", "oil_refining"}
    assert set(Task.objects.values_list("organisation", flat=True)) == {org.pk}
