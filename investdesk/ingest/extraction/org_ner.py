"""Organisations from natasha's ORG spans: outlets, events, projects and places dropped,
spans cut to the name, case forms turned to the nominative.

The checks live beside it: ``org_ner_skips`` (spans that name something else, in the order
they are checked), ``org_filters`` (what a span is not), ``org_outlets`` (outlets cited as
sources), ``org_places`` (territories and the places a name goes on to), ``org_spans`` (where a
name starts and ends), ``org_ner_neighbours`` (names read with their neighbours) and
``org_bodies`` (bodies NER does not tag as one span, and acronyms spelled out in brackets);
``org_nominative`` turns a one-word company name to the nominative."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_bodies import (
    _commissions,
    _executive_committees,
    _listed_with,
    _owned_institutions,
    _shared_head,
    spelled_before,
    spelled_out,
)
from .org_filters import (
    _MODEL,
    _WITH_YEAR,
    FORMAT_WORDS,
    _country_name,
    _dateline,
    _event_named,
    _group_of_people,
    _outlet_phrases,
    _overlaps,
    _shouted,
)
from .org_government_owners import territory_named_before
from .org_merge import _stem
from .org_ner_neighbours import _chamber_of, _listed_between, _second_portfolio
from .org_ner_skips import (
    DESCRIBED_COMPANY_WORDS,
    _kind_acronym,
    _named_company,
    _owned_body,
    _place_institution,
    _plural_head,
    _short_form_only,
    skipped_span,
)
from .org_nominative import INDECLINABLE_MINISTRY, company_nominative
from .org_outlets import _DOMAIN, _DOMAIN_AFTER, _WEB_ADDRESS, PRESS_OFFICES, _is_outlet
from .org_places import (
    TERRITORY_NOUNS,
    _attached_to,
    _common_noun_end,
    _country_of_acronym,
    _dangling_place_word,
    _genitive_place,
    _hosted_in,
    _owner_after_acronym,
    _places_of_portfolio,
    _second_place,
    _territory_owner,
    compound_body,
    territory,
)
from .org_spans import (
    BARE_PLACE_WORDS,
    BRANCH_HEADS,
    BRANCH_WORDS,
    COMPANY_WORDS,
    _common_word,
    _date_token,
    _function_tail,
    _glued_to_person,
    _head_before,
    _listing_tail,
    _named_after,
    _no_name,
    _parent_acronyms,
    _plant_product,
    _purpose_tail,
    _strip_person,
    _strip_position,
    _strip_trailing_position,
)
from .orgs import LATIN_SUFFIXES, Org, strip_legal, tidy_name

# a body owned by 'наш', 'ваш', 'свой', 'этот' is a reference to one named elsewhere or not
OWNER_PRONOUNS = frozenset({"наш", "ваш", "свой", "этот"})
# plural members of a zone or a forum ('Резиденты Свободного порта', 'Участники форума')
MEMBER_GROUPS = frozenset({"резидент", "участник", "инвестор", "партнер", "партнёр"})


def _event_stem(text: str) -> str:
    """A one-word name without its case ending ('Технопрома', 'Иннопроме')."""
    key = name_key(text)
    return key if " " in key else _stem(key)


def ner_candidates(ctx: Ctx, taken: list[tuple[int, int]], excluded: list) -> list[Org]:
    orgs = []
    blocked = [(a, b) for a, b, _ in excluded]
    events = ctx.lexicon.word_set("not_org_events")
    projects = ctx.lexicon.word_set("not_org_projects")
    generic = ctx.lexicon.word_set("generic_orgs")
    parties = ctx.lexicon.word_set("not_org_parties")
    loc_spans = {(s.start, s.stop) for s in ctx.spans if s.type == "LOC"}
    loc_names = {name_key(s.normal) for s in ctx.spans if s.type == "LOC" and s.normal}
    loc_by_first = {s.first: s for s in ctx.spans if s.type == "LOC"}
    org_by_first = {s.first: s for s in ctx.spans if s.type == "ORG"}
    covered: list[tuple[int, int]] = []
    formats = {
        ctx.lower[k + 2][:5]
        for k in range(len(ctx.tokens) - 2)
        if ctx.lemmas[k] in FORMAT_WORDS and ctx.tokens[k + 1].text in '«"'
    }
    # with a region named, 'края' and 'региона' are resolved to it later; without, they
    # are unnamed references
    regions_named = any(
        name_key(s.normal) in ctx.lexicon.region_index for s in ctx.spans if s.type == "LOC"
    )
    surnames = {
        (ctx.tokens[k].text[:5].lower(), k)
        for s in ctx.spans
        if s.type == "PER" and s.last - s.first >= 2
        for k in range(s.first + 1, s.last)
    }
    # 'форуме ABC' names an event: 'ABC' alone elsewhere (a headline) is the same event
    # ('«Технопром»' ... 'цель «Технопрома»': the same name in another case)
    event_names = {
        _event_stem(s.text)
        for s in ctx.spans
        if s.type == "ORG" and _event_named(ctx, s.first, s.last, events)
    }
    for span in ctx.spans:
        if span.type != "ORG" or _overlaps(span.start, span.stop, blocked):
            continue
        if _event_stem(span.text) in event_names:
            continue
        if _overlaps(span.start, span.stop, taken) and not _short_form_only(
            ctx, span.start, span.stop, taken
        ):
            continue
        country_adjective = None
        first, last = span.first, span.last
        if (span.start, span.stop) in loc_spans:
            continue
        if skipped_span(ctx, first, last, events, projects, parties, formats):
            continue
        place = territory(ctx, first, last)
        if place:
            ctx.cache.setdefault("extra_places", []).append((span.start, place))
            continue
        if (
            all(ctx.tokens[k].pos == "ADJ" for k in range(first, last))
            and last + 1 in loc_by_first
            and ctx.lemmas[last] in TERRITORY_NOUNS
            and ctx.tokens[last].text.islower()
        ):
            continue  # 'Особой муниципальной' + 'провинции Чеджу': the adjectives of a place
        last = _strip_trailing_position(ctx, first, last)
        first, last = _head_before(ctx, first, last)
        # 'Корпорации развития' + 'Северного Кавказа'; 'Законодательного Собрания' + 'Омской
        # области'
        nxt = loc_by_first.get(last)
        # ('Председателя Государственного Совета' + 'Чувашской Республики': the body's own
        # words, past the title before them, decide)
        body_first = _strip_position(ctx, first, last)
        if (
            nxt is not None
            and (
                ctx.tokens[last - 1].text.islower()
                or _common_noun_end(ctx, first, last)
                or _common_noun_end(ctx, body_first, last)
                or _territory_owner(ctx, body_first, last, nxt)
                or compound_body(ctx, first, last)
                or _kind_acronym(ctx, first, last)
            )
            and _genitive_place(ctx, nxt)
            and nxt.last - nxt.first <= 3
        ):
            last = nxt.last
        elif (
            last + 1 in loc_by_first
            and ctx.lemmas[last] in TERRITORY_NOUNS | {"город"}
            and ctx.tokens[last].text.islower()
            and (
                ctx.tokens[last - 1].text.islower()
                or _common_noun_end(ctx, first, last)
                or ctx.lemmas[last - 1] in BODY_HEADS  # 'Народного Совета провинции X'
            )
        ):
            last = loc_by_first[last + 1].last  # '... совета провинции Хэйлунцзян'
        elif (
            last + 2 in loc_by_first
            and ctx.tokens[last].pos == "ADJ"
            and ctx.tokens[last].text.islower()
            and ctx.lemmas[last + 1] in TERRITORY_NOUNS
            and ctx.tokens[last + 1].text.islower()
            and (ctx.tokens[last - 1].text.islower() or _common_noun_end(ctx, first, last))
        ):
            # 'палатой индийского штата Гуджарат': the country's adjective is left out
            country_adjective = last
            last = loc_by_first[last + 2].last
        last = _country_of_acronym(ctx, first, last, loc_by_first)
        last = _dangling_place_word(ctx, first, last, loc_by_first)
        last = _places_of_portfolio(ctx, first, last, loc_by_first)
        last = _second_place(ctx, first, last, loc_by_first)
        last = _attached_to(ctx, last, loc_by_first)
        trade_rep = ctx.lemmas[first : first + 2] == ["торговый", "представитель"]
        last = _hosted_in(ctx, first, last, loc_by_first, trade_rep)
        last = _named_after(ctx, first, last)
        if any(a <= span.start < b for a, b in covered):
            continue  # inside a name that ran on past a comma
        parent = org_by_first.get(last)
        if (
            parent is not None
            and (ctx.lemmas[last - 1] in BRANCH_HEADS or _chamber_of(ctx, first, last, parent))
            and ctx.tokens[parent.first].feat("Case") == "Gen"
        ):
            # 'Сибирского отделения' + 'Российской академии наук': a branch is named by its
            # parent
            covered.append((parent.start, parent.stop))
            last = parent.last
            owner = loc_by_first.get(last)
            if owner is not None and _genitive_place(ctx, owner) and owner.last - owner.first <= 3:
                last = owner.last  # '... Федерального Собрания' + 'Российской Федерации'
        last = _plant_product(ctx, first, last)
        academy = _parent_acronyms(ctx, first, last)
        if academy != last:
            covered.append((ctx.tokens[last].start, ctx.tokens[academy - 1].stop))
            last = academy  # 'Института экономики' + 'УрО РАН': the parent is part of the name
        last = _purpose_tail(ctx, first, last)
        last = _function_tail(ctx, first, last)
        last = _second_portfolio(ctx, first, last)
        named = _quoted_name_after(ctx, first, last, org_by_first)
        if named is not None:
            covered.append((ctx.tokens[last].start, ctx.tokens[named - 1].stop))
            last = named
        extended = _listing_tail(ctx, first, last)
        if extended != last:
            last = extended
            covered.append((span.start, ctx.tokens[last - 1].stop))
        while first < last and _date_token(ctx, first):
            first += 1  # '12.03.2015 Омский ...': a dateline glued to the name
        glued = _glued_to_person(ctx, first, last)
        if glued is not None:
            first, last = glued  # 'АО' + 'Сибагро Игорь Ким': the company NER gave the person
        first = strip_legal(ctx, first, last)
        if (
            last - first > 1
            and ctx.tokens[last - 1].text in '»"'
            and not any(ctx.tokens[k].text in '«"' for k in range(first, last - 1))
        ):
            last -= 1  # 'ПО «Форэнерго»' without its legal form keeps no closing quote
        if (
            last - first > 2
            and ctx.lemmas[first] in COMPANY_WORDS
            and ctx.lemmas[first + 1] in COMPANY_WORDS
            and ctx.tokens[first + 1].text.islower()
            and ctx.tokens[first + 2].text[:1].isupper()
        ):
            first += 1  # 'Предприятие холдинга X': a company of the holding X is reported as X
        if (
            last - first > 1
            and ctx.lemmas[first] in COMPANY_WORDS
            and ctx.tokens[first + 1].text[:1].isupper()
        ):
            first += 1  # 'Компания ТАИФ' at the start of a sentence: the type word describes
        if (
            last - first > 2
            and ctx.tokens[first].pos == "ADJ"
            and ctx.lemmas[first].endswith(("ский", "цкий"))  # a nationality, not 'Управляющая'
            and ctx.lemmas[first + 1] in DESCRIBED_COMPANY_WORDS
            and ctx.tokens[first + 1].text.islower()
            and ctx.tokens[first + 2].text[:1].isupper()
        ):
            first += 2  # 'Турецкая компания X': a description of the company named after it
        if (
            last - first > 1
            and ctx.tokens[first].pos == "ADJ"
            and ctx.lemmas[first].endswith(("ский", "цкий"))
            and ctx.tokens[first + 1].text[:1].isupper()
            and ctx.tokens[first + 1].text.isascii()
        ):
            first += 1  # 'Китайская China Poly Group': the nationality, then the Latin name
        if (
            last - first > 1
            and ctx.lemmas[first] in BRANCH_WORDS
            and ctx.tokens[first + 1].text[:1].isupper()
            and ctx.tokens[first + 1].feat("Case") == "Gen"
        ):
            first += 1  # 'Филиал Крымского завода ...': the branch of the company named
        if last - first > 1 and ctx.lemmas[first] in PRESS_OFFICES:
            first += 1  # 'Пресс-служба Росреестра' speaks for 'Росреестр'
        if (
            last - first > 1
            and ctx.lemmas[first] == "делегация"
            and ctx.tokens[first + 1].feat("Case") == "Gen"
        ):
            first += 1  # 'Делегация Великого Национального Собрания': the body sent it
        first = _strip_position(ctx, first, last)
        if _portfolio_title(ctx, first, last):
            continue  # 'Государственным министром по внешней торговле ОАЭ': a title, no body
        last = _strip_person(ctx, first, last, surnames)
        if first >= last or _dateline(ctx, first, last) or _no_name(ctx, first, last):
            continue
        if (
            not regions_named
            and last - first > 1
            and ctx.lemmas[last - 1] in BARE_PLACE_WORDS
            and ctx.tokens[last - 1].text.islower()
            and not ctx.tokens[last - 2].text.endswith(("ой", "ий", "ый", "ого", "ей"))
        ):
            continue  # 'Министерство промышленности края': an unnamed reference
        if (
            not regions_named
            and last < len(ctx.tokens)
            and ctx.lemmas[last] in BARE_PLACE_WORDS
            and ctx.tokens[last].text.islower()
            and ctx.tokens[last].feat("Case") == "Gen"
            and not (last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].text[:1].isupper())
        ):
            continue  # '... сельского хозяйства' + 'края': the place word left out of the span
        if (
            regions_named
            and last - first > 2
            and ctx.lemmas[last - 1] == "регион"
            and ctx.tokens[last - 1].text.islower()
            and ctx.tokens[last - 1].feat("Case") == "Gen"
        ):
            last -= 1  # 'Корпорации развития региона': the text's region is resolved later
        if first > span.first and all(t.text.islower() for t in ctx.tokens[first:last]):
            continue  # 'Президентам наших государств': only a position was capitalised
        while (
            last - first > 1
            and ctx.tokens[last - 1].text == ")"
            and not any(t.text == "(" for t in ctx.tokens[first:last])
        ):
            last -= 1  # '(Минэкономразвития России)': NER took the closing bracket
        while last - first > 1 and ctx.tokens[last - 1].text == "/":
            last -= 1  # 'Минск /Корр. БЕЛТА/': NER took the dateline's closing slash
        spelled = spelled_before(ctx, first, last)
        if spelled is not None:
            first, last = spelled
        last = _before_bracket(ctx, first, last)
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
        if country_adjective is not None and first < country_adjective < last - 1:
            head = ctx.tokens[first:country_adjective]
            head_text = ctx.text[start : head[-1].stop]
            rest = ctx.text[ctx.tokens[country_adjective + 1].start : stop]
            name = tidy_name(f"{noun_group_nominative(head, head_text, start)} {rest}")
        else:
            name = tidy_name(noun_group_nominative(tokens, text, start) if tokens else text)
        if (first < span.first or spelled is not None) and name[:1].islower():
            name = name[:1].upper() + name[1:]  # 'общество' + 'X': the head word starts it
        if len(tokens) == 1 and tokens[0].text.isupper() and tokens[0].text.isalpha():
            name = tokens[0].text  # an acronym is printed as it is named ('ЮУТПП')
        elif len(tokens) == 1 and INDECLINABLE_MINISTRY.match(tokens[0].text):
            name = tokens[0].text  # 'Минвостокразвития', 'Минприроды' do not decline
        elif len(tokens) == 1:
            name = company_nominative(tokens[0], name)
        if trade_rep and len(tokens) > 2:
            # 'Торгового представителя России в Индии' heads 'Торговое представительство ...'
            name = "Торговое представительство " + name.split(" ", 2)[2]
        owner = _owner_after_acronym(ctx, name, last, loc_by_first)
        if owner is not None:
            # 'Торгово-промышленная палата (ТПП) Монголии': named by its owner, not generic
            name, stop = f"{name} {owner.text}", owner.stop
        key = name_key(name)
        # 'БРИКС+', 'ОПЕК+': a bloc with its partners is still the bloc
        if key.rstrip("+ ") in generic or len(key) < 2 or _is_outlet(ctx, first, last, name):
            continue
        if not any(ch.isalpha() for ch in name) or _material_compound(ctx, first, last):
            continue  # 'школы 22', 'ПЭТ-бутылки': a number or a thing, not a body
        if name_key(tokens[0].text) in ZONE_KINDS and _country_after(ctx, first + 1, last):
            continue  # 'одну из ведущих ОЭЗ Китая': a kind of body in a country, none named
        if tuple(ctx.lemmas[first:last]) in _outlet_phrases(generic):
            continue  # 'Управляющей компании': a generic phrase in any case form
        if any(ctx.lemmas[k] in OWNER_PRONOUNS for k in range(first, last)):
            continue  # 'Представительства нашего региона': an unnamed reference
        if ctx.lemmas[first] in MEMBER_GROUPS and ctx.tokens[first].feat("Number") == "Plur":
            continue  # 'Резиденты Свободного порта': the companies of a zone, none named
        if key in ctx.lexicon.word_set("legal_forms"):
            continue  # 'в ООО отметили': a legal form alone refers back, it names nothing
        if _WITH_YEAR.search(name) or _MODEL.search(name):
            continue
        if (_DOMAIN.search(name) or _WEB_ADDRESS.match(name)) and key not in ctx.lexicon.org_index:
            continue
        domain = _DOMAIN_AFTER.match(ctx.text, stop) or (
            ctx.text[stop - 1 : stop] == "." and _DOMAIN_AFTER.match(ctx.text, stop - 1)
        )
        if domain and key not in ctx.lexicon.org_index:
            continue  # 'Biang.ru': the name of a website, an outlet
        if _shouted(tokens):
            continue  # 'ВЭБ ЗАКАЗАЛ ОЦЕНКУ ...': a headline in capitals, not a name
        if _group_of_people(ctx, first, last):
            continue  # 'Группа предпринимателей ...': people, not a body
        lex = ctx.lexicon
        if (
            key in lex.region_index
            or key in lex.municipality_index
            or _country_name(ctx, key)
            or (len(tokens) == 1 and key in ctx.compiled.country_place_names)
        ) and not _named_company(ctx, first, last):
            continue
        if len(tokens) == 1 and key in loc_names and ctx.inside_quote(start, stop) is None:
            continue  # 'с Харбином' after 'вице-мэр Харбина': a place the text names as one
        if len(tokens) == 1 and ctx.lemmas[first].endswith("щина"):
            ctx.cache.setdefault("extra_places", []).append((start, name))
            continue  # 'Могилевщина', 'Брянщина' are regions
        quoted = ctx.inside_quote(start, stop)
        if (
            quoted is not None
            and key not in lex.org_index
            and tokens[-1].text.islower()
            and not _owned_body(ctx, first, last)
            and not _place_works(ctx, first, last)
            and (
                # «Сухой порт»; but «Газпром нефть» starts with a proper noun
                (quoted.length <= last - first + 1 and _common_word(tokens[0].text))
                or (
                    quoted.length > last - first + 1
                    and not any(t.text[:1].isupper() for t in tokens[1:])
                )
            )
        ):
            continue  # «Сухой порт»: a project named with common nouns; in a quoted speech
            # a name needs a proper noun after its first word
        if (
            quoted is None
            and key not in lex.org_index
            and last - first <= 2
            and all(t.text.isalpha() and not t.text.isupper() for t in tokens)
            and all(_common_word(t.text) and t.pos != "PROPN" for t in tokens)
            and not {m.label for m in ctx.compiled.kinds.find(ctx.lemmas[first:last])}
            & {"government", "development_institution"}
            and not _place_institution(ctx, first, last)
            and owner is None
        ):
            continue  # 'Технопарка', 'Текстильную фабрику': common words, no name
        if (
            owner is None
            and last < len(ctx.tokens)
            and ctx.lemmas[last] in TERRITORY_NOUNS
            and ctx.tokens[last].text.islower()
            and last + 1 not in loc_by_first
            and ctx.lemmas[last - 1] in BODY_HEADS
            and _no_name_after(ctx, last + 1)
            and (province := territory_named_before(ctx, first, last)) is not None
        ):
            # 'Народного Совета провинции' + a name the tagger glued to a person: the
            # province the text named
            name = f"{name} {province}"
        org = Org(name, ranges=[(start, stop)])
        org.core.append((start, stop))
        orgs.append(org)
    orgs.extend(
        org
        for org in spelled_out(ctx, taken + blocked + [r for o in orgs for r in o.ranges])
        if not _plural_head(ctx, *org.ranges[0])
    )
    orgs.extend(_shared_head(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_commissions(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_executive_committees(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_owned_institutions(ctx, taken + blocked + [r for o in orgs for r in o.ranges]))
    orgs.extend(_listed_with(ctx, taken + [r for o in orgs for r in o.ranges], blocked))
    orgs.extend(_listed_between(ctx, taken + [r for o in orgs for r in o.ranges]))
    return orgs


def _no_name_after(ctx: Ctx, k: int) -> bool:
    """Nothing names the territory at ``k``: a small word, a sign, or a person's name."""
    if k >= len(ctx.tokens) or not ctx.tokens[k].text[:1].isupper():
        return True
    return ctx.span_starts_at(k, "PER")


# capitalised heads of a territory's bodies: 'Народного Совета', 'Народного Комитета'
BODY_HEADS = frozenset({"совет", "комитет", "правительство", "собрание", "департамент"})
# Kinds of bodies whose described name may be followed by their own quoted name
# ('Фонда исламской революции «Мостазафан»')
DESCRIBED_BODY_HEADS = frozenset({"фонд", "ассоциация", "корпорация", "союз", "объединение"})


def _quoted_name_after(ctx: Ctx, first: int, last: int, org_by_first: dict) -> int | None:
    """'Фонда исламской революции' + '«Мостазафан»': a body described in lower-case words
    and then named in quotes is one body; returns the end past the closing quote."""
    if (
        last - first < 2
        or ctx.lemmas[first] not in DESCRIBED_BODY_HEADS
        or not all(ctx.tokens[k].text.islower() for k in range(first + 1, last))
        or last >= len(ctx.tokens)
        or ctx.tokens[last].text not in '«"'
    ):
        return None
    name = org_by_first.get(last + 1)
    if name is None or name.last >= len(ctx.tokens) or ctx.tokens[name.last].text not in '»"':
        return None
    return name.last + 1


def _portfolio_title(ctx: Ctx, first: int, last: int) -> bool:
    """'Государственный министр по внешней торговле', 'Специальный представитель по ...': a
    capitalised position with its portfolio after 'по' names a person's post, not a body."""
    head = first
    while head < last - 1 and ctx.tokens[head].pos == "ADJ":
        head += 1
    return (
        ctx.lemmas[head] in ctx.lexicon.word_set("heads")
        and head + 1 < last
        and ctx.lower[head + 1] == "по"
    )


PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _material_compound(ctx: Ctx, first: int, last: int) -> bool:
    """One token 'ПЭТ-бутылка', 'ПВХ-профиль': an acronym of a material or a field joined to
    a common noun names a product."""
    if last - first != 1:
        return False
    head, sep, tail = ctx.tokens[first].text.partition("-")
    if not sep or not head.isupper() or not tail.islower():
        return False
    tags = morph.grammemes(tail)
    return "NOUN" in tags and "inan" in tags and not tags & PROPER_TAGS


# Works heads a place's adjective opens a company's own name with: «Минский автомобильный завод»
PLACE_WORKS_HEADS = frozenset({"завод", "комбинат", "фабрика"})


def _place_works(ctx: Ctx, first: int, last: int) -> bool:
    """«Минский автомобильный завод» beside 'Минск': a works named by its town is a company,
    not a project named with common words."""
    if last - first < 2 or ctx.lemmas[last - 1] not in PLACE_WORKS_HEADS:
        return False
    adjective = ctx.tokens[first]
    stem = adjective.text.lower()[:5]
    if adjective.pos != "ADJ" or not adjective.text[:1].isupper() or len(stem) < 5:
        return False
    return any(
        w.lower().startswith(stem) for s in ctx.spans if s.type == "LOC" for w in s.text.split()
    )


def _before_bracket(ctx: Ctx, first: int, last: int) -> int:
    """'COFCO (Государственной корпорации ...' with no closing bracket: NER ran into the
    explanation in brackets; the name ends before it, as it does before a short form in
    brackets that closes the span (merged with the name later)."""
    for k in range(first + 1, last):
        if ctx.tokens[k].text != "(":
            continue
        close = next((j for j in range(k + 1, last) if ctx.tokens[j].text == ")"), None)
        # '«Мариинским плитным комбинатом (ЗАО «МПК)»': a short form closing the span
        if close is None or all(ctx.tokens[j].text in '»"' for j in range(close + 1, last)):
            return k
    return last


# Kinds of zones that a country's name after them does not name ('ОЭЗ Китая')
ZONE_KINDS = frozenset({"оэз", "сэз", "тор", "тосэр", "технопарк"})


def _country_after(ctx: Ctx, first: int, last: int) -> bool:
    """The tokens from ``first`` to ``last`` are one country's name."""
    return any(
        s.type == "LOC"
        and s.first == first
        and s.last == last
        and _country_name(ctx, name_key(s.normal))
        for s in ctx.spans
    )
