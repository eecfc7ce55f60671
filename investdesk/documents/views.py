from django.shortcuts import render
from django.views.generic import View

from investdesk.core.views import FilteredListView, ProtectedMixin

from .filters import DocumentFilter
from .models import Document
from .selectors import document_detail, document_list


class DocumentListView(FilteredListView):
    permission_required = "documents.view_document"
    model = Document
    filterset_class = DocumentFilter
    template_name = "documents/document_list.html"
    sort_fields = {
        "created": ("created_at",),
        "published": ("published_on",),
        "title": ("title",),
        "kind": ("kind", "-created_at"),
    }
    default_sort = "-created"
    export_path = "/documents/export.xlsx"

    def get_base_queryset(self):
        return document_list()


class DocumentDetailView(ProtectedMixin, View):
    permission_required = "documents.view_document"

    def get(self, request, pk: int):
        return render(
            request, "documents/document_detail.html", document_detail(pk=pk, user=request.user)
        )
