"""Form bases shared by every app's web forms.

``BootstrapFormMixin`` gives widgets Bootstrap classes (and ``is-invalid`` on errors), so
templates render ``{{ field }}`` without extra tags. ``VersionedForm`` is the base of edit
forms of records that two people may edit at once (models with a ``version`` field): it
carries the version the user read in a hidden field and exposes what changed as the
``changes``/``m2m_changes`` dictionaries the services (``apply_changes``) take.

Usage::

    class OrganisationForm(VersionedForm):
        class Meta:
            model = Organisation
            fields = ["name", "kind", "directions"]

    form.expected_version   # int, the version the user started from (None on create)
    form.changes()          # {"name": ..., "kind": ...} (non-m2m model fields)
    form.m2m_changes()      # {"directions": [...]} (m2m fields in Meta.fields)
"""

from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def add_bootstrap_classes(form: forms.BaseForm, *, small: bool = False) -> None:
    """Give every visible widget of ``form`` its Bootstrap 5 class (``-sm`` if small)."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.HiddenInput):
            continue
        if isinstance(widget, forms.CheckboxInput | forms.CheckboxSelectMultiple):
            css = "form-check-input"
        elif isinstance(widget, forms.Select | forms.SelectMultiple):
            css = "form-select form-select-sm" if small else "form-select"
            if isinstance(widget, forms.SelectMultiple) and small:
                widget.attrs.setdefault("size", "3")
        else:
            css = "form-control form-control-sm" if small else "form-control"
        widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()


class BootstrapFormMixin:
    """Add Bootstrap 5 classes to every widget; mark fields with errors as invalid."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_bootstrap_classes(self)

    def full_clean(self) -> None:
        super().full_clean()
        for name in getattr(self, "_errors", None) or {}:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()
                widget.attrs["aria-invalid"] = "true"


def https_formfield(field: models.Field, **kwargs: Any) -> forms.Field | None:
    """``Meta.formfield_callback`` for forms with URL fields: bare domains get https://."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class DateInput(forms.DateInput):
    """A native date picker; the value travels as ISO 8601."""

    input_type = "date"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def check_date_range(form: forms.BaseForm, cleaned: dict[str, Any]) -> dict[str, Any]:
    """An end date before the start date is an error on the end date (as the model says)."""
    start, end = cleaned.get("start_date"), cleaned.get("end_date")
    if start and end and end < start:
        form.add_error("end_date", _("The end date cannot be before the start date."))
    return cleaned


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Put a ValidationError raised by a service onto the form, field by field.

    Errors on fields the form does not show become non-field errors prefixed with the
    model field's name, so nothing is lost and the message still names the field.
    """
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.error_dict.items():
        if field in form.fields:
            form.add_error(field, messages)
        elif field == NON_FIELD_ERRORS:
            form.add_error(None, messages)
        else:
            label = field
            model = getattr(getattr(form, "_meta", None), "model", None)
            if model is not None:
                try:
                    label = str(model._meta.get_field(field).verbose_name)
                except Exception:  # noqa: BLE001 - unknown names keep their raw label
                    label = field
            form.add_error(
                None, ValidationError([f"{label}: {m}" for e in messages for m in e.messages])
            )


class VersionedForm(BootstrapFormMixin, forms.ModelForm):
    """A ModelForm for a ``VersionedModel`` that carries the version it was read at."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version

    @property
    def expected_version(self) -> int | None:
        """The version the user started editing from; None for a new record."""
        if not self.instance.pk:
            return None
        version = self.cleaned_data.get("version")
        # A missing version means a stale or hand-made request: treat it as "unknown"
        # and refuse rather than overwrite.
        return version if version else 0

    def _model_fields(self) -> dict[str, models.Field]:
        opts = self._meta.model._meta
        # Forward fields only: reverse relations (e.g. "aliases") may share a form field's name.
        forward = {f.name: f for f in (*opts.concrete_fields, *opts.many_to_many)}
        # "version" is the form's concurrency token, never a change to save.
        return {
            name: forward[name] for name in self.fields if name in forward and name != "version"
        }

    def changes(self) -> dict[str, Any]:
        """Cleaned values of the plain (non many-to-many) model fields on the form."""
        return {
            name: self.cleaned_data[name]
            for name, field in self._model_fields().items()
            if not field.many_to_many and name in self.cleaned_data
        }

    def m2m_changes(self) -> dict[str, list[Any]]:
        """Cleaned values of the many-to-many model fields on the form."""
        return {
            name: list(self.cleaned_data[name])
            for name, field in self._model_fields().items()
            if field.many_to_many and name in self.cleaned_data
        }

    def conflict_rows(self, current: models.Model) -> list[dict[str, Any]]:
        """Fields where the stored record (saved by someone else) differs from this form.

        Each row: ``{"name", "label", "theirs", "yours"}`` with display strings.
        """
        rows = []
        for name, field in self._model_fields().items():
            if name not in self.cleaned_data:
                continue
            yours = self.cleaned_data[name]
            if field.many_to_many:
                theirs_list = list(getattr(current, name).all())
                if {o.pk for o in theirs_list} == {o.pk for o in yours}:
                    continue
                theirs = ", ".join(str(o) for o in theirs_list)
                yours_text = ", ".join(str(o) for o in yours)
            else:
                theirs_value = getattr(current, name)
                if _same(theirs_value, yours):
                    continue
                theirs = _display(current, field, theirs_value)
                yours_text = _display(current, field, yours)
            rows.append(
                {
                    "name": name,
                    "label": self.fields[name].label or field.verbose_name,
                    "theirs": theirs or _("(empty)"),
                    "yours": yours_text or _("(empty)"),
                }
            )
        return rows


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, models.Model) or isinstance(b, models.Model):
        return getattr(a, "pk", a) == getattr(b, "pk", b)
    if a in (None, "") and b in (None, ""):
        return True
    return str(a) == str(b)


def _display(instance: models.Model, field: models.Field, value: Any) -> str:
    if value in (None, ""):
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    return str(value)
