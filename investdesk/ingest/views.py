"""Ingestion pages: add press releases (paste, upload, URL, feed) and review extractions."""

import html
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from investdesk.core.forms import add_bootstrap_classes
from investdesk.documents.choices import ReviewStatus
from investdesk.documents.models import Document

from .forms import FeedForm, PasteForm, ReviewForm, UploadForm, UrlForm
from .lexicon_db import lexicon_from_database
from .models import Feed
from .readers import DocumentError, read_document
from .services import (
    default_decisions,
    feed_register,
    ingest_document,
    review_confirm,
    review_reject,
)
from .tasks import ingest_sources_task

PERMISSION = "documents.add_document"


def _ingest_one(request: HttpRequest, *, text: str, source: str, title: str = "", url: str = ""):
    # Extraction loads natasha and its models (seconds, hundreds of MB): only when used.
    from .extraction import extract

    outcome = ingest_document(
        text=text,
        source=source,
        title=title,
        source_url=url,
        extraction=extract(text, lexicon_from_database()),
        user=request.user,
    )
    if outcome.status == "duplicate":
        messages.info(request, _("This text has already been ingested."))
    return redirect("ingest:review", pk=outcome.document_id)


@login_required
@permission_required(PERMISSION, raise_exception=True)
def index(request: HttpRequest) -> HttpResponse:
    forms = {
        "paste": PasteForm(prefix="paste"),
        "upload": UploadForm(prefix="upload"),
        "url": UrlForm(prefix="url"),
        "feed": FeedForm(prefix="feed"),
    }
    if request.method == "POST":
        which = request.POST.get("form")
        if which == "paste":
            form = forms["paste"] = PasteForm(request.POST, prefix="paste")
            if form.is_valid():
                try:
                    text = read_document(
                        form.cleaned_data["text"].encode("utf-8"), name=_("pasted text")
                    )
                except DocumentError as exc:
                    form.add_error("text", str(exc))
                else:
                    return _ingest_one(
                        request,
                        text=text,
                        source=_("pasted text"),
                        title=form.cleaned_data["title"],
                        url=form.cleaned_data["source_url"],
                    )
        elif which == "upload":
            form = forms["upload"] = UploadForm(request.POST, request.FILES, prefix="upload")
            if form.is_valid():
                upload = form.cleaned_data["file"]
                try:
                    text = read_document(upload.read(), name=upload.name)
                except DocumentError as exc:
                    form.add_error("file", str(exc))
                else:
                    return _ingest_one(request, text=text, source=upload.name)
        elif which == "url":
            form = forms["url"] = UrlForm(request.POST, prefix="url")
            if form.is_valid():
                ingest_sources_task([form.cleaned_data["url"]], request.user.pk)
                messages.success(
                    request,
                    _(
                        "The address is queued for ingestion; its documents appear below when "
                        "ready. If it cannot be read, you will get a notification saying so."
                    ),
                )
                return redirect("ingest:index")
        elif which == "feed":
            form = forms["feed"] = FeedForm(request.POST, prefix="feed")
            if form.is_valid():
                feed_register(**form.cleaned_data)
                messages.success(
                    request, _("The feed is registered and will be polled on schedule.")
                )
                return redirect("ingest:index")
    for form in forms.values():
        add_bootstrap_classes(form)
    awaiting = Document.objects.filter(review_status=ReviewStatus.NEW).order_by("-created_at")[:100]
    feeds = Feed.objects.all()[:100]
    return render(
        request, "ingest/index.html", {"forms": forms, "awaiting": awaiting, "feeds": feeds}
    )


# When two mentions cover the same words, the more specific one is highlighted.
MENTION_PRIORITY = {"site": 0, "person": 1, "organization": 2, "amount": 3, "date": 3, "sector": 4}


def highlight(text: str, mentions: list[dict[str, Any]]) -> SafeString:
    """The text with every mention wrapped in <mark>, escaped; overlapping mentions are dropped."""
    pieces, position = [], 0
    for mention in sorted(
        mentions or [],
        key=lambda m: (m.get("start", 0), -m.get("end", 0), MENTION_PRIORITY.get(m.get("type"), 9)),
    ):
        start, end = mention.get("start"), mention.get("end")
        if start is None or end is None or start < position or end > len(text):
            continue
        kind = str(mention.get("type", "other"))
        pieces.append(html.escape(text[position:start]))
        title = html.escape(
            f"{kind}: {mention.get('normal') or mention.get('text') or ''}", quote=True
        )
        pieces.append(
            f'<mark class="mention mention-{html.escape(kind, quote=True)}" title="{title}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return mark_safe("".join(pieces).replace("\n", "<br>"))  # noqa: S308 (every piece escaped)


@login_required
@permission_required(PERMISSION, raise_exception=True)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    if document.review_status != ReviewStatus.NEW:
        engagement = document.engagements.order_by("id").first()
        if document.review_status == ReviewStatus.CONFIRMED and engagement:
            messages.info(request, _("This document has already been confirmed."))
            return redirect(engagement.get_absolute_url())
    decisions = default_decisions(document)
    form = ReviewForm(request.POST or None, decisions=decisions)
    if request.method == "POST" and form.is_valid():
        try:
            engagement = review_confirm(
                document=document, decisions=form.reviewed_decisions(), user=request.user
            )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The engagement and its records are saved."))
            return redirect(engagement.get_absolute_url())
    extraction = document.extraction or {}
    return render(
        request,
        "ingest/review.html",
        {
            "document": document,
            "form": form,
            "highlighted": highlight(document.text, extraction.get("mentions", [])),
            "extraction": extraction,
        },
    )


@login_required
@permission_required(PERMISSION, raise_exception=True)
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    try:
        review_reject(document=document, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("ingest:review", pk=pk)
    messages.success(request, _("The document is kept; nothing was created from it."))
    return redirect("ingest:index")
