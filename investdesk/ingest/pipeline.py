"""Batches of documents: read or fetch, extract in worker processes, write one by one.

Extraction (the CPU-heavy part) runs in a pool of worker processes that each load the NLP
models once; writing stays in the calling process, one transaction per document, because
the embedded SQLite database has a single writer and because that makes a crash harmless:
whatever was written is complete, and a re-run skips it by its content hash.
"""

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from investdesk.documents.models import Document

from .fetch import FetchError, check_url, feed_items, fetch
from .lexicon_db import lexicon_from_database
from .linking import LinkIndex
from .readers import DocumentError, read_document
from .services import IngestOutcome, document_already_stored, ingest_document
from .workers import Extractor

__all__ = ["Extractor", "SourceText", "read_sources", "run_ingest"]


@dataclass
class SourceText:
    """One document to ingest: its text, or the reason it could not be read."""

    source: str
    text: str = ""
    title: str = ""
    url: str = ""
    error: str = ""
    known: bool = False  # a feed item whose address was ingested before: not fetched again


def _read_path(source: str) -> SourceText:
    try:
        if source == "-":
            data = sys.stdin.buffer.read()
            return SourceText(source, read_document(data, name="stdin"))
        return SourceText(source, read_document(Path(source), name=source))
    except DocumentError as exc:
        return SourceText(source, error=str(exc))
    except OSError as exc:
        return SourceText(source, error=f"{source}: cannot be read ({exc.strerror or exc}).")


def _read_url(url: str, *, already_fetched: Callable[[str], bool] | None) -> Iterator[SourceText]:
    try:
        check_url(url)
        page = fetch(url)
        if page.is_feed:
            for item in feed_items(page):
                if already_fetched and already_fetched(item.url):
                    yield SourceText(item.url, url=item.url, known=True)
                    continue
                yield from _read_url(item.url, already_fetched=None)
            return
        yield SourceText(url, read_document(page.body, name=url, content_type="text/html"), url=url)
    except (FetchError, DocumentError) as exc:
        yield SourceText(url, error=str(exc), url=url)


def read_sources(
    sources: Iterable[str], *, already_fetched: Callable[[str], bool] | None = None
) -> Iterator[SourceText]:
    """Expand paths, '-' (standard input), URLs and feed URLs into texts."""
    for source in sources:
        if source.startswith(("http://", "https://")) or "://" in source:
            yield from _read_url(source, already_fetched=already_fetched)
        else:
            yield _read_path(source)


def run_ingest(
    sources: Iterable[str],
    *,
    workers: int = 1,
    batch_size: int = 50,
    user: Any = None,
    progress: Callable[[int], None] | None = None,
) -> list[Any]:
    """Ingest every source; returns one IngestOutcome per document, errors included."""
    lexicon = lexicon_from_database()
    index = LinkIndex()
    outcomes: list[IngestOutcome] = []

    def already_fetched(url: str) -> bool:
        return Document.objects.filter(source_url=url).exists()

    with Extractor(lexicon=lexicon, workers=workers) as extractor:
        batch: list[SourceText] = []

        def flush() -> None:
            todo = []
            for item in batch:
                if item.error:
                    outcomes.append(IngestOutcome(item.source, "error", item.error))
                    continue
                if item.known:
                    outcomes.append(IngestOutcome(item.source, "duplicate", "already ingested"))
                    continue
                stored = document_already_stored(item.text)
                if stored is not None:
                    outcomes.append(
                        IngestOutcome(item.source, "duplicate", "already ingested", stored.pk)
                    )
                    continue
                todo.append(item)
            for item, extraction in zip(
                todo, extractor.extract([i.text for i in todo]), strict=True
            ):
                outcomes.append(
                    ingest_document(
                        text=item.text,
                        source=item.source,
                        source_url=item.url,
                        title=item.title,
                        extraction=extraction,
                        user=user,
                        index=index,
                    )
                )
            if progress:
                progress(len(batch))
            batch.clear()

        for item in read_sources(sources, already_fetched=already_fetched):
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
        flush()
    return outcomes
