"""Writes to engagements: recording a visit with everything it produced."""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from investdesk.accounts.models import User
from investdesk.core.services import apply_changes, validate_and_save
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create
from investdesk.people.models import Person
from investdesk.people.services import person_create
from investdesk.reference.models import Direction

from .choices import EngagementStatus, OutcomeKind, ParticipationRole
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


def commitment_set_status(*, commitment: Commitment, status: str) -> Commitment:
    commitment.status = status
    return validate_and_save(commitment, update_fields=["status", "updated_at"])


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
