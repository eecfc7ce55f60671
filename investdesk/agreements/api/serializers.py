from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.agreements.forms import AGREEMENT_FIELDS
from investdesk.agreements.models import Agreement, Obligation


class ObligationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Obligation
        fields = ["id", "agreement", "party", "text", "deadline", "status"]


class ObligationStatusSerializer(serializers.ModelSerializer):
    class Meta:
        model = Obligation
        fields = ["status"]
        extra_kwargs = {"status": {"required": True}}  # an empty body is a 400, not a 500


class AgreementSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    obligations = ObligationSerializer(many=True, read_only=True)

    class Meta:
        model = Agreement
        fields = [
            "id",
            "version",
            *AGREEMENT_FIELDS,
            "engagement",
            "project",
            "document",
            "summary",
            "obligations",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
