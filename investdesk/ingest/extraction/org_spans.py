"""Where an ORG span's name starts and ends: positions, persons and dates cut off, a
parent's acronyms, a branch's parent, a plant's product and a listing tail taken in."""

from __future__ import annotations

import re

from .. import morph
from .context import Ctx
from .org_government_owners import _country_of_adjective

# Type words that describe a company named after them ('Компания ТАИФ' -> 'ТАИФ')
COMPANY_WORDS = frozenset({"компания", "фирма", "холдинг", "предприятие", "госкорпорация"})
# An unnamed reference ends with a bare place word ('Министерство промышленности края')
BARE_PLACE_WORDS = frozenset({"край", "область", "регион", "район", "республика", "округ"})
LISTING_ORG_HEADS = frozenset(
    {"ассоциация", "союз", "объединение", "министерство", "комитет", "палата"}
)
# 'Правление ... палаты', 'Президиума ...': a board named before its organisation
BOARD_WORDS = frozenset({"правление", "президиум"})


# Units named by the body they belong to ('Уральское отделение' + 'Российской академии наук')
BRANCH_HEADS = frozenset({"отделение"})


# A company's branch is reported under the company's name
BRANCH_WORDS = frozenset({"филиал"})
# Plants named by what they make ('Крымский завод сварочной проволоки')
PLANT_HEADS = frozenset({"завод", "комбинат", "фабрика"})


def _plant_product(ctx: Ctx, first: int, last: int) -> int:
    """'Крымского завода' + 'сварочной проволоки': a plant's name goes on to the product in
    the genitive after it (lower-case adjectives and one noun)."""
    if ctx.lemmas[last - 1] not in PLANT_HEADS or not ctx.tokens[last - 1].text.islower():
        return last
    k = last
    n = len(ctx.tokens)
    while k < n and k - last < 3 and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].text.islower():
        if ctx.tokens[k].feat("Case") != "Gen":
            return last
        k += 1
    if k == last or k >= n:
        return last  # a noun alone after the plant is too often something else
    token = ctx.tokens[k]
    if token.pos != "NOUN" or not token.text.islower() or token.feat("Case") != "Gen":
        return last
    return k + 1


# Research and teaching bodies named with their parent's acronyms ('Институт катализа СО РАН')
PARENTED_HEADS = frozenset(
    {"институт", "центр", "лаборатория", "отделение", "филиал", "обсерватория", "станция"}
)


# Economic blocs whose acronym ends the names of their bodies ('Деловой совет ШОС')
BLOCS = frozenset({"ШОС", "БРИКС", "ЕАЭС", "СНГ", "АСЕАН", "АТЭС"})


def _parent_acronyms(ctx: Ctx, first: int, last: int) -> int:
    """'Институт экономики УрО РАН': up to two upper-case acronyms right after an
    institute's name are its parents and belong to its name (not legal forms or places)."""
    if (
        last < len(ctx.tokens)
        and ctx.tokens[last].text in BLOCS
        and ctx.tokens[last - 1].text[:1].islower()
    ):
        return last + 1  # 'Делового совета ШОС': a bloc's body is named with the bloc
    if ctx.lemmas[first] not in PARENTED_HEADS:
        return last
    legal = ctx.lexicon.word_set("legal_forms")
    places = {k for s in ctx.spans if s.type == "LOC" for k in range(s.first, s.last)}
    end = last
    while end < len(ctx.tokens) and end - last < 2:
        word = ctx.tokens[end].text
        if not (2 <= len(word) <= 5 and word.isalpha() and sum(c.isupper() for c in word) >= 2):
            break
        if (
            word.lower() in legal
            or end in places
            or ctx.tokens[end].start - ctx.tokens[end - 1].stop != 1
        ):
            break
        end += 1
    return end


_DATE_TOKEN = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _date_token(ctx: Ctx, k: int) -> bool:
    return bool(_DATE_TOKEN.fullmatch(ctx.tokens[k].text))


def _named_after(ctx: Ctx, first: int, last: int) -> int:
    """'Горным институтом им.' + 'Рахима Алиева': a name 'имени X' goes on to X."""
    k = last - 1 if ctx.lower[last - 1] == "." else last
    if ctx.lower[k - 1] in ("им", "имени"):
        pass  # the span already holds 'им.'
    elif k - 2 >= first and ctx.lower[k - 2] == "имени" and ctx.tokens[k - 1].text.islower():
        pass  # the span holds 'имени' and a title ('имени шейха')
    elif k < len(ctx.tokens) and ctx.lower[k] in ("им", "имени"):
        k += 1
    else:
        return last
    if k < len(ctx.tokens) and ctx.tokens[k].text == ".":
        k += 1
    person = next((s for s in ctx.spans if s.type == "PER" and s.first == k), None)
    if person is not None:
        return person.last
    # 'Фондом имени шейха Заеда бен Султана': a title before the name NER did not tag
    if k < len(ctx.tokens) and ctx.tokens[k].text.islower() and ctx.tokens[k].pos == "NOUN":
        k += 1
    end = k
    sent = ctx.tokens[k - 1].sent if k else 0
    while end < len(ctx.tokens) and end - k < 5 and ctx.tokens[end].sent == sent:
        word = ctx.tokens[end].text
        if word[:1].isupper() and word.isalpha() or (end > k and word.lower() in NAME_PARTICLES):
            end += 1
            continue
        break
    while end > k and ctx.tokens[end - 1].text.lower() in NAME_PARTICLES:
        end -= 1
    return end if end > k else last


# Particles inside Arabic and other names ('бен', 'ибн', 'аль')
NAME_PARTICLES = frozenset({"бен", "бин", "ибн", "аль", "ал", "эль", "де", "фон", "ван"})


def _strip_trailing_position(ctx: Ctx, first: int, last: int) -> int:
    """'Торговой палаты региона руководители': a lower-case position word run
    on after the name."""
    heads = ctx.lexicon.word_set("heads")
    while (
        last - first > 1
        and ctx.tokens[last - 1].text.islower()
        and ctx.lemmas[last - 1] in heads
        and ctx.tokens[last - 1].feat("Case") == "Nom"
        and ctx.tokens[last - 2].feat("Case") == "Gen"
    ):
        last -= 1  # not 'Совета директоров', where the position word is part of the name
    return last


def _strip_position(ctx: Ctx, first: int, last: int) -> int:
    """'Председателя Правительства ...': the position words before a body in the genitive
    are a title, not part of the body's name."""
    heads = ctx.lexicon.word_set("heads")
    j = first
    board = False
    while j < last and (
        ctx.lemmas[j] in heads or ctx.lemmas[j] == "первый" or ctx.lemmas[j] in BOARD_WORDS
    ):
        board = board or ctx.lemmas[j] in BOARD_WORDS
        j += 1
    if (
        j > first
        and ctx.tokens[j - 1].pos == "ADJ"
        # ('Председателя' may be tagged an adjective; its lemma is a noun's)
        and ctx.lemmas[j - 1].endswith(("ый", "ий", "ой"))
    ):
        j -= 1  # 'Генерального консульства': the adjective belongs to the body, not a title
    if j == first or j >= last:
        return first
    if ctx.tokens[j].text in '«"' and j + 1 < last:
        return j  # 'Учредителя «Солар Системс»': the quoted name after the title is the body
    case = ctx.tokens[j].feat("Case")
    if case != "Gen" and not (board and case is None):  # 'Российско-Итальянской' has no case
        return first
    return j


def _common_word(word: str) -> bool:
    """A dictionary word that is not an organisation's name ('Сухой', not 'Газпром')."""
    return morph.known_word(word) and "Orgn" not in morph.grammemes(word)


def _glued_to_person(ctx: Ctx, first: int, last: int) -> tuple[int, int] | None:
    """A legal form alone, then a PER span of three or more words whose first word is no
    given name: that word is the company ('АО' + 'Сибагро Игорь Ким')."""
    legal = ctx.lexicon.word_set("legal_forms")
    if not all(ctx.lower[k] in legal for k in range(first, last)):
        return None
    person = next((s for s in ctx.spans if s.type == "PER" and s.first == last), None)
    if person is None or person.last - person.first < 3:
        return None
    word = ctx.tokens[person.first].text
    if not word[:1].isupper() or "Name" in morph.grammemes(word) or "Surn" in morph.grammemes(word):
        return None
    if "Name" not in morph.grammemes(ctx.tokens[person.first + 1].text):
        return None
    return first, person.first + 1


def _no_name(ctx: Ctx, first: int, last: int) -> bool:
    """'Президентам', 'Президентам наших стран' -> 'наших стран': position words alone, or
    lower-case words left after them, name no organisation."""
    tokens = ctx.tokens[first:last]
    if all(ctx.lemmas[k] in ctx.lexicon.word_set("heads") for k in range(first, last)):
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens):
        return True
    company_word = any(
        ctx.lemmas[k] in ctx.lexicon.word_set("latin_company_intro") for k in range(first, last)
    )
    if (
        company_word
        and ctx.span_starts_at(last, "ORG")
        and all(_common_word(t.text) for t in tokens)
    ):
        return True  # 'Международного холдинга' + 'TH Group': a description before the name
    if (
        last - first >= 2
        and _joint_nationality(ctx, tokens[0].text)
        and all(t.text.islower() for t in tokens[1:])
        and ctx.lemmas[last - 1] in PLANT_HEADS | ctx.lexicon.word_set("latin_company_intro")
    ):
        # 'Российско-турецкая фабрика «Меринос»', 'Российско-китайский лесоперерабатывающий
        # завод': who owns it and what it is, not its name
        return True
    # 'Государственная корпорация развития также ...': a description of a company in common
    # words, capitalised only because it opens the sentence
    return (
        ctx.is_sentence_start(first)
        and all(t.text.islower() for t in tokens[1:])
        and all(morph.known_word(t.text) for t in tokens)
        and any(
            ctx.lemmas[k] in ctx.lexicon.word_set("latin_company_intro") for k in range(first, last)
        )
    )


def _joint_nationality(ctx: Ctx, word: str) -> bool:
    """'Российско-турецкий', 'китайско-белорусское': every part is a country's adjective."""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(
        _country_of_adjective(ctx, part, foreign_only=False) for part in parts
    )


def _strip_person(ctx: Ctx, first: int, last: int, surnames: set[tuple[str, int]]) -> int:
    """'ЛПК Жданова': a person's surname (named in full elsewhere) glued to the end of a name."""
    k = last - 1
    if k <= first or not ctx.tokens[k].text[:1].isupper() or len(ctx.tokens[k].text) < 5:
        return last
    key = ctx.tokens[k].text[:5].lower()
    if any(key == s and not first <= j < last for s, j in surnames):
        return k
    return last


def _listing_tail(ctx: Ctx, first: int, last: int) -> int:
    """'Ассоциация заводов' + ', лабораторий и институтов России': a body whose name lists its
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


# Heads of a body named by a body or a cause in the genitive after them ('общество
# Российско-Китайской дружбы', 'комитета Совета федерации', 'Института химии ... РАН')
GENITIVE_OWNED_HEADS = frozenset(
    {"общество", "комитет", "подкомитет", "институт", "ассоциация", "департамент", "лаборатория"}
)
# Bodies whose name goes on to their remit ('комитет ... по международным делам')
REMIT_HEADS = frozenset({"комитет", "подкомитет"})


def _described_company(ctx: Ctx, k: int) -> bool:
    """A lower-case 'общество' after a lower-case adjective ('дочернее', 'акционерного')
    describes a company; it is no word of a name."""
    return (
        ctx.lemmas[k] == "общество"
        and ctx.tokens[k].text.islower()
        and k > 0
        and ctx.tokens[k - 1].pos == "ADJ"
        and ctx.tokens[k - 1].text.islower()
    )


def _head_before(ctx: Ctx, first: int, last: int) -> tuple[int, int]:
    """A head noun before an ORG span in the genitive, maybe past lower-case genitive words
    ('Института химии твердого тела' + 'Сибирского отделения РАН'), starts the name; a
    committee's remit after it ('по международным делам') ends it."""
    if ctx.tokens[first].text.isupper() or ctx.tokens[first].feat("Case") not in ("Gen", None):
        return first, last
    sent = ctx.tokens[first].sent
    k = first - 1
    while k >= 0 and first - k <= 4 and ctx.tokens[k].sent == sent:
        token = ctx.tokens[k]
        if ctx.lemmas[k] in GENITIVE_OWNED_HEADS and token.pos in ("NOUN", "PROPN"):
            if _described_company(ctx, k):
                return first, last  # 'дочернее общество X' is X's subsidiary, unnamed
            break
        if not (
            token.text.islower() and token.feat("Case") == "Gen" and token.pos in ("NOUN", "ADJ")
        ):
            return first, last
        k -= 1
    else:
        return first, last
    if k < 0 or (first - k > 1 and not ctx.tokens[k].text[:1].isupper()):
        return first, last  # words between: only a capitalised head ('Института химии ...')
    first = k
    if ctx.lemmas[first] in REMIT_HEADS and last < len(ctx.tokens) and ctx.lower[last] == "по":
        j = last + 1
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].text.islower():
            j += 1
        if j < len(ctx.tokens) and ctx.tokens[j].pos == "NOUN" and ctx.tokens[j].text.islower():
            last = j + 1
    return first, last


# Bodies named by what they do, in lower-case genitive words ('Центр поддержки экспорта')
_PURPOSE_HEADS = frozenset({"центр", "фонд", "агентство", "институт"})
_CLAUSE_END = frozenset({".", ",", ";", "»", ")", ":"})


def _purpose_tail(ctx: Ctx, first: int, last: int) -> int:
    """'Центра поддержки и реабилитации' + 'участников специальной военной операции': a body
    named by its purpose goes on through the lower-case genitive words after it, when they run
    to the end of the clause."""
    if ctx.lemmas[first] not in _PURPOSE_HEADS or last - first < 2:
        return last
    end = ctx.tokens[last - 1]
    if not end.text.islower() or end.pos != "NOUN" or end.feat("Case") != "Gen":
        return last
    k = last
    while (
        k < len(ctx.tokens)
        and k - last < 5
        and ctx.tokens[k].text.islower()
        and ctx.tokens[k].pos in ("ADJ", "NOUN")
        and ctx.tokens[k].feat("Case") == "Gen"
    ):
        k += 1
    if k == last or ctx.tokens[k - 1].pos != "NOUN":
        return last
    if k < len(ctx.tokens) and ctx.tokens[k].text not in _CLAUSE_END:
        return last
    return k


# Bodies named by their function after 'по': 'центра по развитию бизнеса'
_FUNCTION_HEADS = frozenset(
    {"центр", "фонд", "агентство", "институт", "ассоциация", "совет", "палата", "комитет"}
    | {"союз", "комиссия", "корпорация"}
)

# 'по итогам', 'по словам': 'по' phrases of the sentence, not of a body's name
_NOT_FUNCTIONS = frozenset(
    {"итог", "слово", "данные", "мнение", "оценка", "информация", "результат", "случай", "линия"}
    | {"приглашение", "инициатива", "поручение", "просьба", "предложение", "случай", "время"}
)


def _function_tail(ctx: Ctx, first: int, last: int) -> int:
    """'Китайского делового центра' + 'по развитию торговли': NER stops a body's name before
    its function; the 'по' phrase is the name's when it runs to a clause end or a person."""
    n = len(ctx.tokens)
    head = ctx.tokens[last - 1]
    if ctx.lemmas[last - 1] not in _FUNCTION_HEADS or not head.text.islower():
        return last
    if last + 1 >= n or ctx.lower[last] != "по":
        return last
    noun = ctx.tokens[last + 1]
    if not (noun.text.islower() and noun.pos == "NOUN" and noun.feat("Case") == "Dat"):
        return last
    if ctx.lemmas[last + 1] in _NOT_FUNCTIONS:
        return last
    k = last + 2
    while (
        k < n
        and k - last < 8
        and ctx.tokens[k].text.islower()
        and (
            (ctx.tokens[k].pos in ("ADJ", "NOUN") and ctx.tokens[k].feat("Case") in ("Gen", "Dat"))
            or (ctx.lower[k] == "и" and k + 1 < n and ctx.tokens[k + 1].text.islower())
        )
    ):
        k += 1
    if ctx.tokens[k - 1].pos != "NOUN" or ctx.tokens[k - 1].sent != head.sent:
        return last
    at_person = any(sp.type == "PER" and sp.first == k for sp in ctx.spans)
    if k < n and ctx.tokens[k].text not in _CLAUSE_END and not at_person:
        return last
    return k
