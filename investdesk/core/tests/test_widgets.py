"""Pickers (core.widgets): a value no record can have renders as nothing chosen."""

import pytest
from django import forms

from investdesk.core.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_create

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999999"  # past the largest 64-bit key


class PickerForm(forms.Form):
    one = forms.ModelChoiceField(
        queryset=Organisation.objects.all(), widget=AutocompleteSelect(kind="organisations")
    )
    many = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.all(),
        widget=AutocompleteSelectMultiple(kind="organisations"),
    )


def test_an_id_past_the_largest_key_renders_without_a_database_error():
    known = organisation_create(name="ZE Optoelectronic", kind="investor", country="CN")
    form = PickerForm(data={"one": HUGE, "many": [HUGE, str(known.pk)]})
    assert not form.is_valid()
    html = str(form["one"]) + str(form["many"])
    assert HUGE not in html
    assert f'value="{known.pk}" selected' in html
    # The same number as a page's initial value (e.g. ``/tasks/new/?project=...``).
    assert HUGE not in str(PickerForm(initial={"one": int(HUGE), "many": [int(HUGE)]})["many"])


def test_a_list_filter_with_such_an_id_answers(curator):
    from investdesk.core.tests.helpers import login

    client = login(curator)
    for url in (f"/tasks/?project={HUGE}", f"/engagements/?organisations={HUGE}"):
        assert client.get(url).status_code == 200, url
