"""Administrators' pages in the interface: import with a preview, likely duplicates, merging."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from investdesk.accounts.choices import Role
from investdesk.organisations.models import Organisation
from investdesk.people.models import Person

from .columns import ENTITIES, headers
from .duplicates import (
    merge_preview,
    organisation_duplicates,
    organisation_merge,
    person_duplicates,
    person_merge,
)
from .forms import ImportForm, MergeForm
from .tabular import import_file, imports_clean


def _upload_dir() -> Path:
    return Path(settings.VAR_DIR) / "imports"


def _require_admin(request) -> None:
    if not request.user.has_role(Role.ADMIN):
        raise PermissionDenied


def _context(request, title: str, **extra):
    return {"title": title, **extra}


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    """Step 1: upload and preview (a dry run). Step 2: confirm, and the same file is imported."""
    _require_admin(request)
    imports_clean(_upload_dir())  # previews nobody confirmed within a day
    if request.method == "POST" and "token" in request.POST:
        entity = request.POST.get("entity", "")
        try:
            token = str(uuid.UUID(request.POST["token"]))
        except ValueError:
            token = ""
        matches = list(_upload_dir().glob(f"{token}.*")) if token else []
        if entity not in ENTITIES or not matches:
            messages.error(request, _("The uploaded file has expired; upload it again."))
            return redirect("dataexchange:import")
        report = import_file(entity, matches[0])
        matches[0].unlink(missing_ok=True)
        if report.ok:
            messages.success(
                request,
                _("Imported: %(c)s created, %(u)s updated, %(n)s unchanged.")
                % {"c": report.created, "u": report.updated, "n": report.unchanged},
            )
            return redirect("dataexchange:import")
        return render(
            request,
            "dataexchange/import.html",
            _context(request, _("Import"), form=ImportForm(), report=report),
        )
    form = ImportForm(request.POST or None, request.FILES or None)
    report = token = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        upload_dir = _upload_dir()
        upload_dir.mkdir(parents=True, exist_ok=True)
        token = str(uuid.uuid4())
        path = upload_dir / f"{token}{Path(upload.name).suffix.lower()}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            report = import_file(form.cleaned_data["entity"], path, dry_run=True)
        except ValueError as exc:  # too large, or not a readable table
            form.add_error("file", str(exc))
            report = None
        if report is None or not report.ok:
            path.unlink(missing_ok=True)
            token = None
    columns = {entity: headers(entity) for entity in ENTITIES}
    return render(
        request,
        "dataexchange/import.html",
        _context(request, _("Import"), form=form, report=report, token=token, columns=columns),
    )


@login_required
def duplicates_view(request):
    _require_admin(request)
    return render(
        request,
        "dataexchange/duplicates.html",
        _context(
            request,
            _("Likely duplicates"),
            organisations=organisation_duplicates(),
            people=person_duplicates(),
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def merge_view(request, kind: str):
    """Preview what would move; merging happens only on an explicit confirmation."""
    _require_admin(request)
    model, merge_service = {
        "organisations": (Organisation, organisation_merge),
        "people": (Person, person_merge),
    }.get(kind, (None, None))
    if model is None:
        raise PermissionDenied
    form = MergeForm(request.POST or request.GET)
    if not form.is_valid():
        return redirect("dataexchange:duplicates")
    keep = get_object_or_404(model, pk=form.cleaned_data["keep"])
    merge = get_object_or_404(model, pk=form.cleaned_data["merge"])
    if keep.pk == merge.pk or merge.merged_into_id:
        messages.error(request, _("Choose two different records that are not merged yet."))
        return redirect("dataexchange:duplicates")
    if request.method == "POST" and form.cleaned_data["confirm"]:
        merge_service(keep=keep, merge=merge, user=request.user)
        messages.success(
            request, _("“%(merge)s” merged into “%(keep)s”.") % {"merge": merge, "keep": keep}
        )
        return redirect("dataexchange:duplicates")
    return render(
        request,
        "dataexchange/merge.html",
        _context(
            request,
            _("Merge preview"),
            kind=kind,
            keep=keep,
            merge=merge,
            preview=merge_preview(keep=keep, merge=merge),
        ),
    )
