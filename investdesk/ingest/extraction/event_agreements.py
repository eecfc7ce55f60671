"""Event cues about agreements: documents signed, their totals, and signings still to come."""

from __future__ import annotations

from .context import Ctx
from .phrases import Match

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


def _list_head(ctx: Ctx, k: int) -> int:
    """'ряд программ и соглашений': the second of two nouns joined by 'и' is quantified by
    what stands before the first."""
    j = k - 1
    if (
        j > 1
        and ctx.lower[j] == "и"
        and ctx.tokens[j - 1].pos == "NOUN"
        and ctx.tokens[j - 1].feat("Case") == ctx.tokens[k].feat("Case")
    ):
        return j - 1
    return k


def _agreement_noun(lemma: str) -> bool:
    return lemma in AGREEMENT_NOUNS or lemma.endswith("соглашение")


def _counted(ctx: Ctx, k: int) -> bool:
    """'подписано 283 соглашения', 'подписал соглашений на 21 млрд': agreements counted by a
    number, or in the genitive plural of a quantity ('более 20 соглашений', 'соглашений на
    30 млрд'), are a total; 'подписание соглашений' (a noun governing them) is one event."""
    if not _agreement_noun(ctx.lemmas[k]) or k == 0:
        return False
    head = _list_head(ctx, k)
    before = ctx.tokens[head - 1]
    if before.sent != ctx.tokens[k].sent:
        return False
    n = head - 1
    while n > 0 and ctx.tokens[n].pos == "ADJ" and ctx.tokens[n - 1].sent == before.sent:
        n -= 1  # 'подписано восемь межправительственных соглашений': the count before adjectives
    number = ctx.tokens[n]
    if number.pos == "NUM" or number.text[:1].isdigit():
        # '12:33 Протокол ...': a dateline's time is not a count
        clock = n > 0 and ctx.lower[n - 1] in (":", ".")
        return ctx.lower[n] not in FEW and not clock
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
QUALIFIED_DOCUMENTS = {
    "карта": frozenset({"дорожный"}),
    "программа": frozenset({"рабочий"}),
    "план": frozenset(),
}
# ... or with what they plan, printed after them
DOCUMENT_SUBJECTS = {
    "программа": frozenset({"сотрудничество"}),
    "план": frozenset({"сотрудничество", "мероприятие"}),
}


def _document(ctx: Ctx, k: int) -> bool:
    """An agreement noun, or a road map or a work programme named with its qualifier."""
    lemma = ctx.lemmas[k]
    if lemma in AGREEMENT_NOUNS:
        return True
    qualifiers = QUALIFIED_DOCUMENTS.get(lemma)
    if qualifiers is None or k == 0:
        return False
    if DOCUMENT_SUBJECTS.get(lemma, frozenset()) & set(ctx.lemmas[k + 1 : k + 4]):
        return True  # 'программа развития сотрудничества', 'план совместных мероприятий'
    return ctx.lemmas[k - 1] in qualifiers


SIGN_VERBS = frozenset({"подписать", "заключить", "подписывать", "заключать"})


WIRE_TAG_REACH = 8
DASHES = frozenset({"-", "–", "—"})


def _after_wire_tag(ctx: Ctx, first: int, last: int) -> int:
    """'ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Соглашение ... подписано': the sentence after the
    agency's capitals that open it."""
    start = first
    for j in range(first, min(last, first + WIRE_TAG_REACH)):
        text = ctx.tokens[j].text
        if text in DASHES:
            start = j + 1
        elif not text.isupper():
            break
    return start


def _signed_document_first(ctx: Ctx) -> list[Match]:
    found = []
    # the headline's sentences too: 'Соглашение о поставках подписали область и компания'
    heads = sorted({t.sent for t in ctx.tokens if t.start < ctx.title_end})
    for sent in heads + ctx.lead_sents[:2]:
        first = next((i for i, t in enumerate(ctx.tokens) if t.sent == sent), None)
        if first is None:
            continue
        _, last = ctx.sentence_span(first)
        head = _after_wire_tag(ctx, first, last)
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
            if (
                ctx.lemmas[k] == "быть"
                and k + 1 < last
                and ctx.lemmas[k + 1] in SIGN_VERBS
                and ctx.lower[k] in PAST_AUXILIARY
            ):
                k += 1  # 'Соглашение о X было подписано': the past auxiliary of the signing
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
        partner = False  # a partner named after 'с' may hold prepositions of its own
        framed = False  # a setting ('в рамках форума', 'на полях') before the documents
        for k in range(i + 1, min(i + SIGNED_OBJECT_GAP, stop)):
            token = ctx.tokens[k]
            if _document(ctx, k):
                if (partner or framed) and _governed(ctx, k):
                    break  # 'с компанией в рамках соглашения': the document frames the act
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
            if ctx.lower[k] in PARTNER_PREPOSITIONS:
                partner = True
            elif token.pos == "ADP" and not partner:
                # 'заключила в рамках выставки 23 соглашения': the setting comes between the
                # verb and its documents; 'подписал в рамках соглашения': the document frames
                # another act (checked when the document is reached)
                framed = True
            if (
                token.pos in ("VERB", "AUX", "SCONJ")
                or ctx.lower[k] in CLAUSE_STOPS
                or ctx.lemmas[k] == "который"
            ):
                break
    return found


def _governed(ctx: Ctx, k: int) -> bool:
    """A preposition governs the noun at ``k`` through its adjectives ('в рамках соглашения'
    governs 'рамках'; 'по новому соглашению')."""
    j = k - 1
    while j > 0 and ctx.tokens[j].pos == "ADJ":
        j -= 1
    return ctx.tokens[j].pos == "ADP" or ctx.lemmas[j] in ("рамка", "ход", "основа")


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


# 'было подписано' tells a signing done; 'должно быть подписано', 'будет подписано' one to come
PAST_AUXILIARY = frozenset({"был", "была", "было", "были"})


def future_auxiliary(ctx: Ctx, k: int) -> bool:
    """'будет', 'будут': 'быть' in the future (the tagger may read 'будет' as present)."""
    return ctx.lemmas[k] == "быть" and ctx.lower[k].startswith("буд")


def _future(ctx: Ctx, match: Match) -> bool:
    """'Будет подписан протокол', 'подпишут соглашение': a signing still to come."""
    start, _ = ctx.sentence_span(match.first)
    for k in range(max(match.first - 2, start), match.last):
        token = ctx.tokens[k]
        if future_auxiliary(ctx, k):
            return True
        # a perfective verb's present form is its future ('подпишут')
        if (
            token.pos == "VERB"
            and token.feat("VerbForm") == "Fin"
            and token.feat("Tense") in ("Fut", "Pres")
            and token.feat("Aspect") == "Perf"
        ):
            return True
    return False


def _headline_signer(ctx: Ctx, match: Match, forum_in_title: bool) -> bool:
    """'Губернатор заключил соглашения на 3,9 млрд': a headline whose own verb is someone's
    signing reports that signing, even of several documents valued together; a total is a
    forum's result only when the headline names the forum ('На форуме подписаны соглашения')."""
    return (
        not forum_in_title
        and not _bare_quantity(ctx, match)
        and ctx.zone(match.first) == "title"
        and _signed_by_someone(ctx, match)
    )


def _signer_without_forum(ctx: Ctx, match: Match, forum_named: bool) -> bool:
    """'губернатор подписал 7 инвестиционных соглашений с предприятиями' in the opening of a
    text that names no forum, exhibition or congress: someone's signing of several
    documents, not the tally of a gathering."""
    return (
        not forum_named
        and ctx.zone(match.first) in ("title", "lead")
        and not _bare_quantity(ctx, match)
        and _signed_by_someone(ctx, match)
    )


def _signed_by_someone(ctx: Ctx, match: Match) -> bool:
    """The cue's own verb is an active finite signing ('подписал', 'заключили'), not
    'подписано' or 'подписание'."""
    return any(
        ctx.lemmas[k] in SIGN_VERBS
        and ctx.tokens[k].feat("VerbForm") == "Fin"
        and ctx.tokens[k].feat("Voice") != "Pass"
        for k in range(match.first, match.last)
    )


def _bare_quantity(ctx: Ctx, match: Match) -> bool:
    """'заключил соглашений на 40 млрд': documents in the genitive plural with no number
    before them are a quantity, the phrasing of a tally, not of one act of signing."""
    for k in range(match.first, match.last):
        if not _agreement_noun(ctx.lemmas[k]) or k == 0:
            continue
        token, before = ctx.tokens[k], ctx.tokens[_list_head(ctx, k) - 1]
        if (
            token.feat("Case") == "Gen"
            and token.feat("Number") == "Plur"
            and before.pos not in ("NUM", "NOUN", "PROPN", "ADJ", "ADP")
            and not before.text[:1].isdigit()
        ):
            return True
    return False
