"""People: NER person spans merged per individual, with the job title before the name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from investdesk.core.palladius import chinese_given_name, chinese_surnames

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, noun_group_nominative, person_name
from .context import DASHES, Ctx
from .org_typed import glued_head

# How many words a job title may have before the name ('первый заместитель председателя
# комитета Государственной Думы по региональной политике и местному самоуправлению').
MAX_TITLE = 16
HONORIFICS = frozenset(
    {
        "господин",
        "госпожа",
        "г-н",
        "г-жа",
        "мистер",
        "товарищ",
        "превосходительство",
        "высочество",
        "величество",
    }
)
TITLE_LINKS = frozenset({"по", "в", "и", "при", "на", "-", "«", "»", '"', "(", ")"})
TITLE_STOP_LEMMAS = frozenset({"и", "а", "также", "вместе", "с", "со", "которые", "который"})


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


def _words(span: NerSpan, ctx: Ctx) -> list[str]:
    return [t.text for t in ctx.tokens[span.first : span.last] if any(c.isalpha() for c in t.text)]


# A quotation this long (in tokens) is speech; the people it names are people.
QUOTED_SPEECH = 10


def _plausible(span: NerSpan, ctx: Ctx) -> bool:
    words = _words(span, ctx)
    if not words:
        return False
    if _named_after(ctx, span.first):
        return False  # 'фонд имени шейха Заеда', 'улица Ивана Петрова': a namesake
    quoted = ctx.inside_quote(span.start, span.stop)
    if quoted is not None and quoted.length < QUOTED_SPEECH:
        return False  # «Иван Царевич»: a name in short quotes names a brand or a venue
    heads = ctx.lexicon.word_set("heads")
    if all(
        ctx.lemmas[k] in heads for k in range(span.first, span.last) if ctx.tokens[k].text in words
    ):
        return False  # 'Генеральный Консул' in capitals is a title, not a name
    if len(words) == 2 and ctx.lemmas[span.first] in heads and "Geox" in morph.grammemes(words[1]):
        return False  # 'Аким Павлодара': a title and a place, not a name
    if any(_acronym(w) for w in words) and not all(w.isupper() for w in words):
        return False  # 'Раиса РТ': a title and a region's acronym, not a name
    if len(words) >= 2 and name_key("".join(words)) in ctx.lexicon.place_word_keys:
        return False  # 'провинции Цзи Линь': a place's name split in syllables
    if len(words) == 1:
        word = words[0]
        if "Surn" not in morph.grammemes(word) and morph.known_word(word):
            # a capitalised common noun ('Губернатора') tagged as a name
            return bool({"Name", "Surn", "Patr"} & morph.grammemes(word))
    return True


def _named_after(ctx: Ctx, first: int) -> bool:
    k = first - 1
    if k >= 0 and (ctx.lemmas[k] in HONORIFICS or ctx.lemmas[k] in NAMESAKE_TITLES):
        k -= 1
    return k >= 0 and ctx.lemmas[k].rstrip(".") in NAMED_AFTER


# titles a namesake carries after 'имени' ('фонд имени шейха ...', 'имени академика ...')
NAMESAKE_TITLES = frozenset({"шейх", "академик", "профессор", "генерал", "маршал", "адмирал"})


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 4 and word.isupper()


def _after_org(ctx: Ctx, span: NerSpan, org_ranges: list[tuple[int, int]]) -> NerSpan | None:
    """'компании Картал Мехметом Йылмазом': a span that opens with an organisation's name
    keeps the words after it."""
    first = span.first
    while first < span.last and any(a <= ctx.tokens[first].start < b for a, b in org_ranges):
        first += 1
    if first == span.first:
        return span
    if first >= span.last:
        return None
    start = ctx.tokens[first].start
    words = span.normal.split(" ")[first - span.first :]
    if len(words) != span.last - first:
        words = ctx.text[start : span.stop].split()
    return NerSpan(
        span.type, start, span.stop, ctx.text[start : span.stop], first, span.last, " ".join(words)
    )


def _drop_honorific(ctx: Ctx, span: NerSpan) -> NerSpan | None:
    """'Его Превосходительством Султаном ...': NER may start a name with the form of address."""
    first = span.first
    while first < span.last and (
        ctx.lemmas[first] in HONORIFICS
        or (
            ctx.lower[first] in ("его", "ее", "её", "их")
            and first + 1 < span.last
            and ctx.lemmas[first + 1] in HONORIFICS
        )
    ):
        first += 1
    if (
        span.last - first >= 2
        and glued_head(ctx, first, ctx.lexicon.word_set("place_units"))
        and not _given_and_surname(ctx, first, span.last)
    ):
        first += 1  # 'губернатором аймака Сэлэнгэ Ганзоригом': the aimag's name, then his
    elif span.last - first >= 3 and _known_place(ctx, span, first):
        first += 1  # 'секретарём горкома Чанчуня Ван Цзюньчжэном': the city, then the name
    last = next((k for k in range(first, span.last) if ctx.tokens[k].text == "("), span.last)
    if first == span.first and last == span.last:
        return span
    if first >= last:
        return None
    # 'Паскуале Терраччано (Pasquale Terracciano)': the original spelling in brackets is
    # not part of the Russian name
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    words = span.normal.split(" ")[first - span.first : last - span.first]
    if len(words) != last - first:
        words = ctx.text[start:stop].split()
    return NerSpan(span.type, start, stop, ctx.text[start:stop], first, last, " ".join(words))


INSTRUMENTAL_END = ("ом", "ем", "ым", "им")


def _sub_span(ctx: Ctx, span: NerSpan, first: int, last: int) -> NerSpan:
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    normal = span.normal.split(" ")
    if len(normal) == span.last - span.first and span.first <= first:
        words = normal[first - span.first : last - span.first]
    else:
        words = [ctx.tokens[k].text for k in range(first, last)]
    return NerSpan(span.type, start, stop, ctx.text[start:stop], first, last, " ".join(words))


def _nominative_name(word: str) -> bool:
    """'Вадим', 'Максим': a first name whose nominative merely ends like an instrumental."""
    return any(
        "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in morph.parses(word.lower())
    )


def _split_glued(ctx: Ctx, span: NerSpan) -> list[NerSpan]:
    """'с губернатором Вахдеттином Озканом Минниханов заявил': a name in the instrumental and
    the next speaker's surname in the nominative are two people, not one; the guest's given
    name in the same case just before the span goes with him. Only the span's last word can
    be the glued surname ('Султаном Бин Саедом' is one name)."""
    j = span.last - 1
    if j <= span.first:
        return [span]
    before, word = ctx.tokens[j - 1].text, ctx.tokens[j].text
    if (
        len(word) < 5
        or not before.lower().endswith(INSTRUMENTAL_END)
        or _nominative_name(before)
        or not SURNAME_END.search(word)
        or INFLECTED_SURNAME_END.search(word)
    ):
        return [span]
    head = _sub_span(ctx, span, span.first, j)
    first = span.first
    previous = ctx.tokens[first - 1].text if first > 0 else ""
    if (
        previous[:1].isupper()
        and previous.isalpha()
        and previous.lower().endswith(before.lower()[-2:])
        and not morph.known_word(previous)
        and name_key(previous) not in ctx.lexicon.place_word_keys
    ):
        given = morph.person_part_nominative(previous, "Ins", None, last=False)
        start = ctx.tokens[first - 1].start
        head = NerSpan(
            span.type,
            start,
            head.stop,
            ctx.text[start : head.stop],
            first - 1,
            j,
            f"{given} {head.normal}",
        )
    return [head, _sub_span(ctx, span, j, span.last)]


def _known_place(ctx: Ctx, span: NerSpan, k: int) -> bool:
    """The span's word at ``k`` is a word of a place the lexicon knows, in any case."""
    keys = {name_key(ctx.tokens[k].text), name_key(ctx.lemmas[k])}
    normal = span.normal.split(" ")
    if len(normal) == span.last - span.first:
        keys.add(name_key(normal[k - span.first]))
    return bool(keys & ctx.lexicon.place_word_keys)


def _given_and_surname(ctx: Ctx, first: int, last: int) -> bool:
    """'заместитель акима области Мейирлан Раханов': an unknown word before a surname is the
    given name, not the region's name, unless the dictionary knows it as a place."""
    if last - first != 2:
        return False
    head, surname = morph.grammemes(ctx.tokens[first].text), ctx.tokens[last - 1].text
    if "Geox" in head or name_key(ctx.tokens[first].text) in ctx.lexicon.place_word_keys:
        return False
    return (
        "Name" in head
        or "Surn" in morph.grammemes(surname)
        or bool(SURNAME_END.search(surname) or INFLECTED_SURNAME_END.search(surname))
    )


# Russian and Central Asian surnames the dictionary may read as possessive adjectives
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая)$")
# the same in the oblique cases ('с главой области Шавкатджоном Абдуразаковым')
INFLECTED_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых)$|(?:ск|цк)(?:ого|ому|им|ом|ой|ую)$"
)


def collect_persons(ctx: Ctx, org_ranges: list[tuple[int, int]]) -> list[Person]:
    """Cluster PER spans: full names first, then surname-only and initial mentions."""
    spans = [_drop_honorific(ctx, s) for s in ctx.spans if s.type == "PER"]
    spans = [part for s in spans if s is not None for part in _split_glued(ctx, s)]
    spans = [s for s in spans if s is not None and _plausible(s, ctx)]
    spans += _chinese_names(ctx)
    spans += _dictionary_names(ctx)
    spans = [_after_org(ctx, s, org_ranges) for s in spans]
    spans = [
        s
        for s in spans
        if s is not None and not any(a <= s.start and s.stop <= b for a, b in org_ranges)
    ]
    people: list[Person] = []

    def reliability(span: NerSpan) -> tuple[int, int]:
        head = ctx.tokens[span.last - 1]
        return (len(_words(span, ctx)), morph.CASE_RELIABILITY.get(head.feat("Case") or "", 0))

    full = [s for s in spans if len(_words(s, ctx)) >= 2 and "." not in s.text]
    short = [s for s in spans if s not in full]
    for span in sorted(full, key=lambda s: (-len(_words(s, ctx)), s.start)):
        name = _surname_first(ctx, span, span.normal)
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
        if len(matches) == 1:
            matches[0].mentions.append(span)
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
    heads = ctx.lexicon.word_set("heads")
    sent = ctx.tokens[span.first].sent
    for k in range(span.first - 1, max(-1, span.first - 1 - TITLE_REACH), -1):
        token = ctx.tokens[k]
        if token.sent != sent or token.pos in ("VERB", "AUX", "PRON") or token.text in ".;:":
            return False
        if ctx.lemmas[k] in heads and token.pos == "NOUN":
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


# How far back a single name looks for its title ('заместитель министра энергетики и
# минеральных ресурсов Монголии Батбаяр').
TITLE_REACH = 10


def _initials_name(words: list[str]) -> bool:
    """One surname and one or two capital initials ('Д Ивахненко', 'Смирнов Р А')."""
    initials = [w for w in words if len(w) == 1 and w.isupper()]
    names = [w for w in words if len(w) >= 3 and w[:1].isupper() and w[1:].islower()]
    return len(names) == 1 and 1 <= len(initials) <= 2 and len(words) == len(names) + len(initials)


def _initials_display(span: NerSpan) -> str:
    """The span's nominative with every initial followed by a full stop."""
    parts = span.normal.replace(".", ". ").split()
    out = [p if len(p.rstrip(".")) > 1 else p.rstrip(".") + "." for p in parts]
    text = " ".join(out)
    return re.sub(r"\b([А-ЯЁA-Z])\. (?=[А-ЯЁA-Z]\.)", r"\1.", text)


def _chinese_names(ctx: Ctx) -> list[NerSpan]:
    """Chinese names the NER missed: a common family name and a one- or two-syllable given
    name in Palladius ('с Ван Цзиньлуном'), where a title, 'с' or ', <title>' frames them."""
    surnames = chinese_surnames()
    heads = ctx.lexicon.word_set("heads")
    inside = {i for s in ctx.spans for i in range(s.first, s.last)}
    found = []
    for i in range(len(ctx.tokens) - 1):
        family, given = ctx.tokens[i], ctx.tokens[i + 1]
        if i in inside or i + 1 in inside or family.text.lower() not in surnames:
            continue
        if not family.text[:1].isupper() or family.sent != given.sent:
            continue
        nominative = chinese_given_name(given.text)
        if nominative is None:
            continue
        before = ctx.lemmas[i - 1] if i > 0 else ""
        after = ctx.lemmas[i + 2 : i + 4]
        framed = before in heads or before in HONORIFICS or before in ("с", "со")
        framed = framed or (len(after) == 2 and after[0] in (",", "—") and after[1] in heads)
        if not framed:
            continue
        text = ctx.text[family.start : given.stop]
        found.append(
            NerSpan("PER", family.start, given.stop, text, i, i + 2, f"{family.text} {nominative}")
        )
    return found


NAMED_AFTER = frozenset(
    {"улица", "проспект", "площадь", "переулок", "бульвар", "набережная", "имя", "имени", "им"}
)


def _name_cases(word: str, grammeme: str) -> set[str]:
    """Cases in which the dictionary reads the word as a singular first name or surname."""
    return {
        parse.tag.case
        for parse in morph.parses(word.lower())
        if grammeme in parse.tag
        and parse.tag.number == "sing"
        and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
    }


def _dictionary_names(ctx: Ctx) -> list[NerSpan]:
    """A first name and a surname the dictionary knows, in one case, that the NER missed
    ('По приглашению Главы Республики Рамзана Кадырова')."""
    inside = {i for s in ctx.spans for i in range(s.first, s.last)}
    found = []
    for i in range(len(ctx.tokens) - 1):
        first, second = ctx.tokens[i], ctx.tokens[i + 1]
        if i in inside or i + 1 in inside or first.sent != second.sent:
            continue
        if not (first.text[:1].isupper() and second.text[:1].isupper()):
            continue
        if not (first.text[1:].islower() and second.text[1:].islower()):
            continue
        if i > 0 and ctx.lemmas[i - 1].rstrip(".") in NAMED_AFTER:
            continue  # 'улица Льва Толстого', 'университет имени ...': a name of a place
        cases = _name_cases(first.text, "Name") & _name_cases(second.text, "Surn")
        if not cases:
            continue
        case = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "ablt": "Ins", "accs": "Acc"}
        tokens = [first, second]
        if len(cases) == 1 and next(iter(cases)) in case:
            wanted = case[next(iter(cases))]
            tokens = [replace(t, feats=_with_case(t.feats, wanted)) for t in tokens]
        name = person_name(tokens)
        text = ctx.text[first.start : second.stop]
        found.append(NerSpan("PER", first.start, second.stop, text, i, i + 2, name))
    return found


def _with_case(feats: tuple[tuple[str, str], ...], case: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({**dict(feats), "Case": case}.items()))


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
                return True
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


# --------------------------------------------------------------------------- titles


def _title_before(ctx: Ctx, span: NerSpan) -> tuple[int, int] | None:
    heads = ctx.lexicon.word_set("heads")
    start = span.first
    i = span.first - 1
    best = None
    steps = 0
    sent = ctx.tokens[span.first].sent
    while i >= 0 and steps < MAX_TITLE:
        token = ctx.tokens[i]
        lemma = ctx.lemmas[i]
        if token.sent != sent or token.text in (",", ".", ";", ":", "!", "?", "—", "–"):
            break
        if lemma in TITLE_STOP_LEMMAS or token.pos in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        if any(s.type == "PER" and s.first <= i < s.last <= span.first for s in ctx.spans):
            break  # another person (a span cut from this one, 'Сэлэнгэ', is not)
        if lemma in HONORIFICS:
            start = i
        elif lemma in heads and token.pos in ("NOUN", "ADJ", "PROPN", "X", "DET"):
            best = i
        elif token.pos == "ADP" and lemma not in TITLE_LINKS:
            break
        i -= 1
        steps += 1
    if best is None:
        return None
    # a title needs a noun head ('генеральный' alone is not a title)
    if not any(
        ctx.lemmas[j] in heads and ctx.tokens[j].pos in ("NOUN", "PROPN", "X")
        for j in range(best, start)
    ):
        return None
    end = start
    while end > best and ctx.lemmas[end - 1] in HONORIFICS:
        end -= 1
    return best, end


def _title_after(ctx: Ctx, span: NerSpan) -> tuple[int, int] | None:
    i = span.last
    if i >= len(ctx.tokens) or ctx.tokens[i].text not in {",", *DASHES}:
        return None
    heads = ctx.lexicon.word_set("heads")
    j = i + 1
    if j >= len(ctx.tokens) or ctx.lemmas[j] not in heads:
        return None
    end = j
    while end < len(ctx.tokens) and ctx.tokens[end].sent == ctx.tokens[j].sent:
        token = ctx.tokens[end]
        if token.text in (",", ".", ";", ":") or token.pos in ("VERB", "AUX"):
            break
        if any(s.type == "PER" and s.first == end for s in ctx.spans):
            break
        end += 1
    return (j, end) if end > j else None


def assign_titles(ctx: Ctx, people: list[Person], orgs: list) -> None:
    for person in people:
        for span in person.mentions:
            rng = _title_before(ctx, span) or _title_after(ctx, span)
            if rng is None:
                continue
            person.title_range = rng
            person.position, person.organization = _title_text(ctx, rng, orgs)
            break


def _title_text(ctx: Ctx, rng: tuple[int, int], orgs: list) -> tuple[str, str | None]:
    first, last = rng
    organization = None
    start_char = ctx.tokens[first].start
    end_char = ctx.tokens[last - 1].stop
    for org in orgs:
        for a, b in org.ranges:
            if start_char <= a and b <= end_char + 1 and b >= end_char - 1:
                organization = org.name
                last = ctx.token_index(a)
                # drop an org-type word or legal form left before the name
                while last > first and ctx.tokens[last - 1].text in ("«", '"'):
                    last -= 1
                break
            if start_char <= a < b <= end_char and organization is None:
                organization = org.name
        if organization and last < rng[1]:
            break
    legal = ctx.lexicon.word_set("legal_forms")
    while last > first and (
        ctx.tokens[last - 1].text in (",", "-", "–", "—", "(", "«", '"')
        or (organization and ctx.lower[last - 1] in legal)
    ):
        last -= 1
    tokens = ctx.tokens[first:last]
    if not tokens:
        return "", organization
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    title = noun_group_nominative(tokens, text, tokens[0].start)
    title = " ".join(title.split())
    if title[:1].isupper() and not title.split()[0].isupper():
        title = title[:1].lower() + title[1:]
    if organization is None:
        organization = _government_of(ctx, first, last)
    return title, organization


def _government_of(ctx: Ctx, first: int, last: int) -> str | None:
    """'заместитель губернатора Югры' works for the regional government."""
    government = ctx.lexicon.word_set("government_heads")
    if not any(ctx.lemmas[i] in government for i in range(first, last)):
        return None
    for span in ctx.spans:
        if span.type == "LOC" and first <= span.first and span.last <= last:
            region = ctx.lexicon.region_index.get(name_key(span.normal))
            if region is not None:
                return "Правительство " + morph.genitive_phrase(region.name)
    return None
