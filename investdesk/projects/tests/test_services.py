import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from investdesk.core.services import ConcurrentUpdateError
from investdesk.projects.models import Project, StageTransition
from investdesk.projects.selectors import stage_durations
from investdesk.projects.services import project_advance_stage, project_create, project_update

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_create_records_the_initial_stage():
    project = project_create(title="Глубокая переработка кварца", stage="negotiations")
    transition = project.transitions.get()
    assert (transition.from_stage, transition.to_stage.code) == (None, "negotiations")


def test_negative_capex_is_refused_and_nothing_is_written():
    with pytest.raises(ValidationError) as error:
        project_create(title="Завод", capex_planned=-1)
    assert error.value.message_dict["__all__"] == [
        "The planned capital investment cannot be negative."
    ]
    assert not Project.objects.exists()
    assert not StageTransition.objects.exists()


def test_advance_records_who_when_from_to_and_why(make_user):
    curator = make_user("curator")
    project = project_create(title="Завод", stage="negotiations")
    transition = project_advance_stage(
        project=project,
        to_stage="site_visit",
        user=curator,
        reason="Инвестор выбрал площадку",
        expected_version=1,
    )
    project.refresh_from_db()
    assert project.stage.code == "site_visit"
    assert project.version == 2
    assert (transition.from_stage.code, transition.to_stage.code) == ("negotiations", "site_visit")
    assert (transition.changed_by, transition.reason) == (curator, "Инвестор выбрал площадку")


def test_advance_needs_a_reason_and_a_current_version():
    project = project_create(title="Завод", stage="lead")
    with pytest.raises(ValidationError):
        project_advance_stage(project=project, to_stage="qualification", user=None, reason="  ")
    project_advance_stage(
        project=project, to_stage="qualification", user=None, reason="ok", expected_version=1
    )
    with pytest.raises(ConcurrentUpdateError):
        project_advance_stage(
            project=project, to_stage="negotiations", user=None, reason="ok", expected_version=1
        )
    assert project.transitions.count() == 2


def test_stage_cannot_be_changed_by_a_plain_update():
    project = project_create(title="Завод", stage="lead")
    with pytest.raises(ValidationError):
        project_update(project=project, changes={"stage": None})


def test_time_in_each_stage_is_derived_from_transitions():
    start = timezone.now() - datetime.timedelta(days=10)
    project = project_create(title="Завод", stage="lead", created_at=start)
    project_advance_stage(
        project=project,
        to_stage="qualification",
        user=None,
        reason="ok",
        at=start + datetime.timedelta(days=4),
    )
    durations = stage_durations(project, now=start + datetime.timedelta(days=10))
    by_code = {
        project.transitions.get(to_stage_id=k).to_stage.code: v.days for k, v in durations.items()
    }
    assert by_code == {"lead": 4, "qualification": 6}


@pytest.mark.parametrize("field", ["confidentiality", "code_name", "curator", "curator_id"])
def test_update_by_someone_who_may_not_read_the_title_keeps_its_secrecy(make_user, field):
    owner, other, leader = make_user("curator"), make_user("curator"), make_user("leadership")
    project = project_create(
        title="Секрет", code_name="Кристалл", confidentiality="confidential", curator=owner
    )
    value = {
        "confidentiality": "public",
        "code_name": "",
        "curator": other,
        "curator_id": other.pk,
    }[field]
    for user in (other, leader):
        with pytest.raises(ValidationError) as error:
            project_update(project=project, changes={field: value}, user=user)
        assert field.removesuffix("_id") in error.value.message_dict
    project.refresh_from_db()
    assert (project.confidentiality, project.code_name, project.curator_id, project.version) == (
        "confidential",
        "Кристалл",
        owner.pk,
        1,
    )
    # Unchanged values and other fields pass; the curator changes it.
    project_update(project=project, changes={"next_step": "Звонок", "curator": owner}, user=other)
    project_update(project=project, changes={field: value}, user=owner)
    project.refresh_from_db()
    assert project.version == 3
