from typing import Any

from django.db.models import Model
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from rest_framework import exceptions, permissions

from investdesk.core.api import BaseViewSet, versioned_schema
from investdesk.notes.models import Note
from investdesk.notes.selectors import (
    NOTABLE_MODELS,
    can_delete_note,
    can_edit_note,
    can_read_notes,
    notes_visible_to,
    target_find,
)
from investdesk.notes.services import note_create, note_delete, note_update

from .serializers import NoteSerializer


class NoteFilter(filters.FilterSet):
    """The thread of one record: ``?target_type=engagements.engagement&target_id=5``."""

    target_type = filters.ChoiceFilter(
        choices=[(label, label) for label in NOTABLE_MODELS], method="filter_target_type"
    )
    target_id = filters.NumberFilter(field_name="object_id", min_value=1, max_value=2**63 - 1)
    author = filters.CharFilter(field_name="author__username")

    class Meta:
        model = Note
        fields = ["target_type", "target_id", "author"]

    def filter_target_type(self, queryset, name: str, value: str):
        app_label, model = value.split(".", 1)
        return queryset.filter(content_type__app_label=app_label, content_type__model=model)


class NotePermission(permissions.IsAuthenticated):
    """Readers of the portfolio read and write notes; the author edits, the author or an
    administrator deletes (the services check the same again)."""

    def has_permission(self, request, view) -> bool:
        return super().has_permission(request, view) and can_read_notes(request.user)

    def has_object_permission(self, request, view, obj: Note) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        if request.method == "DELETE":
            return can_delete_note(request.user, obj)
        return can_edit_note(request.user, obj)


@versioned_schema
class NoteViewSet(BaseViewSet):
    """Notes on records. Everybody who reads notes reads them all; each user edits and
    deletes only own notes (an administrator deletes any), checked by the services."""

    serializer_class = NoteSerializer
    filterset_class = NoteFilter
    # Notes have no model permissions per role: the rule is in the selectors and services.
    permission_classes = [NotePermission]
    ordering_fields = ["created_at", "id"]
    ordering = ["created_at", "id"]

    def get_queryset(self):
        return notes_visible_to(self.request.user)

    def _target(self, data: dict[str, Any]) -> Model:
        target = target_find(
            label=data.pop("target_label"),
            object_id=data.pop("object_id"),
            user=self.request.user,
        )
        if target is None:
            raise exceptions.ValidationError(
                {"target_id": [_("No such record, or you cannot see it.")]}
            )
        return target

    def create_object(self, data: dict[str, Any]) -> Note:
        return note_create(author=self.request.user, target=self._target(data), text=data["text"])

    def update_object(self, instance: Note, data: dict[str, Any], version: int | None) -> Note:
        if "text" not in data:
            return instance
        return note_update(
            note=instance, user=self.request.user, text=data["text"], expected_version=version
        )

    def destroy_object(self, instance: Note) -> None:
        note_delete(note=instance, user=self.request.user)
