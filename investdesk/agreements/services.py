"""Writes to agreements and their obligations."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.timezone import localdate
from django.utils.translation import gettext as _

from investdesk.core.services import apply_changes, validate_and_save
from investdesk.organisations.models import Organisation

from .choices import ObligationStatus
from .models import Agreement, Obligation


@dataclass
class ObligationSpec:
    text: str
    party: Organisation | None = None
    deadline: datetime.date | None = None


@transaction.atomic
def agreement_create(
    *,
    kind: str,
    title: str,
    signed_on: datetime.date,
    parties: list[Organisation],
    obligations: list[ObligationSpec] | None = None,
    **fields: Any,
) -> Agreement:
    agreement = validate_and_save(
        Agreement(kind=kind, title=title.strip(), signed_on=signed_on, **fields)
    )
    agreement.parties.set(parties)
    for spec in obligations or []:
        obligation_add(agreement=agreement, spec=spec)
    return agreement


def obligation_add(*, agreement: Agreement, spec: ObligationSpec) -> Obligation:
    return validate_and_save(
        Obligation(agreement=agreement, party=spec.party, text=spec.text, deadline=spec.deadline)
    )


def obligation_set_status(
    *,
    obligation: Obligation,
    status: str,
    on: datetime.date | None = None,
    comment: str | None = None,
) -> Obligation:
    """Set the status; a closed one records its date (today by default) and a comment."""
    obligation.status = status
    obligation.status_date = None if status == ObligationStatus.OPEN else (on or localdate())
    if comment is not None:
        obligation.status_comment = comment.strip()
    return validate_and_save(obligation, update_fields=["status", "status_date", "status_comment"])


def agreement_update(
    *,
    agreement: Agreement,
    changes: dict[str, Any],
    expected_version: int | None = None,
    parties: list[Organisation] | None = None,
) -> Agreement:
    """Edit an agreement's own fields (and parties) unless someone saved it meanwhile."""
    if "title" in changes:
        changes["title"] = changes["title"].strip()
    m2m = {"parties": parties} if parties is not None else None
    return apply_changes(agreement, changes=changes, expected_version=expected_version, m2m=m2m)


def obligation_update(*, obligation: Obligation, spec: ObligationSpec) -> Obligation:
    obligation.text = spec.text
    obligation.party = spec.party
    obligation.deadline = spec.deadline
    return validate_and_save(obligation, update_fields=["text", "party", "deadline"])


def obligation_remove(*, obligation: Obligation) -> None:
    """Delete an obligation entered by mistake; one that already has tasks is cancelled."""
    if obligation.tasks.exists():
        raise ValidationError(
            {"text": _("This obligation has tasks: cancel it instead of deleting it.")}
        )
    obligation.delete()


@dataclass
class ObligationChange:
    """One row of the agreement page's obligations: new (no obligation), edited or removed."""

    spec: ObligationSpec
    obligation: Obligation | None = None
    remove: bool = False


@transaction.atomic
def agreement_revise(
    *,
    agreement: Agreement,
    changes: dict[str, Any],
    parties: list[Organisation],
    obligations: list[ObligationChange],
    expected_version: int | None = None,
) -> Agreement:
    """Save the agreement and its obligations together (the version check covers both)."""
    agreement = agreement_update(
        agreement=agreement, changes=changes, expected_version=expected_version, parties=parties
    )
    for change in obligations:
        if change.obligation is None:
            if not change.remove:
                obligation_add(agreement=agreement, spec=change.spec)
        elif change.obligation.agreement_id != agreement.pk:
            raise ValidationError(_("An obligation of another agreement cannot be edited here."))
        elif change.remove:
            obligation_remove(obligation=change.obligation)
        else:
            obligation_update(obligation=change.obligation, spec=change.spec)
    return agreement
