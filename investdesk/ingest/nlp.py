"""The only door to natasha: segmentation, morphology and NER as plain dataclasses.

Models are loaded once per process (lazy singleton, about 1 s and ~250 MB). Batches of
documents are tagged together: sentences of all documents are sorted by length and fed
to the morphology model in large batches, and the NER model reuses the tokens of the
segmenter instead of re-tokenising each text, which is where most of the speed-up over
natasha's one-``Doc``-at-a-time API comes from. The slovnet ``infer`` objects used here
are internal to natasha 1.6 / slovnet 0.6, which the project pins.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import natasha
from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

from . import morph
from .lookalikes import fold_lookalikes

MORPH_BATCH = 64
NER_BATCH = 16

FeatsKey = tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Token:
    text: str
    start: int
    stop: int
    pos: str = "X"
    feats: FeatsKey = ()
    lemma: str = ""
    sent: int = 0

    def feat(self, name: str) -> str | None:
        for key, value in self.feats:
            if key == name:
                return value
        return None


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int
    text: str
    first: int  # index of the first token
    last: int  # index past the last token


@dataclass(slots=True)
class NerSpan:
    type: str  # PER, ORG, LOC
    start: int
    stop: int
    text: str
    first: int  # token indices [first, last)
    last: int
    normal: str = ""


@dataclass(slots=True)
class Analysis:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    spans: list[NerSpan] = field(default_factory=list)


class _Models:
    def __init__(self) -> None:
        self.segmenter = Segmenter()
        self.embedding = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(self.embedding)
        self.ner_tagger = NewsNERTagger(self.embedding)
        self.morph_tagger.infer.encoder.batch_size = MORPH_BATCH
        self.ner_tagger.infer.encoder.batch_size = NER_BATCH
        self._tags: dict[str, tuple[str, FeatsKey]] = {}
        self._extras: dict[str, object] = {}

    def tag(self, raw: str) -> tuple[str, FeatsKey]:
        cached = self._tags.get(raw)
        if cached is None:
            pos, _, rest = raw.partition("|")
            feats = tuple(sorted(tuple(p.split("=", 1)) for p in rest.split("|") if "=" in p))
            cached = self._tags[raw] = (pos, feats)
        return cached

    def extra(self, name: str):
        """NamesExtractor / DatesExtractor / MoneyExtractor / MorphVocab, built on demand.

        The extraction engine does not need them on its hot path (yargy grammars are
        slow); they are here for callers that want natasha's structured facts.
        """
        if name not in self._extras:
            vocab = self._extras.get("MorphVocab") or natasha.MorphVocab()
            self._extras["MorphVocab"] = vocab
            if name != "MorphVocab":
                self._extras[name] = getattr(natasha, name)(vocab)
        return self._extras[name]


_models: _Models | None = None
_lock = threading.Lock()


def models() -> _Models:
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                _models = _Models()
    return _models


def extractor(name: str):
    """natasha's ``NamesExtractor``, ``DatesExtractor``, ``MoneyExtractor`` or ``MorphVocab``."""
    return models().extra(name)


def _segment(m: _Models, text: str) -> Analysis:
    analysis = Analysis(text)
    tokens = [
        piece
        for t in m.segmenter.tokenize(text)
        for piece in _split_at_dashes(Token(t.text, t.start, t.stop))
    ]
    analysis.tokens = tokens
    index = 0
    for offset, line in _lines(text):
        # Headlines and datelines have no final period: a line break ends a sentence.
        for sent in m.segmenter.sentenize(line):
            start, stop = offset + sent.start, offset + sent.stop
            first = index
            while index < len(tokens) and tokens[index].start < stop:
                tokens[index].sent = len(analysis.sents)
                index += 1
            analysis.sents.append(Sentence(start, stop, sent.text, first, index))
    return analysis


# 'Татарстана—министр информатизации': a dash printed without spaces joins two words
# (between letters only: '2020–2025' and '1,5–2 млрд' stay ranges)
_GLUED_DASH = re.compile(r"(?<=[^\W\d_])[—–](?=[^\W\d_])")


def _split_at_dashes(token: Token) -> list[Token]:
    if not _GLUED_DASH.search(token.text):
        return [token]
    pieces, begin = [], 0
    for dash in _GLUED_DASH.finditer(token.text):
        pieces.append(
            Token(token.text[begin : dash.start()], token.start + begin, token.start + dash.start())
        )
        pieces.append(Token(dash.group(), token.start + dash.start(), token.start + dash.end()))
        begin = dash.end()
    pieces.append(Token(token.text[begin:], token.start + begin, token.stop))
    return pieces


def _lines(text: str) -> Iterable[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def _batched(order: Sequence[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(order), size):
        yield list(order[i : i + size])


def _tag_morph(m: _Models, analyses: list[Analysis]) -> None:
    sents = [(a, s) for a in analyses for s in a.sents if s.last > s.first]
    words = [[t.text for t in a.tokens[s.first : s.last]] for a, s in sents]
    order = sorted(range(len(words)), key=lambda i: len(words[i]))
    infer = m.morph_tagger.infer
    for chunk in _batched(order, MORPH_BATCH):
        items = [words[i] for i in chunk]
        preds = infer.decoder(infer.process(infer.encoder(items)))
        for i, tags in zip(chunk, preds, strict=True):
            analysis, sent = sents[i]
            for token, raw in zip(analysis.tokens[sent.first : sent.last], tags, strict=True):
                token.pos, token.feats = m.tag(raw)
                token.lemma = morph.lemma(token.text, token.pos, token.feats)
            _steel_not_became(analysis.tokens[sent.first : sent.last])


def _steel_not_became(tokens: Sequence[Token]) -> None:
    """'производства окрашенной стали': the tagger may read 'стали' as the verb 'стать'; after
    an adjective or a participle in the genitive, or after 'из', it is the noun 'сталь'."""
    for prev, token in zip(tokens, tokens[1:], strict=False):
        if token.text.lower() != "стали" or token.lemma == "сталь":
            continue
        grammemes = morph.grammemes(prev.text)
        if prev.text.lower() == "из" or (
            grammemes & {"ADJF", "PRTF"}
            and {"gent", "femn"} <= grammemes
            and "Apro" not in grammemes  # 'темой которой стали вопросы': a pronoun
        ):
            token.lemma, token.pos = "сталь", "NOUN"


def _bio_spans(analysis: Analysis, tags: Sequence[str]) -> list[NerSpan]:
    spans: list[NerSpan] = []
    current: str | None = None
    first = 0
    tokens = analysis.tokens
    for i, tag in enumerate(list(tags) + ["O"]):
        part, _, kind = tag.partition("-")
        # a name never continues across a line break ('Моор\nТОБОЛЬСК')
        broken = current and i < len(tokens) and tokens[i].sent != tokens[i - 1].sent
        if current and (part != "I" or kind != current or broken):
            if broken and part == "I":
                part = "B"
            start, stop = analysis.tokens[first].start, analysis.tokens[i - 1].stop
            spans.append(NerSpan(current, start, stop, analysis.text[start:stop], first, i))
            current = None
        if part in ("B", "I") and current is None:
            current, first = kind, i
    return spans


def _tag_ner(m: _Models, analyses: list[Analysis]) -> None:
    todo = [i for i, a in enumerate(analyses) if a.tokens]
    order = sorted(todo, key=lambda i: len(analyses[i].tokens))
    infer = m.ner_tagger.infer
    for chunk in _batched(order, NER_BATCH):
        items = [[t.text for t in analyses[i].tokens] for i in chunk]
        preds = infer.decoder(infer.process(infer.encoder(items)))
        for i, tags in zip(chunk, preds, strict=True):
            analyses[i].spans = _bio_spans(analyses[i], tags)


def analyze_many(texts: Sequence[str]) -> list[Analysis]:
    """Segment, tag morphology (with pymorphy3 lemmas) and NER for a batch of texts."""
    m = models()
    # Letters swapped for look-alikes of another script are folded first, one for one, so the
    # tagger sees Russian words and every offset into the original text still holds.
    analyses = [_segment(m, fold_lookalikes(text)) for text in texts]
    _tag_morph(m, analyses)
    _tag_ner(m, analyses)
    for analysis in analyses:
        for span in analysis.spans:
            span.normal = normalize_span(analysis, span)
    return analyses


def analyze(text: str) -> Analysis:
    return analyze_many([text])[0]


# --------------------------------------------------------------------------- normalisation


# Endings a name takes in a case; the tagger reads unfamiliar foreign names as nominative.
_CASE_ENDINGS = {
    "Ins": ("ом", "ем", "ём", "ым", "им", "ой", "ей"),
    "Dat": ("у", "ю", "ой", "ей"),
    "Gen": ("а", "я"),
}
# 'по словам Ли Шичжуна', 'по приглашению Пак Сон Хуна': these nouns after 'по' take the
# speaker in the genitive.
_GENITIVE_FRAMES = frozenset({"словам", "мнению", "оценке", "приглашению", "инициативе"})


@lru_cache(maxsize=1)
def _position_heads() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "positions.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["heads"])


def _context_case(tokens: Sequence[Token], first: int) -> str | None:
    """The case the words before a name impose on it: 'с', 'со' and an instrumental or dative
    title ('министром', 'губернатору') in apposition."""
    i = first - 1
    # skip the genitive tail of a title: 'министром промышленности, шахт и торговли Ирана'
    while i >= 0 and first - i <= 10:
        token = tokens[i]
        if token.text.lower() in ("с", "со"):
            return "Ins"
        if i == first - 1 and token.text.lower() in _GENITIVE_FRAMES and i > 0:
            return "Gen" if tokens[i - 1].text.lower() == "по" else None
        if (
            i == first - 1
            and token.pos == "NOUN"
            and token.text.islower()
            and token.feat("Case") == "Gen"
            and token.lemma in _position_heads()
        ):
            return "Gen"  # 'под руководством губернатора Пилжээ Лхагважава': the title's case
        # a title in capitals ('Чрезвычайным и Полномочным Послом') governs as well
        capitalised = token.text[1:].islower() and i != first - 1
        title = (token.pos == "NOUN" and token.text.islower()) or (
            token.pos in ("NOUN", "PROPN") and capitalised
        )
        if title and token.feat("Case") in ("Ins", "Dat"):
            return token.feat("Case")
        genitive = token.feat("Case") == "Gen" and token.pos in ("NOUN", "PROPN", "ADJ")
        # 'послом Монголии в России': the host country after 'в' belongs to the title
        genitive = genitive or (token.pos == "PROPN" and tokens[i - 1].text.lower() == "в")
        # 'с Ло Шисюном и Чжанг Сю Геном': another name before, or an abbreviation ('РК')
        name = token.pos == "PROPN" or (token.text.isupper() and len(token.text) > 1)
        if not (genitive or name or token.text in (",", "и", "в", "при", "по")):
            return None
        i -= 1
    return None


def person_name(tokens: Sequence[Token], context_case: str | None = None) -> str:
    """Nominative 'Имя Отчество Фамилия' of a PER span, in normal case."""
    words = [t for t in tokens if any(ch.isalpha() for ch in t.text)]
    gender = None
    for token in words:
        gender = morph.name_gender(token.text)
        if gender:
            break
    if gender is None:
        tagged = words[-1].feat("Gender") if words else None
        gender = {"Fem": "femn", "Masc": "masc"}.get(tagged or "")
    if context_case == "Gen" and words and words[-1].text.lower().endswith(("а", "я")):
        gender = "masc"  # a woman's name in the genitive ends otherwise ('Анны Ивановой')
    if context_case is None and gender != "femn" and _all_instrumental(words):
        context_case = "Ins"  # 'Шерзодом Исмоиловым' tagged as a nominative
    parts = []
    for i, token in enumerate(words):
        text = token.text
        if text.isupper() and len(text) > 2:
            text = "-".join(p.capitalize() for p in text.split("-"))
        last = i == len(words) - 1
        case = token.feat("Case")
        if (
            case in (None, "Nom")
            and context_case
            and text.lower().endswith(_CASE_ENDINGS[context_case])
        ):
            case = context_case
        if not last and case in (None, "Nom"):
            # 'Христиной' is only ever instrumental
            case = morph.given_name_case(text, words[-1].feat("Case")) or case
        if not last and case in (None, "Nom", "Ins") and len(text) > 5 and text.endswith("ией"):
            parts.append(text[:-3] + "ия")  # 'Лукрецией' (no nominative ends so) -> 'Лукреция'
            continue
        if (
            not last
            and case in (None, "Nom", "Ins")
            and len(text) > 5
            and text.endswith(_HUSHED_INS)
            and not _dictionary_nominative(text)
        ):
            parts.append(text[:-2] + "а")  # 'Бранкицей' -> 'Бранкица', as 'улицей' -> 'улица'
            continue
        parts.append(morph.person_part_nominative(text, case, gender, last))
    return " ".join(parts)


# A feminine name in -ца/-жа/-ша/-ча/-ща takes -ей in the instrumental; no nominative
# first name ends so ('Алексей', 'Сергей' end otherwise).
_HUSHED_INS = ("цей", "жей", "шей", "чей", "щей")
_INS_FIRST = ("ом", "ем")
_INS_LAST = ("ым", "им", "ом", "ем", "ой")


def _dictionary_nominative(word: str) -> bool:
    """The dictionary reads the word as a first name in the nominative ('Алексей')."""
    return any(p.tag.case == "nomn" and "Name" in p.tag for p in morph.parses(word.lower()))


def _all_instrumental(words: Sequence[Token]) -> bool:
    """Every word of a two- or three-word name ends like a man's name in the instrumental."""
    if not 2 <= len(words) <= 3:
        return False
    lowered = [w.text.lower() for w in words]
    return all(w.endswith(_INS_FIRST) for w in lowered[:-1]) and lowered[-1].endswith(_INS_LAST)


def _head_index(tokens: Sequence[Token]) -> int | None:
    for i, token in enumerate(tokens):
        if _capitalised_adjective(tokens, i):
            continue
        if token.pos in ("NOUN", "PROPN"):
            return i
        if token.pos not in ("ADJ", "DET", "NUM") and token.text not in ("-", "–"):
            return None
    return None


def _capitalised_adjective(tokens: Sequence[Token], i: int) -> bool:
    """'Генеральным консулом': a capitalised adjective the tagger took for a proper name,
    agreeing with the noun after it."""
    token = tokens[i]
    if token.pos not in ("PROPN", "NOUN") or i + 1 >= len(tokens):
        return False
    case = token.feat("Case")
    j = i + 1
    # 'Мариинским плитным комбинатом': more adjectives before the noun, the first taken for
    # a noun
    while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].feat("Case") == case:
        j += 1
    if token.pos == "NOUN" and (j == i + 1 or not token.text[:1].isupper()):
        return False
    if j >= len(tokens):
        return False
    after = tokens[j]
    if after.pos not in ("NOUN", "PROPN") or after.feat("Case") != case:
        return False
    parse = morph.best_parse(token.text, "ADJ", token.feats)
    return parse is not None and parse.tag.POS == "ADJF"


def noun_group_nominative(tokens: Sequence[Token], text: str, offset: int) -> str:
    """Nominative of a noun phrase: the head noun and the adjectives before it agree.

    Genitive and prepositional dependents after the head stay as written
    ('Фонда развития Югры' -> 'Фонд развития Югры'), which natasha's own span
    normalisation (without the slow syntax model) gets wrong.
    """
    head = _head_index(tokens)
    if head is None or tokens[head].feat("Case") in (None, "Nom"):
        return text
    head_token = tokens[head]
    gender = morph.best_parse(head_token.text, head_token.pos, head_token.feats)
    gender = gender.tag.gender if gender is not None else None
    out = []
    cursor = offset
    for i, token in enumerate(tokens):
        out.append(text[cursor - offset : token.start - offset])
        if i <= head and token.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
            pos = "ADJ" if i < head and _capitalised_adjective(tokens, i) else token.pos
            out.append(morph.to_nominative(token.text, pos, token.feats, gender))
        else:
            out.append(token.text)
        cursor = token.stop
    out.append(text[cursor - offset :])
    return "".join(out)


def normalize_span(analysis: Analysis, span: NerSpan) -> str:
    tokens = analysis.tokens[span.first : span.last]
    if span.type == "PER":
        return person_name(tokens, _context_case(analysis.tokens, span.first))
    return noun_group_nominative(tokens, span.text, span.start)
