from django import forms

from investdesk.core.forms import VersionedForm

from .models import Site


class SiteForm(VersionedForm):
    class Meta:
        model = Site
        fields = [
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
        ]
        widgets = {
            "preferences": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
