"""The documents picker (``/autocomplete/documents/``): newest first."""

from django.db.models import Q

from investdesk.core.autocomplete import AutocompleteSource, autocomplete_register

from .models import Document


def register() -> None:
    autocomplete_register(
        "documents",
        AutocompleteSource(
            permission="documents.view_document",
            queryset=lambda user: Document.objects.visible_to(user),
            match=lambda text, user: Q(title__icontains=text),
            order=("-pk",),
        ),
    )
