"""Per-document state shared by the field extractors."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from ..lexicon import Lexicon
from ..lookalikes import CYRILLIC_TO_LATIN
from ..nlp import Analysis, NerSpan, Token
from .phrases import compiled_for

OPENING = "«„“"
CLOSING = "»“”"
DASHES = frozenset({"—", "–", "-", "−"})
PUNCT_STOPS = frozenset({".", "!", "?", ";", ":", "(", ")", "…"})
# A line with fewer letters is a dateline ('08.11.2024 14:53', '13:50, 09 окт 2023 г.').
DATELINE_LETTERS = 8
# A headline ending in a full stop is one short sentence; a longer line is a lead.
HEADLINE_SENTENCE = 150
SENTENCE_BREAK = re.compile(r"[.!?…]\s+[А-ЯЁA-Z«\"„]")
# A wire dateline printed as a sentence of its own ('ГОРОД, 12 мая - Агентство.', 'Город,
# 3 окт 2019. /Агентство/.'): a town, a day and a month, then the agency; it is no lead.
WIRE_DATELINE = re.compile(
    r"^\(?[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z\- ]{2,40},\s*\d{1,2}\s+[а-яё]{3,}\.?"
    r"(\s+\d{4}(\s*г)?\.?)?\s*[-—–/,(«]"
)
WIRE_DATELINE_CHARS = 80
# A quoted stretch of at most this many tokens is a name, not a quotation.
QUOTED_NAME_TOKENS = 6

# Latin look-alikes typed in Cyrillic (and back), so 'Сadila' and 'Cadila' are one name.
_CYR_TO_LAT = str.maketrans(CYRILLIC_TO_LATIN)


def fold_homoglyphs(text: str) -> str:
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я")
    return text.translate(_CYR_TO_LAT) if latin > cyrillic else text


@dataclass(slots=True)
class Mention:
    type: str
    text: str
    start: int
    end: int
    normal: Any

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "normal": self.normal,
        }


@dataclass(slots=True)
class Quoted:
    """A quoted stretch of text: « » or straight quotes; ``start``/``end`` exclude marks."""

    start: int
    end: int
    first: int  # token indices of the content
    last: int

    @property
    def length(self) -> int:
        return self.last - self.first


_QUOTE_CHARS = re.compile(r'[«»„“”"\n]')


def find_quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (nested « » pairs are all kept)."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    straight_open: int | None = None
    nested: int | None = None
    shared_close = -1
    inner_closes: list[tuple[int, int]] = []  # the « » pairs closed in this paragraph
    for match in _QUOTE_CHARS.finditer(f"{text}\n"):
        i, ch = match.start(), match.group()
        if ch in "«„":
            stack.append(i)
        elif ch in "»“" and stack:
            opened = stack.pop()
            pairs.append((opened + 1, i))
            inner_closes.append((opened, i))
        elif ch in '"”':
            if i == shared_close:
                continue
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            opening = (prev.isspace() or prev in "(«-—–/") and not nxt.isspace()
            if straight_open is None and opening:
                straight_open = i
            elif straight_open is not None and nested is None and prev.isspace() and nxt.isalnum():
                # 'ООО "Агропредприятие "Колос"': a name quoted inside a quoted name; one
                # mark (or a doubled one) closes both
                nested = i
            elif straight_open is not None:
                if nested is not None:
                    pairs.append((nested + 1, i))
                    if text[i + 1 : i + 2] in ('"', "”"):
                        shared_close = i = i + 1
                pairs.append((straight_open + 1, i))
                straight_open = nested = None
        elif ch == "\n":
            # 'АО «ОЭЗ ППТ «Алабуга»': an outer mark left open is closed by the first inner
            # pair's closing mark; otherwise an unbalanced mark never spans paragraphs
            for opened in stack:
                close = next((b for a, b in inner_closes if a > opened), None)
                if close is not None:
                    pairs.append((opened + 1, close))
            stack.clear()
            inner_closes.clear()
            straight_open = nested = None
    return sorted(pairs)


class Ctx:
    def __init__(self, analysis: Analysis, lexicon: Lexicon) -> None:
        self.analysis = analysis
        self.lexicon = lexicon
        self.compiled = compiled_for(lexicon)
        self.text = analysis.text
        self.tokens: list[Token] = analysis.tokens
        self.sents = analysis.sents
        self.spans: list[NerSpan] = analysis.spans
        self.lemmas = [t.lemma or t.text.lower() for t in self.tokens]
        self.lower = [t.text.lower().replace("ё", "е") for t in self.tokens]
        self._starts = [t.start for t in self.tokens]
        self.mentions: list[Mention] = []
        self.quoted = self._quoted()
        self.title_end = self._title_end()
        self.blocked = [False] * len(self.tokens)  # tokens that belong to names/titles
        self.persons: list[Any] = []
        self.orgs: list[Any] = []
        self.sectors_found: list[Any] = []
        self.cache: dict[str, Any] = {}
        # the first two real sentences after the headline (datelines do not count)
        groups: list[list[int]] = []
        for i, sent in enumerate(self.sents):
            if sent.start < self.title_end:
                continue
            if groups and groups[-1][-1] == i - 1 and self._inside_name(sent.start):
                groups[-1].append(i)  # 'выставки «Иннопром. Казахстан» делегация': one sentence
            else:
                groups.append([i])
        early = [
            group
            for group in groups
            if sum(
                1
                for i in group
                for t in self.tokens[self.sents[i].first : self.sents[i].last]
                if t.text.isalpha()
            )
            >= 4
            and not (
                len(self.sents[group[0]].text) <= WIRE_DATELINE_CHARS
                and WIRE_DATELINE.match(self.sents[group[0]].text)
            )
        ][:2]
        self.lead_sents = [group[0] for group in early]
        self._lead_groups = [frozenset(group) for group in early]

    # ------------------------------------------------------------------ positions

    def token_index(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self._starts, char)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return self.token_index(start), bisect.bisect_left(self._starts, end)

    def span_starts_at(self, index: int, kind: str) -> bool:
        """Whether a named span of ``kind`` ('PER', 'LOC', 'ORG') starts at token ``index``.

        Not cached: person spans are rewritten in place after the context is built."""
        return any(s.type == kind and s.first == index for s in self.spans)

    def sentence_span(self, index: int) -> tuple[int, int]:
        """The token range ``[first, last)`` of the sentence holding token ``index``."""
        spans = self.cache.get("sentence_spans")
        if spans is None:
            spans = self.cache["sentence_spans"] = self._sentence_spans()
        return spans[index]

    def _sentence_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        first = 0
        for k in range(1, len(self.tokens) + 1):
            if k == len(self.tokens) or self.tokens[k].sent != self.tokens[k - 1].sent:
                spans.extend([(first, k)] * (k - first))
                first = k
        return spans

    def paragraph_of(self, char: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, len(self.text) if end < 0 else end

    def zone(self, index: int) -> str:
        """'title' (headline), 'lead' and 'second' (first real sentences), else 'body'."""
        token = self.tokens[index]
        if token.start < self.title_end:
            return "title"
        if self._lead_groups and token.sent in self._lead_groups[0]:
            return "lead"
        if len(self._lead_groups) > 1 and token.sent in self._lead_groups[1]:
            return "second"
        return "body"

    def _inside_name(self, char: int) -> bool:
        """A sentence break inside a short quoted name ('«Иннопром. Беларусь»') is the
        tokenizer's, not the text's."""
        return any(
            quoted.start < char < quoted.end and quoted.length <= QUOTED_NAME_TOKENS
            for quoted in self.quoted
        )

    def _title_end(self) -> int:
        """End of the headline: the first line, or the line after a dateline above it.

        A headline may end in a full stop or a question mark ('Делегация побывала на
        заводе.'); a first line of more than one sentence is a lead paragraph, not one.
        """
        start = 0
        for _ in range(2):
            while start < len(self.text) and self.text[start] == "\n":
                start += 1
            end = self.text.find("\n", start)
            if end <= start:
                return 0
            line = self.text[start:end].strip()
            if sum(ch.isalpha() for ch in line) >= DATELINE_LETTERS:
                break
            start = end  # '08.11.2024', '13:50, 09 окт 2023 г.': a dateline above the headline
        else:
            return 0
        if not 10 <= len(line) <= 250 or line.endswith(":"):
            return 0
        if line.endswith((".", "!", "?")) and (
            len(line) > HEADLINE_SENTENCE or SENTENCE_BREAK.search(line[:-1])
        ):
            return 0  # a lead paragraph (or its first sentence) opens the text
        return end

    def _quoted(self) -> list[Quoted]:
        result = []
        for start, end in find_quoted(self.text):
            first, last = self.token_range(start, end)
            result.append(Quoted(start, end, first, last))
        return result

    def quote_after(self, index: int) -> Quoted | None:
        """The quoted stretch whose opening mark is token ``index``."""
        if index >= len(self.tokens):
            return None
        start = self.tokens[index].stop
        for quoted in self.quoted:
            if quoted.start == start:
                return quoted
        return None

    def inside_quote(self, start: int, end: int) -> Quoted | None:
        for quoted in self.quoted:
            if quoted.start <= start and end <= quoted.end:
                return quoted
        return None

    def add(self, type_: str, start: int, end: int, normal: Any) -> None:
        self.mentions.append(Mention(type_, self.text[start:end], start, end, normal))

    def is_sentence_start(self, index: int) -> bool:
        if index == 0:
            return True
        prev = self.tokens[index - 1]
        return prev.sent != self.tokens[index].sent or prev.text in PUNCT_STOPS

    def span_text(self, first: int, last: int) -> str:
        if first >= last:
            return ""
        return self.text[self.tokens[first].start : self.tokens[last - 1].stop]


_WS = re.compile(r"\s+")


def clean_spaces(text: str) -> str:
    return _WS.sub(" ", text).strip()
