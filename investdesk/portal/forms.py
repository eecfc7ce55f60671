"""The portal's forms: the site list's filters and the investor's inquiry.

Every label and message is the portal's own string (translated in
``investdesk/portal/locale``), so a visitor reads them in Russian, English or Chinese.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.reference.models import Direction

from .labels import direction_label
from .spam import stamp_problem

# Extension → the first bytes its content must start with.
ATTACHMENT_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".xls": (b"\xd0\xcf\x11\xe0",),
    ".ppt": (b"\xd0\xcf\x11\xe0",),
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}
CURRENCIES = [("RUB", "RUB"), ("CNY", "CNY"), ("USD", "USD"), ("EUR", "EUR")]


def _direction_choices(language: str, empty: str) -> list[tuple[str, str]]:
    return [("", empty)] + [
        (d.code, direction_label(d, language))
        for d in Direction.objects.filter(is_active=True).order_by("order", "code")
    ]


def _attachment_too_large() -> str:
    return _("The file is too large: at most %(size)s MB.") % {
        "size": round(settings.PORTAL_INQUIRY_MAX_BYTES / 1_048_576)
    }


def _amount(label: str, maximum: int, **kwargs: Any) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=12,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal(0), message=_("Enter a number that is zero or more.")),
            MaxValueValidator(
                Decimal(maximum), message=_("Enter a number no larger than %(limit_value)s.")
            ),
        ],
        widget=forms.NumberInput(attrs={"step": "any", "min": "0"}),
        **kwargs,
    )


class SiteFilterForm(forms.Form):
    direction = forms.ChoiceField(label=_("Direction"), required=False)
    min_area = _amount(_("Free area from, ha"), 100_000)
    min_power = _amount(_("Power from, MW"), 10_000)
    gas = forms.BooleanField(label=_("Gas"), required=False)
    water = forms.BooleanField(label=_("Water"), required=False)
    rail = forms.BooleanField(label=_("Railway"), required=False)

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["direction"].choices = _direction_choices(language, str(_("All directions")))

    def filters(self) -> dict[str, Any]:
        """Valid filters; a wrong value is dropped (with its message shown), not an error page."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", False)}


class InquiryForm(forms.Form):
    company = forms.CharField(
        label=_("Company"),
        max_length=300,
        error_messages={"required": _("Please give the name of your company.")},
    )
    country = forms.ChoiceField(
        label=_("Country"), error_messages={"required": _("Please choose your country.")}
    )
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=200,
        error_messages={"required": _("Please tell us whom to contact.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        error_messages={
            "required": _("Please give an e-mail address for our answer."),
            "invalid": _("This does not look like an e-mail address, e.g. name@company.com."),
        },
    )
    phone = forms.CharField(label=_("Phone"), max_length=50, required=False)
    direction = forms.ChoiceField(label=_("Direction"), required=False)
    site = forms.IntegerField(required=False, widget=forms.HiddenInput)
    area_ha = _amount(_("Land needed, ha"), 100_000)
    power_mw = _amount(_("Power needed, MW"), 10_000)
    gas_m3h = _amount(_("Gas needed, m³/h"), 10_000_000)
    water_m3d = _amount(_("Water needed, m³/day"), 10_000_000)
    needs_rail = forms.BooleanField(label=_("Railway siding needed"), required=False)
    investment_mln = _amount(_("Planned investment, million"), 100_000_000)
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES, initial="RUB")
    jobs = forms.IntegerField(
        label=_("Jobs to be created"),
        required=False,
        min_value=0,
        max_value=1_000_000,
        error_messages={
            "invalid": _("Enter a whole number."),
            "min_value": _("Enter a number that is zero or more."),
            "max_value": _("Enter a number no larger than %(limit_value)s."),
        },
    )
    message = forms.CharField(
        label=_("Your project and questions"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Please describe your project in a few words."),
            "max_length": _("Please keep the message within %(limit_value)d characters."),
        },
    )
    attachment = forms.FileField(
        label=_("Attachment (PDF, Word, Excel, PowerPoint, JPEG or PNG)"), required=False
    )
    consent = forms.BooleanField(
        label=_("I agree that the agency processes these data to answer my inquiry."),
        error_messages={"required": _("We need your consent to answer the inquiry.")},
    )
    # Spam defences (see spam.py): a honeypot people never see and the signed time stamp.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = language
        self.fields["direction"].choices = _direction_choices(language, "—")
        self.fields["country"].choices = [("", "—"), *countries]
        # The browser refuses a file over the limit before sending it (js/attachments.js):
        # a refused body is not read, so the form could not come back with what was typed.
        self.fields["attachment"].widget.attrs.update(
            {
                "data-max-bytes": str(settings.PORTAL_INQUIRY_MAX_BYTES),
                "data-too-large": _attachment_too_large(),
            }
        )
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(field.widget, forms.Select):
                field.widget.attrs.setdefault("class", "form-select")
            elif not isinstance(field.widget, forms.HiddenInput):
                field.widget.attrs.setdefault("class", "form-control")
            if name == "website":
                field.widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @property
    def is_spam(self) -> bool:
        """The honeypot was filled in: a robot. Answered as if accepted, nothing is stored."""
        return bool(self.data.get("website", "").strip())

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        if upload.size > settings.PORTAL_INQUIRY_MAX_BYTES:
            raise forms.ValidationError(_attachment_too_large())
        extension = Path(upload.name).suffix.lower()
        signatures = ATTACHMENT_SIGNATURES.get(extension)
        if signatures is None:
            raise forms.ValidationError(
                _(
                    "This kind of file is not accepted: send PDF, Word, Excel, PowerPoint, JPEG or PNG."
                )
            )
        head = upload.read(8)
        upload.seek(0)
        if not any(head.startswith(signature) for signature in signatures):
            raise forms.ValidationError(
                _("The file's content does not match its extension %(extension)s.")
                % {"extension": extension}
            )
        return upload

    def clean_direction(self):
        code = self.cleaned_data.get("direction")
        if not code:
            return None
        return Direction.objects.filter(code=code, is_active=True).first()

    def clean(self):
        cleaned = super().clean()
        problem = stamp_problem(self.data.get("stamp", ""))
        if problem == "too_fast":
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check it and send it again."),
                code="too_fast",
            )
        if problem in ("expired", "forged"):
            raise forms.ValidationError(
                _("The form has expired. Please check it and send it again."), code="expired"
            )
        return cleaned
