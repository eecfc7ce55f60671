"""The form renderer: Django's, with <select>, <input> and <textarea> elements written in
Python.

Django renders every ``<option>`` through two template includes (``select_option.html`` and
``attrs.html``); a select of 250 countries costs about 10 ms that way and a list page's filter
form a fifth of the page's CPU time. Every ``<input>`` is two includes too (``text.html``
includes ``input.html``, which includes ``attrs.html``): the new-engagement form's 60 inputs
and text areas took 10-12 ms of its 40 ms of CPU. ``FastSelectRenderer`` writes the same
markup directly, character for character (tests/test_renderers.py compares both), and hands
everything else — and any select whose options use another template — to Django's
templates.
"""

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"
TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"
# Django's templates that are ``{% include "django/forms/widgets/input.html" %}`` alone.
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "checkbox",
        "color",
        "date",
        "datetime",
        "email",
        "file",
        "hidden",
        "number",
        "password",
        "search",
        "tel",
        "text",
        "time",
        "url",
    )
)


def _attrs(attrs: dict[str, Any]) -> str:
    # As django/forms/widgets/attrs.html: False leaves the attribute out, True writes it bare.
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(f' {conditional_escape(name)}="{conditional_escape(_text(value))}"')
    return "".join(parts)


def _text(value: Any) -> str:
    # The |stringformat:"s" filter: a string, left safe if the value was (is_safe=True).
    text = f"{value}"
    return mark_safe(text) if isinstance(value, SafeData) else text


def _is_text(value: Any) -> bool:
    # The template localizes numbers and dates; text is only escaped. Anything but text goes
    # through the template to keep its formatting.
    return isinstance(value, str | Promise)


def render_select(widget: dict[str, Any]) -> str | None:
    """The HTML of django/forms/widgets/select.html for ``widget`` (a widget's context), or
    None when an option or a group is not plain text with the standard option template."""
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            if not _is_text(group_name):
                return None
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in group_choices:
            if option["template_name"] != OPTION_TEMPLATE or not _is_text(option["label"]):
                return None
            parts.append(
                f'\n  <option value="{conditional_escape(_text(option["value"]))}"'
                f"{_attrs(option['attrs'])}>{conditional_escape(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    # select_option.html ends with a line break, select.html too (stripped by render()).
    parts.append("\n</select>")
    return "".join(parts)


def render_input(widget: dict[str, Any]) -> str | None:
    """The HTML of django/forms/widgets/input.html for ``widget``, or None when its value
    is not text (the template would localize a number or a date)."""
    value = widget.get("value")
    if "type" not in widget or (value is not None and not _is_text(value)):
        return None
    shown = "" if value is None else f' value="{conditional_escape(_text(value))}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'
    )


def render_textarea(widget: dict[str, Any]) -> str | None:
    """The HTML of django/forms/widgets/textarea.html for ``widget``, or None when its
    value is not text."""
    value = widget.get("value")
    if value and not _is_text(value):
        return None
    text = conditional_escape(value) if value else ""
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n'
        f"{text}</textarea>"
    )


class FastSelectRenderer(DjangoTemplates):
    """Django's default form renderer; selects, inputs and text areas are written by
    ``render_select``, ``render_input`` and ``render_textarea``."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        if "widget" in context:
            html = None
            if template_name == SELECT_TEMPLATE:
                html = render_select(context["widget"])
            elif template_name in INPUT_TEMPLATES:
                html = render_input(context["widget"])
            elif template_name == TEXTAREA_TEMPLATE:
                html = render_textarea(context["widget"])
            if html is not None:
                return html
        return super().render(template_name, context, request)
