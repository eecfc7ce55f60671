"""Quotes with their speakers, and commitments ('заверила, что ... будет проработано')."""

from __future__ import annotations

import re
from typing import Any

from .context import DASHES, Ctx
from .persons import Person
from .phrases import Match

QUOTE_WORDS = 7
ATTRIBUTION_WINDOW = 15
ANAPHORA = frozenset({"этот", "каждый", "данный", "все", "весь", "такой", "намеченный"})
TOPIC_NOUNS = frozenset(
    {"направление", "проект", "вопрос", "тема", "договоренность", "предложение", "сфера"}
)
_DIALOGUE = re.compile(r"^\s*[—–-]\s*(.+?),?\s*[—–-]\s+(?=\w)", re.S)


def _person_at(people: list[Person], index: int) -> Person | None:
    for person in people:
        if any(m.first <= index < m.last for m in person.mentions):
            return person
    return None


def _last_person_before(people: list[Person], char: int) -> Person | None:
    best, best_start = None, -1
    for person in people:
        for mention in person.mentions:
            if best_start < mention.start < char:
                best, best_start = person, mention.start
    return best


def _speaker(ctx: Ctx, people: list[Person], begin: int, quote_start: int) -> Person | None:
    """Who speaks: a name, a pronoun or a title in the attribution after a quote."""
    speech = ctx.lexicon.word_set("speech_verbs")
    pronouns = ctx.lexicon.word_set("pronouns")
    sent = ctx.tokens[begin].sent if begin < len(ctx.tokens) else -1
    window = []
    for i in range(begin, min(len(ctx.tokens), begin + ATTRIBUTION_WINDOW)):
        if ctx.tokens[i].sent != sent and i > begin + 1:
            break
        if ctx.tokens[i].text in ("«", '"') and i > begin:
            break
        person = _person_at(people, i)
        if person is not None:
            return person
        if ctx.lemmas[i] in pronouns:
            return _last_person_before(people, quote_start)
        window.append(ctx.lemmas[i])
    if not speech & set(window):
        return None
    # '— отметил первый зампред правительства Якутии': match the title
    best, best_score = None, 0
    for person in people:
        if person.title_range is None:
            continue
        title = set(ctx.lemmas[person.title_range[0] : person.title_range[1]])
        score = len(title & set(window) - {"и", "по", "в"})
        if score > best_score:
            best, best_score = person, score
    return best or _last_person_before(people, quote_start)


def _speaker_before(ctx: Ctx, people: list[Person], opening: int) -> Person | None:
    """'Сергей Верещагин сказал: «...»'."""
    if opening == 0 or ctx.tokens[opening - 1].text != ":":
        return None
    sent = ctx.tokens[opening].sent
    for i in range(opening - 1, max(-1, opening - ATTRIBUTION_WINDOW), -1):
        if ctx.tokens[i].sent != sent:
            break
        person = _person_at(people, i)
        if person is not None:
            return person
    return None


def _starts_with(text: str) -> str:
    words = text.strip(' «»"—–-').split()
    return " ".join(words[:QUOTE_WORDS])


def find_quotes(ctx: Ctx, people: list[Person]) -> list[dict[str, Any]]:
    quotes: list[tuple[int, dict[str, Any]]] = []
    for quoted in ctx.quoted:
        if quoted.length < 4:
            continue
        closing = quoted.last  # the closing mark
        j = closing + 1
        while j < len(ctx.tokens) and ctx.tokens[j].text in {",", *DASHES}:
            j += 1
        speaker = None
        if j > closing + 1 and any(ctx.tokens[k].text in DASHES for k in range(closing + 1, j)):
            speaker = _speaker(ctx, people, j, quoted.start)
        if speaker is None:
            speaker = _speaker_before(ctx, people, quoted.first - 1)
        if speaker is None:
            continue
        content = ctx.text[quoted.start : quoted.end]
        quotes.append(
            (quoted.start, {"speaker": speaker.name, "starts_with": _starts_with(content)})
        )
        ctx.add("quote", quoted.start, quoted.end, speaker.name)
    # dialogue paragraphs: '— Одна из важных тем ..., — сообщил Сергей Морозов.'
    offset = 0
    for line in ctx.text.split("\n"):
        match = _DIALOGUE.match(line)
        if match:
            start = offset + match.start(1)
            after = ctx.token_index(offset + match.end())
            speaker = _speaker(ctx, people, after, start) if after < len(ctx.tokens) else None
            if speaker is not None:
                content = match.group(1)
                quotes.append(
                    (start, {"speaker": speaker.name, "starts_with": _starts_with(content)})
                )
                ctx.add("quote", start, offset + match.end(1), speaker.name)
        offset += len(line) + 1
    return [q for _, q in sorted(quotes, key=lambda item: item[0])]


def find_commitments(
    ctx: Ctx, people: list[Person], orgs: list, sectors: list[Match]
) -> list[dict[str, Any]]:
    verbs = ctx.lexicon.word_set("commitment_verbs")
    phrase_hits = ctx.compiled.commitments.find(ctx.lower)
    result = []
    for sent_no, sent in enumerate(ctx.sents):
        cue = next((i for i in range(sent.first, sent.last) if ctx.lemmas[i] in verbs), None)
        if cue is None:
            cue = next((m.first for m in phrase_hits if sent.first <= m.first < sent.last), None)
        if cue is None:
            continue
        who = None
        for i in range(cue - 1, sent.first - 1, -1):
            person = _person_at(people, i)
            if person is not None:
                who = person.name
                break
            if ctx.lemmas[i] in ctx.lexicon.word_set("pronouns"):
                found = _last_person_before(people, ctx.tokens[i].start)
                who = found.name if found else None
                break
        if who is None:
            for org in orgs:
                if any(sent.start <= a < ctx.tokens[cue].start for a, _ in org.ranges):
                    who = org.name
                    break
        that = next((i for i in range(cue, sent.last) if ctx.lemmas[i] == "что"), None)
        begin = that + 1 if that is not None else cue
        last = sent.last
        while last > begin and ctx.tokens[last - 1].text in (".", "!", ";"):
            last -= 1
        text = ctx.span_text(begin, last)
        covers = _covers(ctx, sectors, sent_no, begin, last)
        result.append({"who": who, "text": text, "covers": covers})
        ctx.add("commitment", ctx.tokens[begin].start, ctx.tokens[last - 1].stop, who)
    return result


def _covers(ctx: Ctx, sectors: list[Match], sent_no: int, begin: int, last: int) -> list[str]:
    own = [m.label for m in sectors if begin <= m.first < last]
    lemmas = set(ctx.lemmas[begin:last])
    codes: list[str] = []
    if lemmas & ANAPHORA and lemmas & TOPIC_NOUNS:
        sent = ctx.sents[sent_no]
        para_start, _ = ctx.paragraph_of(sent.start)
        first_sent = max(0, sent_no - 4)
        earliest = next(
            i for i in range(first_sent, sent_no + 1) if ctx.sents[i].start >= para_start
        )
        lower = ctx.sents[earliest].first
        codes = [m.label for m in sectors if lower <= m.first < ctx.sents[sent_no].first]
    result: list[str] = []
    for code in codes + own:
        if code not in result:
            result.append(code)
    return result
