"""Pickers with server-side search (htmx): only the chosen options are rendered up front."""

from typing import Any

from django import forms


class AutocompleteMixin:
    """Render a search box that fetches matching ``<option>``s from ``url`` into the select.

    Lists of organisations or people grow large; rendering every option would make each
    form a page of thousands of rows, so only the selected values are rendered and the
    rest is searched on the server.
    """

    template_name = "engagements/widgets/autocomplete.html"

    def __init__(self, url: str, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs)
        self.url = url

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["url"] = self.url
        return context

    def optgroups(self, name: str, value: list[str], attrs: dict[str, Any] | None = None):
        field_choices = self.choices
        selected = [str(v) for v in value if str(v).isdigit()]
        queryset = getattr(field_choices, "queryset", None)
        if queryset is not None:
            label = field_choices.field.label_from_instance
            objects = queryset.filter(pk__in=selected) if selected else queryset.none()
            empty = [("", "—")] if not self.allow_multiple_selected else []
            self.choices = empty + [(obj.pk, label(obj)) for obj in objects]
        try:
            return super().optgroups(name, value, attrs)
        finally:
            self.choices = field_choices


class AutocompleteSelect(AutocompleteMixin, forms.Select):
    pass


class AutocompleteSelectMultiple(AutocompleteMixin, forms.SelectMultiple):
    pass
