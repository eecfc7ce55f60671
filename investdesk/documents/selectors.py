"""Reads of documents for the list and the document page."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from investdesk.engagements.models import Engagement
from investdesk.tasks.models import Task

from .models import Document


def document_list() -> QuerySet[Document]:
    # The text and extraction can be large; the list never shows them.
    return Document.objects.defer("text", "extraction").select_related("uploaded_by")


def document_detail(*, pk: int, user) -> dict:
    document = get_object_or_404(Document.objects.select_related("uploaded_by"), pk=pk)
    return {
        "document": document,
        "engagements": list(
            Engagement.objects.visible_to(user).filter(documents=document).order_by("-start_date")
        ),
        "tasks": list(
            Task.objects.visible_to(user)
            .filter(documents=document)
            .select_related("assignee")
            .order_by("due_date", "id")
        ),
        "agreements": list(document.agreements.order_by("-signed_on")),
    }
