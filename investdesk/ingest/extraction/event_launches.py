"""Event cues about launches: works opened or launched, named far from a cue phrase."""

from __future__ import annotations

from .context import Ctx
from .event_agreements import _inserted_clause
from .event_visits import DISCUSSION
from .phrases import Match


def _after_time_word(ctx: Ctx, first: int) -> bool:
    """'после ввода в эксплуатацию', 'до открытия цеха': a launch named as a point in time."""
    return first > 0 and ctx.lemmas[first - 1] in ctx.lexicon.word_set("event_after")


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
        while head < i and ctx.tokens[head].pos in ("ADJ", "DET", "NUM", "ADV"):
            head += 1  # 'Новый завод ... открыли', 'Сразу два новых завода ... открыты'
        counted = any(ctx.tokens[k].pos == "NUM" for k in range(first, head))
        if (
            head < i
            and (
                ctx.lemmas[head] in OPENED_WORKS
                or _compound_works(ctx.lemmas[head])
                # 'Новая линия по выпуску пряжи открыта': a line or a stage opened is named
                # before a passive verb too ('линию открыли' names what was opened, not who)
                or (token.feat("Voice") == "Pass" and ctx.lemmas[head] in LAUNCHED_WORKS)
            )
            and not _credit_line(ctx, first, head)
            and (
                ctx.tokens[head].feat("Case") in ("Nom", "Acc")
                or (counted and ctx.tokens[head].feat("Case") == "Gen")
            )
        ):
            found.append(Match("project_launch", head, head + 1, "opened works"))
    return found


# 'запустила на заводе, находящемся ..., новый проект по производству': the works launched
# come after the verb, past commas a cue phrase does not cross.
LAUNCHED_WORKS = OPENED_WORKS | {"линия", "очередь"}


def _compound_works(lemma: str) -> bool:
    """'молокозавод', 'мясокомбинат', 'швейфабрика': a works named by a compound."""
    return lemma.endswith(("завод", "комбинат", "фабрика"))


def _works_noun(lemma: str) -> bool:
    """'завод', 'линия', and compounds of a works."""
    return lemma in LAUNCHED_WORKS or _compound_works(lemma)


def _credit_line(ctx: Ctx, first: int, noun: int) -> bool:
    """'открыта кредитная линия': a line of credit is no production line."""
    return ctx.lemmas[noun] == "линия" and "кредитный" in ctx.lemmas[first:noun]


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
        if _works_noun(ctx.lemmas[k]) and not _credit_line(ctx, verb, k):
            return k
        if ctx.lemmas[k] == "проект" and ctx.lemmas[k + 1 : k + 3] == ["по", "производство"]:
            return k
    return None


# 'анонсировал запуск', 'план запуска', 'планы открытия': a launch announced or planned
ANNOUNCED = frozenset({"анонсировать", "анонс", "план", "пообещать", "обещать"})


def _announced(ctx: Ctx, first: int) -> bool:
    """The launch noun governed by a word of announcing or planning right before it,
    through adjectives ('анонсировал Мантурову запуск' has a dative between)."""
    start, _ = ctx.sentence_span(first)
    for k in range(first - 1, max(first - 4, start - 1), -1):
        if ctx.lemmas[k] in ANNOUNCED:
            return True
        if ctx.tokens[k].pos not in ("ADJ", "NOUN", "PROPN", "DET"):
            return False
    return False


# 'переговоры об открытии', 'соглашение о запуске': a launch after these prepositions, governed
# by talks, a document or a decision, is their topic, not an event that took place; 'сообщил
# о запуске завода' reports a launch.
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо"})
TOPIC_HEADS = DISCUSSION | {
    "соглашение",
    "меморандум",
    "договор",
    "договориться",
    "договоренность",
    "решение",
    "вопрос",
    "встреча",
    "заявка",
}


# how far back over a list of topics ('об апельсинах и выставке') the preposition may stand
TOPIC_LIST_REACH = 4


def _topic(ctx: Ctx, first: int) -> bool:
    """'переговоры об открытии завода', 'договорились об апельсинах и выставке': what is
    talked about or agreed on, not what happened."""
    start, _ = ctx.sentence_span(first)
    k = first - 1
    while (
        k > start
        and first - k <= TOPIC_LIST_REACH
        and ctx.lower[k] not in TOPIC_PREPOSITIONS
        and (ctx.tokens[k].pos in ("NOUN", "ADJ", "CCONJ") or ctx.lower[k] == ",")
    ):
        k -= 1
    if k < 0 or ctx.lower[k] not in TOPIC_PREPOSITIONS:
        return False
    return any(ctx.lemmas[j] in TOPIC_HEADS for j in range(max(start, k - 4), k))


# 'открылся Торговый дом провинции', 'открытие представительства', 'открытия новой библиотеки':
# an office or a public building opened starts no production
OPENED_OFFICES = frozenset(
    {
        "представительство",
        "офис",
        "консульство",
        "генконсульство",
        "торгпредство",
        "библиотека",
        "музей",
        "школа",
    }
)


def _office_opened(ctx: Ctx, match: Match) -> bool:
    """The bare opening cue governs an office, a trade house or a public building."""
    _, stop = ctx.sentence_span(match.first)
    for k in range(match.last, min(match.last + 4, stop)):
        lemma = ctx.lemmas[k]
        if lemma in OPENED_OFFICES or (lemma == "дом" and ctx.lemmas[k - 1] == "торговый"):
            return True
        if ctx.tokens[k].pos not in ("ADJ", "NUM", "PUNCT", "PROPN") and lemma != "торговый":
            return False
    return False
