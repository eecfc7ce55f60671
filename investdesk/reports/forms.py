"""The dashboard's filters; every chart reads the same cleaned values."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.reference.models import Direction

from .selectors import DashboardFilters


class CuratorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return str(obj)


class DashboardFilterForm(forms.Form):
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    direction = forms.ModelChoiceField(
        label=_("Direction"),
        queryset=Direction.objects.filter(is_active=True),
        to_field_name="code",
        required=False,
        empty_label=_("All directions"),
    )
    country = forms.ChoiceField(label=_("Investor country"), required=False)
    curator = CuratorChoiceField(
        label=_("Curator"),
        queryset=User.objects.filter(groups__name=Role.CURATOR, is_active=True).distinct(),
        required=False,
        empty_label=_("All curators"),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("All countries")), *countries]
        for name, field in self.fields.items():
            css = (
                "form-select form-select-sm"
                if name in {"direction", "country", "curator"}
                else ("form-control form-control-sm")
            )
            field.widget.attrs.setdefault("class", css)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The period starts after it ends."))
        return cleaned

    def to_filters(self) -> DashboardFilters:
        """Valid filters; invalid input falls back to no filter rather than an error page."""
        data = self.cleaned_data if self.is_valid() else {}
        return DashboardFilters(
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            direction=data.get("direction"),
            country=data.get("country") or "",
            curator=data.get("curator"),
        )
