"""Writes to agreements and their obligations."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from investdesk.core.rows import RowChange, apply_row_changes
from investdesk.core.services import apply_changes, set_closing_status, validate_and_save
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
    return set_closing_status(
        obligation, status=status, open_status=ObligationStatus.OPEN, on=on, comment=comment
    )


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


@transaction.atomic
def agreement_delete(*, agreement: Agreement) -> None:
    """Delete an agreement with its obligations (history keeps their last state)."""
    agreement.delete()


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


@transaction.atomic
def agreement_revise(
    *,
    agreement: Agreement,
    changes: dict[str, Any],
    parties: list[Organisation],
    obligations: list[RowChange],
    expected_version: int | None = None,
) -> Agreement:
    """Save the agreement and its obligations together (the version check covers both)."""
    agreement = agreement_update(
        agreement=agreement, changes=changes, expected_version=expected_version, parties=parties
    )
    apply_row_changes(
        agreement,
        obligations,
        parent_field="agreement",
        add=lambda spec: obligation_add(agreement=agreement, spec=spec),
        update=lambda obligation, spec: obligation_update(obligation=obligation, spec=spec),
        remove=lambda obligation: obligation_remove(obligation=obligation),
        foreign_message=_("An obligation of another agreement cannot be edited here."),
    )
    return agreement
