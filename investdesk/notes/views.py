"""The notes thread of a record (an htmx panel on its page), editing and deleting a note."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from investdesk.core.services import ConcurrentUpdateError

from .forms import NoteForm
from .models import Note
from .selectors import (
    can_read_notes,
    mention_candidates,
    note_thread_context,
    target_find,
)
from .services import note_create, note_delete, note_update


def _thread(request: HttpRequest, target, form: NoteForm | None = None) -> HttpResponse:
    context = note_thread_context(target=target, user=request.user, form=form or NoteForm())
    return render(request, "notes/_thread.html", context)


def _back(request: HttpRequest, target, note: Note | None = None) -> HttpResponse:
    """htmx swaps the thread in place; a plain form post returns to the record's page."""
    if request.headers.get("HX-Request"):
        return _thread(request, target)
    url = target.get_absolute_url()
    return redirect(f"{url}#{note.anchor}" if note is not None and note.pk else f"{url}#notes")


def _readers_only(request: HttpRequest) -> None:
    """Notes are for the portfolio roles: anybody else is refused before any lookup."""
    if not can_read_notes(request.user):
        raise PermissionDenied


def _own_target(request: HttpRequest, note: Note):
    target = target_find(
        label=note.content_type.app_label + "." + note.content_type.model,
        object_id=note.object_id,
        user=request.user,
    )
    if target is None:
        raise Http404
    return target


@login_required
@require_http_methods(["GET", "POST"])
def note_thread(request: HttpRequest, label: str, object_id: int) -> HttpResponse:
    """GET: the thread panel; POST: add a note to it."""
    _readers_only(request)
    target = target_find(label=label, object_id=object_id, user=request.user)
    if target is None:
        raise Http404
    if request.method == "GET":
        return _thread(request, target)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _thread(request, target, form=form)
    note = note_create(author=request.user, target=target, text=form.cleaned_data["text"])
    return _back(request, target, note)


@login_required
@require_http_methods(["GET", "POST"])
def note_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the note's edit form in place of the note; POST: save it."""
    _readers_only(request)
    note = get_object_or_404(Note.objects.alive().select_related("author", "content_type"), pk=pk)
    target = _own_target(request, note)
    if note.author_id != request.user.pk:
        raise PermissionDenied
    if request.method == "GET":
        form = NoteForm(initial={"text": note.text, "version": note.version})
        return render(request, "notes/_note_edit.html", {"note": note, "form": form})
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            note = note_update(
                note=note,
                user=request.user,
                text=form.cleaned_data["text"],
                expected_version=form.cleaned_data.get("version"),
            )
        except ConcurrentUpdateError as exc:
            form.add_error(None, str(exc))
        else:
            response = _back(request, target, note)
            if request.headers.get("HX-Request"):
                # The form replaced one note; the saved note comes back in its whole thread.
                response["HX-Retarget"] = "#notes"
                response["HX-Reswap"] = "outerHTML"
            return response
    # Shown again with its errors (a stale version among them); 200 so htmx swaps it in.
    return render(request, "notes/_note_edit.html", {"note": note, "form": form})


@login_required
@require_POST
def note_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    _readers_only(request)
    note = get_object_or_404(Note.objects.alive().select_related("content_type"), pk=pk)
    target = _own_target(request, note)
    note_delete(note=note, user=request.user)
    return _back(request, target)


@login_required
def mention_suggestions(request: HttpRequest) -> HttpResponse:
    """Usernames for ``@`` typed in a note: the first few active users matching ``q``."""
    _readers_only(request)
    users = mention_candidates(request.GET.get("q", ""))
    return JsonResponse(
        {"results": [{"username": u.username, "name": u.get_full_name()} for u in users]}
    )
