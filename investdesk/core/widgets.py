"""Pickers with server-side search: only the chosen options are rendered up front.

``AutocompleteSelect(kind="projects")`` (and ``AutocompleteSelectMultiple``) render a search
box above the select; static/js/pickers.js asks ``/autocomplete/<kind>/`` (a source
registered in ``core.autocomplete``) for at most 20 matches as the user types. Use them for
every choice that grows with the data — organisations, people, projects, sites, engagements,
users — in forms and in list filters alike.
"""

from typing import Any, ClassVar

from django import forms
from django.urls import reverse
from django.utils.translation import get_language

# The largest primary key (BigAutoField): a larger number in a query string names no record,
# and SQLite cannot even bind it as a parameter.
MAX_ID = 2**63 - 1


def _record_ids(value: list[Any]) -> list[str]:
    """The submitted values that can be primary keys, as strings."""
    return [str(v) for v in value if str(v).isdigit() and int(str(v)) <= MAX_ID]


def _in_range(value: Any) -> Any:
    """A number past the largest key becomes 0, which names no record either: the field then
    refuses it as an unknown choice instead of the database failing on the number."""
    if isinstance(value, str) and value.isdigit() and int(value) > MAX_ID:
        return "0"
    return value


class AutocompleteMixin:
    """Render only the selected records; the rest is searched on the server.

    Lists of organisations or projects grow large: rendering every option made the task
    list 654 KB at 10,000 projects. The field's queryset still validates the submitted
    value (and so applies the user's visibility); it is only not listed.
    """

    template_name = "core/widgets/autocomplete.html"

    def __init__(self, kind: str, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs)
        self.kind = kind

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        value = super().value_from_datadict(data, files, name)
        if isinstance(value, list):
            return [_in_range(v) for v in value]
        return _in_range(value)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["url"] = reverse("core:autocomplete", args=[self.kind])
        return context

    def optgroups(self, name: str, value: list[str], attrs: dict[str, Any] | None = None):
        field_choices = self.choices
        selected = _record_ids(value)
        queryset = getattr(field_choices, "queryset", None)
        if queryset is not None:
            label = field_choices.field.label_from_instance
            objects = queryset.filter(pk__in=selected) if selected else queryset.none()
            empty = [("", "—")] if not self.allow_multiple_selected else []
            self.choices = empty + [(obj.pk, label(obj)) for obj in objects]
        else:
            # A plain list of choices (a ModelChoiceFilter's queryset callable not yet
            # resolved): keep only the chosen ones.
            chosen = [(k, v) for k, v in field_choices if str(k) in selected or k == ""]
            self.choices = chosen
        try:
            return super().optgroups(name, value, attrs)
        finally:
            self.choices = field_choices


class AutocompleteSelect(AutocompleteMixin, forms.Select):
    pass


class AutocompleteSelectMultiple(AutocompleteMixin, forms.SelectMultiple):
    pass


class StaticSelectMultiple(forms.SelectMultiple):
    """A multiple select of fixed choices (``core.filters.StaticChoices``: the countries)
    whose HTML with nothing chosen is written once per name, attributes, renderer, language
    and choices, then reused: 250 options cost 1.5 ms of a list page's CPU each time."""

    _written: ClassVar[dict[tuple[Any, ...], str]] = {}
    _KEEP = 32

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> str:
        if any(v not in ("", None) for v in self.format_value(value)):
            return super().render(name, value, attrs, renderer)
        key = (
            name,
            repr(sorted(self.build_attrs(self.attrs, attrs).items())),
            type(renderer),
            get_language(),
            tuple(self.choices),
        )
        html = self._written.get(key)
        if html is None:
            html = super().render(name, value, attrs, renderer)
            if len(self._written) >= self._KEEP:
                self._written.clear()
            self._written[key] = html
        return html
