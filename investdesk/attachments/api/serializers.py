from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from investdesk.attachments import registry
from investdesk.attachments.models import Attachment


class AttachmentSerializer(serializers.ModelSerializer):
    """An attachment's description; the file itself is at ``download_url``."""

    target_type = serializers.SerializerMethodField()
    target_id = serializers.IntegerField(source="object_id", read_only=True)
    uploaded_by = serializers.StringRelatedField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = [
            "id",
            "target_type",
            "target_id",
            "original_name",
            "size",
            "media_type",
            "description",
            "uploaded_by",
            "uploaded_at",
            "is_archived",
            "archived_at",
            "download_url",
        ]
        read_only_fields = fields

    def get_target_type(self, obj: Attachment) -> str:
        return obj.content_type.model

    def get_download_url(self, obj: Attachment) -> str:
        return f"/api/v1/attachments/{obj.pk}/download/"


class AttachmentUploadSerializer(serializers.Serializer):
    """A multipart upload: the record (its type and id), the file, and what it is."""

    target_type = serializers.ChoiceField(choices=[], help_text=_("The record's type."))
    target_id = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    file = serializers.FileField(allow_empty_file=False, use_url=False)
    description = serializers.CharField(max_length=500, required=False, allow_blank=True)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target_type"].choices = registry.kinds()
