"""People: NER person spans merged per individual (spans in person_spans.py, job titles in
person_titles.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from investdesk.core.palladius import chinese_surnames, palladius_syllables

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, person_name
from .context import DASHES, Ctx
from .person_spans import (
    TITLE_REACH,
    after_org,
    capitals_surnames,
    chinese_names,
    dictionary_names,
    drop_honorific,
    given_name_read_as_place,
    place_tagged_names,
    plausible,
    span_words,
    split_glued,
    title_before,
)


@dataclass
class Person:
    name: str
    key: str  # normalised surname
    first_names: tuple[str, ...]
    mentions: list[NerSpan] = field(default_factory=list)
    score: tuple[int, int] = (0, 0)
    position: str | None = None
    organization: str | None = None
    title_range: tuple[int, int] | None = None  # tokens of the title phrase

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "position": self.position, "organization": self.organization}


def collect_persons(ctx: Ctx, org_ranges: list[tuple[int, int]]) -> list[Person]:
    """Cluster PER spans: full names first, then surname-only and initial mentions."""
    spans = [drop_honorific(ctx, s) for s in ctx.spans if s.type == "PER"]
    spans = [part for s in spans if s is not None for part in split_glued(ctx, s)]
    spans = [given_name_read_as_place(ctx, s) for s in spans]
    spans = [s for s in spans if s is not None and plausible(s, ctx)]
    spans += chinese_names(ctx)
    spans += dictionary_names(ctx)
    spans += place_tagged_names(ctx)
    spans += capitals_surnames(ctx)
    spans = [after_org(ctx, s, org_ranges) for s in spans]
    spans = [
        s
        for s in spans
        if s is not None and not any(a <= s.start and s.stop <= b for a, b in org_ranges)
    ]
    people: list[Person] = []

    def reliability(span: NerSpan) -> tuple[int, int]:
        head = ctx.tokens[span.last - 1]
        return (len(span_words(span, ctx)), morph.CASE_RELIABILITY.get(head.feat("Case") or "", 0))

    full = [s for s in spans if len(span_words(s, ctx)) >= 2 and "." not in s.text]
    short = [s for s in spans if s not in full]
    undeclined = _undeclined_prints(ctx, full)
    for span in sorted(full, key=lambda s: (-len(span_words(s, ctx)), s.start)):
        name = _surname_first(ctx, span, _chinese_name(ctx, span) or _instrumental_name(ctx, span))
        name = _printed_agreement(ctx, span, name, undeclined)
        parts = name.split()
        key = name_key(parts[-1])
        person = _find(people, key, parts[:-1])
        if person is None and len(parts) == 2 and _patronymic(parts[1]):
            # 'Бурханом Абдихашимовичем': first name and patronymic of someone named in full
            person = next((p for p in people if p.first_names[:1] == (name_key(parts[0]),)), None)
            if person is not None:
                person.mentions.append(span)
                continue
        if person is None:
            # 'Али Хасан' is the start of 'Али Хасан Аль-Амин'
            person = next(
                (
                    p
                    for p in people
                    if name_key(name) in name_key(p.name) and len(parts) < len(p.name.split())
                ),
                None,
            )
        if person is None:
            person = Person(name, key, tuple(name_key(p) for p in parts[:-1]))
            person.score = reliability(span)
            people.append(person)
        elif reliability(span) > person.score and len(parts) >= len(person.name.split()):
            person.name, person.score = name, reliability(span)
        person.mentions.append(span)
    for span in short:
        words = [w for w in span.normal.replace(".", " ").split() if w]
        if not words:
            continue
        key = name_key(words[-1])
        matches = [p for p in people if p.key == key or _same_surname(p.key, key)]
        if not matches:
            matches = _by_initial(people, key, words)
        if len(matches) == 1:
            matches[0].mentions.append(span)
            _nominative_from(ctx, matches[0], ctx.tokens[span.last - 1].text)
        elif not matches and (
            _initials_name(words)
            or _titled_single(ctx, span, words)
            or _named_speaker(ctx, span, words)
        ):
            # 'Д. Ивахненко', 'Смирнова Р.А.': no full name anywhere, the initials are the name
            person = Person(_initials_display(span), key, ())
            person.score = reliability(span)
            person.mentions.append(span)
            people.append(person)
    for person in people:
        person.mentions.sort(key=lambda s: s.start)
        entry = ctx.lexicon.people_index.get(name_key(person.name))
        if entry is not None:
            person.name = entry.name
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _printed(ctx: Ctx, span: NerSpan) -> str:
    return " ".join(span_words(span, ctx))


def _undeclined_prints(ctx: Ctx, spans: list[NerSpan]) -> set[str]:
    """'Томикадза Фукуда приедет ... ждем господина Томикадза Фукуда': a full name printed alike
    in two places, once where the normaliser keeps it, is not declined in this text; its
    printed form is the name wherever it stands."""
    seen: dict[str, int] = {}
    for span in spans:
        printed = _printed(ctx, span)
        seen[printed] = seen.get(printed, 0) + 1
    return {
        printed
        for span in spans
        if seen[printed := _printed(ctx, span)] >= 2
        and span.normal.split() == printed.split()
        # 'с послом Син Хон Чхолем' twice: an instrumental printed alike is still declined
        and not printed.lower().endswith(("ом", "ем", "ой", "ым", "им"))
    }


# a man's surname in the nominative: in any other case it takes an ending
MASCULINE_SURNAME_NOMINATIVE = ("ов", "ев", "ёв", "ин", "ын")
FEMININE_SURNAME_NOMINATIVE = ("ова", "ева", "ёва", "ина", "ына")
VOWELS = "аеёиоуыэюя"


def _printed_agreement(ctx: Ctx, span: NerSpan, name: str, undeclined: set[str]) -> str:
    """The printed words when their own endings show the name is in the nominative.

    'Ананда Дондоков': a man's surname without an ending is nominative, so the given name
    beside it is too (the normaliser read 'Ананда' as a genitive). 'Цыцык Абрамова': a given
    name without an ending cannot be a man's genitive ('Ивана Абрамова'), so '-ова' is a woman's
    nominative surname."""
    printed = _printed(ctx, span)
    if printed in undeclined:
        return printed
    words = printed.split()
    parts = name.split()
    if len(words) != 2 or len(parts) != 2 or not all(w.isalpha() for w in words):
        return name
    given, surname = words
    lowered = surname.lower()
    if parts[1] == surname and lowered.endswith(MASCULINE_SURNAME_NOMINATIVE) and len(surname) > 4:
        return f"{given} {parts[1]}"
    if (
        lowered.endswith(FEMININE_SURNAME_NOMINATIVE)
        and len(surname) > 5
        and given[-1].lower() not in VOWELS + "йь"
        and parts[0] == given
    ):
        return printed
    return name


# the oblique endings of a name declined like 'Хаяма' (Хаямы, Хаяме, Хаяму, Хаямой)
A_DECLENSION_OBLIQUE = ("ой", "ей", "ою", "у", "ю", "е", "ы", "и")


def _nominative_from(ctx: Ctx, person: Person, printed: str) -> None:
    """'принял Кэнту Ямаду ... К. Ямада отметил': a foreign name the dictionary cannot decline
    is left in the oblique case it is printed in in full; a later mention that prints its
    surname in '-а' gives the nominative, and given names printed with the same ending follow."""
    if len(printed) < 4 or not printed.isalpha() or printed[-1] not in "ая":
        return
    stem = printed[:-1].lower()
    for mention in person.mentions:
        words = span_words(mention, ctx)
        if len(words) < 2 or not words[-1].lower().startswith(stem):
            continue
        ending = words[-1].lower()[len(stem) :]
        if (
            ending not in A_DECLENSION_OBLIQUE
            or person.name.split()[-1].lower() != words[-1].lower()
        ):
            return  # 'Ивану Петрову ... Петрова': the dictionary declined it; that is genitive
        given = words[:-1]
        if all(w.lower().endswith(ending) and len(w) > len(ending) + 2 for w in given):
            given = [w[: -len(ending)] + printed[-1] for w in given]
        else:
            given = person.name.split()[:-1]
        person.name = " ".join([*given, printed])
        person.key = name_key(printed)
        return


# how far back the title of a name in apposition may stand ('директором центра по развитию
# малого и среднего бизнеса области Ли Яньцзюнем')
INS_TITLE_REACH = 16
# a name declined like "Хаяма" ends "-ой" in the instrumental ('Есихиро Сигэхисой')
INS_ENDINGS = ("ом", "ем", "ой")


def _by_initial(people: list[Person], key: str, words: list[str]) -> list[Person]:
    """'Галиной Павловой ... Г. Павлова': an initial and a surname the tagger declined to
    another gender ('Павлов') name the person whose first name has that initial and whose
    surname differs only by an ending."""
    initials = [w.lower() for w in words[:-1] if len(w) == 1]
    if len(initials) != len(words) - 1 or not initials or len(key) < 4:
        return []
    return [
        p
        for p in people
        if p.first_names[:1]
        and p.first_names[0][:1] == initials[0]
        and (p.key.startswith(key) or key.startswith(p.key))
        and abs(len(p.key) - len(key)) <= 2
    ]


def _chinese_name(ctx: Ctx, span: NerSpan) -> str | None:
    """'с Ван Чжэнпу': a Chinese given name printed as whole Palladius syllables stays as
    printed when the Russian normaliser's form is no longer syllables (it reads 'Чжэнпу' as a
    dative and cuts it to 'Чжэнп')."""
    if span.last - span.first != 2:
        return None
    family, given = ctx.tokens[span.first], ctx.tokens[span.first + 1]
    if family.text.lower() not in chinese_surnames() or not family.text[:1].isupper():
        return None
    normal = span.normal.split()
    declined = _declined_final_i(given.text)
    if declined is not None:
        return f"{family.text} {declined}"  # 'Ло Чжаньхуэя' -> 'Ло Чжаньхуэй'
    if palladius_syllables(given.text) is None or palladius_syllables(normal[-1]) is not None:
        return None  # 'Цзиню' -> 'Цзинь' and 'Сяоцзюнем' -> 'Сяоцзюнь' stay with the normaliser
    return f"{family.text} {given.text}"


# a given name ending in '-й' after a vowel declines like 'Сергей': '-я', '-ю', '-ем'
FINAL_I_ENDINGS = ("ем", "я", "ю")


def _declined_final_i(word: str) -> str | None:
    for ending in FINAL_I_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem[-1] in "аэоуе":
            candidate = stem + "й"
            if palladius_syllables(candidate) is not None:
                return candidate
    return None


def _instrumental_name(ctx: Ctx, span: NerSpan) -> str:
    """'с генеральным директором центра по развитию бизнеса Иваном Петровым': a foreign name
    the tagger left in the instrumental after a far title (a dative 'по развитию' between
    misleads the case guess) is declined back when a title in the instrumental heads it."""
    tokens = ctx.tokens[span.first : span.last]
    printed = [t.text for t in tokens]
    last = printed[-1].lower()
    if span.normal.split() != printed or len(last) < 5 or not last.endswith(INS_ENDINGS):
        return span.normal
    if not any(p.tag.case == "ablt" for p in morph.parses(last)):
        return span.normal  # 'Артем', 'Салем': a nominative that merely ends so
    heads = ctx.lexicon.word_set("heads")
    sent = tokens[0].sent
    for k in range(span.first - 1, max(-1, span.first - 1 - INS_TITLE_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent or token.pos in ("VERB", "AUX", "PRON") or token.text in ".;:":
            return span.normal
        if ctx.lemmas[k] in heads and token.pos == "NOUN" and token.text.islower():
            if token.feat("Case") != "Ins":
                if _after_preposition(ctx, k):
                    continue  # 'советником при президенте Республики Корея Сон Ен Гилем'
                return span.normal
            return person_name(tokens, "Ins")
    return span.normal


def _after_preposition(ctx: Ctx, k: int) -> bool:
    for j in range(k - 1, max(-1, k - 4), -1):
        token = ctx.tokens[j]
        if token.pos == "ADP":
            return True
        if token.pos not in ("ADJ", "DET"):
            return False
    return False


def _titled_single(ctx: Ctx, span: NerSpan, words: list[str]) -> bool:
    """One foreign word after a job title ('губернатор аймака Ганзориг'): Mongolians and
    others go by one name, which no dictionary knows."""
    if len(words) != 1 or len(words[0]) < 4 or not words[0][:1].isupper():
        return False
    text = ctx.tokens[span.first].text
    if not words[0].isalpha():
        return False
    grammemes = morph.grammemes(text)
    if "Surn" in grammemes or (morph.known_word(text) and "Name" not in grammemes):
        return False  # a surname alone ('министр Петров') or a common word ('Губернатора')
    if _place_elsewhere(ctx, words[0]):
        return False  # 'губернатору Хэнаня' after 'провинции Хэнань': the title's region
    # a comma may stand between ('заместитель министра энергетики, Батбаяр')
    return title_before(ctx, span.first, ctx.lexicon.word_set("heads"), stops=".;:")


def _place_elsewhere(ctx: Ctx, word: str) -> bool:
    """The text names the word (in any case) as a place after a unit word ('провинции ...',
    'аймака ...')."""
    key = name_key(word)
    if len(key) < 4:
        return False
    units = ctx.lexicon.word_set("place_units")
    for k in range(len(ctx.tokens) - 1):
        if ctx.lemmas[k] in units and ctx.tokens[k].text.islower():
            other = name_key(ctx.tokens[k + 1].text)
            if (
                len(other) >= 4
                and other[:-1] == key[: len(other) - 1]
                and abs(len(key) - len(other)) <= 2
            ):
                return True
    return False


def _named_speaker(ctx: Ctx, span: NerSpan, words: list[str]) -> bool:
    """A surname alone as the speaker of a quote or report ('..., — отметила Галкина.',
    '— сказал министр Козлов', 'как сообщил Петров'): the press secretary or official quoted
    is a person even when the text never gives a first name."""
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].isalpha():
        return False
    if "Surn" not in morph.grammemes(ctx.tokens[span.first].text):
        return False
    speech = ctx.lexicon.word_set("speech_verbs")
    sent = ctx.tokens[span.first].sent
    verb = span.first - 1
    # a title between the verb and the name: lower-case words of the same sentence
    while (
        verb > 0
        and span.first - verb <= TITLE_REACH
        and ctx.tokens[verb].sent == sent
        and ctx.lemmas[verb] not in speech
        and ctx.tokens[verb].text.isalpha()
        and ctx.tokens[verb].text.islower()
    ):
        verb -= 1
    if verb < 1 or ctx.lemmas[verb] not in speech:
        return False
    before = ctx.tokens[verb - 1]
    return before.text in DASHES or (before.text.lower() == "как" and before.sent == sent)


def _initials_name(words: list[str]) -> bool:
    """One surname and one or two capital initials ('Д Ивахненко', 'Смирнов Р А'); an
    initial before a foreign name of several short words ('Н Ван Тхань', 'Т Ким Ань')."""
    initials = [w for w in words if len(w) == 1 and w.isupper()]
    names = [w for w in words if len(w) >= 3 and w[:1].isupper() and w[1:].islower()]
    if len(names) == 1 and 1 <= len(initials) <= 2 and len(words) == len(names) + len(initials):
        return True
    rest = words[1:]
    return (
        len(words[0]) == 1
        and words[0].isupper()
        and 2 <= len(rest) <= FOREIGN_NAME_WORDS
        and len(rest[-1]) >= 3
        and all(len(w) >= 2 and w[:1].isupper() and w[1:].islower() for w in rest)
    )


# how many words a name printed after one initial may have ('Н. Ван Тхань Лонг')
FOREIGN_NAME_WORDS = 3


def _initials_display(span: NerSpan) -> str:
    """The span's nominative with every initial followed by a full stop."""
    parts = span.normal.replace(".", ". ").split()
    out = [p if len(p.rstrip(".")) > 1 else p.rstrip(".") + "." for p in parts]
    text = " ".join(out)
    return re.sub(r"\b([А-ЯЁA-Z])\. (?=[А-ЯЁA-Z]\.)", r"\1.", text)


PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")


def _first_name(word: str) -> bool:
    return "Name" in morph.grammemes(word)


def _surname_first(ctx: Ctx, span: NerSpan, name: str) -> str:
    """'Петров Иван Сергеевич' and 'Петровым Иваном Сергеевичем' (the surname left out of the
    span) are 'Иван Петров'."""
    parts = name.split()
    if len(parts) == 3 and _patronymic(parts[2]) and _first_name(parts[1]):
        surname = "Surn" in morph.grammemes(parts[0]) or not _first_name(parts[0])
        if surname and not _patronymic(parts[1]):
            return f"{parts[1]} {parts[0]}"
    if len(parts) != 2 or not _patronymic(parts[1]) or span.first == 0:
        return name
    before = ctx.tokens[span.first - 1]
    head = ctx.tokens[span.first]
    if (
        before.text[:1].isupper()
        and before.text.isalpha()
        and not before.text.isupper()
        and before.sent == head.sent
        and not ctx.is_sentence_start(span.first - 1)
        and before.feat("Case") == head.feat("Case")
        and ("Surn" in morph.grammemes(before.text) or not morph.known_word(before.text))
    ):
        return f"{parts[0]} {person_name([before])}"
    return name


def _patronymic(word: str) -> bool:
    bare = name_key(word)
    for ending in PATRONYMIC_ENDINGS:
        for case in ("", "а", "у", "ем", "ом", "е", "ой", "ы"):
            if bare.endswith(ending + case) and len(bare) > len(ending) + 2:
                tags = morph.grammemes(word)
                # 'Александром Пашкевичем', 'Дашкевич': a surname in -вич
                return not ("Surn" in tags and "Patr" not in tags)
    return False


CASE_ENDINGS = ("ой", "ою", "ей", "ом", "ем", "а", "я", "у", "ю", "е", "ы", "и", "о")


def _surname_stem(key: str) -> str:
    for ending in CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


def _same_surname(a: str, b: str) -> bool:
    # 'Моор' / 'Моора' when NER left a surname-only mention uninflected
    return len(a) >= 4 and len(b) >= 4 and a[:-1] == b[:-1] and abs(len(a) - len(b)) <= 2


def _find(people: list[Person], key: str, first: list[str]) -> Person | None:
    for person in people:
        if person.key != key:
            # 'Олег Дерипаской': a case form of a surname the dictionary does not decline
            same = first and person.first_names[:1] == (name_key(first[0]),)
            if not (same and _surname_stem(person.key) == _surname_stem(key)):
                continue
        if not first or not person.first_names:
            return person
        if name_key(first[0])[:1] == person.first_names[0][:1]:
            return person
    return None
