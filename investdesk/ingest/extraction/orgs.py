"""Organisations: typed quoted names, NER spans, government bodies, lexicon aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from investdesk.core.palladius import palladius_syllables

from .. import morph
from ..lexicon import OrgType, name_key
from ..nlp import noun_group_nominative
from .context import Ctx, fold_homoglyphs

GOVERNMENT_HEADS = frozenset(
    {
        "правительство",
        "администрация",
        "департамент",
        "министерство",
        "комитет",
        "управление",
        "агентство",
        "дума",
        "облдума",
        "мэрия",
    }
)
OUTLET_VERBS = frozenset({"сообщать", "сообщить", "писать", "передавать", "цитировать"})
PLANNED = frozenset({"строительство", "создание", "проект", "возведение", "строить", "построить"})
EXPANSIONS = {
    "облдума": "областная Дума",
    "гордума": "городская Дума",
    "госдума": "Государственная Дума",
}
LATIN_SUFFIXES = ("Ltd", "Co", "Inc", "LLC", "Corp", "Ltd.", "Co.")
_STRAIGHT = re.compile(r'"([^"]+)"')
_BRACKET_ACRONYM = re.compile(r"\s*\([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&\-]{1,7}\)$")
# 'ura.ru', '1sn.ru': a web address cited as a source is an outlet, not an organisation
_DOMAIN = re.compile(r"\.(?:ru|рф|su|com|org|net|info|media|online|news|cn|kz|by|uz)$", re.I)
# 'Иннопром-2024', 'Индра 2017': an event or an exercise with its year is not an organisation
_WITH_YEAR = re.compile(r"[\s\-–]*(?:19|20)\d\d\s*»?$")
BUILDINGS = frozenset({"дом", "здание"})
# '... Народного правительства провинции Хэйлунцзян': a place word and a name end the body
PLACE_WORDS = frozenset(
    {"провинция", "область", "округ", "город", "район", "уезд", "штат", "регион"}
)
LISTING_ORG_HEADS = frozenset({"ассоциация", "союз", "объединение", "министерство", "комитет"})
# A minister's title names the ministry: 'министра инвестиций Узбекистана'.
MINISTRY_FROM_TITLE = {"министр": "Министерство", "замминистра": "Министерство"}
# Government bodies whose names may list areas with commas ('промышленности, шахт и торговли').
LISTING_HEADS = frozenset({"министерство", "министр", "замминистра", "комитет", "департамент"})


@dataclass
class Org:
    name: str
    kind: str | None = None
    country: str | None = None
    ranges: list[tuple[int, int]] = field(default_factory=list)
    site_kind: str | None = None
    inner: str | None = None
    source: str = "ner"
    core: list[tuple[int, int]] = field(default_factory=list)  # the name proper, for blocking

    @property
    def start(self) -> int:
        return min(a for a, _ in self.ranges)

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "country": self.country, "kind": self.kind or "other"}


def tidy_name(name: str) -> str:
    name = _STRAIGHT.sub(r"«\1»", " ".join(name.split()))
    name = _BRACKET_ACRONYM.sub("", name)  # 'Корпорация развития ... (КРКО)' -> the name
    if name.count("«") > name.count("»"):
        name += "»" * (name.count("«") - name.count("»"))
    words = name.split(" ")
    out = []
    for word in words:
        bare = word.lower().strip("«»")
        expansion = EXPANSIONS.get(bare)
        if expansion:
            out.append(expansion)
        else:
            out.append(word)
    return " ".join(out)


def _strip_legal(ctx: Ctx, first: int, last: int) -> int:
    legal = ctx.lexicon.word_set("legal_forms")
    while first < last - 1 and (ctx.lower[first] in legal or ctx.tokens[first].text in '«"'):
        first += 1
    return first


def _type_before(ctx: Ctx, j: int) -> tuple[OrgType | None, int, bool]:
    """The org type phrase ending at token ``j`` (skipping legal forms and '(ОЭЗ)')."""
    legal = ctx.lexicon.word_set("legal_forms")
    had_legal = False
    while j >= 0 and (ctx.lower[j] in legal or ctx.tokens[j].text in '«"'):
        had_legal = had_legal or ctx.lower[j] in legal
        j -= 1
    if j >= 2 and ctx.tokens[j].text == ")" and ctx.tokens[j - 2].text == "(":
        j -= 3
    if j < 0:
        return None, j, had_legal
    window = max(0, j - 5)
    best = None
    for match in ctx.compiled.org_types.find(ctx.lemmas[window : j + 1]):
        if match.last + window == j + 1 and (best is None or match.first < best.first):
            best = match
    if best is None:
        return None, j, had_legal
    return ctx.lexicon.org_types[int(best.label)], best.first + window, had_legal


def _excluded_context(ctx: Ctx, j: int) -> str | None:
    words = ctx.lexicon
    for k in range(max(0, j - 1), j + 1):
        lemma, text = ctx.lemmas[k], ctx.tokens[k].text
        if lemma in words.word_set("not_org_events"):
            return "event"
        if lemma in words.word_set("not_org_projects"):
            return "project"
        if lemma in words.word_set("not_org_outlets") or text in words.words["not_org_outlets"]:
            return "outlet"
        if lemma == "площадка" and (k == 0 or ctx.lemmas[k - 1] != "инвестиционный"):
            return "place"
    return None


def typed_candidates(ctx: Ctx) -> tuple[list[Org], list[tuple[int, int, str]]]:
    orgs: list[Org] = []
    excluded: list[tuple[int, int, str]] = []
    for quoted in ctx.quoted:
        if not 1 <= quoted.length <= 8:
            continue
        inner = ctx.text[quoted.start : quoted.end].strip()
        if not inner or not (inner[0].isupper() or inner[0].isdigit()):
            continue
        opening = quoted.first - 1
        org_type, type_start, had_legal = _type_before(ctx, opening - 1)
        reason = _excluded_context(ctx, opening - 1) if opening > 0 else None
        if org_type is not None and org_type.site == "enterprise" and org_type.display is None:
            context = ctx.lemmas[max(0, type_start - 6) : type_start]
            if PLANNED & set(context):
                reason = "project"
        if reason == "project" or (reason and org_type is None):
            excluded.append((quoted.start, quoted.end, reason))
            continue
        if org_type is None and not had_legal:
            continue
        name = tidy_name(inner)
        if org_type is not None and org_type.display and not _chinese_name(inner):
            name = f"{org_type.display} «{name}»"
        start = ctx.tokens[type_start].start if org_type is not None else quoted.start - 1
        org = Org(name, org_type.kind if org_type else None, inner=tidy_name(inner))
        org.ranges.append((start, min(len(ctx.text), quoted.end + 1)))
        org.site_kind = org_type.site if org_type else None
        org.source = "typed"
        org.core.append((quoted.start, quoted.end))
        orgs.append(org)
    orgs.extend(_unquoted_sites(ctx, orgs))
    orgs.extend(_latin_companies(ctx, orgs))
    return orgs, excluded


def _chinese_name(name: str) -> bool:
    """Every word is Palladius ('Сюань Юань'): a Chinese company, whose Russian type word
    ('корпорация', 'компания') is a description, not part of its name."""
    words = name.split()
    return bool(words) and all(palladius_syllables(w) for w in words)


def _latin_companies(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'компанией Dandong Flowers Co. Ltd': a Latin name after a company word, unquoted."""
    found = []
    company_words = ctx.lexicon.word_set("latin_company_intro")
    n = len(ctx.tokens)
    for i in range(n - 1):
        if ctx.lemmas[i] not in company_words:
            continue
        j = i + 1
        while j < n and (
            (ctx.tokens[j].text[:1].isupper() and ctx.tokens[j].text.isascii())
            or (
                ctx.tokens[j].text == "." and j > i + 1 and ctx.tokens[j - 1].text in LATIN_SUFFIXES
            )
            or (  # 'Angel Yeast Co., Ltd'
                ctx.tokens[j].text == ","
                and j + 1 < n
                and ctx.tokens[j + 1].text.rstrip(".") in ("Ltd", "Inc", "LLC", "Limited")
            )
            or (  # 'Eurostar Diamond (Shanghai) Company Limited'
                ctx.tokens[j].text == "("
                and j + 2 < n
                and ctx.tokens[j + 1].text.isascii()
                and ctx.tokens[j + 2].text == ")"
            )
        ):
            j += 3 if ctx.tokens[j].text == "(" else 1
        words = [t for t in ctx.tokens[i + 1 : j] if t.text not in ".,()"]
        if len(words) < 2 or not all(t.text[:1].isalpha() for t in words):
            continue
        start, stop = ctx.tokens[i + 1].start, ctx.tokens[j - 1].stop
        if any(a < stop and start < b for o in typed for a, b in o.ranges):
            continue
        org = Org(ctx.text[start:stop], "enterprise", ranges=[(start, stop)], source="typed")
        org.core.append((start, stop))
        found.append(org)
    return found


def _unquoted_sites(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'технопарка Иннопарк', 'ОЭЗ Алабуга': a site type and a name without quotes."""
    found = []
    site_types = ctx.lexicon.single_word_site_types
    for i in range(len(ctx.tokens) - 1):
        org_type = site_types.get(ctx.lemmas[i])
        if org_type is None:
            continue
        token = ctx.tokens[i + 1]
        if not token.text[:1].isupper() or token.feat("Case") not in ("Nom", None):
            continue
        if token.pos not in ("NOUN", "PROPN") or "Geox" in morph.grammemes(token.text):
            continue
        if any(a <= token.start < b for o in typed for a, b in o.ranges):
            continue
        name = token.text
        if org_type.display == "ОЭЗ" or org_type.display == "ТОР":
            name = f"{org_type.display} «{name}»"
        org = Org(
            name,
            org_type.kind,
            ranges=[(ctx.tokens[i].start, token.stop)],
            site_kind=org_type.site,
            inner=token.text,
            source="typed",
        )
        org.core.append((token.start, token.stop))
        found.append(org)
    return found


def _overlaps(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in ranges)


def _is_outlet(ctx: Ctx, first: int, last: int, name: str) -> bool:
    if name_key(name) in ctx.lexicon.outlet_keys:
        return True
    if ctx.compiled.kinds.find(ctx.lemmas[first:last]):
        return False  # a ministry or a fund may also "report"
    before = ctx.lemmas[first - 1] if first > 0 else ""
    after = ctx.lemmas[last] if last < len(ctx.lemmas) else ""
    if before in ctx.lexicon.word_set("not_org_outlets"):
        return True  # 'портал Ювелинет', 'телеканал X
    if after in ("»", '"') and last + 1 < len(ctx.lemmas):
        after = ctx.lemmas[last + 1]
    return before in OUTLET_VERBS or after in OUTLET_VERBS or before == "/" or after == "/"


def ner_candidates(ctx: Ctx, taken: list[tuple[int, int]], excluded: list) -> list[Org]:
    orgs = []
    blocked = [(a, b) for a, b, _ in excluded]
    events = ctx.lexicon.word_set("not_org_events")
    projects = ctx.lexicon.word_set("not_org_projects")
    generic = ctx.lexicon.word_set("generic_orgs")
    loc_spans = {(s.start, s.stop) for s in ctx.spans if s.type == "LOC"}
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    covered: list[tuple[int, int]] = []
    for span in ctx.spans:
        if span.type != "ORG" or _overlaps(span.start, span.stop, taken + blocked):
            continue
        first, last = span.first, span.last
        if (span.start, span.stop) in loc_spans:
            continue
        if set(ctx.lemmas[max(0, first - 1) : last]) & events:
            continue
        if ctx.lemmas[first] in projects:
            continue  # 'КИП «...»' names a project
        # 'Корпорации развития' + 'Дальнего Востока'
        nxt = loc_by_first.get(last)
        if (
            nxt is not None
            and ctx.tokens[last - 1].text.islower()
            and ctx.tokens[nxt.first].feat("Case") == "Gen"
            and nxt.last - nxt.first <= 3
        ):
            last = nxt.last
        if any(a <= span.start < b for a, b in covered):
            continue  # inside a name that ran on past a comma
        extended = _listing_tail(ctx, first, last)
        if extended != last:
            last = extended
            covered.append((span.start, ctx.tokens[last - 1].stop))
        first = _strip_legal(ctx, first, last)
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        if "«" in ctx.text[start:stop] and "»" not in ctx.text[start:stop]:
            close = ctx.text.find("»", stop, stop + 60)
            if close > 0 and "\n" not in ctx.text[stop:close]:
                stop = close + 1
                last = ctx.token_index(stop)
        tokens = ctx.tokens[first:last]
        text = ctx.text[start:stop]
        if text.endswith(LATIN_SUFFIXES) and ctx.text[stop : stop + 1] == ".":
            stop += 1
            text += "."
        name = tidy_name(noun_group_nominative(tokens, text, start) if tokens else text)
        if len(tokens) == 1:
            name = _company_nominative(tokens[0], name)
        key = name_key(name)
        if key in generic or len(key) < 2 or _is_outlet(ctx, first, last, name):
            continue
        if _WITH_YEAR.search(name):
            continue
        if _DOMAIN.search(name) and key not in ctx.lexicon.org_index:
            continue
        lex = ctx.lexicon
        if key in lex.region_index or key in lex.municipality_index or _country_name(ctx, key):
            continue
        if len(tokens) == 1 and ctx.lemmas[first].endswith("щина"):
            ctx.cache.setdefault("extra_places", []).append((start, name))
            continue  # 'Могилевщина', 'Брянщина' are regions
        quoted = ctx.inside_quote(start, stop)
        if (
            quoted is not None
            and key not in lex.org_index
            and tokens[-1].text.islower()
            and (
                quoted.length <= last - first + 1
                or not any(t.text[:1].isupper() for t in tokens[1:])
            )
        ):
            continue  # «Сухой порт»: a project named with common nouns; in a quoted speech
            # a name needs a proper noun after its first word
        org = Org(name, ranges=[(start, stop)])
        org.core.append((start, stop))
        orgs.append(org)
    return orgs


_MASC_ENDINGS = (("ом", ""), ("а", ""), ("у", ""), ("е", ""))


def _company_nominative(token, name: str) -> str:
    """'Белагромаша' -> 'Белагромаш': a one-word company name the dictionary does not know,
    in an oblique case, declined like a masculine noun."""
    case = token.feat("Case")
    if case in (None, "Nom") or name != token.text or not name[:1].isupper():
        return name
    if morph.known_word(name) or len(name) < 5 or not name[-2].isalpha():
        return name
    for ending, replacement in _MASC_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and stem[-1].lower() in "бвгджзклмнпрстфхцчшщ":
            if ending == "е" and case != "Loc" or ending == "у" and case not in ("Dat", "Acc"):
                continue
            return stem + replacement
    return name


def _listing_tail(ctx: Ctx, first: int, last: int) -> int:
    """'Ассоциация кластеров' + ', технопарков и ОЭЗ России': a body whose name lists its
    members or areas goes on past the comma to the place that ends it."""
    if ctx.lemmas[first] not in LISTING_ORG_HEADS or last >= len(ctx.tokens):
        return last
    if ctx.tokens[last].text != ",":
        return last
    places = {s.first: s.last for s in ctx.spans if s.type == "LOC"}
    sent = ctx.tokens[first].sent
    j = last + 1
    seen_and = False
    while j < len(ctx.tokens) and j - last <= 10 and ctx.tokens[j].sent == sent:
        token = ctx.tokens[j]
        if token.text in (",", "и"):
            seen_and = seen_and or token.text == "и"
            j += 1
            continue
        if seen_and and j in places:
            return places[j]  # the place closes the name
        genitive = token.feat("Case") == "Gen" and token.pos in ("NOUN", "PROPN", "ADJ")
        if not (genitive or (token.text.isupper() and len(token.text) >= 2)):
            break
        j += 1
    return last


def _country_name(ctx: Ctx, key: str) -> bool:
    return key in ctx.lexicon.country_name_index


def government_candidates(ctx: Ctx) -> list[Org]:
    """'правительства Ямала' -> 'Правительство Ямала'; only when a proper name follows."""
    orgs = []
    loc_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    n = len(ctx.tokens)
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in GOVERNMENT_HEADS and lemma not in MINISTRY_FROM_TITLE:
            continue
        if i > 0 and ctx.tokens[i - 1].text[:1].isupper() and ctx.tokens[i - 1].pos == "ADJ":
            continue  # 'Брянской городской администрации' is a NER name
        if i > 0 and ctx.lemmas[i - 1] in BUILDINGS:
            continue  # 'в Доме Правительства' is a building
        j, end, org_end = i + 1, None, None
        while j < n and j - i <= 14 and ctx.tokens[j].sent == ctx.tokens[i].sent:
            token = ctx.tokens[j]
            if any(s.type == "PER" and s.first == j for s in ctx.spans):
                break
            if (
                token.text == ","
                and lemma in LISTING_HEADS
                and j + 1 < n
                and ctx.tokens[j + 1].pos in ("NOUN", "ADJ")
                and ctx.tokens[j + 1].feat("Case") == "Gen"
                and ctx.tokens[j + 1].text.islower()
                and org_end is None
            ):
                j += 1  # 'промышленности, шахт и торговли Ирана'
                continue
            if token.pos in ("VERB", "AUX", "PRON") or token.text in (",", ".", ";", ":", "(", ")"):
                break
            span = loc_first.get(j) or org_first.get(j)
            if span is not None:
                if span.type == "ORG" and not any(
                    m.label == "government"
                    for m in ctx.compiled.kinds.find(ctx.lemmas[span.first : span.last])
                ):
                    break  # 'департамента КРДВ' is a company's department
                end, j = span.last, span.last
                if span.type == "LOC":
                    break  # 'провинции Хэйлунцзян' ends the name
                org_end = end  # 'комитета Государственной Думы по ...' may go on
                continue
            if token.pos not in ("NOUN", "ADJ", "ADP", "CCONJ", "PROPN") or token.text == "в":
                break
            if org_end is not None:
                place_follows = ctx.lemmas[j] in PLACE_WORDS and j + 1 in loc_first
                if j == org_end and ctx.lemmas[j] != "по" and not place_follows:
                    break
                end = j + 1
            j += 1
        if end is None:
            continue
        tokens = ctx.tokens[i:end]
        if lemma in MINISTRY_FROM_TITLE:
            if end - i < 3 or not _foreign_place(ctx, tokens[-1]):
                continue  # 'министр Китая' names no ministry; Russian ones are in the lexicon
            rest = ctx.text[tokens[1].start : tokens[-1].stop]
            name = f"{MINISTRY_FROM_TITLE[lemma]} {rest}"
        else:
            text = ctx.text[tokens[0].start : tokens[-1].stop]
            name = noun_group_nominative(tokens, text, tokens[0].start)
        name = tidy_name(name[:1].upper() + name[1:])
        rng = (tokens[0].start, tokens[-1].stop)
        org = Org(name, "government", ranges=[rng], source="government", core=[rng])
        if lemma not in MINISTRY_FROM_TITLE:
            name = _expand_abbreviation(ctx, name, tokens)
            official = _canonical_region(ctx, name, tokens)
            org.inner = tidy_name(official[:1].upper() + official[1:]) if official != name else None
        orgs.append(org)
    return orgs


def _expand_abbreviation(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство РК' -> 'Правительство Республики Коми' when the text names exactly one
    region with those initials (РК may be Коми, Карелия or Крым elsewhere)."""
    last = tokens[-1].text
    if len(tokens) < 2 or not (last.isupper() and 2 <= len(last) <= 4) or last in ("РФ",):
        return name
    regions = {
        region.name
        for span in ctx.spans
        if span.type == "LOC"
        and (region := ctx.lexicon.region_index.get(name_key(span.normal))) is not None
    }
    matching = [r for r in regions if _initials(r) == last]
    if len(matching) != 1:
        return name
    head = ctx.text[tokens[0].start : tokens[-2].stop]
    head = noun_group_nominative(tokens[:-1], head, tokens[0].start)
    return f"{head} {morph.genitive_phrase(matching[0])}"


def _foreign_place(ctx: Ctx, token) -> bool:
    """The token ends a LOC span that names a country other than Russia."""
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            key = name_key(span.normal)
            country = ctx.lexicon.country_name_index.get(key)
            return country is not None and key not in ("россия", "рф", "российская федерация")
    return False


def _canonical_region(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство Поморья' -> 'Правительство Архангельской области': an informal
    region name after a government word is replaced by the official one."""
    last = tokens[-1]
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == last.stop and span.start > tokens[0].start:
            region = ctx.lexicon.region_index.get(name_key(span.normal))
            if region is None or name_key(span.normal) == name_key(region.name):
                return name
            head = [t for t in tokens if t.stop <= span.start]
            text = ctx.text[head[0].start : head[-1].stop]
            words = noun_group_nominative(head, text, head[0].start)
            return f"{words} {morph.genitive_phrase(region.name)}"
    return name


def _initials(name: str) -> str:
    words = re.split(r"[\s-]+", name.strip("«» "))
    return "".join(w[0] for w in words if len(w) >= 3 or w.isupper()).upper()


def merge_orgs(ctx: Ctx, orgs: list[Org], places: list[str]) -> list[Org]:
    merged: dict[str, Org] = {}
    inners = {name_key(o.inner): o for o in orgs if o.inner and o.source == "typed"}
    for org in sorted(orgs, key=lambda o: o.start):
        owner = inners.get(name_key(org.name)) if org.source != "typed" else None
        if owner is not None:
            # '«Технополис Москва»' alone is the zone named elsewhere with its type
            org.name, org.inner, org.kind = owner.name, owner.inner, owner.kind
        entry = ctx.lexicon.org_index.get(name_key(org.name)) or (
            ctx.lexicon.org_index.get(name_key(org.inner)) if org.inner else None
        )
        if entry is not None:
            org.name, org.kind = entry.name, entry.kind
            org.country = org.country or entry.country
        key = name_key(fold_homoglyphs(org.name))
        if key in merged:
            merged[key].ranges.extend(org.ranges)
            merged[key].core.extend(org.core)
            continue
        merged[key] = org
    # 'Правительство Поморья' is 'Правительство Архангельской области' named in the same text
    for key, org in list(merged.items()):
        if org.source == "government" and org.inner and name_key(org.inner) in merged:
            target = merged[name_key(org.inner)]
            if target is not org:
                target.ranges.extend(org.ranges)
                target.core.extend(org.core)
                del merged[key]
    result = list(merged.values())
    keep = []
    for org in result:
        key = name_key(org.name)
        longer = [
            o
            for o in result
            if o is not org
            and len(o.name) > len(org.name)
            and (
                name_key(o.name).startswith(key + " ")
                or (
                    org.name.isupper()
                    and len(org.name) >= 2
                    and _initials(o.name) == org.name.upper()
                )
            )
        ]
        if longer:
            longer[0].ranges.extend(org.ranges)
            longer[0].core.extend(org.core)
            continue
        if org.name.isupper() and any(_initials(p) == org.name for p in places):
            continue  # 'СКО' is a region, not a company
        keep.append(org)
    return sorted(keep, key=lambda o: o.start)


KIND_ORDER = (
    "development_institution",
    "business_association",
    "government",
    "sez_operator",
    "other",
)


def alias_candidates(ctx: Ctx) -> list[Org]:
    pattern = ctx.lexicon.alias_pattern
    if pattern is None:
        return []
    return [
        Org(match.group(0), ranges=[match.span()], source="lexicon", core=[match.span()])
        for match in pattern.finditer(ctx.text)
    ]


def classify_orgs(ctx: Ctx, orgs: list[Org], mentions: list, foreign: list[str]) -> None:
    for org in orgs:
        start, end = org.ranges[0]
        first, last = ctx.token_range(start, end)
        if org.kind is None:
            labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
            org.kind = next((k for k in KIND_ORDER if k in labels), "enterprise")
        if org.country is None:
            inside = {m.code for m in mentions if first <= m.first < last}
            # 'китайская компания X': an attribute right before the name or its type
            near = [m.code for m in mentions if first - 2 <= m.first < first and m.code != "RU"]
            # 'компания X из КНР': a country right after the name
            after = [m.code for m in mentions if last <= m.first <= last + 2 and m.code != "RU"]
            if org.kind in ("sez_operator", "government"):
                near = after = []
            latin = sum(ch.isascii() and ch.isalpha() for ch in org.name) > len(org.name) / 2
            if "RU" in inside or org.kind == "government" and not inside:
                org.country = "RU"
            elif near or after:
                org.country = (near or after)[-1]
            elif inside:
                org.country = sorted(inside)[0]
            elif latin:
                org.country = foreign[0] if len(foreign) == 1 else None
            else:
                org.country = "RU"
        if org.kind == "enterprise" and org.country not in (None, "RU"):
            org.kind = "investor"
