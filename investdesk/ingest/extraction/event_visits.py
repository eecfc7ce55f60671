"""Event cues about visits: what is visited (a place or a site), who the guests are, and
when a visit only frames talks or a tour."""

from __future__ import annotations

from ..lexicon import name_key
from .context import Ctx
from .event_forums import HELD_VERBS
from .phrases import Match


def _country_follows(ctx: Ctx, index: int) -> bool:
    countries = ctx.lexicon.country_name_index
    return any(
        span.type == "LOC"
        and index <= span.first <= index + 1
        # 'осмотрел генконсул КНР': the country is the diplomat's, not where he went
        and not (span.first > index and ctx.tokens[index].pos in ("NOUN", "PROPN"))
        and name_key(span.normal) in countries
        for span in ctx.spans
    )


def _region_object(ctx: Ctx, first: int, last: int) -> bool:
    """'Орловщину посетила делегация', 'посетил Пензенскую область': the object of the visit
    is a region (right before or after the verb), so it is a visit, not a site tour."""
    lex = ctx.lexicon
    while first > 0 and ctx.tokens[first - 1].pos == "ADV":
        first -= 1  # 'Пензенскую область впервые посетила': an adverb of the verb between
    for k in (first - 1, last):
        if (
            0 <= k < len(ctx.tokens)
            and ctx.tokens[k].text[:1].isupper()
            and ctx.lemmas[k].endswith(("щина", "щин"))
            and ctx.tokens[k].feat("Case") != "Gen"
        ):
            return True  # 'Орловщину', 'Брянщину' name a region (NER may miss them)
    for span in ctx.spans:
        if span.type != "LOC" or not (last <= span.first <= last + 1 or span.last == first):
            continue
        if span.last == first and (
            ctx.tokens[span.last - 1].feat("Case") != "Acc"
            or (span.first > 0 and ctx.tokens[span.first - 1].pos == "ADP")
        ):
            continue  # a place before the verb is its object only in the accusative, not 'в Н'
        if span.first == last + 1 and ctx.tokens[last].pos in ("NOUN", "PROPN"):
            continue  # 'посетил губернатор Воронежской области': the region is the governor's
        key = name_key(span.normal)
        if key in lex.region_index or key in lex.country_name_index:
            return True
        if ctx.lemmas[span.last - 1].endswith("щина"):
            return True
    return False


def _place_object(ctx: Ctx, last: int) -> bool:
    """'посетил Омск', 'посетят три провинции': the object of the verb is a place
    (any place name, or a place noun after an optional numeral), so the guests visit a
    town or a province, not a site."""
    if last < len(ctx.tokens) and ctx.lower[last] in ("в", "во"):
        last += 1  # 'побывала в регионе', 'побывал во Вьетнаме'
    lex = ctx.lexicon
    for span in ctx.spans:
        if span.type == "LOC" and span.first == last and not _site_word(ctx, span.first):
            return True
    if last < len(ctx.tokens):
        # a headline in capitals: NER may miss the place
        for key in (name_key(ctx.tokens[last].text), ctx.lemmas[last]):
            if key in lex.country_name_index or key in lex.region_index:
                return True
    places = ctx.lexicon.word_set("visited_places")
    for k in range(last, min(last + 2, len(ctx.tokens))):
        if ctx.tokens[k].sent != ctx.tokens[last - 1].sent:
            break
        if ctx.lemmas[k] in places:
            return True
        if ctx.tokens[k].pos != "NUM":
            break
    return False


def _place_object_before(ctx: Ctx, first: int) -> bool:
    """'Н-ский район с рабочим визитом посетил директор': a place in the accusative opens the
    sentence as the object of the visit verb, with only the manner of the visit between."""
    k = first
    if k >= 2 and ctx.lemmas[k - 1] == "визит":
        k -= 1
        while k >= 1 and ctx.tokens[k - 1].pos == "ADJ":
            k -= 1  # 'с рабочим визитом', 'с официальным визитом'
        if k < 1 or ctx.lower[k - 1] not in ("с", "со"):
            return False
        k -= 1
    for span in ctx.spans:
        if span.type != "LOC" or span.last != k or _site_word(ctx, span.first):
            continue
        j = span.first - 1
        while j > 0 and ctx.tokens[j].pos in ("ADJ", "NOUN") and ctx.tokens[j].text.islower():
            j -= 1  # 'в турецкий город Конья посетил завод': the town's kind words
        if j >= 0 and ctx.tokens[j].pos == "ADP":
            continue  # 'в район': where someone went, not what was visited
        if ctx.tokens[span.last - 1].feat("Case") == "Acc":
            return True
    return False


def _site_word(ctx: Ctx, index: int) -> bool:
    """'посетила Технополис «Химград»': a kind of site (a technopark, a zone, a works) that
    the tagger took for a place name opens the object, so a site is toured."""
    if "site_words" not in ctx.cache:
        ctx.cache["site_words"] = frozenset(
            t.phrase for t in ctx.lexicon.org_types if t.site and " " not in t.phrase
        )
    return ctx.lemmas[index] in ctx.cache["site_words"]


# How far the guests may stand from their tour verb ('делегация правительства города посетила')
GUEST_GAP = 4


def _guests_tour(ctx: Ctx, verb: int) -> bool:
    """'посетила делегация', 'делегация ... посетила': the guests, in the nominative and next
    to the tour verb, are who toured; 'для делегации провели экскурсию': the tour was theirs."""
    first, last = ctx.sentence_span(verb)
    return any(
        ctx.lemmas[k] in GUEST_NOUNS
        and (ctx.tokens[k].feat("Case") == "Nom" or (k > first and ctx.lower[k - 1] == "для"))
        for k in range(max(first, verb - GUEST_GAP), min(last, verb + GUEST_GAP))
    ) or _guests_subject(ctx, first, verb)


def _guests_subject(ctx: Ctx, first: int, verb: int) -> bool:
    """'Делегация во главе с министром ... и послом ... посетила компанию': the guests open
    the clause far from the verb, which agrees with them in number and gender."""
    tour = ctx.tokens[verb]
    for k in range(verb - 1, first - 1, -1):
        token = ctx.tokens[k]
        if token.pos in ("VERB", "AUX") or token.text in (";", ":"):
            return False  # another clause
        if ctx.lemmas[k] in GUEST_NOUNS and token.feat("Case") == "Nom":
            return all(
                token.feat(feature) == tour.feat(feature)
                for feature in ("Number", "Gender")
                if tour.feat(feature)
            )
    return False


def _place_before(ctx: Ctx, first: int) -> bool:
    """'В Беларуси побывали делегации', 'в Китае посетили': the place named right before the
    verb, after 'в', is a country or a region, so a country is visited, not a site."""
    lex = ctx.lexicon
    for span in ctx.spans:
        if span.type != "LOC" or span.last != first or span.first == 0:
            continue
        if ctx.lower[span.first - 1] not in ("в", "во"):
            continue
        if span.first >= 2 and ctx.tokens[span.first - 2].pos in ("NOUN", "PROPN"):
            continue  # 'пункты пропуска в Забайкалье осмотрел': the place is the site's own
        key = name_key(span.normal)
        if key in lex.country_name_index or key in lex.region_index:
            return True
    return False


def _trip_to_place(ctx: Ctx, last: int) -> bool:
    """'рабочую поездку в Омскую область': a visit cue followed by
    'в'/'на' and a place."""
    return (
        last + 1 < len(ctx.tokens)
        and ctx.lower[last] in ("в", "во", "на")
        and ctx.span_starts_at(last + 1, "LOC")
    )


# 'во время визита', 'в ходе визита', 'в рамках визита': the visit frames another event.
SETTING_NOUNS = frozenset({"время", "ход", "рамка", "день"})


def _visit_as_setting(ctx: Ctx, first: int) -> bool:
    """A visit cue after 'во время / в ходе / в рамках', in a sentence whose talks come
    before it, is only when the talks took place."""
    # 'во время визита делегации': the setting noun right before the cue or before the
    # cue word it governs
    setting = next(
        (k for k in (first - 1, first - 2) if k >= 1 and ctx.lemmas[k] in SETTING_NOUNS), None
    )
    if setting is None or any(ctx.tokens[k].pos == "PUNCT" for k in range(setting, first)):
        return False
    start, _ = ctx.sentence_span(first)
    if any(ctx.lemmas[k] in GUEST_NOUNS for k in range(start, setting)):
        return False  # 'глава в составе делегации обсудил ... в рамках поездки': the
        # delegation acts, its trip is the news
    # ('Соглашение губернатор подписал в ходе визита в Иран': a signing, too)
    talks = {
        "переговоры",
        "встреча",
        "встретиться",
        "обсудить",
        "обсуждение",
        "беседа",
        "подписать",
        "подписание",
    }
    if any(ctx.lemmas[k] in talks for k in range(start, setting)):
        return True
    # 'глава в ходе визита в X обсудил вопросы с Y': the talks are the sentence's own verb,
    # said after the trip that frames them; a delegation named in it is the news instead
    _, stop = ctx.sentence_span(first)
    if any(ctx.lemmas[k] in GUEST_NOUNS | TOUR_LEMMAS for k in range(start, stop)):
        return False
    if any(
        ctx.lemmas[k] in TALK_VERBS and ctx.tokens[k].feat("VerbForm") == "Fin"
        for k in range(first + 1, stop)
    ):
        return True
    # 'в последний день визита состоялась встреча с министром': the meeting held is the news
    after = set(ctx.lemmas[first + 1 : stop])
    return bool(after & {"встреча", "переговоры"} and after & HELD_VERBS)


TALK_VERBS = frozenset({"обсудить", "встретиться", "договориться", "провести"})


WORKING_VISIT = frozenset({"рабочий", "официальный"})


ARRIVAL_VERBS = frozenset({"прибыть", "приехать", "прилететь", "прибывать", "приезжать"})


def _guest_on_visit(ctx: Ctx, match: Match) -> bool:
    """'с принцем, который находится с визитом в городе', 'губернатор, находящийся с визитом
    в крае': a clause that only says who the guest is; the visit is not what it reports."""
    if (
        match.last - match.first == 1
        and ctx.lemmas[match.first] in ARRIVAL_VERBS
        and ctx.tokens[match.first].feat("VerbForm") == "Part"
    ):
        return True  # 'представитель компании, прибывший накануне в город, осмотрел ...'
    if "визит" not in ctx.lemmas[match.first : match.last]:
        return False
    start, _ = ctx.sentence_span(match.first)
    for k in range(match.first - 1, max(match.first - 4, start - 1), -1):
        if ctx.lemmas[k] in ("находиться", "пребывать"):
            token = ctx.tokens[k]
            return token.feat("VerbForm") == "Part" or (
                k > start and ctx.lemmas[k - 1] == "который"
            )
    return False


def _visit_reported(scores: dict[str, float]) -> bool:
    """A visit is the news when its cues outweigh the talks' or the guests tour something.

    A delegation's visit contains talks and tours; a text that reports only talks, and more
    of them than of the visit, is about the negotiations (a meeting with a delegation).
    """
    return scores["delegation_visit"] > scores["negotiations"] or "site_visit" in scores


# 'Губернатор встретился с делегацией из Беларуси': a meeting whose other side is a
# delegation or guests is their reception, the visit, unless the opening is about what was
# discussed ('встретился с делегацией, чтобы обсудить сотрудничество').
MEETING_LEMMAS = frozenset({"встретиться", "встреча"})
GUEST_NOUNS = frozenset({"делегация", "гость", "делегат", "представитель"})
DISCUSSION = frozenset({"обсудить", "обсуждать", "обсуждение", "переговоры", "беседа"})


def _meets_guests(ctx: Ctx, match: Match) -> bool:
    if not MEETING_LEMMAS & set(ctx.lemmas[match.first : match.last]):
        return False  # 'встретился', 'провёл встречу'
    _, stop = ctx.sentence_span(match.first)
    guests = False
    for k in range(match.last, min(match.last + 5, stop)):
        if ctx.lower[k] in ("с", "со") and k < match.last + 3:
            guests = any(ctx.lemmas[j] in GUEST_NOUNS for j in range(k + 1, min(k + 4, stop)))
            break
        if ctx.lemmas[k] in GUEST_NOUNS and ctx.tokens[k].feat("Case") == "Gen":
            # 'встреча предпринимателей края и делегации из X': the guests are one of the
            # parties the meeting is of ('встречи российской и китайской делегаций': two
            # sides, no guest)
            guests = not _two_delegations(ctx, k)
            break
        if ctx.tokens[k].pos in ("PUNCT", "VERB"):
            break
    # the opening reports what was discussed: the talks are the news
    return guests and not any(
        lemma in DISCUSSION and ctx.zone(k) != "body" for k, lemma in enumerate(ctx.lemmas)
    )


def _two_delegations(ctx: Ctx, first: int) -> bool:
    """'российская и китайская делегации': the delegations of two sides, in the plural
    after two coordinated adjectives, meet each other; no one is a guest."""
    token = ctx.tokens[first]
    if ctx.lemmas[first] != "делегация" or token.feat("Number") != "Plur" or first < 3:
        return False
    a, conj, b = first - 3, first - 2, first - 1
    return (
        ctx.tokens[a].pos == "ADJ"
        and ctx.lower[conj] == "и"
        and ctx.tokens[b].pos == "ADJ"
        and ctx.tokens[a].sent == token.sent
    )


def _with_partner(ctx: Ctx, last: int) -> bool:
    """'обсудил с инвестором': the discussion names a partner right after the cue."""
    _, stop = ctx.sentence_span(last - 1)
    return any(ctx.lower[k] in ("с", "со") for k in range(last, min(last + 3, stop)))


TOUR_LEMMAS = frozenset({"побывать", "посетить", "осмотреть", "ознакомиться", "экскурсия"})


def _tour_in_visit(ctx: Ctx, first: int) -> bool:
    """'в ходе рабочей поездки в Белоруссию ... побывал на тракторном заводе': a trip named
    as the frame of a tour in the same sentence; the tour is the news."""
    setting = next(
        (k for k in (first - 1, first - 2) if k >= 1 and ctx.lemmas[k] in SETTING_NOUNS), None
    )
    if setting is None:
        return False
    _, stop = ctx.sentence_span(first)
    return any(ctx.lemmas[k] in TOUR_LEMMAS for k in range(first + 1, stop))


# 'Посол встретился с губернатором', 'Генконсул получил экзекватуру у главы региона': a
# foreign diplomat serves in the country, so a headline about one reports talks, not a visit.
DIPLOMATS = frozenset({"посол", "консул", "генконсул"})
VISIT_WORDS = frozenset({"визит", "прибыть", "приехать", "посетить", "побывать", "поездка"})
ARRIVAL = frozenset(
    {"визит", "прибыть", "прибывать", "приехать", "приезжать", "пребывание", "поездка"}
)
VENUES = frozenset({"форум"})
MEETING_WORDS = frozenset({"встреча", "встретиться", "встречаться", "переговоры"})
STAY_WORDS = frozenset({"пребывание", "программа"})


def _diplomat_in_title(ctx: Ctx) -> list[Match]:
    title = [k for k in range(len(ctx.tokens)) if ctx.zone(k) == "title"]
    if VISIT_WORDS & {ctx.lemmas[k] for k in title}:
        return []  # 'Визит посла': the headline names the visit itself
    # 'посол прибыл в регион', 'программа пребывания посла': a diplomat who travels into the
    # region is a guest on a visit; one met at a forum or in his own seat holds talks
    lemmas = set(ctx.lemmas)
    label = "delegation_visit" if ARRIVAL & lemmas and not VENUES & lemmas else "negotiations"
    if MEETING_WORDS & {ctx.lemmas[k] for k in title} and not STAY_WORDS & lemmas:
        # 'Глава области провел рабочую встречу с послом X': the headline makes the meeting
        # the news, wherever the diplomat came from, unless the text tells of his stay
        # ('в программе пребывания посла')
        label = "negotiations"
    return [
        Match(label, k, k + 1, "diplomat")
        for k, lemma in enumerate(ctx.lemmas)
        if lemma in DIPLOMATS
        and ctx.zone(k) == "title"
        # 'Послов послали в регион': a group of diplomats is a delegation, never one side
        # of talks; it is a visit's cue only when the text tells they came
        and (label == "delegation_visit" or ctx.tokens[k].feat("Number") != "Plur")
    ]


# 'в ходе рабочего визита на заводы', 'провёл совещание на площадке технопарка': an official's
# trip or meeting whose destination is a works tours it, whatever else happens there
WORKS_TRIPS = frozenset(
    {"визит", "поездка", "совещание", "выезд", "заехать", "заглянуть", "наведаться"}
)
WORKS = frozenset(
    {
        "завод",
        "предприятие",
        "производство",
        "площадка",
        "технопарк",
        "комбинат",
        "фабрика",
        "стройплощадка",
        "цех",
        "верфь",
        "рудник",
        "шахта",
        "ферма",
        # special zones and parks are sites: 'совершил визит в ОЭЗ «X»'
        "оэз",
        "тор",
        "тосэр",
        "промпарк",
        "технополис",
    }
)
PARK_KINDS = frozenset({"индустриальный", "промышленный", "технологический", "агропромышленный"})
WORKS_REACH = 3


def _works_visits(ctx: Ctx) -> list[Match]:
    found = []
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in WORKS_TRIPS:
            continue
        j = k + 1
        while j < len(ctx.tokens) and j - k <= WORKS_REACH and ctx.tokens[j].pos == "ADJ":
            j += 1
        if j + 1 >= len(ctx.tokens) or ctx.lower[j] not in ("на", "в"):
            continue
        j += 1
        while (
            j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ" and ctx.lemmas[j] not in PARK_KINDS
        ):
            j += 1
        if j >= len(ctx.tokens):
            continue
        works = (
            ctx.lemmas[j] in WORKS
            # 'визит в бизнес-парк «X»', 'в технопарк': a park named by its kind in one word
            or (ctx.lemmas[j] != "парк" and ctx.lemmas[j].endswith("парк"))
            or (
                ctx.lemmas[j] in PARK_KINDS
                and j + 1 < len(ctx.tokens)
                and ctx.lemmas[j + 1] == "парк"
            )
        )
        if works and ctx.tokens[j].sent == ctx.tokens[k].sent:
            found.append(Match("site_visit", k, j + 1, "works visit"))
    return found


VISIT_VERBS = frozenset({"посетить", "посещать"})
OFFICES = frozenset(
    {"правительство", "министерство", "администрация", "посольство", "консульство", "мэрия"}
)
# a legal form or a quote before the company's name at the start of the sentence
NAME_LEAD_IN = 3
# how far the subject may stand after the verb ('посетила делегация', 'посетила большая делегация')
SUBJECT_REACH = 3


def _works_visited_first(ctx: Ctx) -> list[Match]:
    """'ПАО «КАМАЗ» с деловым визитом посетила делегация Узбекистана': a company that opens
    the sentence as the object, the visitors after the verb, is the visit's destination."""
    found = []
    starts = {s.first: s for s in ctx.spans if s.type == "ORG"}
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in VISIT_VERBS:
            continue
        first, stop = ctx.sentence_span(k)
        org = next(
            (starts[j] for j in range(first, min(first + NAME_LEAD_IN, k)) if j in starts), None
        )
        if org is None or _verb_between(ctx, org.last, k) or ctx.lemmas[org.first] in OFFICES:
            continue  # ('Министерство X посетила делегация': a call on officials, no tour)
        if any(
            ctx.tokens[j].pos == "NOUN" and ctx.tokens[j].feat("Case") == "Nom"
            for j in range(k + 1, min(k + 1 + SUBJECT_REACH, stop))
        ):
            found.append(Match("site_visit", k, k + 1, "works visited"))
    return found


def _verb_between(ctx: Ctx, start: int, stop: int) -> bool:
    """A verb between, outside brackets ('(входит в Ростех)' only describes the company)."""
    depth = 0
    for j in range(start, stop):
        text = ctx.tokens[j].text
        depth += (text == "(") - (text == ")")
        if depth <= 0 and ctx.tokens[j].pos in ("VERB", "AUX"):
            return True
    return False


HOSTING = frozenset({"принять", "принимать"})
SHOWING = frozenset({"показать", "продемонстрировать", "показывать"})
SHOW_REACH = 4


def _shown_to_guests(ctx: Ctx) -> list[Match]:
    """'делегации ОАЭ показали ИТ-парк': a works or a park shown to the guests is toured."""
    found = []
    heads = ctx.lexicon.word_set("heads")
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in SHOWING:
            continue
        start, stop = ctx.sentence_span(k)
        guests = any(
            (ctx.lemmas[j] in GUEST_NOUNS and ctx.tokens[j].feat("Case") in ("Dat", "Nom"))
            # 'показал министру ЖКХ Белоруссии производство': an official shown round
            or (ctx.lemmas[j] in heads and ctx.tokens[j].feat("Case") == "Dat")
            for j in range(max(start, k - SHOW_REACH), min(stop, k + SHOW_REACH))
        )
        site = False
        for j in range(k + 1, min(stop, k + 2 * SHOW_REACH)):
            if ctx.tokens[j].text in (",", ";", ":"):
                break  # what was shown stays in the verb's clause
            if ctx.lemmas[j] in WORKS or _site_word(ctx, j) or ctx.lemmas[j].endswith("парк"):
                site = True
                break
        if guests and site:
            found.append(Match("site_visit", k, k + 1, "shown to guests"))
    return found


def _works_hosts(ctx: Ctx) -> list[Match]:
    """'Тракторный завод принял делегацию': a works that receives the guests is toured."""
    found = []
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in HOSTING or k == 0:
            continue
        start, stop = ctx.sentence_span(k)
        guests = any(ctx.lemmas[j] in GUEST_NOUNS for j in range(k + 1, min(k + 3, stop)))
        host = k - 1
        while host > start:
            if ctx.tokens[host].text in '»"':
                # 'завод «Мотор — новые технологии» принял': the whole quoted name
                opening = next(
                    (j for j in range(host - 1, start - 1, -1) if ctx.tokens[j].text in '«"'),
                    None,
                )
                if opening is None:
                    break
                host = opening - 1
                continue
            if ctx.tokens[host].pos not in ("PUNCT", "PROPN") or ctx.lemmas[host] in WORKS:
                break
            host -= 1  # 'завод Кировец принял'
        hosted = (ctx.lemmas[host] in WORKS or _site_word(ctx, host)) and ctx.tokens[host].feat(
            "Case"
        ) == "Nom"
        if guests and hosted:
            found.append(Match("site_visit", k, k + 1, "works hosts"))
    return found


# 'посетил с рабочей поездкой Асиновский район': a district of a region, lower case
DISTRICT_WORDS = frozenset({"район", "муниципалитет"})


def _district_trip(ctx: Ctx, first: int) -> bool:
    """A working trip whose sentence names a district and no guests: an official of the
    region travelling within it."""
    start, stop = ctx.sentence_span(first)
    return any(
        ctx.lemmas[k] in DISTRICT_WORDS and ctx.tokens[k].text.islower() for k in range(start, stop)
    ) and not any(ctx.lemmas[k] in GUEST_NOUNS for k in range(start, stop))


# 'в г. Волгограде находилась делегация провинции', 'делегация прибыла в область'
STAY_VERBS = frozenset({"находиться", "прибыть", "прибывать", "пребывать", "побывать", "приехать"})


def _delegation_stays(ctx: Ctx, first: int) -> bool:
    """A delegation that stays in, comes to or tours a place, said in its own sentence: who
    came where is the news."""
    if ctx.lemmas[first] != "делегация":
        return False
    start, stop = ctx.sentence_span(first)
    return any(
        ctx.lemmas[k] in STAY_VERBS and ctx.tokens[k].pos == "VERB" for k in range(start, stop)
    )


def _visit_discussed(ctx: Ctx, first: int) -> bool:
    """'Свой предстоящий визит в Минск губернатор обсудил с послом': a visit still to come that
    the sentence's talks are about is their topic, not the news."""
    k = first - 1
    while k >= 0 and (ctx.tokens[k].pos in ("ADJ", "DET") or ctx.lemmas[k] in COMING):
        if ctx.lemmas[k] in COMING:
            start, stop = ctx.sentence_span(first)
            return any(ctx.lemmas[j] in DISCUSSION for j in range(start, stop))
        k -= 1
    return False


COMING = frozenset({"предстоящий", "предстоять", "будущий"})
