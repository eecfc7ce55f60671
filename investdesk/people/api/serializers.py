from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.people.models import Person, Position


class PositionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = ["id", "person", "organisation", "title", "started_on", "ended_on"]
        read_only_fields = ["ended_on"]


class NestedPositionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = ["id", "organisation", "title", "started_on", "ended_on"]


class PersonSerializer(serializers.ModelSerializer):
    """A person; ``email``, ``phone`` and ``notes`` only for curators and administrators."""

    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    full_name = serializers.CharField(read_only=True)
    positions = NestedPositionSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = [
            "id",
            "version",
            "last_name",
            "first_name",
            "patronymic",
            "full_name",
            "name_original",
            "position",
            "organisation",
            "email",
            "phone",
            "notes",
            "positions",
            "merged_into",
            "is_archived",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["merged_into", "is_archived", "created_at", "updated_at"]

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if request is not None and not getattr(user, "sees_personal_data", False):
            for name in Person.PERSONAL_FIELDS:
                fields.pop(name, None)
        return fields
