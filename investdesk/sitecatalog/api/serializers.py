from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.sitecatalog.forms import EDITABLE_FIELDS
from investdesk.sitecatalog.models import Site


class SiteSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )

    class Meta:
        model = Site
        fields = ["id", "version", *EDITABLE_FIELDS, "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]


class MatchedSiteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Site
        fields = ["id", "name", "kind", "municipality", "free_area_ha", "power_mw", "is_public"]
        read_only_fields = fields


class SiteMatchSerializer(serializers.Serializer):
    """One site ranked for a project: the fit 0-100 and the reasons in words."""

    site = MatchedSiteSerializer(read_only=True)
    score = serializers.IntegerField(read_only=True, min_value=0, max_value=100)
    reasons = serializers.ListField(child=serializers.CharField(), read_only=True)
