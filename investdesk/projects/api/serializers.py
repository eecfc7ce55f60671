from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.accounts.access import sees_everything
from investdesk.accounts.models import User
from investdesk.organisations.models import Organisation
from investdesk.projects.forms import PLAN_FIELDS
from investdesk.projects.models import PipelineStage, Project, ProjectParticipant, StageTransition


class ProjectParticipantSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProjectParticipant
        fields = ["id", "project", "organisation", "role"]
        validators = []  # the service makes adding an existing participant a no-op


class NestedParticipantSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProjectParticipant
        fields = ["id", "organisation", "role"]


class StageTransitionSerializer(serializers.ModelSerializer):
    from_stage = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    to_stage = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = StageTransition
        fields = ["id", "project", "from_stage", "to_stage", "changed_at", "changed_by", "reason"]


class ProjectSerializer(serializers.ModelSerializer):
    """A project. The stage is set on creation; later it changes only through ``move``."""

    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    stage = serializers.SlugRelatedField(
        slug_field="code", queryset=PipelineStage.objects.all(), required=False
    )
    display_title = serializers.CharField(read_only=True)
    participants = NestedParticipantSerializer(many=True, read_only=True)
    investors = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), many=True, required=False, write_only=True
    )
    partners = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), many=True, required=False, write_only=True
    )
    shared_with = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.all(), many=True, required=False
    )

    class Meta:
        model = Project
        fields = [
            "id",
            "version",
            "title",
            "code_name",
            "display_title",
            "description",
            "stage",
            "stage_changed_at",
            "participants",
            "investors",
            "partners",
            "directions",
            *PLAN_FIELDS,
            "confidentiality",
            "next_step",
            "next_step_due",
            "declined_reason",
            "shared_with",
            "is_archived",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "stage_changed_at",
            "declined_reason",
            "is_archived",
            "created_at",
            "updated_at",
        ]

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        # Partners must not learn which other partners a project is shared with.
        if request is not None and not sees_everything(request.user):
            fields.pop("shared_with", None)
        return fields

    def to_representation(self, instance: Project) -> dict:
        data = super().to_representation(instance)
        request = self.context.get("request")
        # A confidential project's real title is for its curator and administrators only.
        data["title"] = instance.title_for(request.user if request is not None else None)
        return data


class ProjectMoveSerializer(serializers.Serializer):
    stage = serializers.SlugRelatedField(slug_field="code", queryset=PipelineStage.objects.all())
    reason = serializers.CharField(max_length=5000)
    version = serializers.IntegerField(required=False, min_value=1)


class PipelineStageSerializer(serializers.ModelSerializer):
    class Meta:
        model = PipelineStage
        fields = ["id", "code", "name_ru", "name_en", "order", "is_closing"]
