"""Extraction in worker processes: each loads the NLP models once, then extracts batches.

Kept free of Django models: spawned workers import this module before (and without)
setting Django up. The extraction itself (natasha and its models: seconds and hundreds of
megabytes) is imported only where it runs, so importing the pipeline — as the web pages
that queue ingestion do — costs nothing.
"""

import multiprocessing
from typing import Any

EXTRACT_BATCH = 16

_worker_lexicon: Any = None


def _init_worker(lexicon_data: Any) -> None:
    global _worker_lexicon
    from . import nlp  # natasha and its models: loaded once per worker, see above

    _worker_lexicon = lexicon_data
    nlp.models()  # load the models once per worker, before the first document


def _extract_chunk(texts: list[str]) -> list[dict[str, Any]]:
    from .extraction import extract_many  # natasha: see above

    return extract_many(texts, _worker_lexicon)


class Extractor:
    """Runs extraction in this process (workers=1) or in a pool of worker processes."""

    def __init__(self, *, lexicon: Any, workers: int = 1) -> None:
        self.lexicon = lexicon
        self.workers = max(1, workers)
        self.pool = None
        if self.workers > 1:
            # Spawned workers start clean: a forked child would inherit the parent's open
            # database connection and could close it under the parent on exit.
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(self.workers, initializer=_init_worker, initargs=(lexicon,))

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()

    def extract(self, texts: list[str]) -> list[dict[str, Any]]:
        from .extraction import extract_many  # natasha: see above

        if not texts:
            return []
        if self.pool is None:
            return extract_many(texts, self.lexicon)
        size = max(1, min(EXTRACT_BATCH, len(texts) // self.workers or 1))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        results: list[dict[str, Any]] = []
        for chunk_result in self.pool.imap(_extract_chunk, chunks):
            results.extend(chunk_result)
        return results
