from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.engagements.models import (
    Commitment,
    Engagement,
    EngagementParticipant,
    Outcome,
    Quote,
)


class EngagementSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    end_date = serializers.DateField(required=False)

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
