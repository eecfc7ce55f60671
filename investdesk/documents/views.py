from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.generic import UpdateView, View

from investdesk.core.views import FilteredListView, OptimisticUpdateMixin, ProtectedMixin

from .filters import DocumentFilter
from .forms import DocumentForm
from .models import Document
from .selectors import document_detail, document_list
from .services import document_update


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


class DocumentFileView(ProtectedMixin, View):
    """The document's file, for those who read documents (never served from MEDIA_URL)."""

    permission_required = "documents.view_document"

    def get(self, request, pk: int) -> FileResponse:
        document = get_object_or_404(
            document_list().visible_to(request.user).exclude(file=""), pk=pk
        )
        return FileResponse(document.file.open("rb"), as_attachment=True)


class DocumentUpdateView(ProtectedMixin, OptimisticUpdateMixin, UpdateView):
    """Correct a source's title, kind, outlet, address and date; its text stays as received."""

    permission_required = "documents.change_document"
    model = Document
    form_class = DocumentForm
    template_name = "documents/document_form.html"
    success_message = _("Document “%(object)s” saved.")

    def get_queryset(self):
        return document_list().visible_to(self.request.user)

    def perform_update(self, form: DocumentForm) -> Document:
        return document_update(
            document=self.object, changes=form.changes(), expected_version=form.expected_version
        )
