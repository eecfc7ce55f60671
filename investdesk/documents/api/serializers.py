from rest_framework import serializers

from investdesk.documents.models import Document


class DocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = [
            "id",
            "version",
            "kind",
            "title",
            "text",
            "file",
            "source_url",
            "source_name",
            "published_on",
            "fetched_at",
            "content_hash",
            "review_status",
            "uploaded_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "version",
            "file",
            "fetched_at",
            "content_hash",
            "review_status",
            "uploaded_by",
            "created_at",
            "updated_at",
        ]
