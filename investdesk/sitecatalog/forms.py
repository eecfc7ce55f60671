from django import forms

from investdesk.core.forms import VersionedForm
from investdesk.core.widgets import AutocompleteSelect

from .models import Site

# What a person edits of a site: the form's fields, and the API's besides its read-only ones.
EDITABLE_FIELDS = [
    "name",
    "kind",
    "status",
    "municipality",
    "address",
    "latitude",
    "longitude",
    "operator",
    "area_ha",
    "free_area_ha",
    "power_mw",
    "has_gas",
    "has_water",
    "has_heat",
    "has_rail",
    "has_road",
    "preferences",
    "directions",
    "description",
    "gas_m3h",
    "water_m3d",
    "heat_gcalh",
    "is_public",
    "name_en",
    "name_zh",
    "description_en",
    "description_zh",
    "preferences_en",
    "preferences_zh",
]


class SiteForm(VersionedForm):
    class Meta:
        model = Site
        fields = EDITABLE_FIELDS
        widgets = {
            "preferences": forms.Textarea(attrs={"rows": 3}),
            "operator": AutocompleteSelect(kind="organisations"),
            "description": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
            "description_zh": forms.Textarea(attrs={"rows": 3}),
            "preferences_en": forms.Textarea(attrs={"rows": 3}),
            "preferences_zh": forms.Textarea(attrs={"rows": 3}),
        }
