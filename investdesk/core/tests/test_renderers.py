"""The fast select renderer writes exactly what Django's templates write."""

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from investdesk.core.renderers import FastSelectRenderer

CHOICES = [
    ("", "---------"),
    (1, "Ханты-Мансийск"),
    ("a&b", 'Quotes " and <tags> & ampersands'),
    ("safe", mark_safe("<b>already safe</b>")),
    ("lazy", gettext_lazy("Investor")),
]
GROUPED = [("Group <1>", [(1, "one"), (2, "two")]), ("Group 2", [(3, "three")]), (4, "four")]


@pytest.mark.parametrize(
    ("widget", "value"),
    [
        (forms.Select(choices=CHOICES), 1),
        (forms.Select(choices=CHOICES, attrs={"class": "form-select", "data-x": 'a"b'}), "a&b"),
        (forms.Select(choices=GROUPED), 3),
        (forms.SelectMultiple(choices=CHOICES), [1, "lazy"]),
        (forms.SelectMultiple(choices=GROUPED, attrs={"disabled": True, "hidden": False}), []),
        (forms.NullBooleanSelect(), None),
        (forms.Select(choices=[(1, 2), (3, 4.5)]), 1),  # numbers: left to the template
        (forms.Select(choices=[]), None),
    ],
)
def test_same_html_as_the_templates(widget, value):
    fast = widget.render("field", value, attrs={"id": "id_field"}, renderer=FastSelectRenderer())
    django = widget.render("field", value, attrs={"id": "id_field"}, renderer=DjangoTemplates())
    assert fast == django


def test_is_the_project_renderer(settings):
    assert settings.FORM_RENDERER == "investdesk.core.renderers.FastSelectRenderer"
