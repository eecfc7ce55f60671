"""The benchmark's second-annotation mode: two annotations scored against each other."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "extract_quality.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("extract_quality_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annotation(event: str, sectors: list[str]) -> dict:
    return {
        "event_type": event,
        "date": None,
        "persons": [{"name": "Иван Петров"}],
        "organizations": [{"name": "Энская корпорация развития"}],
        "locations": ["Энская область"],
        "countries": ["CN"],
        "sectors": sectors,
        "amounts_rub": [],
    }


def _write(folder: Path, docs: dict[str, dict]) -> None:
    folder.mkdir()
    for stem, doc in docs.items():
        (folder / f"{stem}.txt").write_text("Текст пресс-релиза.", encoding="utf-8")
        (folder / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")


def _macro(output: str) -> float:
    line = next(line for line in output.splitlines() if line.startswith("macro"))
    return float(line.split()[-1])


def test_identical_annotations_agree_fully(bench, tmp_path, capsys):
    docs = {"001": _annotation("negotiations", ["energy"]), "002": _annotation("forum", [])}
    _write(tmp_path / "first", docs)
    _write(tmp_path / "second", docs)
    assert (
        bench.main(["--dir", str(tmp_path / "first"), "--against", str(tmp_path / "second")]) == 0
    )
    assert _macro(capsys.readouterr().out) == pytest.approx(1.0)


def test_disagreement_lowers_the_score_of_its_fields_only(bench, tmp_path, capsys):
    _write(tmp_path / "first", {"001": _annotation("negotiations", ["energy"])})
    _write(tmp_path / "second", {"001": _annotation("delegation_visit", ["timber"])})
    bench.main(["--dir", str(tmp_path / "first"), "--against", str(tmp_path / "second")])
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.split()}
    assert float(rows["event_type"][3]) == 0.0
    assert float(rows["sectors"][3]) == 0.0
    assert float(rows["persons"][3]) == 1.0
    assert _macro(out) == pytest.approx(6 / 8)
