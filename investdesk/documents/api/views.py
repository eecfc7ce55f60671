from typing import Any

from investdesk.core.api import BaseViewSet
from investdesk.documents.choices import DocumentKind
from investdesk.documents.filters import DocumentFilter
from investdesk.documents.models import Document
from investdesk.documents.services import document_delete, document_store

from .serializers import DocumentSerializer


class DocumentViewSet(BaseViewSet):
    """Sources; storing the same text twice returns the stored document."""

    serializer_class = DocumentSerializer
    filterset_class = DocumentFilter
    ordering_fields = ["created_at", "published_on", "title"]
    ordering = ["-created_at"]
    http_method_names = ["get", "post", "delete", "head", "options"]
    versioned = False

    def get_queryset(self):
        return Document.objects.visible_to(self.request.user)

    def create_object(self, data: dict[str, Any]) -> Document:
        data.setdefault("text", "")
        data.setdefault("kind", DocumentKind.OTHER)
        document, _created = document_store(uploaded_by=self.request.user, **data)
        return document

    def destroy_object(self, instance) -> None:
        document_delete(document=instance)
