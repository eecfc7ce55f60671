"""Throughput of ``extract_many`` against raw natasha, one process and a worker pool.

    python bench/ingest_speed.py [--docs 510] [--batch 64] [--workers 2] [folder]

Texts: the dev set (and seed) from ../shared, repeated and shuffled up to ``--docs``.
Raw natasha = for each document separately: segment, morphology, NER, normalise spans
(what an ingester without batching would do). ``extract_many`` does all of that plus
the whole extraction. With ``--workers N`` a spawn pool (each worker loads the models
once) runs ``extract_many`` on chunks; reported: documents per second for 1 and N
workers and the peak RSS of every worker.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import sys
import time
from pathlib import Path

# One BLAS thread per process: the pool provides the parallelism, and the single-process
# comparison is not skewed by hidden threads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from natasha import Doc  # noqa: E402

from investdesk.ingest import nlp  # noqa: E402
from investdesk.ingest.extraction import extract_many  # noqa: E402


def load_texts(folder: Path, count: int, seed: int = 7) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    seed_dir = folder.parent / "seed"
    texts += [p.read_text("utf-8") for p in sorted(seed_dir.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder}")
    out = []
    rng = random.Random(seed)
    while len(out) < count:
        batch = texts[:]
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def raw_natasha(texts: list[str]) -> float:

    m = nlp.models()
    vocab = nlp.extractor("MorphVocab")
    started = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(m.segmenter)
        doc.tag_morph(m.morph_tagger)
        doc.tag_ner(m.ner_tagger)
        for span in doc.spans:
            span.normalize(vocab)
    return time.perf_counter() - started


def engine(texts: list[str], batch: int) -> float:

    started = time.perf_counter()
    for i in range(0, len(texts), batch):
        extract_many(texts[i : i + batch])
    return time.perf_counter() - started


def _worker_init() -> None:
    nlp.models()
    extract_many(["Прогрев моделей: делегация из Китая посетила Сургут."])


def _worker_ready(_: int) -> int:
    time.sleep(0.3)  # keeps each worker busy so that every worker gets one
    return os.getpid()


def _worker_chunk(texts: list[str]) -> tuple[int, int, int]:

    extract_many(texts)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return os.getpid(), len(texts), peak_kb


def pool_run(texts: list[str], workers: int, batch: int) -> tuple[float, dict[int, int]]:

    ctx = mp.get_context("spawn")
    chunks = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        pool.map(_worker_ready, range(workers * 2), chunksize=1)
        started = time.perf_counter()
        results = pool.map(_worker_chunk, chunks, chunksize=1)
        elapsed = time.perf_counter() - started
    peaks: dict[int, int] = {}
    for pid, _, peak in results:
        peaks[pid] = max(peaks.get(pid, 0), peak)
    return elapsed, peaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval-dev")
    parser.add_argument("--docs", type=int, default=510)
    parser.add_argument("--batch", type=int, default=64, help="documents per extract_many call")
    parser.add_argument("--workers", type=int, default=0, help="also run a pool of N workers")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no dev set at {args.folder}", file=sys.stderr)
        return 2
    texts = load_texts(args.folder, args.docs)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} documents, {chars / len(texts):.0f} characters on average")

    started = time.perf_counter()
    nlp.models()
    extract_many(texts[:2])  # warm the models and the caches of both paths fairly
    raw_natasha(texts[:2])
    print(f"model load and warm-up: {time.perf_counter() - started:.2f} s")

    raw = raw_natasha(texts)
    ours = engine(texts, args.batch)
    n = len(texts)
    print(f"raw natasha, one document at a time : {raw:6.2f} s  {n / raw:7.1f} docs/s")
    print(
        f"extract_many (batches of {args.batch:>3})       : {ours:6.2f} s  {n / ours:7.1f} docs/s"
    )
    print(f"speed-up of the full extraction over raw natasha: {raw / ours:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")

    if args.workers:
        one, peaks_one = pool_run(texts, 1, args.batch)
        many, peaks = pool_run(texts, args.workers, args.batch)
        print(f"\npool of 1 worker : {one:6.2f} s  {n / one:7.1f} docs/s")
        print(
            f"pool of {args.workers} workers: {many:6.2f} s  {n / many:7.1f} docs/s "
            f"({one / many:.2f}x the single worker)"
        )
        for pid, kb in sorted(peaks.items()):
            print(f"  worker {pid}: peak RSS {kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
