"""Government bodies named without their owner: the owner taken from the context (the
text's region with a kind word, an owner adjective, a country adjective, the body before).
"""

from __future__ import annotations

from .. import morph
from ..lexicon import CountryEntry, name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_bodies import region_of_adjective
from .org_government_places import BACK_REFERENCES, MINISTRY_FROM_TITLE, TITLE_BODIES
from .org_places import TERRITORY_NOUNS
from .orgs import Org, tidy_name


def _portfolio_end(ctx: Ctx, i: int, stop: int) -> int:
    """End of the lowercase genitive words naming a body's portfolio after token ``i``."""
    j = i + 1
    # 'министр по инвестициям и инновациям края': a portfolio after 'по' is in the dative
    cases = ("Gen", "Dat") if j < stop and ctx.lower[j] == "по" else ("Gen",)
    while j < stop:
        token = ctx.tokens[j]
        if token.text == "," and j + 1 < stop:
            j += 1  # 'промышленности, шахт и торговли'
            continue
        if not token.text.islower() or token.pos not in ("NOUN", "ADJ", "CCONJ", "ADP"):
            break
        if token.pos in ("NOUN", "ADJ") and token.feat("Case") not in cases:
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
        _own_by_text_region(ctx, org)
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


# Regional bodies printed without their owner once the text has named its region: 'Комитета
# экономики', 'Законодательного собрания' (a region's, not a company's: no capital after the head)
REGION_BODIES = (("комитет",), ("департамент",), ("законодательный", "собрание"))


def _own_by_text_region(ctx: Ctx, org: Org) -> None:
    """'Комитет экономики' -> 'Комитет экономики Энской области': a regional body's name
    without its owner, in a text that names one Russian region, is that region's."""
    if org.owner is not None or not org.name[:1].isupper():
        return
    first, last = ctx.token_range(*org.ranges[0])
    head = next((h for h in REGION_BODIES if tuple(ctx.lemmas[first : first + len(h)]) == h), None)
    if head is None or (len(head) == 1 and last - first < 2):
        return  # 'Комитет' alone names no portfolio
    if any(not (t.text.islower() or t.pos == "PUNCT") for t in ctx.tokens[first + 1 : last]):
        return  # 'Комитет Совета Федерации', 'Департамент ЖКХ': owned or not a region's
    territory = _listed_for_territory(ctx, last)
    if (
        territory is None
        and last < len(ctx.tokens)
        and ctx.tokens[last].sent == ctx.tokens[first].sent
    ):
        after = ctx.tokens[last]
        if after.feat("Case") == "Gen" and after.pos in ("NOUN", "PROPN", "ADJ"):
            return  # the owner follows: '... области', '... Правительства X'
    if any(s.type == "LOC" and first <= s.first < last for s in ctx.spans):
        return
    if territory is not None:
        # '... Департамента промышленности и торговли, Департамента иностранных дел
        # провинции': bodies listed for a foreign territory named before are its bodies
        owner = territory_named_before(ctx, first, territory)
        if owner is not None:
            org.owner = owner
            org.name = f"{org.name} {owner}"
        return
    resolved = _text_region(ctx)
    if resolved is None:
        return
    org.owner = morph.genitive_phrase(resolved[0])
    org.name = f"{org.name} {org.owner}"


def _listed_for_territory(ctx: Ctx, last: int) -> int | None:
    """The index of a lower-case foreign territory noun ('провинции') that ends the list of
    bodies the body ending at ``last`` belongs to, in its sentence."""
    sent = ctx.tokens[last - 1].sent if last > 0 else -1
    for k in range(last, min(len(ctx.tokens), last + 40)):
        token = ctx.tokens[k]
        if token.sent != sent or token.text in ".;:":
            return None
        if ctx.lemmas[k] in TERRITORY_NOUNS and token.text.islower():
            nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
            named = nxt is not None and nxt.sent == sent and nxt.text[:1].isupper()
            return None if named else k
        if token.pos == "VERB" and token.feat("VerbForm") == "Fin":
            return None
    return None


def territory_named_before(ctx: Ctx, first: int, territory: int) -> str | None:
    """'провинции Нгеан' for a bare 'провинции': the first such territory the text names (a
    name the tagger misreads may follow the same word later)."""
    named = next(
        (
            s
            for s in ctx.spans
            if s.type == "LOC"
            and 0 < s.first < territory
            and ctx.lemmas[s.first - 1] == ctx.lemmas[territory]
            and s.last - s.first == 1
        ),
        None,
    )
    if named is None:
        return None
    return f"{ctx.tokens[territory].text} {named.normal or ctx.text[named.start : named.stop]}"


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
        and not ctx.span_starts_at(k + 1, "PER")
    ):
        return  # 'области Х' names its own place (but a person may follow a title)
    if any(s.type == "LOC" and first <= s.first < last for s in ctx.spans):
        return
    if not org.name[:1].isupper() or not _owned_kinds(ctx, first, last):
        return
    resolved = _text_region(ctx) if word == "регион" else _region_of_kind(ctx, word)
    if resolved is None or resolved[1] != "RU":
        return
    org.owner = morph.genitive_phrase(resolved[0])
    org.name = f"{org.name} {org.owner}"
    org.ranges[0] = (org.ranges[0][0], ctx.tokens[k].stop)


def _text_region(ctx: Ctx) -> tuple[str, str] | None:
    """The one Russian region the text names ('региона' refers back to it), if only one."""
    regions = {
        r.name
        for s in ctx.spans
        if s.type == "LOC" and (r := ctx.lexicon.region_index.get(name_key(s.normal)))
    }
    return (regions.pop(), "RU") if len(regions) == 1 else None


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


def owned_by_context(ctx: Ctx, i: int, stop: int, found: list[Org]) -> Org | None:
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
    if ctx.lemmas[i] == "управление" and any(
        ctx.lemmas[k] in UNIT_OWNERS for k in range(i + 1, end)
    ):
        return None  # 'управления информации администрации области': a unit of an unnamed body
    last = ctx.lemmas[end - 1]
    owner, body, country = None, None, None
    if (last in BACK_REFERENCES or last == "регион") and end - i >= 3:
        resolved = _text_region(ctx) if last == "регион" else _region_of_kind(ctx, last)
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


# Bodies whose units are named 'управление X администрации ...'
UNIT_OWNERS = frozenset(
    {"администрация", "правительство", "министерство", "департамент", "мэрия", "агентство"}
)


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


# 'членами амурского правительства': a region's own government or administration, named by
# the region's adjective ('краевое правительство', an owner adjective, names none)
REGION_OWNED = frozenset({"правительство", "администрация"})


def owned_by_region_adjective(ctx: Ctx, i: int) -> Org | None:
    """'амурского правительства' -> 'Правительство Амурской области': a lower-case adjective of
    the one region the text names with that stem, right before the body's head word."""
    if i < 1 or ctx.lemmas[i] not in REGION_OWNED or not ctx.tokens[i - 1].text.islower():
        return None
    if ctx.tokens[i].feat("Number") == "Plur":
        return None
    region = region_of_adjective(ctx, i - 1)
    if region is None:
        return None
    head = noun_group_nominative(ctx.tokens[i : i + 1], ctx.tokens[i].text, ctx.tokens[i].start)
    owner = morph.genitive_phrase(region)
    rng = (ctx.tokens[i - 1].start, ctx.tokens[i].stop)
    return _owned_body(f"{head[:1].upper()}{head[1:]} {owner}", rng, owner, "RU")


# 'российское посольство в Индии': a mission named by its country's adjective and its host
HOSTED_MISSIONS = frozenset({"посольство", "консульство", "генконсульство", "торгпредство"})


def owned_mission(ctx: Ctx, i: int) -> Org | None:
    """'российское посольство в Индии' -> 'Посольство России в Индии': with its host named, a
    mission after its country's adjective is a named body ('иранского посольства' is not)."""
    if i < 1 or ctx.lemmas[i] not in HOSTED_MISSIONS or ctx.tokens[i].feat("Number") == "Plur":
        return None
    if not ctx.tokens[i - 1].text.islower() or i + 2 >= len(ctx.tokens):
        return None
    if ctx.lower[i + 1] not in ("в", "во"):
        return None
    host = next(
        (s for s in ctx.spans if s.type == "LOC" and s.first == i + 2),
        None,
    )
    if host is None:
        return None
    country = _country_of_adjective(ctx, ctx.lower[i - 1], foreign_only=False)
    if country is None:
        return None
    head = noun_group_nominative(ctx.tokens[i : i + 1], ctx.tokens[i].text, ctx.tokens[i].start)
    owner = morph.genitive_phrase(country.name)
    place = ctx.text[ctx.tokens[i + 1].start : ctx.tokens[host.last - 1].stop]
    rng = (ctx.tokens[i - 1].start, ctx.tokens[host.last - 1].stop)
    return _owned_body(f"{head[:1].upper()}{head[1:]} {owner} {place}", rng, owner, country.code)


COUNTRY_OWNED = frozenset({"министерство"})  # "иранского посольства" is an unnamed reference


def owned_by_country_adjective(ctx: Ctx, i: int, stop: int) -> Org | None:
    """'вьетнамского министерства сельского хозяйства' -> 'Министерство сельского хозяйства
    Вьетнама': a foreign country's adjective before a ministry names its owner."""
    if i < 1 or ctx.lemmas[i] not in COUNTRY_OWNED or not ctx.tokens[i - 1].text.islower():
        return None
    country = _country_of_adjective(ctx, ctx.lower[i - 1], foreign_only=True)
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
    return _owned_body(name, rng, owner, country.code)


def _country_of_adjective(ctx: Ctx, adjective: str, foreign_only: bool) -> CountryEntry | None:
    """The country whose adjective stem ('вьетнамск', 'российск') begins ``adjective``."""
    return next(
        (
            c
            for c in ctx.lexicon.countries
            if not (foreign_only and c.code == "RU")
            and any(adjective.startswith(st) for st in c.stems if len(st) >= 5)
        ),
        None,
    )


def _owned_body(name: str, rng: tuple[int, int], owner: str, country: str) -> Org:
    org = Org(tidy_name(name), "government", ranges=[rng], source="government", core=[rng])
    org.owner, org.country = owner, country
    return org
