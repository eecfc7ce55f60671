from django import forms
from django.utils.translation import gettext_lazy as _

from investdesk.core.forms import VersionedForm, https_formfield

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
    "description",
]


class OrganisationForm(VersionedForm):
    class Meta:
        model = Organisation
        fields = FIELDS
        formfield_callback = https_formfield
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        parents = Organisation.objects.active().only("pk", "name")
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents


class OrganisationCreateForm(OrganisationForm):
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
