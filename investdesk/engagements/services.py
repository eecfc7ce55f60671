"""Writes to engagements: recording a visit with everything it produced."""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from investdesk.accounts.models import User
from investdesk.core.rows import RowChange, apply_row_changes
from investdesk.core.services import apply_changes, set_closing_status, validate_and_save
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.reference.models import Direction

from .choices import CommitmentStatus, EngagementStatus, OutcomeKind, ParticipationRole
from .models import Commitment, Engagement, EngagementParticipant, Outcome, Quote


@dataclass
class NewOrganisation:
    """An organisation not yet in the registry, created with the engagement."""

    name: str
    kind: str = "other"
    country: str = "RU"


@dataclass
class NewPerson:
    """A person not yet in the registry, created with the engagement."""

    last_name: str
    first_name: str = ""


@dataclass
class ParticipantSpec:
    """A participant to record: a person, or an unnamed role at an organisation.

    ``new_organisation``/``new_person`` stand for records to create when ``organisation``
    or ``person`` is not given (the person takes the role label as position).
    """

    person: Person | None = None
    organisation: Organisation | None = None
    role_label: str = ""
    role: str = ParticipationRole.PARTICIPANT
    new_organisation: NewOrganisation | None = None
    new_person: NewPerson | None = None


class ParticipantError(ValidationError):
    """A new organisation or person of the participant at ``index`` is invalid."""

    def __init__(self, error: ValidationError, *, index: int) -> None:
        super().__init__(error.error_dict if hasattr(error, "error_dict") else error.error_list)
        self.index = index


def _participant_resolve(spec: ParticipantSpec) -> ParticipantSpec:
    """The spec with its new organisation and new person created."""
    organisation = spec.organisation
    if organisation is None and spec.new_organisation is not None:
        organisation = organisation_create(
            name=spec.new_organisation.name,
            kind=spec.new_organisation.kind or "other",
            country=(spec.new_organisation.country or "RU").upper(),
        )
    person = spec.person
    if person is None and spec.new_person is not None:
        person = person_create(
            last_name=spec.new_person.last_name,
            first_name=spec.new_person.first_name,
            position=spec.role_label,
            organisation=organisation,
        )
    return ParticipantSpec(
        person=person, organisation=organisation, role_label=spec.role_label, role=spec.role
    )


@dataclass
class OutcomeSpec:
    text: str
    kind: str = OutcomeKind.DIRECTIONS_AGREED
    directions: Sequence[Direction] = field(default_factory=list)


@dataclass
class CommitmentSpec:
    text: str
    person: Person | None = None
    directions: Sequence[Direction] = field(default_factory=list)
    due_date: datetime.date | None = None


@dataclass
class QuoteSpec:
    text: str
    person: Person | None = None
    document: Any = None


@transaction.atomic
def engagement_record(
    *,
    kind: str,
    title: str,
    start_date: datetime.date,
    end_date: datetime.date | None = None,
    status: str = EngagementStatus.HELD,
    parent: Engagement | None = None,
    venue: str = "",
    venue_organisation: Organisation | None = None,
    municipality: Any = None,
    summary: str = "",
    minutes: str = "",
    origin_note: str = "",
    created_by: User | None = None,
    participants: Iterable[ParticipantSpec] = (),
    organisations: Iterable[Organisation] = (),
    sites: Iterable[Any] = (),
    projects: Iterable[Any] = (),
    directions: Iterable[Direction] = (),
    documents: Iterable[Any] = (),
    outcomes: Iterable[OutcomeSpec] = (),
    commitments: Iterable[CommitmentSpec] = (),
    quotes: Iterable[QuoteSpec] = (),
) -> Engagement:
    """Create an engagement with its participants, links, outcomes, commitments and quotes.

    Participants' new organisations and people are created too. Everything is written in
    one transaction: a validation error anywhere leaves nothing (an error in a participant's
    new record is a ``ParticipantError`` naming the participant).
    """
    resolved = []
    for index, spec in enumerate(participants):
        try:
            resolved.append(_participant_resolve(spec))
        except ValidationError as error:
            raise ParticipantError(error, index=index) from error
    engagement = validate_and_save(
        Engagement(
            kind=kind,
            title=title.strip(),
            status=status,
            parent=parent,
            start_date=start_date,
            end_date=end_date or start_date,
            venue=venue,
            venue_organisation=venue_organisation,
            municipality=municipality,
            summary=summary,
            minutes=minutes,
            origin_note=origin_note,
            created_by=created_by,
        )
    )
    participant_orgs = set()
    for spec in resolved:
        engagement_add_participant(engagement=engagement, spec=spec)
        if spec.organisation is not None:
            participant_orgs.add(spec.organisation.pk)
        elif spec.person is not None and spec.person.organisation_id:
            participant_orgs.add(spec.person.organisation_id)
    org_ids = {o.pk for o in organisations} | participant_orgs
    if venue_organisation is not None:
        org_ids.add(venue_organisation.pk)
    engagement.organisations.set(org_ids)
    engagement.sites.set(list(sites))
    engagement.projects.set(list(projects))
    engagement.directions.set(list(directions))
    engagement.documents.set(list(documents))
    for outcome in outcomes:
        outcome_add(engagement=engagement, spec=outcome)
    for commitment in commitments:
        commitment_add(engagement=engagement, spec=commitment)
    for quote in quotes:
        quote_add(engagement=engagement, spec=quote)
    return engagement


def engagement_update(
    *,
    engagement: Engagement,
    changes: dict[str, Any],
    expected_version: int | None = None,
    m2m: dict[str, Any] | None = None,
) -> Engagement:
    return apply_changes(engagement, changes=changes, expected_version=expected_version, m2m=m2m)


def engagement_add_participant(
    *, engagement: Engagement, spec: ParticipantSpec
) -> EngagementParticipant:
    return validate_and_save(
        EngagementParticipant(
            engagement=engagement,
            person=spec.person,
            organisation=spec.organisation
            or (spec.person.organisation if spec.person is not None else None),
            role_label=spec.role_label or (spec.person.position if spec.person is not None else ""),
            role=spec.role,
        )
    )


def outcome_add(*, engagement: Engagement, spec: OutcomeSpec) -> Outcome:
    outcome = validate_and_save(Outcome(engagement=engagement, kind=spec.kind, text=spec.text))
    outcome.directions.set(list(spec.directions))
    return outcome


def commitment_add(*, engagement: Engagement, spec: CommitmentSpec) -> Commitment:
    commitment = validate_and_save(
        Commitment(
            engagement=engagement, person=spec.person, text=spec.text, due_date=spec.due_date
        )
    )
    commitment.directions.set(list(spec.directions))
    return commitment


def quote_add(*, engagement: Engagement, spec: QuoteSpec) -> Quote:
    return validate_and_save(
        Quote(engagement=engagement, person=spec.person, text=spec.text, document=spec.document)
    )


def commitment_set_status(
    *,
    commitment: Commitment,
    status: str,
    on: datetime.date | None = None,
    comment: str | None = None,
) -> Commitment:
    """Set the status; a closed one records its date (today by default) and a comment."""
    return set_closing_status(
        commitment,
        status=status,
        open_status=CommitmentStatus.OPEN,
        on=on,
        comment=comment,
        update_fields=("updated_at",),
    )


def participant_update(
    *, participant: EngagementParticipant, spec: ParticipantSpec
) -> EngagementParticipant:
    """Change a participant; giving an unnamed role a person names it (keeps its role)."""
    participant.person = spec.person
    participant.organisation = spec.organisation or (
        spec.person.organisation if spec.person is not None else None
    )
    participant.role_label = spec.role_label or (
        spec.person.position if spec.person is not None else ""
    )
    participant.role = spec.role
    return validate_and_save(
        participant, update_fields=["person", "organisation", "role_label", "role"]
    )


def outcome_update(*, outcome: Outcome, spec: OutcomeSpec) -> Outcome:
    outcome.kind, outcome.text = spec.kind, spec.text
    validate_and_save(outcome, update_fields=["kind", "text"])
    outcome.directions.set(list(spec.directions))
    return outcome


def commitment_update(*, commitment: Commitment, spec: CommitmentSpec) -> Commitment:
    commitment.text, commitment.person, commitment.due_date = spec.text, spec.person, spec.due_date
    validate_and_save(commitment, update_fields=["text", "person", "due_date", "updated_at"])
    commitment.directions.set(list(spec.directions))
    return commitment


def commitment_remove(*, commitment: Commitment) -> None:
    """Delete a commitment entered by mistake; one that already has tasks must be cancelled."""
    if commitment.tasks.exists():
        raise ValidationError(
            {"text": _("This commitment has tasks: cancel it instead of deleting it.")}
        )
    commitment.delete()


@dataclass
class ProgrammeItemSpec:
    """A part of a visit: a meeting or a site tour on a given day, with the sites seen."""

    kind: str
    title: str
    start_date: datetime.date
    venue: str = ""
    sites: Sequence[Any] = field(default_factory=list)


def programme_item_add(*, engagement: Engagement, spec: ProgrammeItemSpec) -> Engagement:
    return engagement_record(
        kind=spec.kind,
        title=spec.title,
        start_date=spec.start_date,
        status=engagement.status,
        parent=engagement,
        venue=spec.venue,
        municipality=engagement.municipality,
        created_by=engagement.created_by,
        sites=spec.sites,
    )


def programme_item_update(*, item: Engagement, spec: ProgrammeItemSpec) -> Engagement:
    end_date = max(item.end_date, spec.start_date) if item.end_date else spec.start_date
    return apply_changes(
        item,
        changes={
            "kind": spec.kind,
            "title": spec.title.strip(),
            "start_date": spec.start_date,
            "end_date": end_date,
            "venue": spec.venue,
        },
        m2m={"sites": list(spec.sites)},
    )


def programme_item_remove(*, item: Engagement) -> None:
    """Delete a programme item entered by mistake; one with promises or tasks stays."""
    if item.commitments.exists() or item.tasks.exists() or item.parts.exists():
        raise ValidationError(
            {"title": _("This programme item has commitments or tasks and cannot be removed.")}
        )
    item.delete()


# A row of the engagement page's formsets (kept under its old name for the callers).
PartChange = RowChange
# Lazy: translated when shown, in the language of the request.
FOREIGN_ROW = gettext_lazy("A row of another engagement cannot be edited here.")


@transaction.atomic
def engagement_revise(
    *,
    engagement: Engagement,
    changes: dict[str, Any],
    m2m: dict[str, Any] | None = None,
    expected_version: int | None = None,
    participants: Iterable[PartChange] = (),
    outcomes: Iterable[PartChange] = (),
    commitments: Iterable[PartChange] = (),
    programme: Iterable[PartChange] = (),
) -> Engagement:
    """Edit an engagement with its participants, programme, outcomes and commitments.

    The version check of the engagement covers every row: a second person saving the
    same page meanwhile makes this raise ``ConcurrentUpdateError`` and nothing is written.
    """
    engagement = engagement_update(
        engagement=engagement, changes=changes, expected_version=expected_version, m2m=m2m
    )

    def rows(changes: Iterable[RowChange], **actions: Any) -> None:
        apply_row_changes(
            engagement, changes, parent_field="engagement", foreign_message=FOREIGN_ROW, **actions
        )

    rows(
        participants,
        add=lambda spec: engagement_add_participant(
            engagement=engagement, spec=_participant_resolve(spec)
        ),
        update=lambda obj, spec: participant_update(
            participant=obj, spec=_participant_resolve(spec)
        ),
        remove=lambda obj: obj.delete(),
    )
    rows(
        outcomes,
        add=lambda spec: outcome_add(engagement=engagement, spec=spec),
        update=lambda obj, spec: outcome_update(outcome=obj, spec=spec),
        remove=lambda obj: obj.delete(),
    )
    rows(
        commitments,
        add=lambda spec: commitment_add(engagement=engagement, spec=spec),
        update=lambda obj, spec: commitment_update(commitment=obj, spec=spec),
        remove=lambda obj: commitment_remove(commitment=obj),
    )
    # Programme items are parts of the engagement (``parent``), not rows pointing to it.
    apply_row_changes(
        engagement,
        programme,
        parent_field="parent",
        add=lambda spec: programme_item_add(engagement=engagement, spec=spec),
        update=lambda obj, spec: programme_item_update(item=obj, spec=spec),
        remove=lambda obj: programme_item_remove(item=obj),
        foreign_message=FOREIGN_ROW,
    )
    # Organisations of the people taking part belong to the engagement, as on recording.
    org_ids = {
        pk
        for pk in engagement.participants.values_list("organisation_id", flat=True)
        if pk is not None
    }
    if org_ids:
        engagement.organisations.add(*org_ids)
    return engagement


@transaction.atomic
def engagement_delete(*, engagement: Engagement) -> None:
    """Delete an engagement with its participants, outcomes, commitments and quotes."""
    engagement.delete()


@transaction.atomic
def engagement_replace_participants(
    *, engagement: Engagement, participants: Iterable[ParticipantSpec]
) -> None:
    """Replace every participant of the engagement (a reviewed draft names them anew)."""
    engagement.participants.all().delete()
    for spec in participants:
        engagement_add_participant(engagement=engagement, spec=_participant_resolve(spec))


@transaction.atomic
def engagement_delete_drafts(*, document: Any) -> int:
    """Delete the draft engagements built from ``document``; returns how many."""
    drafts = list(document.engagements.filter(status=EngagementStatus.DRAFT))
    for draft in drafts:
        engagement_delete(engagement=draft)
    return len(drafts)
