from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.engagements.choices import ParticipationRole
from investdesk.engagements.models import (
    Commitment,
    Engagement,
    EngagementParticipant,
    Outcome,
    Quote,
)
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person


class NewOrganisationSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=300)
    kind = serializers.ChoiceField(OrganisationKind.choices, default=OrganisationKind.OTHER)
    country = serializers.CharField(max_length=2, min_length=2, default="RU")


class NewPersonSerializer(serializers.Serializer):
    last_name = serializers.CharField(max_length=150)
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class ParticipantInputSerializer(serializers.Serializer):
    """A participant recorded with the engagement; new people and organisations are created."""

    person = serializers.PrimaryKeyRelatedField(
        queryset=Person.objects.all(), required=False, allow_null=True
    )
    organisation = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, allow_null=True
    )
    role = serializers.ChoiceField(ParticipationRole.choices, default=ParticipationRole.PARTICIPANT)
    role_label = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    new_organisation = NewOrganisationSerializer(required=False, allow_null=True)
    new_person = NewPersonSerializer(required=False, allow_null=True)


class EngagementSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    end_date = serializers.DateField(required=False)
    participants = ParticipantInputSerializer(
        many=True,
        required=False,
        write_only=True,
        help_text=_("On create: the participants, with people and organisations to create."),
    )

    class Meta:
        model = Engagement
        fields = [
            "id",
            "version",
            "kind",
            "status",
            "title",
            "parent",
            "start_date",
            "end_date",
            "venue",
            "venue_organisation",
            "municipality",
            "organisations",
            "sites",
            "projects",
            "directions",
            "documents",
            "summary",
            "minutes",
            "origin_note",
            "participants",
            "created_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_by", "created_at", "updated_at"]


class EngagementParticipantSerializer(serializers.ModelSerializer):
    class Meta:
        model = EngagementParticipant
        fields = ["id", "engagement", "person", "organisation", "role_label", "role"]
        validators = []  # the database constraints are checked by the service


class OutcomeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outcome
        fields = ["id", "engagement", "kind", "text", "directions"]


class CommitmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Commitment
        fields = [
            "id",
            "engagement",
            "person",
            "text",
            "directions",
            "due_date",
            "status",
            "created_at",
        ]
        read_only_fields = ["created_at"]


class CommitmentStatusSerializer(serializers.ModelSerializer):
    class Meta:
        model = Commitment
        fields = ["status"]
        extra_kwargs = {"status": {"required": True}}  # an empty body is a 400, not a 500


class QuoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Quote
        fields = ["id", "engagement", "person", "text", "document"]
