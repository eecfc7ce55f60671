"""Currency: rates valid at a date and capital investment in roubles."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db.models import (
    Case,
    DecimalField,
    ExpressionWrapper,
    F,
    Value,
    When,
)

from investdesk.reference.models import CurrencyRate

RUB = "RUB"
MONEY = DecimalField(max_digits=24, decimal_places=2)


def currency_rates_at(on: datetime.date) -> dict[str, Decimal]:
    """The latest rate to roubles valid on ``on`` for every currency that has one (1 query)."""
    rates: dict[str, Decimal] = {}
    for currency, rate in (
        CurrencyRate.objects.filter(valid_from__lte=on)
        .order_by("currency", "-valid_from")
        .values_list("currency", "rate_to_rub")
    ):
        rates.setdefault(currency, rate)
    rates[RUB] = Decimal(1)
    return rates


def currency_rate_at(currency: str, on: datetime.date) -> Decimal | None:
    """Roubles per unit of ``currency`` on ``on``; None when no rate is known then."""
    if currency == RUB:
        return Decimal(1)
    return (
        CurrencyRate.objects.filter(currency=currency, valid_from__lte=on)
        .order_by("-valid_from")
        .values_list("rate_to_rub", flat=True)
        .first()
    )


def to_roubles(amount: Decimal | None, currency: str, on: datetime.date) -> Decimal | None:
    if amount is None:
        return None
    rate = currency_rate_at(currency, on)
    return None if rate is None else (amount * rate).quantize(Decimal("0.01"))


def capex_rub_expression(rates: dict[str, Decimal], prefix: str = "") -> Case:
    """SQL expression converting a project's planned capex to roubles with the given rates.

    ``prefix`` reaches the project from another model (``"project__"``). Amounts in a
    currency without a rate give NULL, so they are left out of sums rather than added as
    if they were roubles.
    """
    amount = F(f"{prefix}capex_planned")
    whens = [
        When(
            **{f"{prefix}currency": currency},
            then=ExpressionWrapper(amount * Value(rate), output_field=MONEY),
        )
        for currency, rate in sorted(rates.items())
        if currency != RUB
    ]
    return Case(
        When(**{f"{prefix}currency": RUB}, then=amount),
        *whens,
        default=Value(None, output_field=MONEY),
        output_field=MONEY,
    )
