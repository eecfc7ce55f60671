"""Government bodies: 'правительства Ямала', ministries named in officials' titles.

The scan for a government word and the owner that follows it is here; the words that start
and end a body's name are in ``org_government_words``; the title words, the places that end a
body's name and regions printed short or informally in ``org_government_places``; and the
owners taken from the context (a region's kind word, an owner adjective, a country adjective)
in ``org_government_owners``.
"""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_government_owners import (
    _country_of_adjective,
    owned_by_context,
    owned_by_country_adjective,
    owned_by_region_adjective,
    owned_mission,
)
from .org_government_places import (
    MINISTRY_FROM_TITLE,
    TITLE_BODIES,
    canonical_region,
    expand_abbreviation,
    federal_portfolio,
    foreign_place,
    person_at,
    portfolio_place,
    region_initials,
    region_of_initials,
    republic_abbreviation,
    russia,
    russian_region,
)
from .org_government_words import (
    ADJECTIVE_ENDINGS,
    BUILDINGS,
    DIPLOMATIC_RANK_OWNERS,
    DOCUMENTS,
    FUNCTION_BODIES,
    GOVERNMENT_HEADS,
    LEADING_ADJECTIVES,
    LISTING_HEADS,
    MEETING_PREPOSITIONS,
    MISSIONS,
    NAME_ADJECTIVES,
    NEWS_AGENCY_ADJECTIVES,
    OWNER_PLACE_WORDS,
    PLACE_WORDS,
    TERRITORIAL_BODIES,
    _function_follows,
    _other_parties,
    _second_body,
)
from .org_nominative import INDECLINABLE_MINISTRY
from .org_places import territory
from .orgs import Org, tidy_name

# bodies a minister's title may name after the portfolio
PORTFOLIO_OWNERS = frozenset({"министерство", "департамент", "агентство", "управление"})


# a unit named only by the ministry after it is that ministry's ('департамента Минвостокразвития')
UNNAMED_UNITS = frozenset({"департамент", "управление", "отдел"})


def _diplomatic_rank(ctx: Ctx, i: int) -> bool:
    """'полномочным министром посольства Японии': the minister of an embassy heads no ministry."""
    following = ctx.lemmas[i + 1 : i + 3]
    return bool(following) and (
        following[0] in DIPLOMATIC_RANK_OWNERS
        or (
            following[0] in ("-", "советник")
            and any(w in DIPLOMATIC_RANK_OWNERS for w in ctx.lemmas[i + 1 : i + 5])
        )
        or (i > 0 and ctx.lemmas[i - 1] == "полномочный")
    )


def government_candidates(ctx: Ctx) -> list[Org]:
    """'правительства Ямала' -> 'Правительство Ямала'; only when a proper name follows."""
    orgs = []
    loc_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    n = len(ctx.tokens)
    named = {k for s in ctx.spans if s.type in ("PER", "LOC") for k in range(s.first, s.last)}
    orgs.extend(_ministry_read_as_place(ctx))
    for i, lemma in enumerate(ctx.lemmas):
        lemma = _misread_head(ctx, i, lemma)
        if (
            lemma not in GOVERNMENT_HEADS
            and lemma not in MINISTRY_FROM_TITLE
            and not _abbreviated_ministry(ctx, i, named)
        ):
            continue
        if i > 0 and lemma == "агентство" and ctx.lemmas[i - 1] in NEWS_AGENCY_ADJECTIVES:
            continue  # a news agency is an outlet
        if lemma in MINISTRY_FROM_TITLE and _diplomatic_rank(ctx, i):
            continue
        if lemma in MINISTRY_FROM_TITLE and i + 1 < n and ctx.lemmas[i + 1] == "правительство":
            continue  # 'министр правительства Москвы': a member of the government, no ministry
        if lemma == "кабинет" and (i + 1 >= n or ctx.lemmas[i + 1] != "министр"):
            continue  # 'в кабинете губернатора' is a room
        if lemma in MINISTRY_FROM_TITLE and i > 0 and ctx.lemmas[i - 1] == "кабинет":
            continue  # 'Кабинета Министров X' is the cabinet, no ministry
        # 'Генерального консульства Республики Корея': the mission's rank is in its name
        start = i
        if i > 0 and ctx.lemmas[i - 1] in LEADING_ADJECTIVES and lemma not in MINISTRY_FROM_TITLE:
            start = i - 1
        if lemma == "управление" and i > 0 and ctx.lemmas[i - 1] == "главный":
            start = i - 1  # 'Главное управление ...': the rank is part of the name
        if (
            start == i
            and i > 0
            and ctx.tokens[i - 1].text[:1].isupper()
            and ctx.tokens[i - 1].pos == "ADJ"
            and ctx.lemmas[i - 1].endswith(("ый", "ий", "ой"))  # 'Председателя' tagged ADJ
        ):
            continue  # 'Энской городской администрации' is a NER name
        if i > 0 and ctx.lemmas[i - 1] in BUILDINGS:
            continue  # 'в Доме Правительства' is a building
        if ctx.tokens[i].feat("Number") == "Plur" and ctx.tokens[i].text.islower():
            continue  # 'министерств Правительства X': several bodies, none named
        if i + 2 < n and ctx.lower[i + 1] == "и" and ctx.lemmas[i + 2] in GOVERNMENT_HEADS:
            continue  # 'Посольства и Торгпредства РФ': named with the second body's owner
        j, end, org_end = i + 1, None, None
        read = org_first.get(i)
        if read is not None and lemma in FUNCTION_BODIES and _function_follows(ctx, read.last):
            # NER read 'Агентства Дальнего Востока' and stopped before 'по привлечению ...'
            j = end = org_end = read.last
        while j < n and j - i <= 14 and ctx.tokens[j].sent == ctx.tokens[i].sent:
            token = ctx.tokens[j]
            if ctx.span_starts_at(j, "PER"):
                break
            if ctx.lemmas[j] in DOCUMENTS:
                break  # 'правительством города соглашение о ...': a document ends the name
            if end is None and org_end is None and _unnamed_owner_or_circumstance(ctx, j):
                # 'правительства региона по итогам встречи губернатора ЕАО': no name follows;
                # the region left unnamed is the text's own (checked below)
                j += ctx.lemmas[j] == "регион"
                break
            if j == i + 1 and (
                token.pos == "CCONJ" or (token.feat("Case") == "Ins" and token.text.islower())
            ):
                # 'между агентством и краем' names no body; 'управления федеральным
                # имуществом' is the act of managing, not an office
                break
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
            if token.text == "," and org_end is not None and _function_listed(ctx, org_end, j):
                j += 1  # 'управления края по туризму, курортному делу, ... отношениям'
                continue
            if token.text == "." and ctx.lower[j - 1] == "г" and j + 1 in loc_first:
                j += 1  # 'администрации г. Хабаровска': the abbreviated 'города'
                continue
            if token.pos in ("VERB", "AUX", "PRON") or token.text in (",", ".", ";", ":", "(", ")"):
                break
            if token.pos == "CCONJ" and _other_parties(ctx, j + 1):
                break  # 'министерства сотрудничества и южноуральских вузов': a second party
            if (
                token.pos == "CCONJ"
                and j + 1 < n
                and ctx.lemmas[j + 1] in ctx.lexicon.word_set("heads")
            ):
                if any(ctx.tokens[k].text[:1].isupper() for k in range(i + 1, j)):
                    end = end or j
                break  # 'Правительством РД и губернатором провинции X': a person's office
            if _second_body(ctx, i, j):
                if any(ctx.tokens[k].text[:1].isupper() for k in range(i + 1, j)):
                    end = end or j  # 'Правительством Республики X и Правительством Y'
                break  # 'правительством округа и администрацией X': the first names no one
            if (
                lemma in MINISTRY_FROM_TITLE
                and republic_abbreviation(token.text)
                and j + 1 < n
                and person_at(ctx, j + 1)
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
                    and not region_initials(ctx, span)
                    # 'акиматом ВКО': a foreign region's short name the tagger took for a body
                    and name_key(span.text) not in ctx.compiled.country_place_names
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
                    if host is None and j + 2 < n and ctx.lemmas[j + 1] in PLACE_WORDS:
                        host = loc_first.get(j + 2)  # '... в провинции X'
                    if lemma in MISSIONS and host is not None and ctx.lower[j] in ("в", "во"):
                        end = host.last  # 'посольства КНР в РФ', '... во Владивостоке'
                    elif (
                        lemma in MINISTRY_FROM_TITLE
                        and j < n
                        and ctx.lower[j] == "по"
                        and russia(ctx, ctx.tokens[j - 1])
                    ):
                        org_end = end  # 'Министр Российской Федерации по развитию Арктики'
                        continue
                    if (
                        lemma in FUNCTION_BODIES
                        and _function_follows(ctx, j)
                        and russian_region(ctx, ctx.tokens[j - 1])
                    ):
                        # 'Агентства Энской области по развитию туризма'; after a foreign
                        # place 'по обсуждению ...' is rather what the meeting was for
                        org_end = end
                        continue
                    region = loc_first.get(j + 1)
                    if (
                        lemma in TERRITORIAL_BODIES
                        and j + 1 < n
                        and ctx.lower[j] == "по"
                        and region is not None
                        and russian_region(ctx, ctx.tokens[region.last - 1])
                    ):
                        end = region.last  # 'управления Минфина России по Энской области'
                    owner = loc_first.get(j + 1)
                    if (
                        owner is not None
                        and "по" in ctx.lower[i + 1 : span.first]
                        and ctx.lemmas[j] in OWNER_PLACE_WORDS
                        and ctx.tokens[j].text.islower()
                    ):
                        end = owner.last  # 'Министр по делам Европы земли Бранденбург'
                    second = loc_first.get(j + 1)
                    if (
                        second is not None
                        and end == span.last
                        and ctx.lower[j] == "и"
                        and "по" in ctx.lower[i + 1 : span.first]
                        and ctx.tokens[second.first].feat("Case")
                        == ctx.tokens[span.first].feat("Case")
                    ):
                        # 'министр по развитию Дальнего Востока и Арктики': both places are
                        # the portfolio's
                        end = second.last
                    break  # 'провинции Юньнань' ends the name
                org_end = end  # 'комитета Государственной Думы по ...' may go on
                continue
            if token.pos not in ("NOUN", "ADJ", "ADP", "CCONJ", "PROPN") or ctx.lower[j] in (
                "в",
                "во",
            ):
                break
            if ctx.lower[j] in MEETING_PREPOSITIONS and not any(
                ctx.lower[k] in ("по", "при") for k in range(i + 1, j)
            ):
                break  # 'встреча правительства региона с делегацией из X': the other party
            if org_end is not None:
                place_follows = ctx.lemmas[j] in PLACE_WORDS and j + 1 in loc_first
                if j == org_end and ctx.lemmas[j] != "по" and not place_follows:
                    break
                end = j + 1
            j += 1
        if end is None:
            owned = (
                owned_by_context(ctx, i, j, orgs)
                or owned_by_country_adjective(ctx, i, j)
                or owned_by_region_adjective(ctx, i)
                or owned_mission(ctx, i)
            )
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
        tokens = span_tokens = ctx.tokens[lead:end]
        if (
            lemma in UNNAMED_UNITS
            and len(tokens) >= 2
            and INDECLINABLE_MINISTRY.match(tokens[1].text)
        ):
            tokens = tokens[1:]  # 'департамента Минвостокразвития': a unit the ministry has
        if lemma in MINISTRY_FROM_TITLE:
            if any(ctx.lemmas[k] in PORTFOLIO_OWNERS for k in range(i + 1, end)):
                # 'заместителя министра по нефтегазовой индустрии Министерства энергетики
                # ОАЭ': the title names its portfolio, the body it serves is named after it
                continue
            if end - i < 3 or not (
                foreign_place(ctx, tokens[-1])
                or russian_region(ctx, tokens[-1])
                or portfolio_place(ctx, tokens)
                or federal_portfolio(ctx, tokens)
                or (end - i >= 3 and russia(ctx, tokens[-1]) and person_at(ctx, end))
                or (republic_abbreviation(tokens[-1].text) and person_at(ctx, end))
            ):
                continue  # 'министр Китая' names no ministry; federal ones are in the lexicon
            rest = ctx.text[tokens[1].start : tokens[-1].stop]
            owner = region_of_initials(ctx, tokens[-1].text) if len(tokens) > 2 else None
            if owner is not None:
                # 'министр торговли РТ' in a text on Tatarstan: the republic's full name
                rest = f"{ctx.text[tokens[1].start : tokens[-2].stop]} {owner}"
            name = f"{MINISTRY_FROM_TITLE[lemma]} {rest}"
        else:
            text = ctx.text[tokens[0].start : tokens[-1].stop]
            name = noun_group_nominative(tokens, text, tokens[0].start)
            if lemma != ctx.lemmas[i] and lead == i and len(tokens) > 1:
                # the tagger misread the head: the head's lemma, its owner as printed
                name = f"{lemma} {ctx.text[tokens[1].start : tokens[-1].stop]}"
            if INDECLINABLE_MINISTRY.match(tokens[0].text):
                # 'Минвостокразвития РФ' keeps its short name as printed
                name = " ".join([tokens[0].text, *name.split(" ")[1:]])
        name = tidy_name(name[:1].upper() + name[1:]).replace(" г. ", " города ")
        name = _without_country_adjective(ctx, name)
        rng = (span_tokens[0].start, span_tokens[-1].stop)
        org = Org(name, "government", ranges=[rng], source="government", core=[rng])
        place = next((s for s in ctx.spans if s.type == "LOC" and s.stop == rng[1]), None)
        if place is not None:
            org.owner = place.text  # as printed, in the genitive
        if lemma not in MINISTRY_FROM_TITLE:
            expanded = expand_abbreviation(ctx, name, tokens)
            if expanded != name:
                # 'Правительство РК' is printed short for the one region the text names
                org.name = name = tidy_name(expanded[:1].upper() + expanded[1:])
            official = canonical_region(ctx, name, tokens)
            org.inner = tidy_name(official[:1].upper() + official[1:]) if official != name else None
        orgs.append(org)
        shared = _sharing_owner(ctx, i, end)
        if shared is not None:
            orgs.append(shared)
    kept = [org for org in orgs if not _sub_unit(ctx, org, orgs) and not _federal_cabinet(ctx, org)]
    return [org for org in kept if not _nested(org, kept)]


def _federal_cabinet(ctx: Ctx, org: Org) -> bool:
    """'сообщила пресс-служба правительства РФ', 'рабочая группа правительства РФ': the
    country's cabinet printed in lower case is the state speaking or acting in the
    background, the way 'правительство региона' is, not a party the item names."""
    first, last = ctx.token_range(*org.ranges[0])
    if last - first < 2 or ctx.tokens[first].text != ctx.lower[first]:
        return False
    return ctx.lemmas[first] == "правительство" and russia(ctx, ctx.tokens[last - 1])


def _function_listed(ctx: Ctx, org_end: int, comma: int) -> bool:
    """A comma inside a body's function after its owner ('по туризму, курортному делу'): the
    function opened with 'по' and goes on in the dative."""
    nxt = comma + 1
    return (
        nxt < len(ctx.tokens)
        and ctx.lower[org_end] == "по"
        and ctx.tokens[nxt].text.islower()
        and ctx.tokens[nxt].pos in ("NOUN", "ADJ")
        and ctx.tokens[nxt].feat("Case") == "Dat"
    )


def _unnamed_owner_or_circumstance(ctx: Ctx, j: int) -> bool:
    """'региона' (the body's owner left unnamed) or 'по итогам', 'на встрече' (what
    the sentence says about the body): no name of the body follows."""
    if ctx.lemmas[j] == "регион" and ctx.tokens[j].text.islower():
        return True
    following = ctx.lemmas[j + 1] if j + 1 < len(ctx.lemmas) else ""
    return (ctx.lower[j], following) in CIRCUMSTANCES


CIRCUMSTANCES = frozenset({("по", "итог"), ("на", "встреча")})


# 'управление' is a unit inside a ministry, department or administration; a department
# inside a government ('департамент внешних связей правительства X') is a party itself
UNIT_HEADS = frozenset({"управление"})


_HEAD_PREFIXES = frozenset(head[:5] for head in GOVERNMENT_HEADS if len(head) >= 6)


def _misread_head(ctx: Ctx, i: int, lemma: str) -> str:
    """'Акиматом' read as an adjective: a word that starts like a body's head word and that
    the dictionary parses as that noun (and as no other head) is that head."""
    word = ctx.lower[i]
    if lemma in GOVERNMENT_HEADS or word[:5] not in _HEAD_PREFIXES:
        return lemma
    nouns = {p.normal_form for p in morph.parses(word) if p.tag.POS == "NOUN"}
    heads = nouns & GOVERNMENT_HEADS
    return heads.pop() if len(heads) == 1 else lemma


def _sub_unit(ctx: Ctx, org: Org, orgs: list[Org]) -> bool:
    """'управления информации администрации Энской области': a lower-case office whose name
    ends with a named body is that body's unit; the party is the body it belongs to."""
    a, b = org.ranges[0]
    first = ctx.token_index(a)
    if not ctx.tokens[first].text.islower() or ctx.lemmas[first] not in UNIT_HEADS:
        return False
    return any(
        other is not org
        and other.source == "government"
        and a < other.ranges[0][0]
        and other.ranges[0][1] == b
        and ctx.lemmas[ctx.token_index(other.ranges[0][0])] in GOVERNMENT_HEADS
        for other in orgs
    )


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


def _abbreviated_ministry(ctx: Ctx, i: int, named: set[int]) -> bool:
    """'Минпромторга Херсонской области': a ministry's short name ('Мин...') before its owner."""
    token = ctx.tokens[i]
    if not (
        token.text[:3] == "Мин"
        and len(token.text) >= 7
        and token.text[3:4].islower()
        and ctx.lemmas[i] not in MINISTRY_FROM_TITLE
        and not ctx.lemmas[i].startswith("министр")
        and token.pos in ("NOUN", "PROPN")
    ):
        return False
    if i not in named:
        return True
    # 'В Мининвесте Московской области': the tagger may read the short name as a place of
    # its own, right before its owner's
    return any(
        s.type == "LOC" and s.first == i and s.last == i + 1 for s in ctx.spans
    ) and ctx.span_starts_at(i + 1, "LOC")


# a foreign unit whose government is named ('провинции Хэйлунцзян', 'префектуры Тоттори')
FOREIGN_UNITS = ("провинции", "префектуры", "штата", "уезда", "аймака", "округа", "города")


def _without_country_adjective(ctx: Ctx, name: str) -> str:
    """'Народное правительство китайской провинции Хэйлунцзян' -> '... провинции Хэйлунцзян':
    the country's adjective tells the reader where the unit is; it is not the body's name."""
    words = name.split(" ")
    for k in range(1, len(words) - 2):
        if (
            words[k + 1] in FOREIGN_UNITS
            and words[k].islower()
            and _country_of_adjective(ctx, words[k], foreign_only=True) is not None
        ):
            return " ".join(words[:k] + words[k + 1 :])
    return name
