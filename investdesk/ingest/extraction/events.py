"""The main event of a press release, from weighted cue phrases and a few precedences."""

from __future__ import annotations

from collections import defaultdict

from ..lexicon import name_key
from .context import Ctx
from .phrases import Match

EVENT_TYPES = (
    "delegation_visit",
    "negotiations",
    "agreement_signed",
    "site_visit",
    "project_launch",
    "forum",
    "other",
)
# Below this score nothing stands out and the item is 'other'.
MIN_SCORE = 2
APPROVALS = frozenset({"одобрить", "одобрение", "утвердить"})
# A foreign delegation's visit contains its talks and tours, so its cues weigh more;
# without a foreign party a "visit" is an official's trip to sites or a meeting.
FOREIGN_VISIT_FACTOR = 1.5


def _country_follows(ctx: Ctx, index: int) -> bool:
    countries = ctx.lexicon.country_name_index
    return any(
        span.type == "LOC"
        and index <= span.first <= index + 1
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
        if span.last == first and ctx.tokens[span.last - 1].feat("Case") != "Acc":
            continue  # a place before the verb is its object only in the accusative
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
        if span.first > 0 and ctx.tokens[span.first - 1].pos == "ADP":
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
    to the tour verb, are who toured."""
    first, last = ctx.sentence_span(verb)
    return any(
        ctx.lemmas[k] in GUEST_NOUNS and ctx.tokens[k].feat("Case") == "Nom"
        for k in range(max(first, verb - GUEST_GAP), min(last, verb + GUEST_GAP))
    )


def _place_before(ctx: Ctx, first: int) -> bool:
    """'В Беларуси побывали делегации', 'в Китае посетили': the place named right before the
    verb, after 'в', is a country or a region, so a country is visited, not a site."""
    lex = ctx.lexicon
    for span in ctx.spans:
        if span.type != "LOC" or span.last != first or span.first == 0:
            continue
        if ctx.lower[span.first - 1] not in ("в", "во"):
            continue
        key = name_key(span.normal)
        if key in lex.country_name_index or key in lex.region_index:
            return True
    return False


# 'заседание инвестсовета', 'заседание наблюдательного совета', 'заседание правительства':
# a body that decides; 'межправительственной комиссии', 'российско-китайского совета' meet two
# sides, so their sessions are talks.
DECIDING_BODIES = frozenset(
    {"совет", "инвестсовет", "правительство", "кабмин", "президиум", "коллегия", "штаб"}
)
# 'совещание с инвесторами', 'совещание с представителями компании': business at the table
BUSINESS = frozenset(
    {"инвестор", "компания", "предприниматель", "бизнес", "бизнесмен", "застройщик", "холдинг"}
)
BILATERAL = ("межправительствен", "двусторон", "межгосударствен", "смешанн", "российско-")


def _deciding_session(ctx: Ctx, first: int) -> bool:
    """'на заседании инвестиционного совета': the session of a deciding body, named right
    after the cue through adjectives and genitives, with no mark of two sides."""
    _, stop = ctx.sentence_span(first)
    for k in range(first + 1, min(first + 5, stop)):
        lemma = ctx.lemmas[k]
        if "-" in lemma and ("российск" in lemma or lemma.startswith(BILATERAL)):
            return False
        if lemma.startswith(BILATERAL):
            return False
        if lemma in DECIDING_BODIES:
            return True
        if ctx.tokens[k].pos not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _trip_to_place(ctx: Ctx, last: int) -> bool:
    """'рабочую поездку в Омскую область': a visit cue followed by
    'в'/'на' and a place."""
    return (
        last + 1 < len(ctx.tokens)
        and ctx.lower[last] in ("в", "во", "на")
        and any(s.type == "LOC" and s.first == last + 1 for s in ctx.spans)
    )


def _after_time_word(ctx: Ctx, first: int) -> bool:
    """'после ввода в эксплуатацию', 'до открытия цеха': a launch named as a point in time."""
    return first > 0 and ctx.lemmas[first - 1] in ctx.lexicon.word_set("event_after")


def _sentence(ctx: Ctx, index: int) -> list[str]:
    first, last = ctx.sentence_span(index)
    return ctx.lemmas[first:last]


def _sentence_outside(ctx: Ctx, match: Match) -> set[str]:
    """The lemmas of the match's sentence outside the match: 'подписана рабочая программа'
    names a document, not the programme of a visit."""
    first, last = ctx.sentence_span(match.first)
    return set(ctx.lemmas[first : match.first] + ctx.lemmas[match.last : last])


def _forum_is_setting(zones: dict[str, set[str]], talks_held: bool) -> bool:
    """A delegation at a forum that reports talks held there: the forum is the setting.

    The item is then about the delegation's trip or its talks and the scores decide; a
    forum with a stand and only planned meetings stays the event.
    """
    early = {"title", "lead", "second"}
    if not (zones["forum"] & early and talks_held):
        return False
    # talks in the headline or the lead, the forum named after them: the forum is the venue
    talks_first = zones["negotiations"] & {"title", "lead"} and not zones["forum"] & {
        "title",
        "lead",
    }
    return bool(zones["delegation_visit"] & early or talks_first)


def _background(ctx: Ctx, index: int) -> bool:
    """'Напомним, в 2006 году стороны подписали соглашение': a sentence opened by a
    reminder retells an earlier event, not the news."""
    sent = ctx.tokens[index].sent
    first = index
    while first > 0 and ctx.tokens[first - 1].sent == sent:
        first -= 1
    return ctx.lemmas[first] in ctx.lexicon.word_set("event_background")


def _forum_as_subject(ctx: Ctx, first: int) -> bool:
    """'Завершился форум', 'Форум собрал...': the forum itself is what the sentence is about.

    A forum cue in another case or after a preposition ('на форуме', 'участие в форуме',
    'первый день форума') only names where something else happened.
    """
    token = ctx.tokens[first]
    if token.pos == "ADP" or (first > 0 and ctx.tokens[first - 1].pos == "ADP"):
        return False
    return token.feat("Case") in (None, "Nom")


# Prepositions that place an event at a forum ('на форуме', 'в рамках ПМЭФ', 'на полях ВЭФ').
SETTING_PREPOSITIONS = frozenset({"на", "в", "во"})
# Words between such a preposition and the forum's name ('в рамках', 'на полях', 'в ходе',
# a year, the forum's adjectives).
SETTING_GAP = 8


def _forum_locative(ctx: Ctx, first: int) -> bool:
    """'встреча на форуме ПМЭФ', 'в рамках Петербургского ... форума', 'на полях ВЭФ': the
    forum is named after a preposition, through nouns and adjectives only, so it is where
    something else happened."""
    sent = ctx.tokens[first].sent
    for k in range(first - 1, max(first - 1 - SETTING_GAP, -1), -1):
        token = ctx.tokens[k]
        if token.sent != sent:
            return False
        if token.pos == "ADP":
            # 'с площадки форума': from the forum's venue
            venue = ctx.lower[k] in ("с", "со") and ctx.lemmas[k + 1] == "площадка"
            return ctx.lower[k] in SETTING_PREPOSITIONS or ctx.lemmas[k] in ("в ходе",) or venue
        if token.pos not in ("NOUN", "ADJ", "PROPN", "NUM", "PUNCT", "X"):
            return False
    return False


def _meeting_at_forum(ctx: Ctx, forum_hits: list[tuple[int, str]], talk_sents: set[int]) -> bool:
    """The opening reports a meeting held at a forum ('Первую встречу на форуме ПМЭФ
    губернатор провел с послом', 'На полях ПМЭФ ... провёл рабочую встречу'): the first of
    the headline and lead, or the second sentence, that names the forum names it only as a
    setting, and in a sentence with the talks."""
    for zones in (("title", "lead"), ("second",)):
        early = [i for i, zone in forum_hits if zone in zones]
        if early:
            return all(_forum_locative(ctx, i) for i in early) and any(
                ctx.tokens[i].sent in talk_sents for i in early
            )
    return False


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
    talks = {"переговоры", "встреча", "обсудить", "обсуждение", "беседа"}
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


def _guest_on_visit(ctx: Ctx, match: Match) -> bool:
    """'с принцем, который находится с визитом в городе', 'губернатор, находящийся с визитом
    в крае': a clause that only says who the guest is; the visit is not what it reports."""
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


# 'Завод по производству оборудования «X» открыли в субботу': the works opened are the
# subject before the verb, too far for a cue phrase.
OPEN_VERBS = frozenset({"открыть", "открыться", "запустить", "заработать"})
OPENED_WORKS = frozenset(
    {"завод", "производство", "предприятие", "цех", "фабрика", "комбинат", "ферма", "комплекс"}
)


def _opened_subject(ctx: Ctx) -> list[Match]:
    found = []
    for i, lemma in enumerate(ctx.lemmas):
        token = ctx.tokens[i]
        if lemma not in OPEN_VERBS or token.pos != "VERB" or token.feat("Tense") != "Past":
            continue
        first, last = ctx.sentence_span(i)
        obj = _launched_object(ctx, i, last)
        if obj is not None:
            found.append(Match("project_launch", obj, obj + 1, "launched works"))
            continue
        head = first
        while head < i and ctx.tokens[head].pos in ("ADJ", "DET", "NUM"):
            head += 1  # 'Новый завод ... открыли'
        if (
            head < i
            and ctx.lemmas[head] in OPENED_WORKS
            and ctx.tokens[head].feat("Case")
            in (
                "Nom",
                "Acc",
            )
        ):
            found.append(Match("project_launch", head, head + 1, "opened works"))
    return found


# 'запустила на заводе, находящемся ..., новый проект по производству': the works launched
# come after the verb, past commas a cue phrase does not cross.
LAUNCHED_WORKS = OPENED_WORKS | {"линия", "очередь"}


def _launched_object(ctx: Ctx, verb: int, last: int) -> int | None:
    k = verb
    while k + 1 < last:
        k += 1
        token = ctx.tokens[k]
        if ctx.lower[k] == "," and (end := _inserted_clause(ctx, k, last)):
            k = end  # 'запустила на заводе, который работает в ОЭЗ, новую линию'
            continue
        if (token.pos == "VERB" and token.feat("VerbForm") == "Fin") or ctx.lower[k] in ".;":
            return None  # another clause ('находящимся на площадке' is not one)
        # an inanimate object reads the same in the nominative (the tagger may say so)
        if token.pos != "NOUN" or token.feat("Case") not in ("Acc", "Nom"):
            continue
        if ctx.lemmas[k] in LAUNCHED_WORKS:
            return k
        if ctx.lemmas[k] == "проект" and ctx.lemmas[k + 1 : k + 3] == ["по", "производство"]:
            return k
    return None


# 'переговоры ведутся', 'переговоры продолжаются': talks as an ongoing process
ONGOING = frozenset({"вестись", "идти", "продолжаться"})


def _talks_under_way(ctx: Ctx, match: Match) -> bool:
    if ctx.lemmas[match.first] != "переговоры":
        return False
    _, stop = ctx.sentence_span(match.first)
    for k in range(match.last, min(match.last + 8, stop)):
        # the talks' verb after their complement ('переговоры о строительстве завода ведутся')
        if ctx.lemmas[k] in ONGOING and ctx.tokens[k].feat("Tense") == "Pres":
            return True
        if ctx.tokens[k].pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


# 'может подписать', 'готова подписать': a signing that is only possible
MODALS = frozenset({"мочь", "может", "готовый"})
# 'сумма заключенных соглашений достигла 176 млрд', 'подписано 51 соглашение': totals of a
# forum's agreements report the forum, not one signing.
AGGREGATES = frozenset({"сумма", "количество", "число", "итог", "общий"})


def _agreement_total(ctx: Ctx, match: Match) -> bool:
    first, last = ctx.sentence_span(match.first)
    single = all(
        ctx.tokens[k].feat("Number") != "Plur"
        for k in range(match.first, match.last)
        if ctx.lemmas[k] in AGREEMENT_NOUNS
    )
    if any(
        ctx.lemmas[k] in AGGREGATES
        # 'в том числе' means 'including', it counts nothing
        and not (ctx.lemmas[k] == "число" and k > first and ctx.lemmas[k - 1] == "тот")
        # 'по итогам визита' dates the signing; 'итоги форума' sum its agreements
        and not (ctx.lemmas[k] == "итог" and k > first and ctx.lower[k - 1] == "по")
        # 'заключили кредитное соглашение на сумму 2,4 млрд': the value of one agreement
        and not (ctx.lemmas[k] == "сумма" and k > first and ctx.lower[k - 1] == "на" and single)
        for k in range(first, last)
    ):
        return True
    return any(_counted(ctx, k) or _summed(ctx, k, last) for k in range(match.first, match.last))


def _summed(ctx: Ctx, k: int, stop: int) -> bool:
    """'подписали соглашения на 2 трлн рублей': agreements in the plural valued together by
    one sum are a total; 'соглашение на 2 млрд' is the value of one agreement."""
    if not _agreement_noun(ctx.lemmas[k]) or ctx.tokens[k].feat("Number") != "Plur":
        return False
    for j in range(k + 1, min(k + 4, stop - 1)):
        if ctx.lower[j] == "на":
            nxt = ctx.tokens[j + 1]
            if ctx.lemmas[j + 1] == "сумма":
                return True
            # 'соглашения на 2025 год' is a term, not a value
            term = j + 2 < stop and ctx.lemmas[j + 2] in ("год", "период", "срок")
            return (nxt.pos == "NUM" or nxt.text[:1].isdigit()) and not term
        if ctx.tokens[j].pos in ("VERB", "PUNCT"):
            return False
    return False


# 'подписано два соглашения', 'три меморандума': a few documents are one signing's, not a
# forum's total
FEW = frozenset({"1", "2", "3", "один", "одно", "два", "две", "три", "оба", "обе", "несколько"})


def _agreement_noun(lemma: str) -> bool:
    return lemma in AGREEMENT_NOUNS or lemma.endswith("соглашение")


def _counted(ctx: Ctx, k: int) -> bool:
    """'подписано 283 соглашения', 'подписал соглашений на 21 млрд': agreements counted by a
    number, or in the genitive plural of a quantity ('более 20 соглашений', 'соглашений на
    30 млрд'), are a total; 'подписание соглашений' (a noun governing them) is one event."""
    if not _agreement_noun(ctx.lemmas[k]) or k == 0:
        return False
    before = ctx.tokens[k - 1]
    if before.sent != ctx.tokens[k].sent:
        return False
    if before.pos == "NUM" or before.text[:1].isdigit():
        # '12:33 Протокол ...': a dateline's time is not a count
        clock = k > 1 and ctx.lower[k - 2] in (":", ".")
        return ctx.lower[k - 1] not in FEW and not clock
    token = ctx.tokens[k]
    return (
        token.feat("Case") == "Gen"
        and token.feat("Number") == "Plur"
        and before.pos not in ("NOUN", "PROPN", "ADJ", "ADP")
    )


# 'Протокол о сотрудничестве по итогам визита ... подписали губернаторы': the document opens
# the sentence and its signing verb comes after a long complement, too far for a cue phrase.
AGREEMENT_NOUNS = frozenset(
    {"соглашение", "протокол", "меморандум", "договор", "контракт", "допсоглашение"}
)
# 'подписали дорожную карту', 'подписана рабочая программа сотрудничества': documents that
# are signed only with their qualifier ('карта' alone is a map, 'программа' a plan)
QUALIFIED_DOCUMENTS = {"карта": frozenset({"дорожный"}), "программа": frozenset({"рабочий"})}


def _document(ctx: Ctx, k: int) -> bool:
    """An agreement noun, or a road map or a work programme named with its qualifier."""
    lemma = ctx.lemmas[k]
    if lemma in AGREEMENT_NOUNS:
        return True
    qualifiers = QUALIFIED_DOCUMENTS.get(lemma)
    if qualifiers is None or k == 0:
        return False
    if lemma == "программа" and ctx.lemmas[k + 1 : k + 2] == ["сотрудничество"]:
        return True  # 'программа сотрудничества'
    return ctx.lemmas[k - 1] in qualifiers


SIGN_VERBS = frozenset({"подписать", "заключить", "подписывать", "заключать"})


def _signed_document_first(ctx: Ctx) -> list[Match]:
    found = []
    # the headline's sentences too: 'Соглашение о поставках подписали область и компания'
    heads = sorted({t.sent for t in ctx.tokens if t.start < ctx.title_end})
    for sent in heads + ctx.lead_sents[:2]:
        first = next((i for i, t in enumerate(ctx.tokens) if t.sent == sent), None)
        if first is None:
            continue
        _, last = ctx.sentence_span(first)
        head = first
        while head < last and ctx.tokens[head].pos in ("ADJ", "DET", "NUM", "PUNCT"):
            head += 1
        if head >= last or not _document(ctx, head):
            continue
        if ctx.tokens[head].feat("Case") not in ("Nom", "Acc"):
            continue
        if ctx.tokens[head].feat("Number") == "Plur":
            continue  # 'Соглашения на 82 млрд подписаны на форуме': a forum's total

        k = head + 1
        while k < last:
            token = ctx.tokens[k]
            if ctx.lemmas[k] in SIGN_VERBS:
                found.append(Match("agreement_signed", head, k + 1, "document signed"))
                break
            if ctx.lower[k] == "," and (end := _inserted_clause(ctx, k, last)):
                k = end + 1  # 'Соглашение о X, направленном на Y, подписано'
                continue
            if token.pos in ("VERB", "AUX") or ctx.lower[k] in (",", ";", ":"):
                break  # another verb or clause comes first: the document is not its object
            k += 1
    return found


# How far a signing verb may stand from its document when the partners come between
# ('заключило с руководством двух областей, а также республики соглашения').
SIGNED_OBJECT_GAP = 16
PARTNER_PREPOSITIONS = frozenset({"с", "со", "между"})
CLAUSE_STOPS = frozenset({".", ";", ":", "(", ")", "—", "–", "!", "?"})


def _signed_verb_first(ctx: Ctx) -> list[Match]:
    """A signing verb whose document comes after a long list of partners, too far for a cue
    phrase: the first agreement noun in the accusative before another verb or clause."""
    found = []
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in SIGN_VERBS or ctx.tokens[i].pos != "VERB":
            continue
        _, stop = ctx.sentence_span(i)
        for k in range(i + 1, min(i + SIGNED_OBJECT_GAP, stop)):
            token = ctx.tokens[k]
            if _document(ctx, k):
                # 'соглашения' is read as the genitive as often as the accusative plural; no
                # preposition governs it here; after a passive ('подписана программа') the
                # document is the subject
                cases = (
                    ("Acc", "Gen", "Nom")
                    if ctx.tokens[i].feat("Voice") == "Pass"
                    else ("Acc", "Gen")
                )
                if token.feat("Case") in cases:
                    found.append(Match("agreement_signed", i, k + 1, "signed document"))
                break
            if token.pos == "ADP" and ctx.lower[k] not in PARTNER_PREPOSITIONS:
                break  # 'подписал в рамках соглашения': the document frames another act
            if (
                token.pos in ("VERB", "AUX", "SCONJ")
                or ctx.lower[k] in CLAUSE_STOPS
                or ctx.lemmas[k] == "который"
            ):
                break
    return found


def _inserted_clause(ctx: Ctx, comma: int, stop: int) -> int | None:
    """The closing comma of a participial or relative clause opened at ``comma``
    ('завод, который работает в ОЭЗ,', 'соглашение, направленное на развитие,')."""
    nxt = comma + 1
    if nxt >= stop:
        return None
    opener = ctx.tokens[nxt]
    if not (opener.feat("VerbForm") == "Part" or ctx.lemmas[nxt] == "который"):
        return None
    for k in range(nxt + 1, min(nxt + 16, stop)):
        if ctx.lower[k] == ",":
            return k
        if ctx.lower[k] in (";", ":", "(", ")"):
            return None
    return None


# 'по количеству и объему соглашений', 'сумма соглашений': words that count or sum documents
TALLY_WORDS = AGGREGATES | {"объем", "объём"}


def _headline_tally(ctx: Ctx) -> bool:
    """The headline counts or sums agreements in the plural ('первое место по объему
    соглашений на форуме'): the results of an event are the news, not one signing."""
    title = [k for k in range(len(ctx.tokens)) if ctx.tokens[k].start < ctx.title_end]
    return any(
        _agreement_noun(ctx.lemmas[k]) and ctx.tokens[k].feat("Number") == "Plur" for k in title
    ) and any(ctx.lemmas[k] in TALLY_WORDS for k in title)


def _agreements_headline(ctx: Ctx) -> bool:
    """The headline opens with the documents themselves ('Соглашения второго дня форума',
    'Новые соглашения с инвесторами'): what they are is the news, the signings in the
    body tell which."""
    if not ctx.title_end:
        return False
    head = next(
        (k for k, t in enumerate(ctx.tokens) if t.start < ctx.title_end and t.text.isalpha()), None
    )
    while head is not None and ctx.tokens[head].pos == "ADJ":
        head += 1
    return (
        head is not None
        and ctx.tokens[head].start < ctx.title_end
        and ctx.lemmas[head] in AGREEMENT_NOUNS
        and ctx.tokens[head].feat("Case") in ("Nom", None)
    )


# 'Губернатор встретился с делегацией из Беларуси': a meeting whose other side is a
# delegation or guests is their reception, the visit, unless the opening is about what was
# discussed ('встретился с делегацией, чтобы обсудить сотрудничество').
MEETING_LEMMAS = frozenset({"встретиться", "встреча"})
GUEST_NOUNS = frozenset({"делегация", "гость", "делегат"})
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


def _future(ctx: Ctx, match: Match) -> bool:
    """'Будет подписан протокол', 'подпишут соглашение': a signing still to come."""
    start, _ = ctx.sentence_span(match.first)
    for k in range(max(match.first - 2, start), match.last):
        token = ctx.tokens[k]
        if ctx.lemmas[k] == "быть" and ctx.lower[k].startswith("буд"):
            return True  # the tagger may read 'будет' as present
        # a perfective verb's present form is its future ('подпишут')
        if (
            token.pos == "VERB"
            and token.feat("VerbForm") == "Fin"
            and token.feat("Tense") in ("Fut", "Pres")
            and token.feat("Aspect") == "Perf"
        ):
            return True
    return False


EXHIBITIONS = frozenset({"выставка", "ярмарка", "экспо"})
PARTICIPATION = frozenset({"участие", "участвовать", "участник"})


def _takes_part(ctx: Ctx, first: int) -> bool:
    """'Делегация примет участие в ярмарке': taking part in an exhibition or a fair (a stand
    and its exhibits) is the news, not only the setting of the delegation's talks; at a
    forum a delegation's talks may still be the news."""
    if ctx.lemmas[first] not in EXHIBITIONS:
        return False
    sent = ctx.tokens[first].sent
    for k in range(first - 1, max(first - 5, -1), -1):
        if ctx.tokens[k].sent != sent or ctx.tokens[k].pos == "PUNCT":
            return False
        if ctx.lemmas[k] in PARTICIPATION:
            return True
    return False


# 'Посол встретился с губернатором', 'Генконсул получил экзекватуру у главы региона': a
# foreign diplomat serves in the country, so a headline about one reports talks, not a visit.
DIPLOMATS = frozenset({"посол", "консул", "генконсул"})
VISIT_WORDS = frozenset({"визит", "прибыть", "приехать", "посетить", "побывать", "поездка"})


def _diplomat_in_title(ctx: Ctx) -> list[Match]:
    title = [k for k in range(len(ctx.tokens)) if ctx.zone(k) == "title"]
    if VISIT_WORDS & {ctx.lemmas[k] for k in title}:
        return []  # 'Визит посла': the headline names the visit itself
    return [
        Match("negotiations", k, k + 1, "diplomat")
        for k, lemma in enumerate(ctx.lemmas)
        # 'Послов послали в регион': a group of diplomats on a trip is a delegation
        if lemma in DIPLOMATS and ctx.zone(k) == "title" and ctx.tokens[k].feat("Number") != "Plur"
    ]


# A quoted stretch this short is a name ('«Дом переговоров»', 'парк «Визит»'), not speech.
QUOTED_NAME_TOKENS = 4


def _in_quoted_name(ctx: Ctx, match: Match) -> bool:
    quoted = ctx.inside_quote(ctx.tokens[match.first].start, ctx.tokens[match.last - 1].stop)
    return quoted is not None and quoted.length <= QUOTED_NAME_TOKENS


def _event_days(ctx: Ctx) -> list[Match]:
    """'открытие Дней инвестора', 'Дни региона в столице': days of something, capitalised
    inside a sentence, name an event held over several days, a forum of a kind."""
    return [
        Match("forum", k, k + 1, "event days")
        for k, lemma in enumerate(ctx.lemmas)
        if lemma == "день"
        and ctx.tokens[k].text[:1].isupper()
        and ctx.tokens[k].feat("Number") == "Plur"
        and not ctx.is_sentence_start(k)
        and k + 1 < len(ctx.tokens)
        and ctx.tokens[k + 1].feat("Case") == "Gen"
    ]


# 'прошла презентация области', 'Презентация региона пройдет в МИД': a presentation held as an
# event (a region shown to an audience) is a forum of a kind; 'презентовал проект министру'
# or 'в рамках презентаций' is no such event.
PRESENTATIONS = frozenset({"презентация"})
HELD_VERBS = frozenset(
    {"пройти", "проходить", "состояться", "открыться", "открываться", "начаться"}
)
HELD_BEFORE = 12
HELD_AFTER = 4


def _presentation_held(ctx: Ctx) -> list[Match]:
    found = []
    for k, lemma in enumerate(ctx.lemmas):
        if lemma not in PRESENTATIONS:
            continue
        first, last = ctx.sentence_span(k)
        window = range(max(first, k - HELD_BEFORE), min(last, k + HELD_AFTER + 1))
        if any(ctx.lemmas[j] in HELD_VERBS for j in window):
            found.append(Match("forum", k, k + 1, "presentation held"))
    return found


# 'церемония открытия форума', 'открытие выставки': an event opened, not a works
OPENED_EVENTS = EXHIBITIONS | {"форум", "конгресс", "саммит", "фестиваль"}


def _event_opened(ctx: Ctx, match: Match) -> bool:
    _, stop = ctx.sentence_span(match.first)
    for k in range(match.last, min(match.last + 3, stop)):
        if ctx.lemmas[k] in OPENED_EVENTS or (
            ctx.lemmas[k] == "день" and ctx.tokens[k].text[:1].isupper()
        ):
            return True
        if ctx.tokens[k].pos not in ("ADJ", "NUM", "PUNCT", "NOUN", "PROPN"):
            return False
    return False


def classify_event(ctx: Ctx, foreign: bool = True) -> tuple[str, dict[str, float]]:
    weights = ctx.lexicon.settings.get("cue_weights", {})
    priority = ctx.lexicon.settings.get("event_priority", list(EVENT_TYPES))
    scores: dict[str, float] = defaultdict(float)
    zones: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str, int]] = set()
    planned_words = ctx.lexicon.word_set("event_planned")
    signed: set[str] = set()  # zones where an agreement is signed, not only planned
    signed_one: set[str] = set()  # zones where one agreement (not several) is signed
    country_visits: set[str] = set()
    talks_held = False  # a talks cue in a sentence that does not only plan them
    trips: set[str] = set()  # zones where a visit to a named place is reported
    working: set[str] = set()  # zones where a working or official visit is named
    arrivals: set[str] = set()  # zones with a visit word other than the guests themselves
    guest_tours: set[str] = set()  # zones where the guests are the ones who tour
    forum_subject: set[str] = set()  # zones where the forum itself is the subject
    forum_hits: list[tuple[int, str]] = []  # forum cues (token, zone)
    talk_sents: set[int] = set()  # sentences where talks are held, not only planned
    meeting_sents: set[int] = set()  # sentences with officials' own meeting
    totals: set[str] = set()  # zones where agreements are counted or summed (a forum's tally)
    found = [
        *ctx.compiled.events.find(ctx.lemmas),
        *_opened_subject(ctx),
        *_signed_document_first(ctx),
        *_signed_verb_first(ctx),
        *_diplomat_in_title(ctx),
        *_event_days(ctx),
        *_presentation_held(ctx),
    ]
    for match in found:
        zone = ctx.zone(match.first)
        words = " ".join(ctx.lemmas[match.first : match.last])
        if match.label != "forum" and _in_quoted_name(ctx, match):
            continue  # a forum's own quoted name ('«Экспо-2030»') still names the forum
        if match.label == "negotiations" and not planned_words & set(_sentence(ctx, match.first)):
            talks_held = True
            talk_sents.add(ctx.tokens[match.first].sent)
        if match.label == "project_launch" and _after_time_word(ctx, match.first):
            continue
        if match.label == "project_launch" and _event_opened(ctx, match):
            continue  # 'церемония открытия выставки': the event has its own cue
        if match.label == "project_launch" and (
            planned_words & set(_sentence(ctx, match.first)) or _future(ctx, match)
        ):
            continue  # 'инвестор намерен запустить производство', 'состоится закладка': a plan
        if (
            match.label == "project_launch"
            and zone != "title"
            and "уже" in ctx.lower[max(match.first - 3, 0) : match.first]
        ):
            # 'компания уже открыла завод', 'из них 10 уже запустили производство': an earlier
            # launch told as background or counted; a headline's 'уже' is still the news
            continue
        if match.label == "project_launch" and AGGREGATES & set(_sentence(ctx, match.first)):
            continue  # 'из общего числа проектов запущены 12 производств': a statistic
        if _background(ctx, match.first):
            continue
        if match.label == "delegation_visit" and _guest_on_visit(ctx, match):
            continue
        if match.label == "negotiations" and _talks_under_way(ctx, match):
            continue  # 'переговоры ведутся два года': a state of affairs, not a meeting held
        if match.label == "agreement_signed" and MODALS & set(_sentence(ctx, match.first)):
            continue  # 'компания может подписать меморандум': a signing only possible
        if match.label == "agreement_signed" and _agreement_total(ctx, match):
            totals.add(zone)
            continue
        label = match.label
        if (
            label == "negotiations"
            and words.startswith("заседание")
            and (APPROVALS & set(_sentence(ctx, match.first)))
        ):
            continue  # 'комиссия на заседании одобрила заявки': the approval is the news
        sent = ctx.tokens[match.first].sent
        if label == "negotiations" and words.startswith("совещание") and not foreign:
            if not BUSINESS & set(_sentence(ctx, match.first)):
                # officials' own meeting ('провёл оперативное совещание правительства'),
                # no investor at the table: a working session, no one's talks
                label = "other"
                meeting_sents.add(sent)
        elif (
            label == "negotiations"
            and {sent, sent - 1} & meeting_sents
            and ctx.lemmas[match.first] in DISCUSSION
            and not _with_partner(ctx, match.last)
        ):
            label = "other"  # 'На нём обсудили ход проектов': the meeting's own agenda
        if (
            label == "negotiations"
            and words.startswith("заседание")
            and (not foreign or _deciding_session(ctx, match.first))
        ):
            # a session of a council, a government or a commission with no foreign side
            # decides (approves, creates, supports): it is no one's talks
            label = "other"
        if label == "site_visit" and (
            _place_object(ctx, match.last)
            or _place_before(ctx, match.first)
            or _place_object_before(ctx, match.first)
        ):
            label = "delegation_visit"  # a town or a province is visited, not a site
        if words.startswith("принять участие"):
            continue  # 'принял участие ... посол': taking part, not receiving a guest
        if label == "delegation_visit" and _two_delegations(ctx, match.first):
            label = "negotiations"  # 'российская и китайская делегации обсудили': two sides
        if label == "negotiations" and foreign and _meets_guests(ctx, match):
            label = "delegation_visit"  # the guests' reception
        key = (label, words.split()[0], ctx.tokens[match.first].sent)
        if key in seen:
            continue  # overlapping cue phrases count once
        seen.add(key)
        if label == "delegation_visit" and (
            _visit_as_setting(ctx, match.first) or _tour_in_visit(ctx, match.first)
        ):
            continue  # 'провели переговоры во время визита делегации': the talks are the news
        zones[label].add(zone)
        if label == "delegation_visit" and _trip_to_place(ctx, match.last):
            trips.add(zone)
        if label == "delegation_visit" and WORKING_VISIT & set(words.split()):
            working.add(zone)
        if label == "delegation_visit" and ctx.lemmas[match.first] not in GUEST_NOUNS:
            arrivals.add(zone)
        if label == "site_visit" and _guests_tour(ctx, match.first):
            guest_tours.add(zone)
        if label == "site_visit" and (
            _country_follows(ctx, match.last) or _region_object(ctx, match.first, match.last)
        ):
            country_visits.add(zone)  # 'посетит Китай' visits a country, not a site
        if (
            match.label == "agreement_signed"
            and not planned_words & _sentence_outside(ctx, match)
            and not _future(ctx, match)
        ):
            signed.add(zone)
            if not any(
                ctx.tokens[k].feat("Number") == "Plur"
                for k in range(match.first, match.last)
                if _document(ctx, k)
            ):
                signed_one.add(zone)
        if label == "forum":
            forum_hits.append((match.first, zone))
            if _forum_as_subject(ctx, match.first):
                forum_subject.add(zone)
        scores[label] += weights.get(zone, 2 if zone == "second" else 1)
    if not scores:
        return "other", {}
    early = {"title", "lead", "second"}
    # the forum's agreements counted in the opening: the forum's results are the news, not
    # the delegation or the talks it hosted
    tally = bool(totals & early) and not signed_one & early
    if _headline_tally(ctx):
        tally = True
    if signed and not tally and _agreements_headline(ctx):
        signed.add("title")  # 'Соглашения третьего дня форума': the headline is about them
    forum_setting = (
        _forum_is_setting(zones, talks_held)
        and not tally
        and not any(zone in ("title", "lead") and _takes_part(ctx, i) for i, zone in forum_hits)
    )
    if not signed and _meeting_at_forum(ctx, forum_hits, talk_sents):
        # a meeting on the side of a forum: the talks are the news, the forum the venue
        forum_setting = True
        scores.pop("forum", None)
    early_forums = [i for i, zone in forum_hits if zone in ("lead", "second")]
    if (
        "title" in zones["project_launch"]
        and "title" not in zones["forum"]
        and all(_forum_locative(ctx, i) for i in early_forums)
    ):
        # an opening in the headline; a forum after it only as where something was signed
        # ('соглашения, которое губернатор подписал на ПМЭФ')
        forum_setting = True
        scores.pop("forum", None)
    # What the headline and the lead say happened outranks how much the body talks.
    # With no headline the lead is the opening: 'ОЭЗ посетила делегация из X', the guests
    # touring a site, is the news; a lead that also names their arrival or visit tells of
    # the trip.
    opening = "title" if ctx.title_end else "lead"
    site_in_title = (
        opening in zones["site_visit"]
        and opening not in country_visits
        and (opening == "title" or ("lead" in guest_tours and "lead" not in arrivals))
    )
    # 'Завод посетили делегаты форума': a tour in the headline, the forum after it only
    # names who the guests are or where they came from
    tour_first = (
        site_in_title
        and not (zones["forum"] | forum_subject) & {"title"}
        and not (forum_subject & early)
    )
    for zone_set in ({"title", "lead"}, {"second"}):
        # 'Завершился форум' in the headline, its agreements counted after it: the forum
        forum_total = "title" in forum_subject and not ({"title"} | zone_set) & signed_one
        if signed & zone_set and not (forum_total and "title" not in signed):
            return "agreement_signed", dict(scores)
        if zone_set == {"second"} and (site_in_title or "title" in zones["project_launch"]):
            break  # a tour or an opening in the headline outranks a forum met only in the
            # second sentence
        if zones["forum"] & zone_set and not forum_setting and not tour_first:
            if signed & early and not forum_subject & {"title", "lead"} and not tally:
                # agreements signed 'на форуме': the forum is only where they were signed
                return "agreement_signed", dict(scores)
            return "forum", dict(scores)
    if site_in_title:
        return "site_visit", dict(scores)
    official_tour = zones["site_visit"] & {"title", "lead"} - country_visits
    if not foreign and official_tour and not zones["project_launch"] & {"title", "lead"}:
        # an official tours a works or a construction site and talks there: with no foreign
        # side the tour in the opening is the news, the talks happen during it
        return "site_visit", dict(scores)
    factor = FOREIGN_VISIT_FACTOR if foreign else 0.0
    if not foreign and working & {"title", "lead"}:
        # 'с рабочим визитом прибыл министр', 'посетил район с рабочим визитом': an official's
        # trip to a region or a district named in the opening is a visit, with no bonus
        factor = 1.0
    if foreign and zones["delegation_visit"] & {"title", "lead"}:
        if _visit_reported(scores) or trips & {"title", "lead"}:
            return "delegation_visit", dict(scores)
        factor = 1.0  # as many talks as visit and no tour: the visit earns no bonus
    if zones["negotiations"] & early and not zones["delegation_visit"] & early:
        # talks in the headline or lead, a visit only in the background: the talks are the news
        scores.pop("delegation_visit", None)
    if "delegation_visit" in scores:
        scores["delegation_visit"] *= factor
    rank = {label: i for i, label in enumerate(priority)}
    # a tie goes to what the headline names, then to the priority order
    best = max(
        scores,
        key=lambda label: (scores[label], "title" in zones[label], -rank.get(label, 99)),
    )
    if best == "other" and "forum" in scores and zones["forum"] & {"title", "lead"}:
        # a forum in the opening kept as the setting of a visit or talks that do not win
        # ('делегация завершила работу на выставке'): the forum is still the event
        return "forum", dict(scores)
    if scores[best] < MIN_SCORE and not (
        (foreign and (set(scores) == {"negotiations"} or best == "delegation_visit"))
        or set(scores) in ({"project_launch"}, {"forum"})
    ):
        # a meeting with a foreign side, a foreign delegation's visit or a launch reported
        # only in the body is still the news when nothing else happens in the text
        return "other", dict(scores)
    return best, dict(scores)
