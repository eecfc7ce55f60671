"""The fast select renderer writes exactly what Django's templates write."""

import copy
import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from investdesk.core.filters import StaticChoices
from investdesk.core.renderers import FastSelectRenderer
from investdesk.core.widgets import StaticSelectMultiple

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


@pytest.mark.parametrize(
    ("widget", "value"),
    [
        (forms.TextInput(), None),
        (forms.TextInput(attrs={"class": "form-control", "data-x": 'a"b<'}), 'Quotes " & <b>'),
        (forms.TextInput(attrs={"placeholder": gettext_lazy("Investor")}), ""),
        (forms.TextInput(attrs={"data-safe": mark_safe("<i>")}), mark_safe("<b>safe</b>")),
        (forms.NumberInput(attrs={"min": 0, "step": 0.5}), 12),
        (forms.NumberInput(), 1.5),
        (forms.DateInput(attrs={"type": "date"}), datetime.date(2025, 10, 1)),
        (forms.DateInput(), "2025-10-01"),
        (forms.HiddenInput(), 7),
        (forms.EmailInput(attrs={"required": True, "disabled": False}), "a@b.ru"),
        (forms.URLInput(), "https://x.ru/?a=1&b=2"),
        (forms.PasswordInput(render_value=True), "secret"),
        (forms.CheckboxInput(), True),
        (forms.CheckboxInput(), False),
        (forms.Textarea(attrs={"rows": 3}), None),
        (forms.Textarea(), 'Line 1\nLine <2> & "3"'),
        (forms.Textarea(), mark_safe("<b>safe</b>")),
        (forms.Textarea(), 42),
    ],
)
@pytest.mark.parametrize("language", ["ru", "en"])
def test_inputs_same_html_as_the_templates(widget, value, language):
    with translation.override(language):
        fast = widget.render("f", value, attrs={"id": "id_f"}, renderer=FastSelectRenderer())
        django = widget.render("f", value, attrs={"id": "id_f"}, renderer=DjangoTemplates())
    assert fast == django


def test_is_the_project_renderer(settings):
    assert settings.FORM_RENDERER == "investdesk.core.renderers.FastSelectRenderer"


@pytest.mark.parametrize("value", [None, [], [""], ["RU"], ["RU", "CN"]])
def test_a_kept_static_select_writes_what_a_plain_one_writes(value):
    """The country select's HTML with nothing chosen is reused; chosen values, other
    attributes and another language are written afresh, all equal to a plain select's."""
    choices = StaticChoices([("CN", "Китай"), ("RU", "Россия"), ("X&Y", "<X & Y>")])
    renderer = FastSelectRenderer()
    for attrs, language in [({"id": "id_country"}, "ru"), ({"id": "id_c2"}, "ru"), ({}, "en")]:
        with translation.override(language):
            kept = StaticSelectMultiple(attrs={"class": "form-select"}, choices=choices)
            plain = forms.SelectMultiple(attrs={"class": "form-select"}, choices=choices)
            for _ in range(2):  # written, then reused
                assert kept.render("country", value, attrs, renderer) == plain.render(
                    "country", value, attrs, renderer
                )


def test_static_choices_are_shared_by_copies():
    choices = StaticChoices([("RU", "Россия")])
    field = forms.MultipleChoiceField(choices=choices)
    assert copy.deepcopy(field).choices == [("RU", "Россия")]
    assert copy.deepcopy(choices) is choices
