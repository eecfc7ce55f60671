"""Event cues about forums, exhibitions and presentations, and when a forum is only the
setting of something else."""

from __future__ import annotations

from .context import Ctx
from .event_agreements import future_auxiliary
from .phrases import Match


def _forum_is_setting(zones: dict[str, set[str]], talks_held: bool) -> bool:
    """A delegation at a forum that reports talks held there: the forum is the setting.

    The item is then about the delegation's trip or its talks and the scores decide; a
    forum with a stand and only planned meetings stays the event.
    """
    early = {"title", "lead", "second"}
    if not (zones["forum"] & early and talks_held):
        return False
    if "title" in zones["forum"] and not zones["negotiations"] & early:
        # 'Губернатор принимает участие в Форуме регионов' over a body that tells of a
        # meeting there: the forum the headline names is the news
        return False
    # talks in the headline or the lead, the forum named after them: the forum is the venue
    talks_first = zones["negotiations"] & {"title", "lead"} and not zones["forum"] & {
        "title",
        "lead",
    }
    # 'Губернатор обсудил партнерство с заводом' over a lead on the trip to a motor show: the
    # headline's talks are the news, the show the reason for the trip
    talks_headline = "title" in zones["negotiations"] and "title" not in zones["forum"]
    return bool(zones["delegation_visit"] & early or talks_first or talks_headline)


def _forum_as_subject(ctx: Ctx, first: int) -> bool:
    """'Завершился форум', 'Форум собрал...': the forum itself is what the sentence is about.

    A forum cue in another case or after a preposition ('на форуме', 'участие в форуме',
    'первый день форума') only names where something else happened.
    """
    token = ctx.tokens[first]
    if token.pos == "ADP" or (first > 0 and ctx.tokens[first - 1].pos == "ADP"):
        return False
    if token.feat("Case") == "Gen":
        return _part_of_forum_subject(ctx, first)
    return token.feat("Case") in (None, "Nom")


# 'Второй день работы недели', 'Итоги форума', 'Открытие выставки': a part of the event as the
# subject makes the event itself the subject.
FORUM_PARTS = frozenset({"день", "работа", "итог", "открытие", "закрытие", "программа"})


def _part_of_forum_subject(ctx: Ctx, first: int) -> bool:
    k = first - 1
    while k >= 0 and ctx.tokens[k].pos in ("ADJ", "NUM"):
        k -= 1
    if k < 0 or ctx.lemmas[k] not in FORUM_PARTS:
        return False
    while k > 0 and ctx.lemmas[k - 1] in FORUM_PARTS | {"второй", "первый", "третий"}:
        k -= 1  # 'день работы', 'второй день работы'
    head = ctx.tokens[k]
    before = ctx.tokens[k - 1] if k > 0 and ctx.tokens[k - 1].sent == head.sent else None
    if before is not None and before.pos == "ADP":
        return False
    # an inanimate noun opening a sentence reads as the accusative as often as the nominative
    return head.feat("Case") in (None, "Nom") or ctx.is_sentence_start(k)


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
    setting, and in a sentence with the talks. With no forum in the opening, the body's
    ('в ходе выставки провела переговоры') is the setting of the talks in the same way."""
    for zones in (("title", "lead"), ("second",), ("body",)):
        early = [i for i, zone in forum_hits if zone in zones]
        if early:
            return all(_forum_locative(ctx, i) for i in early) and any(
                ctx.tokens[i].sent in talk_sents for i in early
            )
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


def _event_days(ctx: Ctx) -> list[Match]:
    """'открытие Дней инвестора', 'Дни региона в столице': days of something, capitalised
    inside a sentence, name an event held over several days, a forum of a kind. At the start
    of a sentence the capital says nothing; there the days must be held ('Дни края прошли')."""
    return [
        Match("forum", k, k + 1, "event days")
        for k, lemma in enumerate(ctx.lemmas)
        if lemma == "день"
        and ctx.tokens[k].text[:1].isupper()
        and ctx.tokens[k].feat("Number") == "Plur"
        and (not ctx.is_sentence_start(k) or _held_after(ctx, k))
        and k + 1 < len(ctx.tokens)
        and ctx.tokens[k + 1].feat("Case") == "Gen"
    ]


def _held_after(ctx: Ctx, k: int) -> bool:
    _, stop = ctx.sentence_span(k)
    return any(ctx.lemmas[j] in HELD_VERBS for j in range(k + 1, min(k + 8, stop)))


# Gatherings that the cue phrases do not name: 'на конференции по сотрудничеству', 'круглый
# стол деловых кругов', 'XII Уральская промышленная неделя'. Each is an event with speakers
# and an audience, a forum of a kind.
GATHERINGS = frozenset({"конференция", "симпозиум"})
# 'на прошлой неделе' is a date; a week with its own name is an event
DATE_WEEKS = frozenset(
    {"прошлый", "этот", "следующий", "текущий", "ближайший", "предыдущий", "последний"}
)
ROMAN = frozenset("IVXLC")


def _gatherings(ctx: Ctx) -> list[Match]:
    found = []
    for k, lemma in enumerate(ctx.lemmas):
        if lemma in GATHERINGS:
            found.append(Match("forum", k, k + 1, "gathering"))
        elif lemma == "стол" and k > 0 and ctx.lemmas[k - 1] == "круглый":
            found.append(Match("forum", k - 1, k + 1, "round table"))
        elif lemma == "неделя" and _named_week(ctx, k):
            found.append(Match("forum", k, k + 1, "named week"))
    return found


def _named_week(ctx: Ctx, k: int) -> bool:
    """'XII Уральской промышленно-экономической недели', 'Российская энергетическая неделя':
    a week after a Roman numeral or a capitalised adjective inside the sentence."""
    if ctx.tokens[k].text[:1].isupper() and not ctx.is_sentence_start(k):
        return True
    j = k - 1
    while j >= 0 and ctx.tokens[j].pos == "ADJ":
        if ctx.lemmas[j] in DATE_WEEKS:
            return False
        if ctx.tokens[j].text[:1].isupper() and not ctx.is_sentence_start(j):
            return True
        j -= 1
    return j >= 0 and bool(ctx.tokens[j].text) and set(ctx.tokens[j].text) <= ROMAN


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


def _heads_gathering(ctx: Ctx, match: Match, forum_starts: set[int]) -> bool:
    """'заседание круглого стола', 'встреча в формате конференции': a meeting noun whose
    complement, through adjectives, is a gathering names that gathering."""
    k = match.last
    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ":
        k += 1
    return any(j in forum_starts for j in range(match.last, k + 1))


INVITATIONS = frozenset({"пригласить", "приглашать", "приглашение"})


def _invited_to(ctx: Ctx, first: int) -> bool:
    """The gathering comes after an invitation in its sentence; 'На форуме губернатор
    пригласил инвесторов в регион' names the forum first, as where the invitation was made."""
    start, _ = ctx.sentence_span(first)
    return any(ctx.lemmas[k] in INVITATIONS for k in range(start, first))


# 'представители оргкомитета форума', 'дирекция выставки': the body that runs a gathering
# ('сообщает пресс-служба международного форума': the source of the news, not the news)
ORGANISER_BODIES = frozenset({"оргкомитет", "дирекция", "пресс-служба", "пресс-центр"})


def _organisers_of(ctx: Ctx, first: int) -> bool:
    """A gathering named in the genitive after the body that runs it ('встреча с оргкомитетом
    Н-ского форума', 'пресс-служба форума') names who met or who reports, not the gathering
    itself."""
    k = first - 1
    while k > 0 and ctx.tokens[k].pos == "ADJ":
        k -= 1  # 'оргкомитета Международного молодёжного форума'
    if k < 0 or ctx.tokens[first].feat("Case") != "Gen":
        return False
    if ctx.lemmas[k] in ORGANISER_BODIES:
        return True
    return ctx.lemmas[k] == "комитет" and k > 0 and ctx.lemmas[k - 1] == "организационный"


# 'предложил провести форум делового сотрудничества': a gathering proposed is still to come
PROPOSALS = frozenset({"предложить", "предлагать", "предложение", "инициатива", "идея"})
HOLDING = frozenset({"провести", "проводить", "проведение", "организовать", "организация"})


def _proposed(ctx: Ctx, first: int) -> bool:
    if _plural_forums_to_come(ctx, first):
        return True
    k = first - 1
    while k > 0 and ctx.tokens[k].pos == "ADJ":
        k -= 1
    return (
        k > 0
        and ctx.lemmas[k] in HOLDING
        and any(ctx.lemmas[j] in PROPOSALS for j in range(max(0, k - 3), k))
    )


def _plural_forums_to_come(ctx: Ctx, first: int) -> bool:
    """'будут проходить рабочие встречи, консультации и совместные форумы': forums in the
    plural listed after a future verb are a plan of the cooperation, not a forum held."""
    if ctx.tokens[first].feat("Number") != "Plur" and not (
        first + 1 < len(ctx.tokens) and ctx.tokens[first + 1].feat("Number") == "Plur"
    ):
        return False
    start, _ = ctx.sentence_span(first)
    return any(future_auxiliary(ctx, k) for k in range(start, first))


def _to_be_held(ctx: Ctx, first: int) -> bool:
    """'будут проходить рабочие встречи', 'будет организован форум': the sentence puts the
    meeting in the future with 'быть' and a verb before it."""
    start, _ = ctx.sentence_span(first)
    for k in range(start, first):
        if future_auxiliary(ctx, k):
            return any(
                ctx.tokens[j].pos == "VERB" and ctx.tokens[j].feat("VerbForm") in ("Inf", "Part")
                for j in range(k + 1, min(k + 3, first))
            )
    return False


# 'участники делового форума ... посетили производственные площадки': the forum names who
# the guests touring are
FORUM_GUESTS = frozenset({"участник", "делегат", "гость"})


def _forum_of_guests(ctx: Ctx, first: int, tour_sents: set[int]) -> bool:
    """A forum cue after 'участники' (through adjectives) in a sentence that reports a tour."""
    if ctx.tokens[first].sent not in tour_sents:
        return False
    k = first - 1
    while k >= 0 and ctx.tokens[k].pos == "ADJ":
        k -= 1
    return k >= 0 and ctx.lemmas[k] in FORUM_GUESTS
