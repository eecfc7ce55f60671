"""Writes of notes: create, edit own, delete own (an administrator deletes any).

Each write checks the user's right here, not only in the views, so the pages and the API
share one rule. Mentions (``@username``) are notified after the transaction commits, only
to users who may see the record the note is on: a mention never leaks a record.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from investdesk.accounts.models import User
from investdesk.core.services import lock_for_change
from investdesk.notifications.services import mentions_notify

from .models import Note
from .selectors import (
    can_delete_note,
    can_edit_note,
    can_read_notes,
    can_write_notes,
    is_notable,
)


def _notify_mentions(note: Note) -> None:
    """After commit: notify the users mentioned in the note who may see its record."""
    note_id = note.pk

    def send() -> None:
        fresh = Note.objects.select_related("author").filter(pk=note_id).first()
        if fresh is None or fresh.deleted_at is not None:
            return
        target = fresh.target
        if target is None:
            return
        mentions_notify(
            text=fresh.text,
            author=fresh.author,
            target=fresh,
            may_see=lambda user: can_read_notes(user, target),
        )

    transaction.on_commit(send)


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": [_("The note must not be empty.")]})
    return text


def note_create(*, author: User, target: Model, text: str) -> Note:
    """A new note by ``author`` on ``target`` (a record the author may see)."""
    if not is_notable(target):
        raise ValidationError(_("Notes cannot be written on this kind of record."))
    if not can_write_notes(author, target):
        raise PermissionDenied(_("You cannot write notes on this record."))
    note = Note(
        content_type=ContentType.objects.get_for_model(type(target)),
        object_id=target.pk,
        author=author,
        text=_clean_text(text),
    )
    with transaction.atomic():
        note.full_clean()
        note.save()
        _notify_mentions(note)
    return note


def note_update(*, note: Note, user: User, text: str, expected_version: int | None = None) -> Note:
    """The author's new text for own note; a stale ``expected_version`` is refused."""
    if not can_edit_note(user, note):
        raise PermissionDenied(_("Only the author can edit a note."))
    text = _clean_text(text)
    with transaction.atomic():
        locked = lock_for_change(note, expected_version=expected_version)
        if not can_edit_note(user, locked):  # deleted in the meantime
            raise PermissionDenied(_("Only the author can edit a note."))
        if locked.text == text:
            return note
        locked.text = text
        locked.edited_at = timezone.now()
        locked.full_clean()
        locked.save(update_fields=["text", "edited_at", "version", "updated_at"])
        # A user newly mentioned in the edit is notified; one already notified is not.
        _notify_mentions(locked)
    return locked


def note_delete(*, note: Note, user: User, expected_version: int | None = None) -> Note:
    """Soft delete: the note leaves every page, the row stays with who deleted it."""
    if not can_delete_note(user, note):
        raise PermissionDenied(_("Only the author or an administrator can delete a note."))
    with transaction.atomic():
        locked = lock_for_change(note, expected_version=expected_version)
        if locked.deleted_at is not None:
            return locked
        locked.deleted_at = timezone.now()
        locked.deleted_by = user
        locked.save(update_fields=["deleted_at", "deleted_by", "version", "updated_at"])
    return locked
