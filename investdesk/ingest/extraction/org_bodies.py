"""Bodies natasha does not tag as one span: institutions owned by a region, executive and
intergovernmental committees, bodies sharing a plural head, quoted names listed together,
bodies defined by their acronym in brackets."""

from __future__ import annotations

import re

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_filters import _country_name, _overlaps
from .org_places import PLACE_NOUNS
from .orgs import Org, tidy_name

LIST_JOINERS = frozenset({",", "и", "«", "»", '"'})


def _listed_with(
    ctx: Ctx, found: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[Org]:
    """'«Альфа», «Бета» и «Гамма»' where one of them is an organisation: the names listed
    with it in quotes, joined only by commas and 'и', are organisations too."""
    quoted = [
        q for q in ctx.quoted if 1 <= q.length <= 3 and ctx.text[q.start : q.start + 1].isupper()
    ]
    known = [any(a <= q.start and q.end <= b for a, b in found) for q in quoted]
    for _ in range(2):  # along the list both ways
        for k in range(len(quoted)):
            if known[k] is not False or _overlaps(quoted[k].start, quoted[k].end, blocked):
                continue
            for m in (k - 1, k + 1):
                if (
                    0 <= m < len(quoted)
                    and known[m] is not False
                    and _joined(ctx, quoted[min(k, m)], quoted[max(k, m)])
                ):
                    known[k] = None  # listed: a new organisation
                    break
    orgs = []
    for q, flag in zip(quoted, known, strict=True):
        if flag is None:
            name = tidy_name(ctx.text[q.start : q.end])
            if name_key(name) in ctx.lexicon.region_index or _country_name(ctx, name_key(name)):
                continue
            org = Org(name, ranges=[(q.start - 1, q.end + 1)])
            org.core.append((q.start, q.end))
            orgs.append(org)
    return orgs


def _joined(ctx: Ctx, left, right) -> bool:
    between = ctx.tokens[left.last : right.first]
    return (
        0 < len(between) <= 4
        and all(t.text in LIST_JOINERS for t in between)
        and any(t.text in (",", "и") for t in between)
    )


def region_of_adjective(ctx: Ctx, k: int) -> str | None:
    """'ростовского Центра поддержки экспорта': a lower-case adjective of a region the text
    names ('Ростовской области') owns the body."""
    token = ctx.tokens[k]
    if token.pos != "ADJ" or len(token.text) < 6:
        return None
    found = set()
    for span in ctx.spans:
        region = ctx.lexicon.region_index.get(name_key(span.normal)) if span.type == "LOC" else None
        if region is None:
            continue
        adjectives = [w for w in name_key(region.name).split() if w.endswith(("ая", "ий", "ый"))]
        if any(ctx.lower[k].startswith(a[:-2]) and len(a) >= 7 for a in adjectives):
            found.add(region.name)
    return found.pop() if len(found) == 1 else None


def _owned_institutions(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    """'ростовского Центра поддержки экспорта': a capitalised development institution NER
    missed, after a lower-case adjective of a region the text names (the owner is added by
    ``own_by_adjective``)."""
    found = []
    for match in ctx.compiled.kinds.find(ctx.lemmas):
        if match.label != "development_institution" or match.last - match.first < 2:
            continue
        first, last = match.first, match.last
        token = ctx.tokens[first]
        if not token.text[:1].isupper() or first < 1 or not ctx.tokens[first - 1].text.islower():
            continue
        if any(s.first <= first < s.last for s in ctx.spans):
            continue
        if region_of_adjective(ctx, first - 1) is None:
            continue
        start, stop = token.start, ctx.tokens[last - 1].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(ctx.tokens[first:last], ctx.text[start:stop], start)
        # no core: the institution's words ('поддержки экспорта') still say what the text is about
        found.append(Org(words, ranges=[(start, stop)]))
    return found


def _executive_committees(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    """'могилевского облисполкома' -> 'Могилевский облисполком': a short form of an executive
    committee with its place adjective names the body even in lower case."""
    found = []
    for i in range(1, len(ctx.tokens)):
        if not ctx.lower[i].startswith(("облисполком", "горисполком", "райисполком")):
            continue
        adjective = ctx.tokens[i - 1]
        if adjective.pos != "ADJ" or not re.search(r"[сц]к(?:ий|ого|ому|им|ом)$", adjective.text):
            continue  # a place adjective: 'гомельского', 'витебский'
        start, stop = adjective.start, ctx.tokens[i].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(ctx.tokens[i - 1 : i + 1], ctx.text[start:stop], start)
        name = words[:1].upper() + words[1:]
        found.append(Org(name, "government", ranges=[(start, stop)], core=[(start, stop)]))
    return found


# 'межправительственной российско-вьетнамской комиссии по ... сотрудничеству': a standing
# commission of two governments is a body even when printed in lower case
COMMISSION_ADJECTIVES = frozenset({"межправительственный", "межгосударственный"})
COMMISSION_HEADS = frozenset({"комиссия", "совет", "комитет"})


def _commissions(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    found: list[Org] = []
    n = len(ctx.tokens)
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    for i in range(n):
        if ctx.lemmas[i] not in COMMISSION_ADJECTIVES:
            continue
        head = i + 1
        while head < n and ctx.tokens[head].pos == "ADJ" and head - i <= 3:
            head += 1
        if head + 2 >= n or ctx.lemmas[head] not in COMMISSION_HEADS or ctx.lower[head + 1] != "по":
            continue
        j = head + 2
        sent = ctx.tokens[i].sent
        while j < n and j - head <= 10 and ctx.tokens[j].sent == sent:
            token = ctx.tokens[j]
            if j in loc_by_first and ctx.tokens[j].feat("Case") == "Gen":
                j = loc_by_first[j].last
                continue
            if token.text in ("и", "-") or (
                token.text.islower()
                and token.pos in ("ADJ", "NOUN")
                and (token.feat("Case") in ("Dat", "Gen") or token.pos == "ADJ")
            ):  # a hyphenated adjective ('торгово-экономическому') may have no case
                j += 1
                continue
            break
        while j > head + 2 and ctx.tokens[j - 1].text in ("и", "-"):
            j -= 1
        if j == head + 2:
            continue
        start, stop = ctx.tokens[i].start, ctx.tokens[j - 1].stop
        if _overlaps(start, stop, taken):
            continue
        words = noun_group_nominative(
            ctx.tokens[i : head + 1], ctx.text[start : ctx.tokens[head].stop], start
        )
        name = f"{words[:1].upper()}{words[1:]} {ctx.text[ctx.tokens[head + 1].start : stop]}"
        found.append(Org(name, "government", ranges=[(start, stop)], core=[(start, stop)]))
    return found


# 'торгово-промышленных палат Волгограда и Волжского': bodies whose plural head word is
# shared by the places after it, one body per place
SHARED_HEADS = frozenset(
    {
        "палата",
        "администрация",
        "правительство",
        "мэрия",
        "ассоциация",
        "союз",
        "университет",
        "фонд",
        "агентство",
        "корпорация",
        "министерство",
        "дума",
        "посольство",
        "консульство",
        "генконсульство",
        "торгпредство",
    }
)


def _shared_head(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    found: list[Org] = []
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    n = len(ctx.tokens)
    for i, token in enumerate(ctx.tokens):
        if (
            ctx.lemmas[i] not in SHARED_HEADS
            or token.feat("Number") != "Plur"
            or not token.text.islower()
            or i + 1 not in loc_by_first
        ):
            continue
        places, j = [], i + 1
        while len(places) < 4:
            # 'правительств Амурской области и провинции Хэйлунцзян': a place word may lead
            word = (
                j
                if j < n and ctx.lemmas[j] in PLACE_NOUNS and ctx.lower[j] == ctx.tokens[j].text
                else None
            )
            place = loc_by_first.get(j + 1 if word is not None else j)
            if place is None or place.last - place.first > 3:
                break
            if ctx.tokens[word if word is not None else place.first].feat("Case") != "Gen":
                break
            places.append((word if word is not None else place.first, place))
            j = place.last
            if j < n and ctx.lower[j] in (",", "и"):
                j += 1
        if len(places) < 2 or ctx.lower[places[-1][0] - 1] != "и":
            continue
        first = i
        while (
            first > 0
            and ctx.tokens[first - 1].pos == "ADJ"
            and ctx.tokens[first - 1].feat("Number") == "Plur"
        ):
            first -= 1
        words = _singular_nominative(ctx, first, i + 1)
        if words is None:
            continue
        for lead, place in places:
            start, stop = ctx.tokens[first].start, place.stop
            if _overlaps(place.start, place.stop, taken):
                continue
            name = f"{words[:1].upper()}{words[1:]} {ctx.text[ctx.tokens[lead].start : place.stop]}"
            found.append(Org(name, ranges=[(start, stop)], core=[(start, stop)]))
    return found


def _singular_nominative(ctx: Ctx, first: int, last: int) -> str | None:
    """'торгово-промышленных палат' -> 'торгово-промышленная палата'."""
    head = ctx.tokens[last - 1]
    parse = morph.best_parse(head.text, "NOUN", head.feats)
    if parse is None or parse.inflect({"nomn", "sing"}) is None:
        return None
    gender = parse.tag.gender
    words = []
    for k in range(first, last - 1):
        token = ctx.tokens[k]
        adjective = morph.best_parse(token.text, "ADJ", token.feats)
        form = adjective.inflect({"nomn", "sing", gender}) if adjective and gender else None
        if form is None:
            return None
        words.append(form.word)
    words.append(parse.inflect({"nomn", "sing"}).word)
    return " ".join(words)


def spelled_before(ctx: Ctx, first: int, last: int) -> tuple[int, int] | None:
    """'Навоийской свободной экономической зоне (СЭЗ)': an acronym in brackets whose letters
    start the words before the bracket stands for them; the name is those words, with a
    capitalised place adjective before them."""
    if last - first != 1 or first < 2 or last >= len(ctx.tokens):
        return None  # a text may end in the bracket ('… (подробнее (')
    acronym = ctx.tokens[first].text
    if (
        not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha())
        or ctx.tokens[first - 1].text != "("
        or ctx.tokens[last].text != ")"
    ):
        return None
    end = first - 1
    k = end - len(acronym)
    if k < 0:
        return None
    words = ctx.tokens[k:end]
    if any(not t.text.isalpha() for t in words):
        return None
    if "".join(t.text[0] for t in words).upper() != acronym.upper():
        return None
    if (
        k > 0
        and ctx.tokens[k - 1].pos in ("ADJ", "PROPN")
        and ctx.tokens[k - 1].text[:1].isupper()
        and ctx.tokens[k - 1].text.endswith(("ой", "ий", "ый", "ая", "ое", "ого", "ей", "ую"))
    ):
        k -= 1  # 'Навоийской': the zone's place
    return k, end


def spelled_out(ctx: Ctx, taken: list[tuple[int, int]]) -> list[Org]:
    """A body NER missed, defined by its acronym in brackets: the words the acronym spells,
    when they name a kind of organisation ('... экономической зоне (СЭЗ)')."""
    orgs = []
    generic = ctx.lexicon.word_set("generic_orgs")
    for k, token in enumerate(ctx.tokens):
        if token.text != "(":
            continue
        spelled = spelled_before(ctx, k + 1, k + 2)
        if spelled is None or name_key(ctx.tokens[k + 1].text) in generic:
            continue  # 'особой экономической зоны (ОЭЗ)': only a kind is spelled out
        first, last = spelled
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        lemmas = ctx.lemmas[first:last]
        if _overlaps(start, stop, taken) or not (
            ctx.compiled.kinds.find(lemmas) or ctx.compiled.org_types.find(lemmas)
        ):
            continue
        tokens = ctx.tokens[first:last]
        place = None
        if tokens[0].pos == "PROPN" and len(tokens) > 1:
            # the tagger reads a capitalised place adjective as a proper noun, the head
            place, tokens = tokens[0], tokens[1:]
        rest_start = tokens[0].start
        name = noun_group_nominative(tokens, ctx.text[rest_start:stop], rest_start)
        if place is not None:
            heads = [t for t in tokens if t.pos == "NOUN"]
            parse = morph.best_parse(heads[0].text, "NOUN", heads[0].feats) if heads else None
            gender = parse.tag.gender if parse is not None else None
            feats = tuple((k, v) for k, v in place.feats if k != "Gender")
            name = f"{morph.to_nominative(place.text, 'ADJ', feats, gender)} {name}"
        name = tidy_name(name[:1].upper() + name[1:])
        org = Org(name, ranges=[(start, stop)])
        org.core.append((start, stop))
        orgs.append(org)
    return orgs
