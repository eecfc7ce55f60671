"""Extraction quality on the seed and the development set, plus unit checks.

The seed and dev texts are read from ``../shared`` next to the repository (never
copied in); those tests are skipped when it is absent. Tolerances:

* dev set (seed + 34 items), micro F1 per field over all documents must stay at or
  above ``FIELD_FLOORS`` (the engine scores 0.93-1.00 when this was written, so each
  floor leaves a margin of about 0.05-0.1 for lexicon edits);
* per document, persons F1 >= 0.75 and amounts exactly as annotated;
* the seed must match field by field (organizations: all expected ones found, extra
  named SEZs/technoparks are allowed because the dev convention lists them).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from investdesk.ingest.extraction import extract, extract_many
from investdesk.ingest.lexicon import Lexicon

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
DEV = SHARED / "eval-dev"
SEED = SHARED / "seed"
needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval-dev is absent")

FIELD_FLOORS = {
    "event_type": 0.85,
    "date": 0.95,
    "persons": 0.93,
    "organizations": 0.88,
    "locations": 0.85,
    "countries": 0.92,
    "sectors": 0.88,
    "amounts_rub": 0.92,
}
# Texts 085-134 (25) came later from regions and partners the first set lacked; the
# engine was scored on them before it was changed (macro 0.82) and then developed on one
# half and checked on the other. Floors a little below what it scores now (0.92).
HELD_OUT_FLOORS = {
    "event_type": 0.65,
    "persons": 0.95,
    "organizations": 0.78,
    "countries": 0.92,
    "sectors": 0.82,
    "amounts_rub": 0.95,
}
HELD_OUT_MACRO = 0.88
NAME_FIELDS = {"persons", "organizations", "locations"}
LAST_DEV_TEXT = 84  # texts 001-084 (34) are the development set the floors were set on


def _norm(value: object) -> str:
    text = str(value).lower().replace("ё", "е")
    text = re.sub(r"[«»\"“”„]", " ", text).replace("–", "-")
    text = re.sub(r"^(?:ооо|оао|зао|пао|ао|мро|доо)\s+", "", " ".join(text.split()))
    return text


def _values(doc: dict, field: str) -> list[str]:
    raw = doc.get(field)
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    return list(dict.fromkeys(_norm(i["name"] if isinstance(i, dict) else i) for i in items))


def _hits(pred: list[str], gold: list[str], fuzzy: bool) -> int:
    used: set[int] = set()
    hits = 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and (p == g or (fuzzy and fuzz.ratio(p, g) >= 90)):
                used.add(i)
                hits += 1
                break
    return hits


def _f1(tp: int, pred: int, gold: int) -> float:
    if pred == 0 and gold == 0:
        return 1.0
    return 2 * tp / (pred + gold) if pred + gold else 0.0


@pytest.fixture(scope="module")
def dev_results() -> list[tuple[str, dict, dict]]:
    if not DEV.is_dir():
        pytest.skip("../shared/eval-dev is absent")
    docs = []
    expected = json.loads((SEED / "expected.json").read_text("utf-8"))
    docs.append((expected["document"], (SEED / expected["document"]).read_text("utf-8"), expected))
    for path in sorted(DEV.glob("*.txt")):
        if not path.stem.isdigit() or int(path.stem) > LAST_DEV_TEXT:
            continue  # later texts are the held-out set: bench/extract_quality.py scores them
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        docs.append((path.name, path.read_text("utf-8"), gold))
    predicted = extract_many([text for _, text, _ in docs])
    return [(name, pred, gold) for (name, _, gold), pred in zip(docs, predicted, strict=True)]


def _field_f1(results: list[tuple[str, dict, dict]], field: str) -> float:
    tp = pred_n = gold_n = 0
    for _, pred, gold in results:
        p, g = _values(pred, field), _values(gold, field)
        if field in ("event_type", "date") and not p and not g:
            tp, pred_n, gold_n = tp + 1, pred_n + 1, gold_n + 1
            continue
        tp += _hits(p, g, field in NAME_FIELDS)
        pred_n, gold_n = pred_n + len(p), gold_n + len(g)
    return _f1(tp, pred_n, gold_n)


@pytest.fixture(scope="module")
def held_out_results() -> list[tuple[str, dict, dict]]:
    paths = [p for p in sorted(DEV.glob("*.txt")) if p.stem.isdigit() and int(p.stem) > 84]
    if not paths:
        pytest.skip("../shared/eval-dev has no texts after 084")
    golds = [json.loads(p.with_suffix(".json").read_text("utf-8")) for p in paths]
    predicted = extract_many([p.read_text("utf-8") for p in paths])
    return [(p.name, pred, gold) for p, pred, gold in zip(paths, predicted, golds, strict=True)]


@needs_shared
def test_held_out_texts_keep_their_score(held_out_results):
    fields = ["event_type", "date", "persons", "organizations", "locations", "countries"]
    fields += ["sectors", "amounts_rub"]
    scores = {field: _field_f1(held_out_results, field) for field in fields}
    low = {f: round(scores[f], 3) for f, floor in HELD_OUT_FLOORS.items() if scores[f] < floor}
    assert not low
    assert sum(scores.values()) / len(scores) >= HELD_OUT_MACRO


@needs_shared
@pytest.mark.parametrize("field", list(FIELD_FLOORS))
def test_dev_set_field_f1(dev_results, field):
    tp = pred_n = gold_n = 0
    for _, pred, gold in dev_results:
        p, g = _values(pred, field), _values(gold, field)
        if field in ("event_type", "date") and not p and not g:
            tp, pred_n, gold_n = tp + 1, pred_n + 1, gold_n + 1
            continue
        tp += _hits(p, g, field in NAME_FIELDS)
        pred_n, gold_n = pred_n + len(p), gold_n + len(g)
    assert _f1(tp, pred_n, gold_n) >= FIELD_FLOORS[field]


@needs_shared
def test_dev_set_per_document_persons_and_amounts(dev_results):
    failures = []
    for name, pred, gold in dev_results:
        p, g = _values(pred, "persons"), _values(gold, "persons")
        if _f1(_hits(p, g, True), len(p), len(g)) < 0.75:
            failures.append((name, "persons", p, g))
        if sorted(pred["amounts_rub"]) != sorted(gold.get("amounts_rub", [])):
            failures.append((name, "amounts", pred["amounts_rub"], gold.get("amounts_rub")))
    assert not failures


@needs_shared
def test_every_result_has_the_schema(dev_results):
    keys = {
        "event_type",
        "date",
        "duration_days",
        "persons",
        "unnamed_participants",
        "organizations",
        "sites",
        "locations",
        "countries",
        "sectors",
        "amounts_rub",
        "commitments",
        "quotes",
        "mentions",
    }
    for _, pred, _ in dev_results:
        assert set(pred) == keys
        for mention in pred["mentions"]:
            assert set(mention) == {"type", "text", "start", "end", "normal"}


@needs_shared
def test_seed_field_by_field(dev_results):
    _, pred, gold = dev_results[0]
    assert pred["event_type"] == gold["event_type"]
    assert pred["date"] is None
    assert pred["duration_days"] == 2
    assert pred["persons"] == gold["persons"]
    assert pred["unnamed_participants"] == gold["unnamed_participants"]
    found = {_norm(o["name"]): o for o in pred["organizations"]}
    for org in gold["organizations"]:
        assert found[_norm(org["name"])]["kind"] == org["kind"]
        assert found[_norm(org["name"])]["country"] == org["country"]
    assert pred["sites"] == gold["sites"]
    locations = _values(pred, "locations")
    assert _hits(locations, _values(gold, "locations"), True) >= 3
    assert pred["countries"] == ["CN"]
    assert set(pred["sectors"]) == set(gold["sectors"])
    assert pred["amounts_rub"] == []
    [commitment] = pred["commitments"]
    assert commitment["who"] == "Наталья Огородникова"
    assert "будет детально проработано" in commitment["text"]
    assert commitment["covers"] == gold["commitments"][0]["covers"]
    assert [q["speaker"] for q in pred["quotes"]] == [q["speaker"] for q in gold["quotes"]]
    for got, want in zip(pred["quotes"], gold["quotes"], strict=True):
        assert got["starts_with"].startswith(want["starts_with"])


# --------------------------------------------------------------------------- units
# Sentences below are written for these tests, not taken from any press release.


def test_position_before_name_and_feminine_surname():
    result = extract(
        "Переговоры провела первый заместитель министра экономики Свердловской области "
        "Ирина Соколова. Ирину Соколову поддержал директор компании «Уралсталь» Пётр Лебедев."
    )
    people = {p["name"]: p for p in result["persons"]}
    # the ministry named in the title is her organisation (as for a foreign ministry)
    assert people["Ирина Соколова"]["position"] == "первый заместитель"
    assert people["Ирина Соколова"]["organization"] == "Министерство экономики Свердловской области"
    assert people["Пётр Лебедев"]["position"] == "директор"
    assert people["Пётр Лебедев"]["organization"] == "Уралсталь"


def test_inflected_names_become_nominative():
    result = extract(
        "Губернатор встретился с Константином Журавлёвым и Еленой Морозовой, "
        "а также с представителями «Деловой России»."
    )
    names = [p["name"] for p in result["persons"]]
    assert names == ["Константин Журавлёв", "Елена Морозова"]
    assert {"name": "Деловая Россия", "country": "RU", "kind": "business_association"} in result[
        "organizations"
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Делегация из КНР прибыла в Сургут.", ["CN"]),
        ("Регион обсудил проекты с китайскими партнерами.", ["CN"]),
        ("Инвесторы из Китая и Турции осмотрели площадку.", ["CN", "TR"]),
        ("Российская сторона представила проекты в Москве.", []),
        ("Посол ОАЭ посетил Тюмень, турецкие компании тоже приехали.", ["AE", "TR"]),
    ],
)
def test_countries(text, codes):
    assert extract(text)["countries"] == codes


def test_sites_with_municipality():
    result = extract(
        "Гости посетили особую экономическую зону «Сургут» и индустриальный парк «Север» "
        "в Нижневартовске, а также предприятие «Северный лес»."
    )
    sites = {s["name"]: s for s in result["sites"]}
    assert sites["ОЭЗ «Сургут»"] == {
        "name": "ОЭЗ «Сургут»",
        "kind": "sez",
        "municipality": "Сургут",
    }
    assert sites["Индустриальный парк «Север»"]["municipality"] == "Нижневартовск"
    assert sites["Северный лес"]["kind"] == "enterprise"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Инвестиции в проект составят 1,2 млрд рублей.", [1_200_000_000]),
        ("Стоимость завода — 500 млн руб.", [500_000_000]),
        ("Компания вложит два миллиарда рублей.", [2_000_000_000]),
        ("Объем вложений оценивается в $50 млн.", []),
        ("Налоговые отчисления составят 920 млн рублей.", []),
        ("Выручка составит 300 млн рублей в год.", []),
    ],
)
def test_amounts(text, amounts):
    assert extract(text)["amounts_rub"] == amounts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Совещание прошло 12 марта 2024 года в Ханты-Мансийске.", "2024-03-12"),
        ("05.11.2023 делегация прибыла в регион.", "2023-11-05"),
        ("Встреча прошла 12 марта в Ханты-Мансийске.", None),
    ],
)
def test_date(text, date):
    assert extract(text)["date"] == date


def test_duration_and_event_type():
    result = extract("Трехдневный визит делегации из Индии начался в Тюмени.")
    assert result["duration_days"] == 3
    assert result["event_type"] == "delegation_visit"


def test_commitment_and_quote_with_pronoun():
    text = (
        "Министр промышленности региона Олег Смирнов пообещал, что площадку для завода "
        "подготовят до конца года.\n"
        "«Мы готовы сопровождать инвестора на всех этапах проекта», — подчеркнул он."
    )
    result = extract(text)
    [commitment] = result["commitments"]
    assert commitment["who"] == "Олег Смирнов"
    assert commitment["text"].startswith("площадку для завода подготовят")
    assert result["quotes"] == [
        {
            "speaker": "Олег Смирнов",
            "starts_with": "Мы готовы сопровождать инвестора на всех этапах",
        }
    ]


def test_sectors_from_keywords():
    result = extract(
        "Стороны обсудили строительство нефтеперерабатывающего завода, поставки "
        "сельскохозяйственной техники и развитие туризма."
    )
    assert result["sectors"] == ["oil_refining", "machine_building", "tourism"]


def test_lexicon_from_records_extends_the_defaults():
    db = Lexicon.from_records(
        directions={"quartz": ["высокочистый кремнезём"], "it": ["робототехника"]},
        organizations=[
            {
                "name": "Фонд развития Севера",
                "kind": "development_institution",
                "country": "RU",
                "aliases": ["ФРС"],
            },
        ],
    )
    lexicon = Lexicon.default().merged_with(db)
    result = extract("Проект по робототехнике поддержал ФРС.", lexicon)
    assert "it" in result["sectors"]
    assert {
        "name": "Фонд развития Севера",
        "country": "RU",
        "kind": "development_institution",
    } in result["organizations"]
    assert "it" not in extract("Проект по робототехнике поддержал ФРС.")["sectors"]


def test_mentions_point_into_the_text():
    text = "Губернатор Югры Руслан Кухарчук посетил технопарк «Импульс»."
    result = extract(text)
    for mention in result["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    assert {m["type"] for m in result["mentions"]} >= {"person", "organization", "location"}


def test_empty_text():
    result = extract("")
    assert result["persons"] == [] and result["event_type"] == "other"
