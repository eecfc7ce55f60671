"""Writes to agreements and their obligations."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from investdesk.core.services import validate_and_save
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
