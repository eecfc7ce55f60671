from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import VersionedForm, https_formfield
from investdesk.core.widgets import AutocompleteSelect

from .models import Organisation

FIELDS = [
    "name",
    "name_original",
    "short_name",
    "kind",
    "country",
    "directions",
    "website",
    "inn",
    "ogrn",
    "registration_number",
    "parent",
    "municipality",
    "address",
    "phone",
    "email",
    "description",
]


class OrganisationForm(VersionedForm):
    class Meta:
        model = Organisation
        fields = FIELDS
        formfield_callback = https_formfield
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "parent": AutocompleteSelect(kind="organisations"),
            "address": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        parents = Organisation.objects.active().only("pk", "name")
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        if self.instance.pk:
            self.fields["aliases"].initial = "\n".join(
                alias.alias for alias in self.instance.aliases.all()
            )

    aliases = forms.CharField(
        label=_("Aliases"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Other names as they appear in texts, one per line."),
    )

    def alias_list(self) -> list[str]:
        return [
            line.strip()
            for line in self.cleaned_data.get("aliases", "").splitlines()
            if line.strip()
        ]


class OrganisationCreateForm(OrganisationForm):
    pass
