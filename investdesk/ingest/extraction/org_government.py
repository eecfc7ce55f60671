"""Government bodies: 'правительства Ямала', ministries named in officials' titles."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_bodies import region_of_adjective
from .org_ner import INDECLINABLE_MINISTRY
from .org_places import territory
from .orgs import Org, initials, tidy_name

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
        "хурал",
        "мэрия",
        "акимат",
        "хокимият",
        "канцелярия",
        "посольство",
        "консульство",
        "генконсульство",
        "торгпредство",
    }
)
# A federal body's office in a region is named with the region after 'по'
TERRITORIAL_BODIES = frozenset({"управление"})
# 'посольства Китая в России': a mission is named by its country and the host country.
MISSIONS = frozenset({"посольство", "консульство", "генконсульство", "торгпредство"})
BUILDINGS = frozenset({"дом", "здание"})
# Documents a body signs: never a word of its name.
DOCUMENTS = frozenset({"соглашение", "договор", "меморандум", "протокол", "контракт"})
# '... Народного правительства провинции Хэйлунцзян': a place word and a name end the body
PLACE_WORDS = frozenset(
    {"провинция", "аймак", "область", "округ", "город", "район", "уезд", "штат", "регион"}
)
# Lower-case adjectives that belong to a body's name ('народный комитет провинции X')
NAME_ADJECTIVES = frozenset({"народный"})
ADJECTIVE_ENDINGS = ("ой", "ый", "ий", "ая", "яя", "го", "ей", "ое", "ее", "их", "ых")
# A minister's title names the ministry: 'министра энергетики Казахстана'.
MINISTRY_FROM_TITLE = {
    "министр": "Министерство",
    "замминистра": "Министерство",
    "вице-министр": "Министерство",
}
# Bodies named in a title without their owner: 'председатель комитета по туризму'.
TITLE_BODIES = frozenset(
    {
        "министр",
        "замминистра",
        "вице-министр",
        "комитет",
        "департамент",
        "министерство",
        "управление",
    }
)
# 'министра промышленности края': the word refers back to the region the text names.
BACK_REFERENCES = frozenset({"край", "область", "республика", "округ"})
# Government bodies whose names may list areas with commas ('промышленности, шахт и торговли').
LISTING_HEADS = frozenset(
    {"министерство", "министр", "замминистра", "вице-министр", "комитет", "департамент"}
)


# 'Правительство штата и руководство области': a second party named by another word
SECOND_HEADS = frozenset({"руководство"})


def _second_body(ctx: Ctx, head: int, j: int) -> bool:
    """'и' before another body's head word ends the first body's name, when that name
    already has a capitalised word ('Правительством Республики Беларусь и Правительством
    Саратовской области')."""
    if ctx.tokens[j].pos != "CCONJ" or j + 1 >= len(ctx.tokens):
        return False
    second = j + 1
    if ctx.tokens[second].pos == "ADJ" and second + 1 < len(ctx.tokens):
        second += 1  # 'правительством края и Народным Правительством провинции X'
    if ctx.lemmas[second] not in GOVERNMENT_HEADS | SECOND_HEADS:
        return False
    if ctx.lemmas[second] in GOVERNMENT_HEADS and any(
        ctx.tokens[k].text[:1].isupper() for k in range(head + 1, j)
    ):
        return True
    # 'правительством автономного округа и администрацией провинции': two heads in the same
    # case (not the genitive, where 'экономики и управления' may be one portfolio) are two
    # coordinated bodies, not one name
    case = ctx.tokens[head].feat("Case")
    return case not in (None, "Gen") and ctx.tokens[second].feat("Case") == case


def government_candidates(ctx: Ctx) -> list[Org]:
    """'правительства Ямала' -> 'Правительство Ямала'; only when a proper name follows."""
    orgs = []
    loc_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    n = len(ctx.tokens)
    named = {k for s in ctx.spans if s.type in ("PER", "LOC") for k in range(s.first, s.last)}
    orgs.extend(_ministry_read_as_place(ctx))
    for i, lemma in enumerate(ctx.lemmas):
        if (
            lemma not in GOVERNMENT_HEADS
            and lemma not in MINISTRY_FROM_TITLE
            and not _abbreviated_ministry(ctx, i, named)
        ):
            continue
        # 'Генерального консульства Республики Корея': the mission's rank is in its name
        start = i - 1 if lemma in MISSIONS and i > 0 and ctx.lemmas[i - 1] == "генеральный" else i
        if lemma == "управление" and i > 0 and ctx.lemmas[i - 1] == "главный":
            start = i - 1  # 'Главное управление ...': the rank is part of the name
        if (
            start == i
            and i > 0
            and ctx.tokens[i - 1].text[:1].isupper()
            and ctx.tokens[i - 1].pos == "ADJ"
        ):
            continue  # 'Энской городской администрации' is a NER name
        if i > 0 and ctx.lemmas[i - 1] in BUILDINGS:
            continue  # 'в Доме Правительства' is a building
        if ctx.tokens[i].feat("Number") == "Plur" and ctx.tokens[i].text.islower():
            continue  # 'министерств Правительства X': several bodies, none named
        if i + 2 < n and ctx.lower[i + 1] == "и" and ctx.lemmas[i + 2] in GOVERNMENT_HEADS:
            continue  # 'Посольства и Торгпредства РФ': named with the second body's owner
        j, end, org_end = i + 1, None, None
        while j < n and j - i <= 14 and ctx.tokens[j].sent == ctx.tokens[i].sent:
            token = ctx.tokens[j]
            if any(s.type == "PER" and s.first == j for s in ctx.spans):
                break
            if ctx.lemmas[j] in DOCUMENTS:
                break  # 'правительством города соглашение о ...': a document ends the name
            if (
                token.text == ","
                and lemma in LISTING_HEADS
                and j + 1 < n
                and ctx.tokens[j + 1].pos in ("NOUN", "ADJ")
                and ctx.tokens[j + 1].feat("Case") == "Gen"
                and ctx.tokens[j + 1].text.islower()
                and ctx.lemmas[j + 1] not in TITLE_BODIES
                and ctx.lemmas[j + 1] not in ctx.lexicon.word_set("position_heads")
                and org_end is None
            ):
                j += 1  # 'экономики, труда и торговли Ирана'
                continue
            if token.text == "." and ctx.lower[j - 1] == "г" and j + 1 in loc_first:
                j += 1  # 'администрации г. Хабаровска': the abbreviated 'города'
                continue
            if token.pos in ("VERB", "AUX", "PRON") or token.text in (",", ".", ";", ":", "(", ")"):
                break
            if _second_body(ctx, i, j):
                if any(ctx.tokens[k].text[:1].isupper() for k in range(i + 1, j)):
                    end = end or j  # 'Правительством Республики X и Правительством Y'
                break  # 'правительством округа и администрацией X': the first names no one
            if (
                lemma in MINISTRY_FROM_TITLE
                and _republic_abbreviation(token.text)
                and j + 1 < n
                and _person_at(ctx, j + 1)
            ):
                end = j + 1  # 'министр промышленности ЧР Имя Фамилия': the republic, printed short
                break
            span = loc_first.get(j) or org_first.get(j)
            if span is not None and span.type == "ORG" and territory(ctx, span.first, span.last):
                end = span.last  # '... Восточного аймака' (NER's ORG) is a place: it ends the name
                break
            if span is not None:
                if (
                    span.type == "ORG"
                    and not any(
                        m.label == "government"
                        for m in ctx.compiled.kinds.find(ctx.lemmas[span.first : span.last])
                    )
                    and not _region_initials(ctx, span)
                ):
                    break  # 'департамента АБВ' is a company's department
                end, j = span.last, span.last
                if (
                    span.type == "LOC"
                    and span.last - span.first > 1
                    and ctx.tokens[span.last - 1].text.islower()
                    and ctx.lemmas[span.last - 1] in PLACE_WORDS
                    and not ctx.tokens[span.last - 2].text.endswith(ADJECTIVE_ENDINGS)
                ):
                    end -= 1  # 'города Цзыбо района' + 'Чжанцзянь': the district is not the body's
                if span.type == "LOC":
                    host = loc_first.get(j + 1)
                    if lemma in MISSIONS and host is not None and ctx.lower[j] in ("в", "во"):
                        end = host.last  # 'посольства КНР в РФ', '... во Владивостоке'
                    elif (
                        lemma in MINISTRY_FROM_TITLE
                        and j < n
                        and ctx.lower[j] == "по"
                        and _russia(ctx, ctx.tokens[j - 1])
                    ):
                        org_end = end  # 'Министр Российской Федерации по развитию Арктики'
                        continue
                    region = loc_first.get(j + 1)
                    if (
                        lemma in TERRITORIAL_BODIES
                        and j + 1 < n
                        and ctx.lower[j] == "по"
                        and region is not None
                        and _russian_region(ctx, ctx.tokens[region.last - 1])
                    ):
                        end = region.last  # 'управления Минфина России по Энской области'
                    break  # 'провинции Юньнань' ends the name
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
            owned = _owned_by_context(ctx, i, j, orgs) or _owned_by_country_adjective(ctx, i, j)
            if owned is not None:
                orgs.append(owned)
            continue
        lead = start
        if (
            start == i
            and i > 0
            and lemma not in MINISTRY_FROM_TITLE
            and ctx.lemmas[i - 1] in NAME_ADJECTIVES
            and ctx.tokens[i - 1].text.islower()
        ):
            lead = i - 1  # 'народным комитетом провинции X': the adjective is the body's name
        tokens = ctx.tokens[lead:end]
        if lemma in MINISTRY_FROM_TITLE:
            if end - i < 3 or not (
                _foreign_place(ctx, tokens[-1])
                or _russian_region(ctx, tokens[-1])
                or _portfolio_place(ctx, tokens)
                or _federal_portfolio(ctx, tokens)
                or (end - i >= 3 and _russia(ctx, tokens[-1]) and _person_at(ctx, end))
                or (_republic_abbreviation(tokens[-1].text) and _person_at(ctx, end))
            ):
                continue  # 'министр Китая' names no ministry; federal ones are in the lexicon
            rest = ctx.text[tokens[1].start : tokens[-1].stop]
            name = f"{MINISTRY_FROM_TITLE[lemma]} {rest}"
        else:
            text = ctx.text[tokens[0].start : tokens[-1].stop]
            name = noun_group_nominative(tokens, text, tokens[0].start)
            if INDECLINABLE_MINISTRY.match(tokens[0].text):
                # 'Минвостокразвития РФ' keeps its short name as printed
                name = " ".join([tokens[0].text, *name.split(" ")[1:]])
        name = tidy_name(name[:1].upper() + name[1:]).replace(" г. ", " города ")
        rng = (tokens[0].start, tokens[-1].stop)
        org = Org(name, "government", ranges=[rng], source="government", core=[rng])
        place = next((s for s in ctx.spans if s.type == "LOC" and s.stop == rng[1]), None)
        if place is not None:
            org.owner = place.text  # as printed, in the genitive
        if lemma not in MINISTRY_FROM_TITLE:
            expanded = _expand_abbreviation(ctx, name, tokens)
            if expanded != name:
                # 'Правительство РК' is printed short for the one region the text names
                org.name = name = tidy_name(expanded[:1].upper() + expanded[1:])
            official = _canonical_region(ctx, name, tokens)
            org.inner = tidy_name(official[:1].upper() + official[1:]) if official != name else None
        orgs.append(org)
        shared = _sharing_owner(ctx, i, end)
        if shared is not None:
            orgs.append(shared)
    return [org for org in orgs if not _nested(org, orgs)]


def _nested(org: Org, orgs: list[Org]) -> bool:
    """'Минпромторга России' inside 'управления Минпромторга России по ...': the body whose
    office is named is not a party of its own."""
    a, b = org.ranges[0]
    return any(
        other is not org and o_a < a and b <= o_b and other.source == "government"
        for other in orgs
        for o_a, o_b in other.ranges[:1]
    )


def _ministry_read_as_place(ctx: Ctx) -> list[Org]:
    """'Мининвест Подмосковья': the tagger reads a ministry's short name and its owner as one
    place; the short name opens the span and the rest is the owner, as printed."""
    found = []
    for span in ctx.spans:
        if span.type != "LOC" or span.last - span.first < 2:
            continue
        i = span.first
        word = ctx.tokens[i].text
        if not (word[:3] == "Мин" and len(word) >= 7 and word[3:4].islower()):
            continue
        if ctx.lemmas[i].startswith("министр") or ctx.lemmas[i] in MINISTRY_FROM_TITLE:
            continue  # the tagger's part of speech errs on the short name: only its shape counts
        rest = ctx.tokens[i + 1 : span.last]
        if not all(t.text[:1].isupper() for t in rest):
            continue
        owner = ctx.text[rest[0].start : rest[-1].stop]
        short = ctx.lemmas[i][:1].upper() + ctx.lemmas[i][1:]
        if INDECLINABLE_MINISTRY.match(ctx.tokens[i].text):
            short = ctx.tokens[i].text  # 'Минэкономразвития' does not decline
        rng = (ctx.tokens[i].start, rest[-1].stop)
        org = Org(f"{short} {owner}", "government", ranges=[rng], source="government", core=[rng])
        org.owner = owner
        found.append(org)
    return found


def _sharing_owner(ctx: Ctx, i: int, end: int) -> Org | None:
    """'Посольства и Торгпредства РФ': a body word joined by 'и' to the head of a named body
    shares its owner ('Посольство РФ')."""
    k = i - 2
    if k < 0 or ctx.lower[i - 1] != "и" or ctx.lemmas[k] not in GOVERNMENT_HEADS:
        return None
    if ctx.lemmas[i] in MINISTRY_FROM_TITLE or end - i < 2:
        return None
    if ctx.tokens[k].feat("Number") == "Plur" or not ctx.tokens[k].text[:1].isupper():
        return None
    head = noun_group_nominative(ctx.tokens[k : k + 1], ctx.tokens[k].text, ctx.tokens[k].start)
    owner = ctx.text[ctx.tokens[i + 1].start : ctx.tokens[end - 1].stop]
    rng = (ctx.tokens[k].start, ctx.tokens[k].stop)
    return Org(
        tidy_name(f"{head[:1].upper()}{head[1:]} {owner}"),
        "government",
        ranges=[rng],
        source="government",
        core=[rng],
    )


def _portfolio_end(ctx: Ctx, i: int, stop: int) -> int:
    """End of the lowercase genitive words naming a body's portfolio after token ``i``."""
    j = i + 1
    while j < stop:
        token = ctx.tokens[j]
        if token.text == "," and j + 1 < stop:
            j += 1  # 'промышленности, шахт и торговли'
            continue
        if not token.text.islower() or token.pos not in ("NOUN", "ADJ", "CCONJ", "ADP"):
            break
        if token.pos in ("NOUN", "ADJ") and token.feat("Case") != "Gen":
            break
        j += 1
    while j > i + 1 and ctx.tokens[j - 1].pos in ("CCONJ", "ADP", "PUNCT"):
        j -= 1
    return j


# 'с областной Корпорацией развития': a lower-case owner adjective before a body's name
OWNER_ADJECTIVES = {
    "областной": "область",
    "краевой": "край",
    "республиканский": "республика",
    "окружной": "округ",
}


def own_by_adjective(ctx: Ctx, orgs: list[Org]) -> None:
    """'областной Корпорацией развития' -> 'Корпорация развития Рязанской области': a body
    named without its owner, after a lower-case owner adjective, belongs to the region of
    the text with that kind word."""
    for org in orgs:
        _own_by_back_reference(ctx, org)
        first = ctx.token_index(org.ranges[0][0])
        if first < 1 or not ctx.tokens[first - 1].text.islower():
            continue
        kind = OWNER_ADJECTIVES.get(ctx.lemmas[first - 1])
        region = None if kind else region_of_adjective(ctx, first - 1)
        if (kind is None and region is None) or not org.name[:1].isupper():
            continue
        first_, last = ctx.token_range(*org.ranges[0])
        if any(s.type == "LOC" and first_ <= s.first < last for s in ctx.spans):
            continue  # the name has its owner already
        labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first_:last])}
        if not labels & {"development_institution", "government", "business_association"}:
            continue
        resolved = (region, "RU") if region else _region_of_kind(ctx, kind)
        if resolved is None or resolved[1] != "RU":
            continue
        org.owner = morph.genitive_phrase(resolved[0])
        org.name = f"{org.name} {org.owner}"


def _owned_kinds(ctx: Ctx, first: int, last: int) -> bool:
    labels = {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
    return bool(labels & {"development_institution", "government", "business_association"})


def _own_by_back_reference(ctx: Ctx, org: Org) -> None:
    """'Агентства инвестиционного развития (АИР) региона' -> '... Ростовской области': a body
    followed by 'региона' (or 'области', 'края') belongs to the text's region."""
    first, last = ctx.token_range(*org.ranges[0])
    k = last
    if k + 2 < len(ctx.tokens) and ctx.tokens[k].text == "(" and ctx.tokens[k + 2].text == ")":
        k += 3  # '(АИР)'
    if k >= len(ctx.tokens) or not ctx.tokens[k].text.islower():
        return
    if ctx.tokens[k].feat("Case") != "Gen" or ctx.tokens[k].sent != ctx.tokens[first].sent:
        return
    word = ctx.lemmas[k]
    if word not in BACK_REFERENCES and word != "регион":
        return
    if (
        k + 1 < len(ctx.tokens)
        and ctx.tokens[k + 1].text[:1].isupper()
        and not any(s.type == "PER" and s.first == k + 1 for s in ctx.spans)
    ):
        return  # 'области Х' names its own place (but a person may follow a title)
    if any(s.type == "LOC" and first <= s.first < last for s in ctx.spans):
        return
    if not org.name[:1].isupper() or not _owned_kinds(ctx, first, last):
        return
    if word == "регион":
        regions = {
            r.name
            for s in ctx.spans
            if s.type == "LOC" and (r := ctx.lexicon.region_index.get(name_key(s.normal)))
        }
        resolved = (regions.pop(), "RU") if len(regions) == 1 else None
    else:
        resolved = _region_of_kind(ctx, word)
    if resolved is None or resolved[1] != "RU":
        return
    org.owner = morph.genitive_phrase(resolved[0])
    org.name = f"{org.name} {org.owner}"
    org.ranges[0] = (org.ranges[0][0], ctx.tokens[k].stop)


def _region_of_kind(ctx: Ctx, kind: str) -> tuple[str, str] | None:
    """The region or country of the text whose official name has the kind word.

    A region is also named by its towns and districts: 'Иркутский район' and 'Иркутск'
    point to 'Иркутская область' (the stem of the region's adjective starts a place's word).
    Returns the official name and the country code.
    """
    places = [name_key(span.normal) for span in ctx.spans if span.type == "LOC"]
    for key in places:
        region = ctx.lexicon.region_index.get(key)
        if region is not None and kind in name_key(region.name).split():
            return region.name, "RU"
        if key in ctx.lexicon.country_name_index:
            for country in ctx.lexicon.countries:
                if key in {name_key(n) for n in (country.name, *country.names)}:
                    official = [n for n in country.names if name_key(n).split()[0] == kind]
                    if official:
                        return official[0], country.code
    words = {w for key in places for w in key.split() if len(w) >= 4}
    found = set()
    for region in ctx.lexicon.regions:
        parts = name_key(region.name).split()
        if kind not in parts:
            continue
        for adjective in (
            p for p in parts if p != kind and p.endswith(("ий", "ый", "ой", "ая", "яя"))
        ):
            stem = adjective[: max(4, len(adjective) - 5)]
            if any(w.startswith(stem) for w in words):
                found.add(region.name)
    return (found.pop(), "RU") if len(found) == 1 else None


def _owned_by_context(ctx: Ctx, i: int, stop: int, found: list[Org]) -> Org | None:
    """A body named in a title without its owner takes the owner from the context.

    'министра экономики края' -> '... Пермского края' (the region of the text with that
    kind word); 'министра энергетики Казахстана и заместителя министра транспорта' -> the
    second ministry is Kazakhstan's too (the owner of the body named just before in the
    sentence).
    """
    if ctx.lemmas[i] not in TITLE_BODIES or i + 1 >= len(ctx.tokens):
        return None
    end = _portfolio_end(ctx, i, max(stop, i + 1))
    if end - i < 2:
        return None
    portfolio = ctx.tokens[i + 1 : end]
    last = ctx.lemmas[end - 1]
    owner, body, country = None, None, None
    if last in BACK_REFERENCES and end - i >= 3:
        resolved = _region_of_kind(ctx, last)
        if resolved is None:
            return None
        owner, country = morph.genitive_phrase(resolved[0]), resolved[1]
        portfolio = portfolio[:-1]
    elif (owned := _owner_adjective_region(ctx, i)) is not None:
        # 'областного департамента инвестиционной политики' -> '... Тюменской области'
        owner, country = morph.genitive_phrase(owned[0]), owned[1]
    elif _adjective_region(ctx, i) is not None:
        # 'саратовского областного комитета инвестполитики': the region's adjective before
        # the head owns the body, not a body of another place named earlier in the sentence
        owner, country = morph.genitive_phrase(_adjective_region(ctx, i)), "RU"
    else:
        sent = ctx.tokens[i].sent
        before = [
            o
            for o in found
            if o.owner
            and ctx.tokens[ctx.token_index(o.ranges[0][0])].sent == sent
            and o.ranges[0][1] <= ctx.tokens[i].start
        ]
        if not before:
            return None
        owner, body = before[-1].owner, before[-1]
    rest = ctx.text[portfolio[0].start : portfolio[-1].stop]
    head = MINISTRY_FROM_TITLE.get(ctx.lemmas[i])
    if head is None:
        head = noun_group_nominative(ctx.tokens[i : i + 1], ctx.tokens[i].text, ctx.tokens[i].start)
        head = head[:1].upper() + head[1:]
    rng = (ctx.tokens[i].start, ctx.tokens[end - 1].stop)
    org = Org(tidy_name(f"{head} {rest} {owner}"), "government", ranges=[rng], source="government")
    org.core = [rng]
    org.owner, org.owner_body, org.country = owner, body, country
    return org


def _owner_adjective_region(ctx: Ctx, i: int) -> tuple[str, str] | None:
    """'областного департамента ...' (no region adjective before it): the body belongs to
    the region of the text whose official name has the owner adjective's kind word."""
    if i < 1 or not ctx.tokens[i - 1].text.islower():
        return None
    lemma = ctx.lemmas[i - 1]
    if i >= 2 and region_of_adjective(ctx, i - 2) is not None:
        return None  # 'саратовского областного комитета': the region adjective decides
    if lemma == "региональный":
        # 'региональный департамент': the one region of the text, whatever its kind word
        found = {r for r in (_region_of_kind(ctx, k) for k in OWNER_ADJECTIVES.values()) if r}
        return found.pop() if len(found) == 1 else None
    kind = OWNER_ADJECTIVES.get(lemma)
    return _region_of_kind(ctx, kind) if kind else None


def _adjective_region(ctx: Ctx, i: int) -> str | None:
    """The region whose lower-case adjective stands right before the head word (past an
    owner adjective such as 'областной')."""
    k = i - 1
    if k >= 0 and ctx.lemmas[k] in OWNER_ADJECTIVES:
        k -= 1
    if k < 0 or not ctx.tokens[k].text.islower():
        return None
    return region_of_adjective(ctx, k)


COUNTRY_OWNED = frozenset({"министерство"})  # "иранского посольства" is an unnamed reference


def _owned_by_country_adjective(ctx: Ctx, i: int, stop: int) -> Org | None:
    """'вьетнамского министерства сельского хозяйства' -> 'Министерство сельского хозяйства
    Вьетнама': a foreign country's adjective before a ministry names its owner."""
    if i < 1 or ctx.lemmas[i] not in COUNTRY_OWNED or not ctx.tokens[i - 1].text.islower():
        return None
    adjective = ctx.lower[i - 1]
    country = next(
        (
            c
            for c in ctx.lexicon.countries
            if c.code != "RU" and any(adjective.startswith(st) for st in c.stems if len(st) >= 5)
        ),
        None,
    )
    if country is None:
        return None
    end = _portfolio_end(ctx, i, max(stop, i + 1))
    if end - i < 2:  # a ministry without its portfolio names none
        return None
    head = noun_group_nominative(ctx.tokens[i : i + 1], ctx.tokens[i].text, ctx.tokens[i].start)
    rest = ctx.text[ctx.tokens[i + 1].start : ctx.tokens[end - 1].stop] if end > i + 1 else ""
    owner = morph.genitive_phrase(country.name)
    name = " ".join(w for w in (head[:1].upper() + head[1:], rest, owner) if w)
    rng = (ctx.tokens[i - 1].start, ctx.tokens[end - 1].stop)
    org = Org(tidy_name(name), "government", ranges=[rng], source="government", core=[rng])
    org.owner, org.country = owner, country.code
    return org


def _region_initials(ctx: Ctx, span) -> bool:
    """'Департамента ... СО' (NER's ORG): the initials of the one region the text names."""
    text = ctx.tokens[span.first].text
    if span.last - span.first != 1 or not (text.isupper() and 2 <= len(text) <= 4):
        return False
    return len(_regions_with_initials(ctx, text)) == 1


def _regions_with_initials(ctx: Ctx, letters: str) -> list[str]:
    regions = {
        region.name
        for span in ctx.spans
        if span.type == "LOC"
        and (region := ctx.lexicon.region_index.get(name_key(span.normal))) is not None
    }
    return [r for r in regions if initials(r) == letters]


def _expand_abbreviation(ctx: Ctx, name: str, tokens: list) -> str:
    """'Правительство РК' -> 'Правительство Республики Коми' when the text names exactly one
    region with those initials (РК may be Коми, Карелия or Крым elsewhere)."""
    last = tokens[-1].text
    if len(tokens) < 2 or not (last.isupper() and 2 <= len(last) <= 4) or last in ("РФ",):
        return name
    matching = _regions_with_initials(ctx, last)
    if len(matching) != 1:
        return name
    head = ctx.text[tokens[0].start : tokens[-2].stop]
    head = noun_group_nominative(tokens[:-1], head, tokens[0].start)
    return f"{head} {morph.genitive_phrase(matching[0])}"


def _abbreviated_ministry(ctx: Ctx, i: int, named: set[int]) -> bool:
    """'Минпромторга Херсонской области': a ministry's short name ('Мин...') before its owner."""
    token = ctx.tokens[i]
    return (
        i not in named
        and token.text[:3] == "Мин"
        and len(token.text) >= 7
        and token.text[3:4].islower()
        and ctx.lemmas[i] not in MINISTRY_FROM_TITLE
        and not ctx.lemmas[i].startswith("министр")
        and token.pos in ("NOUN", "PROPN")
    )


def _portfolio_place(ctx: Ctx, tokens: list) -> bool:
    """'министр по развитию Дальнего Востока': the place is the ministry's portfolio."""
    return len(tokens) >= 4 and tokens[1].text == "по" and not _russia(ctx, tokens[-1])


def _federal_portfolio(ctx: Ctx, tokens: list) -> bool:
    """'министр Российской Федерации по развитию Арктики': the country, then the portfolio."""
    k = next((m for m, t in enumerate(tokens) if t.text == "по"), None)
    return k is not None and 2 <= k < len(tokens) - 1 and _russia(ctx, tokens[k - 1])


def _person_at(ctx: Ctx, k: int) -> bool:
    """A named person's mention starts at token k: the title before it is this person's
    ('заместитель министра ... России Иван Петров'), not a passing reference."""
    return any(s.type == "PER" and s.first == k for s in ctx.spans)


def _russia(ctx: Ctx, token) -> bool:
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            return name_key(span.normal) in ("россия", "рф", "российская федерация")
    return False


def _republic_abbreviation(word: str) -> bool:
    """'ЧР', 'РТ', 'КБР', 'УР': a Russian republic's initials, as officials' titles print it."""
    return (
        2 <= len(word) <= 3 and word.isupper() and word.isalpha() and "Р" in word and word != "РФ"
    )


def _russian_region(ctx: Ctx, token) -> bool:
    """The token ends a LOC span that names a Russian region ('Запорожской области')."""
    for span in ctx.spans:
        if span.type == "LOC" and span.stop == token.stop:
            return name_key(span.normal) in ctx.lexicon.region_index
    return False


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
