"""Validators for Russian registration numbers (ИНН, ОГРН) by their check digits."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def is_valid_inn(value: str) -> bool:
    if not value.isdigit() or len(value) not in (10, 12):
        return False
    if len(value) == 10:
        return _check_digit(value, _INN10_WEIGHTS) == int(value[9])
    return _check_digit(value, _INN12_WEIGHTS_1) == int(value[10]) and _check_digit(
        value, _INN12_WEIGHTS_2
    ) == int(value[11])


def is_valid_ogrn(value: str) -> bool:
    if not value.isdigit() or len(value) not in (13, 15):
        return False
    body, check = value[:-1], int(value[-1])
    divisor = 11 if len(value) == 13 else 13
    return int(body) % divisor % 10 == check


def validate_inn(value: str) -> None:
    if value and not is_valid_inn(value):
        raise ValidationError(
            _("ИНН must be 10 or 12 digits with valid check digits."), code="invalid_inn"
        )


def validate_ogrn(value: str) -> None:
    if value and not is_valid_ogrn(value):
        raise ValidationError(
            _("ОГРН must be 13 (ОГРН) or 15 (ОГРНИП) digits with a valid check digit."),
            code="invalid_ogrn",
        )
