"""Forms of the agreements app: the agreement with its obligations inline, status changes."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import BootstrapFormMixin, DateInput, VersionedForm
from investdesk.core.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from investdesk.engagements.models import Engagement
from investdesk.organisations.models import Organisation
from investdesk.projects.models import Project

from .models import Agreement

# The agreement's own fields and parties, in the order the form and the API show them.
AGREEMENT_FIELDS = ("kind", "title", "number", "signed_on", "valid_until", "parties")


class AgreementForm(VersionedForm):
    class Meta:
        model = Agreement
        fields = [
            *AGREEMENT_FIELDS,
            "project",
            "engagement",
            "summary",
        ]
        widgets = {
            "signed_on": DateInput(),
            "valid_until": DateInput(),
            "parties": AutocompleteSelectMultiple(kind="organisations"),
            "project": AutocompleteSelect(kind="projects"),
            "engagement": AutocompleteSelect(kind="engagements"),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parties"].queryset = Organisation.objects.active()
        self.fields["project"].queryset = Project.objects.active().visible_to(user)
        self.fields["engagement"].queryset = Engagement.objects.visible_to(user)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        signed, until = cleaned.get("signed_on"), cleaned.get("valid_until")
        if signed and until and until < signed:
            self.add_error("valid_until", _("An agreement cannot expire before it is signed."))
        return cleaned


class ObligationForm(BootstrapFormMixin, forms.Form):
    """One obligation row: who undertook what by when (``id`` set for a stored one)."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    party = forms.ModelChoiceField(
        queryset=Organisation.objects.active(),
        required=False,
        label=_("Party"),
        widget=AutocompleteSelect(kind="organisations"),
    )
    text = forms.CharField(label=_("Obligation"), widget=forms.Textarea(attrs={"rows": 2}))
    deadline = forms.DateField(label=_("Deadline"), required=False, widget=DateInput())


ObligationFormSet = forms.formset_factory(ObligationForm, extra=0, can_delete=True)
# A new agreement starts with two blank rows; they are extra forms, so rows left blank are
# skipped rather than refused.
NewObligationFormSet = forms.formset_factory(ObligationForm, extra=2, can_delete=True)
