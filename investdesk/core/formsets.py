"""Inline formsets on edit pages: a row rendered on its own for htmx "add a row"."""

from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

MAX_ROWS = 200


def render_formset_row(
    request: HttpRequest,
    formset_class: type[forms.BaseFormSet],
    *,
    prefix: str,
    col: str = "col-md-4",
    form_kwargs: dict[str, Any] | None = None,
) -> HttpResponse:
    """The empty row number ``?index=N`` of ``formset_class`` under ``prefix``."""
    raw = request.GET.get("index", "0")
    index = int(raw) if raw.isdigit() and int(raw) < MAX_ROWS else 0
    formset = formset_class(prefix=prefix, form_kwargs=form_kwargs or {})
    form = formset._construct_form(index, **(form_kwargs or {}))
    form.empty_permitted = True
    return render(request, "includes/formset_row.html", {"form": form, "col": col})


def changed_forms(formset: forms.BaseFormSet) -> list[forms.Form]:
    """Rows the user filled in or changed (untouched extra rows are skipped)."""
    return [form for form in formset.forms if form.has_changed() and form.cleaned_data]
