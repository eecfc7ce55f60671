"""Writes to projects: creation, edits, stage moves with their history, archiving."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.core.services import (
    apply_changes,
    archived_set,
    lock_for_change,
    validate_and_save,
)
from investdesk.organisations.models import Organisation

from .choices import ParticipantRole, StageCode
from .leads import lead_investors_refresh
from .models import SECRECY_FIELDS, PipelineStage, Project, ProjectParticipant, StageTransition
from .stays import stage_stays_refresh


def stage_by_code(code: str) -> PipelineStage:
    try:
        return PipelineStage.objects.get(code=code)
    except PipelineStage.DoesNotExist as exc:
        raise ValidationError(
            {"stage": _("Unknown pipeline stage “%(code)s”.") % {"code": code}}
        ) from exc


@transaction.atomic
def project_create(
    *,
    title: str,
    stage: PipelineStage | str = StageCode.LEAD,
    created_by: User | None = None,
    investors: list[Organisation] | None = None,
    partners: list[Organisation] | None = None,
    directions: list[Any] | None = None,
    created_at: datetime.datetime | None = None,
    shared_with: list[User] | None = None,
    **fields: Any,
) -> Project:
    if isinstance(stage, str):
        stage = stage_by_code(stage)
    when = created_at or timezone.now()
    project = validate_and_save(
        Project(title=title.strip(), stage=stage, stage_changed_at=when, **fields)
    )
    if directions:
        project.directions.set(directions)
    if shared_with:
        project_share(project=project, partners=shared_with)
    for organisation in investors or []:
        project_add_participant(
            project=project, organisation=organisation, role=ParticipantRole.INVESTOR
        )
    for organisation in partners or []:
        project_add_participant(
            project=project, organisation=organisation, role=ParticipantRole.PARTNER
        )
    StageTransition.objects.create(
        project=project,
        from_stage=None,
        to_stage=stage,
        changed_at=when,
        changed_by=created_by,
        reason=_("Project created"),
    )
    stage_stays_refresh(project_ids=[project.pk])
    return project


@transaction.atomic
def project_add_participant(
    *, project: Project, organisation: Organisation, role: str = ParticipantRole.INVESTOR
) -> ProjectParticipant:
    participant, created = ProjectParticipant.objects.get_or_create(
        project=project, organisation=organisation, role=role
    )
    if created:
        lead_investors_refresh(project_ids=[project.pk])
    return participant


def _secrecy_check(*, current: Project, changes: dict[str, Any], user: User) -> None:
    """Refuse a change of confidentiality, code name or curator of a confidential project
    by anyone but its curator and the administrators (``Project.secrecy_editable_by``)."""
    if current.secrecy_editable_by(user):
        return
    refused = {}
    for name in SECRECY_FIELDS:
        for key in (name, f"{name}_id"):
            if key not in changes:
                continue
            new = changes[key]
            new = new.pk if key == "curator" and new is not None else new
            old = getattr(current, "curator_id" if name == "curator" else name)
            if new != old:
                refused[name] = _(
                    "Only the project's curator and the administrators may change this "
                    "on a confidential project."
                )
    if refused:
        raise ValidationError(refused)


def project_update(
    *,
    project: Project,
    changes: dict[str, Any],
    expected_version: int | None = None,
    directions: list[Any] | None = None,
    shared_with: list[User] | None = None,
    user: User | None = None,
) -> Project:
    """Change the project (not its stage: see ``project_advance_stage``) and its links.

    With ``user`` (every edit by a person), a confidential project's confidentiality,
    code name and curator change only by its curator or an administrator.
    """
    if "stage" in changes or "stage_id" in changes:
        raise ValidationError(
            {"stage": _("Change the stage by moving the project, with a reason.")}
        )
    m2m = {
        name: values
        for name, values in (("directions", directions), ("shared_with", shared_with))
        if values is not None
    }
    with transaction.atomic():
        if user is not None:
            # Checked against the row as stored, locked until the change is saved.
            current = Project.objects.select_for_update().get(pk=project.pk)
            _secrecy_check(current=current, changes=changes, user=user)
        return apply_changes(
            project, changes=changes, expected_version=expected_version, m2m=m2m or None
        )


@transaction.atomic
def project_advance_stage(
    *,
    project: Project,
    to_stage: PipelineStage | str,
    user: User | None,
    reason: str,
    expected_version: int | None = None,
    at: datetime.datetime | None = None,
) -> StageTransition:
    """Move the project to another stage and record who, when, from, to and why."""
    if isinstance(to_stage, str):
        to_stage = stage_by_code(to_stage)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the project moves to another stage.")})
    locked = lock_for_change(project, expected_version=expected_version)
    if locked.stage_id == to_stage.pk:
        raise ValidationError({"stage": _("The project is already at this stage.")})
    if to_stage.code == StageCode.DECLINED:
        locked.declined_reason = reason
    when = at or timezone.now()
    transition = StageTransition.objects.create(
        project=locked,
        from_stage_id=locked.stage_id,
        to_stage=to_stage,
        changed_at=when,
        changed_by=user,
        reason=reason,
    )
    locked.stage = to_stage
    locked.stage_changed_at = when
    locked._change_reason = reason
    locked.save(
        update_fields=["stage", "stage_changed_at", "declined_reason", "version", "updated_at"]
    )
    stage_stays_refresh(project_ids=[locked.pk])
    project.stage, project.version, project.stage_changed_at = to_stage, locked.version, when
    return transition


def project_archive(
    *, project: Project, archived: bool = True, expected_version: int | None = None
) -> Project:
    """Projects with history are archived, never deleted (``archived=False`` restores)."""
    return archived_set(project, archived=archived, expected_version=expected_version)


def project_share(*, project: Project, partners: list[User]) -> None:
    project.shared_with.set(partners)


@transaction.atomic
def project_set_participants(
    *,
    project: Project,
    participants: list[tuple[Organisation, str]],
    shared_with: list[User] | None = None,
    expected_version: int | None = None,
) -> Project:
    """Replace the project's investors and partners (organisation, role) as one edit, and
    with ``shared_with`` the partner users it is shared with (the others are unshared).

    The project's version is checked and moved on, so two people editing the parties of
    the same project cannot silently overwrite each other.
    """
    wanted = {(organisation.pk, role) for organisation, role in participants}
    m2m = {"shared_with": shared_with} if shared_with is not None else None
    locked = apply_changes(project, changes={}, expected_version=expected_version, m2m=m2m)
    current = {(p.organisation_id, p.role): p for p in locked.participants.all()}
    for key, participant in current.items():
        if key not in wanted:
            participant.delete()
    for organisation, role in participants:
        if (organisation.pk, role) not in current:
            validate_and_save(
                ProjectParticipant(project=locked, organisation=organisation, role=role)
            )
            current[(organisation.pk, role)] = None
    lead_investors_refresh(project_ids=[locked.pk])
    return locked
