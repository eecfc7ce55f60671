from django.utils.translation import gettext_lazy as _
from django_countries.serializer_fields import CountryField
from rest_framework import serializers

from investdesk.organisations.forms import IDENTITY_FIELDS
from investdesk.organisations.models import Organisation, OrganisationAlias


class OrganisationAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = OrganisationAlias
        fields = ["id", "organisation", "alias", "kind"]


class NestedAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = OrganisationAlias
        fields = ["id", "alias", "kind"]


class OrganisationSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    country = CountryField(required=False)
    aliases = NestedAliasSerializer(many=True, read_only=True)
    new_aliases = serializers.ListField(
        child=serializers.CharField(max_length=300),
        required=False,
        write_only=True,
        help_text=_("Aliases to record on creation."),
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            "version",
            *IDENTITY_FIELDS,
            "description",
            "aliases",
            "new_aliases",
            "merged_into",
            "is_archived",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["merged_into", "is_archived", "created_at", "updated_at"]
