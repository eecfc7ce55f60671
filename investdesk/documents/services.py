"""Writes to documents: storing a source once, by the hash of its text."""

import hashlib
from typing import Any

from django.db import transaction
from django.utils import timezone

from investdesk.core.services import apply_changes, lock_for_change, validate_and_save

from .models import Document


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace normalised, so re-fetched copies hash the same."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@transaction.atomic
def document_store(*, title: str, text: str, kind: str, **fields: Any) -> tuple[Document, bool]:
    """Store a document unless the same text is already stored; returns (document, created)."""
    digest = content_hash(text) if text else ""
    if digest:
        existing = Document.objects.filter(content_hash=digest).first()
        if existing:
            return existing, False
    fields.setdefault("fetched_at", timezone.now())
    document = Document(title=title[:500], text=text, kind=kind, content_hash=digest, **fields)
    return validate_and_save(document), True


@transaction.atomic
def document_delete(*, document: Document) -> None:
    document.delete()


@transaction.atomic
def document_set_review_status(*, document: Document, status: str) -> Document:
    """Set the review status of ``document`` (the caller's instance, which it returns)."""
    document.version = lock_for_change(document).version
    document.review_status = status
    return validate_and_save(document, update_fields=["review_status", "version", "updated_at"])


def document_update(
    *, document: Document, changes: dict[str, Any], expected_version: int | None = None
) -> Document:
    """Edit a document's own fields (title, kind, source, date, review status) unless
    someone saved it after ``expected_version``."""
    return apply_changes(document, changes=changes, expected_version=expected_version)
