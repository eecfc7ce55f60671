from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import BootstrapFormMixin

from .columns import ENTITIES
from .tabular import MAX_IMPORT_BYTES

ENTITY_CHOICES = [
    ("organisations", _("Organisations")),
    ("people", _("People")),
    ("projects", _("Projects")),
    ("sites", _("Sites")),
    ("engagements", _("Engagements")),
]
assert {value for value, _label in ENTITY_CHOICES} == set(ENTITIES)


class ImportForm(BootstrapFormMixin, forms.Form):
    entity = forms.ChoiceField(label=_("What the file holds"), choices=ENTITY_CHOICES)
    file = forms.FileField(label=_("File (.xlsx or .csv)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError(_("Upload an .xlsx or .csv file."))
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is too large: import at most %(mb)s MB at a time.")
                % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
            )
        return upload


class MergeForm(forms.Form):
    keep = forms.IntegerField(widget=forms.HiddenInput)
    merge = forms.IntegerField(widget=forms.HiddenInput)
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
