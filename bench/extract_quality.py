"""Score ``extract()`` on the development set against a raw natasha NER baseline.

    python bench/extract_quality.py [../shared/eval-dev] [--details]
    python bench/extract_quality.py --only 085-134 [--half A|B] [--no-baseline]
    python bench/extract_quality.py --only 001-084          # the first 34 texts + the seed
    python bench/extract_quality.py --dir /work/heldout [--half A|B]   # any folder of NNN.txt + NNN.json
    python bench/extract_quality.py --dir SET --against OTHER   # a second annotation scored as if predicted

``--only FROM-TO`` keeps the texts whose number lies in the range (the seed is kept only when
the range starts at 0..1); ``--half A`` keeps the 1st, 3rd, 5th... of them in number order,
``--half B`` the 2nd, 4th, ... - one half to develop on, the other to check on.

Fields: event_type, date, persons, organizations, locations, countries, sectors,
amounts_rub (per-field micro precision/recall/F1 over all documents, then overall
micro-F1 and macro-F1, the mean of the per-field F1). Names match case-insensitively after folding quotes, legal forms, yo and
whitespace, with rapidfuzz ratio >= 90. The baseline maps natasha's PER spans to
persons, ORG to organizations and LOC to locations, and fills nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from natasha import Doc  # noqa: E402

from investdesk.ingest import nlp  # noqa: E402
from investdesk.ingest.extraction import extract_many  # noqa: E402

FIELDS = [
    "event_type",
    "date",
    "persons",
    "organizations",
    "locations",
    "countries",
    "sectors",
    "amounts_rub",
]
NAME_FIELDS = {"persons", "organizations", "locations"}
LEGAL = re.compile(r"^(?:ооо|оао|зао|пао|ао|мро|доо|нко|ано)\s+", re.IGNORECASE)


def norm(value: Any) -> str:
    text = str(value).lower().replace("ё", "е")
    text = re.sub(r"[«»\"“”„'`]", " ", text)
    text = text.replace("–", "-").replace("—", "-")
    text = " ".join(text.split())
    return LEGAL.sub("", text)


def values(doc: dict[str, Any], field: str) -> list[str]:
    raw = doc.get(field)
    if raw is None:
        return []
    if not isinstance(raw, list):
        return [norm(raw)]
    out = []
    for item in raw:
        if isinstance(item, dict):
            item = item.get("name")
        if item is not None:
            out.append(norm(item))
    return list(dict.fromkeys(out))


def match_count(predicted: list[str], gold: list[str], fuzzy: bool) -> int:
    used: set[int] = set()
    hits = 0
    for p in predicted:
        for i, g in enumerate(gold):
            if i in used:
                continue
            if p == g or (fuzzy and fuzz.ratio(p, g) >= 90):
                used.add(i)
                hits += 1
                break
    return hits


def score(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, tuple[int, int, int]]:
    """Per field: (true positives, predicted, gold)."""
    totals: dict[str, tuple[int, int, int]] = {}
    for field in FIELDS:
        tp = pred_n = gold_n = 0
        for predicted, gold in pairs:
            p, g = values(predicted, field), values(gold, field)
            if field in ("event_type", "date") and not g and not p:
                # a correct null counts as a hit for single-valued fields
                tp, pred_n, gold_n = tp + 1, pred_n + 1, gold_n + 1
                continue
            tp += match_count(p, g, field in NAME_FIELDS)
            pred_n += len(p)
            gold_n += len(g)
        totals[field] = (tp, pred_n, gold_n)
    return totals


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def parse_range(spec: str | None) -> tuple[int, int] | None:
    if not spec:
        return None
    low, _, high = spec.partition("-")
    return int(low), int(high or low)


def load(
    folder: Path, only: tuple[int, int] | None = None, half: str | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    docs = []
    seed = folder.parent / "seed"
    with_seed = only is None or (only[0] <= 1 and half is None)
    if with_seed and (seed / "expected.json").exists():
        expected = json.loads((seed / "expected.json").read_text(encoding="utf-8"))
        docs.append(
            (expected["document"], (seed / expected["document"]).read_text("utf-8"), expected)
        )
    paths = sorted(folder.glob("*.txt"))
    if only is not None:
        paths = [p for p in paths if p.stem.isdigit() and only[0] <= int(p.stem) <= only[1]]
    if half is not None:
        paths = paths[{"A": 0, "B": 1}[half.upper()] :: 2]
    for path in paths:
        gold = path.with_suffix(".json")
        if gold.exists():
            docs.append((path.name, path.read_text("utf-8"), json.loads(gold.read_text("utf-8"))))
    return docs


def baseline(texts: list[str]) -> list[dict[str, Any]]:

    m = nlp.models()
    vocab = nlp.extractor("MorphVocab")
    out = []
    for text in texts:
        doc = Doc(text)
        doc.segment(m.segmenter)
        doc.tag_morph(m.morph_tagger)
        doc.tag_ner(m.ner_tagger)
        result: dict[str, list[Any]] = {"persons": [], "organizations": [], "locations": []}
        field = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}
        for span in doc.spans:
            span.normalize(vocab)
            bucket = result[field[span.type]]
            name = span.normal or span.text
            if name not in bucket:
                bucket.append(name)
        out.append(result)
    return out


def table(title: str, totals: dict[str, tuple[int, int, int]]) -> tuple[float, float]:
    """Print the per-field table; return (micro-F1, macro-F1)."""
    print(f"\n{title}")
    print(f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp/pred/gold':>16}")
    all_tp = all_pred = all_gold = 0
    f1s = []
    for field in FIELDS:
        tp, pred, gold = totals[field]
        p, r, f = prf(tp, pred, gold)
        f1s.append(f)
        print(f"{field:<15}{p:7.3f}{r:7.3f}{f:7.3f}{f'{tp}/{pred}/{gold}':>16}")
        all_tp, all_pred, all_gold = all_tp + tp, all_pred + pred, all_gold + gold
    p, r, f = prf(all_tp, all_pred, all_gold)
    print(f"{'micro':<15}{p:7.3f}{r:7.3f}{f:7.3f}{f'{all_tp}/{all_pred}/{all_gold}':>16}")
    macro = sum(f1s) / len(f1s)
    print(f"{'macro':<15}{'':>14}{macro:7.3f}")
    return f, macro


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "eval-dev"
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--dir", type=Path, help="folder to score (same as the positional folder)")
    parser.add_argument("--details", action="store_true", help="print misses per document")
    parser.add_argument("--only", help="range of text numbers, e.g. 085-134")
    parser.add_argument("--half", choices=["A", "B", "a", "b"], help="every other text")
    parser.add_argument("--no-baseline", action="store_true", help="skip raw natasha")
    parser.add_argument(
        "--against",
        type=Path,
        help="folder of a second, independent annotation (NNN.json): score it instead of the engine",
    )
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.folder = args.dir
    if not args.folder.exists():
        print(f"no dev set at {args.folder}", file=sys.stderr)
        return 2

    docs = load(args.folder, parse_range(args.only), args.half)
    if args.against is not None:
        # how far two annotators agree bounds what any extractor can score on the set
        missing = [n for n, _, _ in docs if not (args.against / n).with_suffix(".json").exists()]
        if missing:
            print(
                f"no second annotation in {args.against} for {', '.join(missing)}", file=sys.stderr
            )
            return 2
        second = [
            json.loads((args.against / name).with_suffix(".json").read_text("utf-8"))
            for name, _, _ in docs
        ]
        table("second annotation", score(list(zip(second, [g for _, _, g in docs], strict=True))))
        return 0
    texts = [text for _, text, _ in docs]
    started = time.perf_counter()
    predicted = extract_many(texts)
    elapsed = time.perf_counter() - started
    pairs = list(zip(predicted, [gold for _, _, gold in docs], strict=True))
    print(f"{len(docs)} documents, extract_many in {elapsed:.2f} s")
    engine, engine_macro = table("investdesk extract()", score(pairs))
    if not args.no_baseline:
        base_pairs = list(zip(baseline(texts), [gold for _, _, gold in docs], strict=True))
        base, _ = table("raw natasha NER baseline", score(base_pairs))
        print(f"\nmicro-F1: engine {engine:.3f} vs baseline {base:.3f}")
    print(f"macro-F1: engine {engine_macro:.3f}")
    if args.details:
        for (name, _, gold), pred in zip(docs, predicted, strict=True):
            for field in FIELDS:
                p, g = values(pred, field), values(gold, field)
                fuzzy = field in NAME_FIELDS
                missing = [x for x in g if not match_count([x], p, fuzzy)]
                extra = [x for x in p if not match_count([x], g, fuzzy)]
                if missing or extra:
                    print(f"{name} {field}: missing {missing} extra {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
