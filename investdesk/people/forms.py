from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import DateInput, VersionedForm
from investdesk.core.widgets import AutocompleteSelect
from investdesk.organisations.models import Organisation

from .models import Person

NAME_FIELDS = ["last_name", "first_name", "patronymic", "name_original"]


class PersonForm(VersionedForm):
    """Name and, for those who see personal data, contact details; a new position optionally.

    The position fields are not model fields: a changed position goes through
    ``person_assign_position`` so the previous one is kept in the history.
    """

    position_title = forms.CharField(label=_("Position"), max_length=300, required=False)
    position_organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        # Organisations grow with the data: searched on the server, not rendered whole.
        widget=AutocompleteSelect(kind="organisations"),
    )
    position_started_on = forms.DateField(
        label=_("In this position since"), required=False, widget=DateInput()
    )

    class Meta:
        model = Person
        fields = [*NAME_FIELDS, *Person.PERSONAL_FIELDS]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if user is None or not user.sees_personal_data:
            for name in Person.PERSONAL_FIELDS:
                del self.fields[name]
        self.fields["position_organisation"].queryset = Organisation.objects.active().only(
            "pk", "name"
        )
        if self.instance.pk:
            self.fields["position_title"].initial = self.instance.position
            self.fields["position_organisation"].initial = self.instance.organisation_id

    def position_changed(self) -> bool:
        data = self.cleaned_data
        return (data.get("position_title") or "") != (self.instance.position or "") or (
            getattr(data.get("position_organisation"), "pk", None) != self.instance.organisation_id
        )
