from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.support.models import SupportCase, SupportStep


class SupportStepSerializer(serializers.ModelSerializer):
    is_late = serializers.BooleanField(read_only=True)
    days_late = serializers.IntegerField(read_only=True)

    class Meta:
        model = SupportStep
        fields = [
            "id",
            "case",
            "kind",
            "order",
            "target_working_days",
            "target_date",
            "actual_date",
            "note",
            "is_late",
            "days_late",
        ]
        read_only_fields = fields


class SupportStepCompleteSerializer(serializers.Serializer):
    done_on = serializers.DateField()
    note = serializers.CharField(required=False, allow_blank=True, default="")


class SupportCaseSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    steps = SupportStepSerializer(many=True, read_only=True)

    class Meta:
        model = SupportCase
        fields = [
            "id",
            "version",
            "organisation",
            "project",
            "applied_on",
            "subject",
            "status",
            "curator",
            "steps",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
