"""Reads of notes, and who may read and write them.

Notes do not import the domain apps (they sit below them): a record is found by its
content type (``app_label.model``) among ``NOTABLE_MODELS``, and its visibility is the
record's own ``visible_to(user)`` queryset, which every domain model takes from
``accounts.access``. Notes are the agency's internal working notes: only the portfolio
roles (curators, leadership, analysts, administrators) read and write them; partners, who
see some projects shared with them, do not see the notes on those projects.
"""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Q, QuerySet

from investdesk.accounts.access import PORTFOLIO_ROLES, sees_everything
from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.core import related
from investdesk.core.records import CURATOR_RECORDS, files_and_notes_open_to

from .models import Note

# The records that carry a thread of notes, as ``app_label.model``.
NOTABLE_MODELS = CURATOR_RECORDS


def label_of(model: type[Model] | Model) -> str:
    return model._meta.label_lower


def is_notable(target: Model) -> bool:
    return label_of(target) in NOTABLE_MODELS


def target_visible_to(target: Model, user: Any) -> bool:
    """Whether ``user`` may see ``target``, by the record's own ``visible_to`` rule."""
    if sees_everything(user) and target.pk is not None and not target._state.adding:
        # The portfolio roles see every record (``accounts.access``): one read from the
        # database (the page's own) is visible without asking the database again.
        return True
    queryset = type(target)._default_manager.filter(pk=target.pk)
    visible_to = getattr(queryset, "visible_to", None)
    if visible_to is None:  # a model without a rule is for the portfolio roles only
        return sees_everything(user) and queryset.exists()
    return visible_to(user).exists()


def target_find(*, label: str, object_id: int | str, user: Any) -> Model | None:
    """The notable record ``label``/``object_id`` if ``user`` may see it, else ``None``."""
    if label not in NOTABLE_MODELS:
        return None
    try:
        object_id = int(object_id)
        model = ContentType.objects.get_by_natural_key(*label.split(".", 1)).model_class()
    except (ValueError, ContentType.DoesNotExist):
        return None
    if model is None or object_id < 1 or object_id > 2**63 - 1:
        return None
    queryset = model._default_manager.filter(pk=object_id)
    visible_to = getattr(queryset, "visible_to", None)
    if visible_to is not None:
        queryset = visible_to(user)
    elif not sees_everything(user):
        return None
    return queryset.first()


def can_read_notes(user: Any, target: Model | None = None) -> bool:
    """Portfolio roles read notes; on ``target`` only if they may see the record."""
    if not sees_everything(user):
        return False
    if target is None:
        return True
    return (
        is_notable(target)
        and files_and_notes_open_to(user, label_of(target))
        and target_visible_to(target, user)
    )


def can_write_notes(user: Any, target: Model | None = None) -> bool:
    return can_read_notes(user, target)


def can_edit_note(user: Any, note: Note) -> bool:
    """Only the author edits a note, and only while it is not deleted."""
    return (
        note.deleted_at is None
        and getattr(user, "is_authenticated", False)
        and note.author_id == user.pk
        and sees_everything(user)
    )


def can_delete_note(user: Any, note: Note) -> bool:
    """The author deletes own notes; an administrator deletes any."""
    if note.deleted_at is not None or not sees_everything(user):
        return False
    return note.author_id == user.pk or user.has_role(Role.ADMIN)


def notes_of(target: Model) -> QuerySet[Note]:
    """The live notes of one record, oldest first, with their authors (one query)."""
    return Note.objects.alive().about(target).select_related("author").order_by("created_at", "id")


def current_notes(target: Model, *, request: Any = None) -> list[Note]:
    """``notes_of(target)`` read once per request: a detail page shows them in its thread
    and on its timeline, which would otherwise read them twice."""
    return related.read_once(request, target, "notes", lambda: list(notes_of(target)))


def notes_visible_to(user: Any) -> QuerySet[Note]:
    """Every live note ``user`` may read (the API's list; filter it by target)."""
    if not sees_everything(user):
        return Note.objects.none()
    content_types = [
        ContentType.objects.get_by_natural_key(*label.split(".", 1))
        for label in NOTABLE_MODELS
        if files_and_notes_open_to(user, label)
    ]
    return (
        Note.objects.alive()
        .filter(content_type__in=content_types)
        .select_related("author", "content_type")
    )


def note_thread_context(
    *, target: Model, user: Any, form: Any = None, request: Any = None
) -> dict[str, Any]:
    """What the thread panel of ``target`` shows to ``user``: its notes, each with what the
    user may do with it, and the form. A constant number of queries, however many notes."""
    readable = can_read_notes(user, target)
    notes = current_notes(target, request=request) if readable else []
    is_admin = readable and user.has_role(Role.ADMIN)
    rows = [
        {
            "note": note,
            "can_edit": note.author_id == user.pk,
            "can_delete": note.author_id == user.pk or is_admin,
        }
        for note in notes
    ]
    return {
        "target": target,
        "readable": readable,
        "rows": rows,
        "form": form,
        "label": label_of(target),
    }


def mention_candidates(query: str, *, limit: int = 8) -> list[Any]:
    """Active users whose username or name starts with ``query`` (the ``@`` autocomplete)."""
    query = query.strip().lstrip("@")
    # Only colleagues who can read notes: a partner mentioned would be told nothing.
    users = User.objects.filter(is_active=True, groups__name__in=PORTFOLIO_ROLES).distinct()
    if query:
        users = users.filter(
            Q(username__istartswith=query)
            | Q(first_name__istartswith=query)
            | Q(last_name__istartswith=query)
        )
    return list(users.order_by("username")[:limit])
