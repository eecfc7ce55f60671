from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.tasks.forms import TASK_FIELDS, TASK_LINKS
from investdesk.tasks.models import Task


class TaskSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, help_text=_("On update: the version you read.")
    )
    is_overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "version",
            *TASK_FIELDS,
            *TASK_LINKS,
            "direction",
            "sites",
            "documents",
            "created_by",
            "completed_at",
            "remind_days_before",
            "is_overdue",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_by", "completed_at", "created_at", "updated_at"]
