"""The attachments panel's actions and the one way a file leaves the server.

Files are never served from MEDIA_URL: ``attachment_download`` reads them from the storage
for a user who may see the record (the record's own detail-page rule), and answers 404
otherwise, so nobody learns that a record or a file exists.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET

from investdesk.core.forms import add_service_errors
from investdesk.core.records import files_and_notes_open_to

from . import content, registry, selectors, uploads
from .forms import AttachmentForm
from .services import attachment_archive, attachment_upload, too_large_error

PANEL_TEMPLATE = "attachments/_panel.html"


def panel_context(
    *, record: Model, user: Any, form: AttachmentForm | None = None, request: Any = None
) -> dict:
    """What the panel shows: the record's current files, and the upload form to editors.

    The page that includes the panel has already checked that ``user`` sees ``record``; the
    files of a person are shown only to roles that see personal data."""
    if not files_and_notes_open_to(user, record._meta.label_lower):
        return {"record": record, "hidden": True}
    can_change = user.has_perm(registry.permission(record, "change"))
    return {
        "record": record,
        "kind": registry.kind_of(record),
        "attachments": selectors.current_attachments(record, request=request),
        "can_change": can_change,
        "form": (form or AttachmentForm()) if can_change else None,
        "max_size": uploads.max_bytes(),
    }


def _visible_record(kind: str, object_id: int, user: Any) -> Model:
    model = registry.model_for(kind)
    if model is None:
        raise Http404
    record = registry.visible_records(model, user).filter(pk=object_id).first()
    if record is None:
        raise Http404
    return record


def _answer(request: HttpRequest, record: Model, form: AttachmentForm | None = None):
    """htmx gets the panel again; a plain form post goes back to the record's page."""
    if request.headers.get("HX-Request"):
        return render(
            request, PANEL_TEMPLATE, panel_context(record=record, user=request.user, form=form)
        )
    if form is not None and form.errors:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(record.get_absolute_url())


def _with_file_error(form: AttachmentForm, error: ValidationError) -> AttachmentForm:
    """The bound ``form`` with ``error`` as the file's only error (the file was dropped)."""
    form.is_valid()
    form.errors.pop("file", None)
    form.add_error("file", error)
    return form


def _too_large(form: AttachmentForm) -> AttachmentForm:
    return _with_file_error(form, too_large_error().error_dict["file"][0])


@csrf_exempt  # the token is checked in _receive, after the upload handlers are replaced
def attachment_upload_view(request: HttpRequest, kind: str, object_id: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    record = _visible_record(kind, object_id, request.user)
    if not registry.may_change(request.user, record):
        raise PermissionDenied
    if uploads.declared_too_large(request):
        # Answered before reading the body: the limit holds whatever the client sends. The
        # typed description is not read either: the browser keeps its own (hx-preserve).
        form = AttachmentForm(data={}, files={})
        form.keep_typed_fields()
        return _answer(request, record, _too_large(form))
    handlers = uploads.install(request)
    return _receive(request, record, handlers)


@csrf_protect
def _receive(request: HttpRequest, record: Model, handlers: list) -> HttpResponse:
    form = AttachmentForm(request.POST, request.FILES)
    if uploads.exceeded(handlers):
        return _answer(request, record, _too_large(form))
    refused = uploads.refusal(handlers)
    if refused is not None:
        return _answer(request, record, _with_file_error(form, refused))
    if not form.is_valid():
        return _answer(request, record, form)
    upload = form.cleaned_data["file"]
    try:
        attachment = attachment_upload(
            target=record,
            upload=upload,
            name=upload.name,
            user=request.user,
            description=form.cleaned_data["description"],
        )
    except ValidationError as exc:
        add_service_errors(form, exc)
        return _answer(request, record, form)
    if not request.headers.get("HX-Request"):
        messages.success(request, _("File “%(name)s” attached.") % {"name": attachment})
    return _answer(request, record)


@csrf_protect
def attachment_archive_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    attachment = selectors.attachment_for(pk=pk, user=request.user)
    if attachment is None:
        raise Http404
    attachment = attachment_archive(attachment=attachment, user=request.user)
    if not request.headers.get("HX-Request"):
        messages.success(request, _("File “%(name)s” archived.") % {"name": attachment})
    return _answer(request, attachment.target)


def download_response(attachment: Any) -> FileResponse:
    """The file as a download (inline only for PDF and pictures), never sniffed."""
    kind = content.BY_MEDIA_TYPE.get(attachment.media_type)
    inline = kind is not None and kind.inline
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=not inline,
        filename=attachment.original_name,
        content_type=attachment.media_type if kind else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attachment = selectors.attachment_for(pk=pk, user=request.user)
    if attachment is None:
        raise Http404
    return download_response(attachment)
