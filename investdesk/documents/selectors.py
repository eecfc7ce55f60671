"""Reads of documents for the list and the document page."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.core import related

from .models import Document

# The extension point of the document page (``core.related``): the engagements and tasks
# and agreements that cite a document come from those apps.
DETAIL_POINT = "documents.document"


def document_list() -> QuerySet[Document]:
    # The text and extraction can be large; the list never shows them.
    return Document.objects.defer("text", "extraction").select_related("uploaded_by")


def document_detail(*, pk: int, user) -> dict:
    document = get_object_or_404(Document.objects.select_related("uploaded_by"), pk=pk)
    return {"document": document, **related.sections(DETAIL_POINT, document, user=user)}
