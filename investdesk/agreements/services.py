"""Writes to agreements and their obligations."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from investdesk.core.services import apply_changes, validate_and_save
from investdesk.organisations.models import Organisation

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


def obligation_set_status(*, obligation: Obligation, status: str) -> Obligation:
    obligation.status = status
    return validate_and_save(obligation, update_fields=["status"])


def agreement_update(
    *,
    agreement: Agreement,
    changes: dict[str, Any],
    expected_version: int | None = None,
    parties: list[Organisation] | None = None,
) -> Agreement:
    m2m = {"parties": parties} if parties is not None else None
    return apply_changes(agreement, changes=changes, expected_version=expected_version, m2m=m2m)


@transaction.atomic
def agreement_delete(*, agreement: Agreement) -> None:
    """Delete an agreement with its obligations (history keeps their last state)."""
    agreement.delete()
