"""Person spans: the tagger's PER spans cleaned (honorifics, places, glued names, namesakes)
and the names it missed (Chinese names, first name and surname pairs the dictionary knows)."""

from __future__ import annotations

import re
from dataclasses import replace

from investdesk.core.palladius import chinese_given_name, chinese_surnames, palladius_syllables

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, person_name
from .context import WIRE_DATELINE, WIRE_DATELINE_CHARS, Ctx
from .org_unquoted import glued_head

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


def span_words(span: NerSpan, ctx: Ctx) -> list[str]:
    return [t.text for t in ctx.tokens[span.first : span.last] if any(c.isalpha() for c in t.text)]


# A quotation this long (in tokens) is speech; the people it names are people.
QUOTED_SPEECH = 10


def plausible(span: NerSpan, ctx: Ctx) -> bool:
    words = span_words(span, ctx)
    if not words:
        return False
    if _named_after(ctx, span.first):
        return False  # 'фонд имени шейха Заеда', 'улица Ивана Петрова': a namesake
    if _wire_byline(ctx, span):
        return False  # 'ГОРОД, 4 мар - Агентство, Имя Фамилия.': the reporter, not a party
    quoted = ctx.inside_quote(span.start, span.stop)
    if quoted is not None and quoted.length < QUOTED_SPEECH:
        return False  # «Иван Царевич»: a name in short quotes names a brand or a venue
    heads = ctx.lexicon.word_set("heads")
    if all(
        ctx.lemmas[k] in heads for k in range(span.first, span.last) if ctx.tokens[k].text in words
    ):
        return False  # 'Генеральный Консул' in capitals is a title, not a name
    if (
        len(words) == 2
        and _title_word(ctx, span.first, heads)
        and "Geox" in morph.grammemes(words[1])
    ):
        # 'Аким Павлодара'; 'Раиса республики', whose title reads as a woman's name too
        return False  # a title and a place, not a name
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


def _wire_byline(ctx: Ctx, span: NerSpan) -> bool:
    """A name closing a wire dateline printed as a sentence of its own."""
    sent = ctx.sents[ctx.tokens[span.first].sent]
    if len(sent.text) > WIRE_DATELINE_CHARS or not WIRE_DATELINE.match(sent.text):
        return False
    return span.first > 0 and ctx.tokens[span.first - 1].text == ","


def _title_word(ctx: Ctx, k: int, heads: frozenset[str]) -> bool:
    if ctx.lemmas[k] in heads:
        return True
    return any(p.normal_form in heads for p in morph.parses(ctx.tokens[k].text.lower()))


def _named_after(ctx: Ctx, first: int) -> bool:
    k = first - 1
    if k >= 0 and (ctx.lemmas[k] in HONORIFICS or ctx.lemmas[k] in NAMESAKE_TITLES):
        k -= 1
    return k >= 0 and ctx.lemmas[k].rstrip(".") in NAMED_AFTER


# titles a namesake carries after 'имени' ('фонд имени шейха ...', 'имени академика ...')
NAMESAKE_TITLES = frozenset({"шейх", "академик", "профессор", "генерал", "маршал", "адмирал"})


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 4 and word.isupper()


def after_org(ctx: Ctx, span: NerSpan, org_ranges: list[tuple[int, int]]) -> NerSpan | None:
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


NAME_PARTICLES = frozenset({"бин", "ибн", "бен", "бинт"})


def drop_honorific(ctx: Ctx, span: NerSpan) -> NerSpan | None:
    """'Его Превосходительством Султаном ...': NER may start a name with the form of address."""
    first = span.first
    heads = ctx.lexicon.word_set("heads")
    while first < span.last and (
        ctx.lemmas[first] in HONORIFICS
        # 'во главе с Хокимом Улугбеком Косимовым': a capitalised title before a full name
        or (
            ctx.lemmas[first] in heads
            and span.last - first >= 3
            # 'Султаном Бин Саедом Аль Мансури': before 'бин' the word is the given name
            and ctx.lower[first + 1] not in NAME_PARTICLES
        )
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
        and not _unit_named_before(ctx, first)
    ):
        first += 1  # 'губернатором аймака Сэлэнгэ Ганзоригом': the aimag's name, then his
    elif span.last - first >= 3 and (
        _known_place(ctx, span, first) or _before_chinese_name(ctx, first, span.last)
    ):
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


def _unit_named_before(ctx: Ctx, first: int) -> bool:
    """'губернатор Вайоцдзорской области Арарат Григорян': the unit already has its name in the
    adjective before it, so the word after it starts the person's name."""
    k = first - 2
    return k >= 0 and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].text[:1].isupper()


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


def split_glued(ctx: Ctx, span: NerSpan) -> list[NerSpan]:
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
        or INDECLINABLE_SURNAME_END.search(word)  # 'с Александром Лукашенко' is one name
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


def _before_chinese_name(ctx: Ctx, first: int, last: int) -> bool:
    """'секретарь горкома Мудань Ли Вэй': a word that is neither a first name nor a Palladius
    syllable before a Chinese family name and given name is the city the title governs."""
    if last - first != 3:
        return False
    word, family, given = (ctx.tokens[k].text for k in range(first, last))
    return (
        family.lower() in chinese_surnames()
        and chinese_given_name(given) is not None
        and word.lower() not in chinese_surnames()
        and chinese_given_name(word) is None
        and "Name" not in morph.grammemes(word)
    )


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


# Russian and Central Asian surnames the dictionary may read as possessive adjectives, and
# the Armenian, Georgian, Ukrainian and Azerbaijani endings that never decline
SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|[^аеиоуыэюя]ян|янц|швили|дзе|енко|заде)$"
)
INDECLINABLE_SURNAME_END = re.compile(r"(?:[^аеиоуыэюя]ян|янц|швили|дзе|енко|заде)$")
# the same in the oblique cases ('с главой области Шавкатджоном Абдуразаковым')
INFLECTED_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых)$|(?:ск|цк)(?:ого|ому|им|ом|ой|ую)$"
)


def chinese_names(ctx: Ctx) -> list[NerSpan]:
    """Chinese names the NER missed: a common family name and a one- or two-syllable given
    name in Palladius ('с Ван Цзиньлуном'), where a title, 'с' or ', <title>' frames them."""
    surnames = chinese_surnames()
    heads = ctx.lexicon.word_set("heads")
    speech = ctx.lexicon.word_set("speech_verbs")
    # the tagger may read the two words as an organisation ('Чжан ВЭЙ' with the given name in
    # capitals): a span of exactly the name does not hide it
    inside = {
        i
        for s in ctx.spans
        if s.type == "PER" or s.last - s.first != 2
        for i in range(s.first, s.last)
    }
    found = []
    for i in range(len(ctx.tokens) - 1):
        family, given = ctx.tokens[i], ctx.tokens[i + 1]
        if i in inside or i + 1 in inside or not family.text[:1].isupper():
            continue
        if family.sent != given.sent or not _chinese_family(family.text, surnames):
            continue
        printed = given.text.capitalize() if given.text.isupper() else given.text
        nominative = chinese_given_name(printed)
        if nominative is None:
            continue
        before = ctx.lemmas[i - 1] if i > 0 else ""
        after = ctx.lemmas[i + 2 : i + 4]
        framed = before in heads or before in HONORIFICS or before in ("с", "со")
        framed = framed or (len(after) == 2 and after[0] in (",", "—") and after[1] in heads)
        # 'Ван Вэй сообщил': the speaker of a report
        framed = framed or (len(after) >= 1 and after[0] in speech)
        if not framed:
            continue
        text = ctx.text[family.start : given.stop]
        found.append(
            NerSpan("PER", family.start, given.stop, text, i, i + 2, f"{family.text} {nominative}")
        )
    return found


def _chinese_family(word: str, surnames: frozenset[str]) -> bool:
    """A common family name, or any one Palladius syllable no dictionary knows ('Цюй'):
    the list of family names is never complete."""
    if word.lower() in surnames:
        return True
    syllables = palladius_syllables(word)
    return syllables is not None and len(syllables) == 1 and not morph.known_word(word)


# words after which a name is a namesake or a dedicatee: streets, 'имени', monuments
NAMED_AFTER = frozenset(
    {
        "улица",
        "проспект",
        "площадь",
        "переулок",
        "бульвар",
        "набережная",
        "имя",
        "имени",
        "им",
        "памятник",
        "монумент",
        "бюст",
    }
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


def dictionary_names(ctx: Ctx) -> list[NerSpan]:
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
        if (
            not cases
            and SURNAME_END.search(second.text)
            and any(
                "Surn" in p.tag and p.tag.case == "nomn" for p in morph.parses(second.text.lower())
            )
            and first.feat("Case") in (None, "Nom")
        ):
            # 'Председатель Правительства РСО – Алания Борис Джанаев': a surname the dictionary
            # does not know, printed with a nominative ending after a nominative given name
            cases = _name_cases(first.text, "Name") & {"nomn"}
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


def names_off_orgs(ctx: Ctx) -> None:
    """'Председатель Правительства РСО – Алания Борис Джанаев': the tagger ran the body's name
    on into the official's name after it; a nominative given name and a surname at the end of
    an organisation span are a person."""
    spans = []
    for span in ctx.spans:
        if span.type != "ORG" or span.last - span.first < 3:
            spans.append(span)
            continue
        given, surname = ctx.tokens[span.last - 2], ctx.tokens[span.last - 1]
        words = (given.text, surname.text)
        if not (
            all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and "nomn" in _name_cases(given.text, "Name")
            and (
                "nomn" in _name_cases(surname.text, "Surn")
                or (
                    SURNAME_END.search(surname.text)
                    and any(
                        "Surn" in p.tag and p.tag.case == "nomn"
                        for p in morph.parses(surname.text.lower())
                    )
                )
            )
        ):
            spans.append(span)
            continue
        head_stop = ctx.tokens[span.last - 3].stop
        spans.append(
            NerSpan(
                "ORG",
                span.start,
                head_stop,
                ctx.text[span.start : head_stop],
                span.first,
                span.last - 2,
                ctx.text[span.start : head_stop],
            )
        )
        spans.append(
            NerSpan(
                "PER",
                given.start,
                surname.stop,
                ctx.text[given.start : surname.stop],
                span.last - 2,
                span.last,
                f"{given.text} {surname.text}",
            )
        )
    ctx.spans[:] = [_company_read_as_person(ctx, span) for span in spans]


# 'с компанией Цзиньчжоу Тяньли': a company word right before a name no dictionary reads as a
# given name names the company, whatever the tagger thought


def _company_read_as_person(ctx: Ctx, span: NerSpan) -> NerSpan:
    k = span.first - 1
    if (
        span.type != "PER"
        or k < 0
        or ctx.lemmas[k] not in ctx.lexicon.word_set("latin_company_intro")
        or not ctx.tokens[k].text.islower()
        or span.last - span.first > 3
    ):
        return span
    roles = ctx.lexicon.word_set("heads") | ctx.lexicon.word_set("unnamed_roles")
    head = k - 1
    while head > 0 and ctx.tokens[head].pos == "ADJ":
        head -= 1  # 'председателем правления китайской транспортной компании Чу Суанем'
    if any(ctx.lemmas[i] in roles for i in range(max(0, head - 2), k)):
        return span  # 'директор компании Иван Петров': the company's officer
    if any(_name_cases(ctx.tokens[j].text, "Name") for j in range(span.first, span.last)):
        return span  # a given name: a person after all
    return NerSpan("ORG", span.start, span.stop, span.text, span.first, span.last, span.normal)


def _with_case(feats: tuple[tuple[str, str], ...], case: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({**dict(feats), "Case": case}.items()))


# How far back a name looks for the title it follows ('хоким ... области ... республики').
TITLE_REACH = 10


# words for a state that a title names its holder by ('премьер-министр Республики')
STATE_WORDS = frozenset({"республика", "королевство", "княжество", "эмират", "султанат"})


# case endings a given name and a surname share ('Арифом Мухаммадом Ханом')
SHARED_CASE_ENDINGS = ("ом", "ем", "ым", "им")


def given_name_read_as_place(ctx: Ctx, span: NerSpan) -> NerSpan:
    """'с губернатором ..., Арифом Мухаммадом Ханом': a one-word place right before a name,
    in the same instrumental ending, that no place list knows, is the name's first word."""
    k = span.first - 1
    if k < 0 or span.last - span.first < 2:
        return span
    place = next(
        (s for s in ctx.spans if s.type == "LOC" and s.first == k and s.last == k + 1), None
    )
    if place is None:
        return span
    word, head = ctx.tokens[k].text, ctx.tokens[span.first].text
    ending = next((e for e in SHARED_CASE_ENDINGS if head.endswith(e)), None)
    if (
        ending is None
        or not word.endswith(ending)
        or not (word[:1].isupper() and word[1:].islower())
        or name_key(word) in ctx.lexicon.place_word_keys
        or name_key(place.normal) in ctx.lexicon.place_word_keys
    ):
        return span
    tokens = ctx.tokens[k : span.last]
    return replace(
        span,
        first=k,
        start=ctx.tokens[k].start,
        text=ctx.text[ctx.tokens[k].start : span.stop],
        normal=person_name(tokens, "Ins"),
    )


def place_tagged_names(ctx: Ctx) -> list[NerSpan]:
    """A given name and a surname the NER read as a place ('хоким области Ботир Каримов'): two
    capitalised nouns, the last with a surname's ending, that no place list knows, after a job
    title in the same clause. Central Asian given names are unknown to the dictionary, and
    the title's region just before them draws the tagger to a place."""
    heads = ctx.lexicon.word_set("heads")
    units = ctx.lexicon.word_set("place_units") | STATE_WORDS
    found = []
    for span in ctx.spans:
        if span.type == "PER":
            continue
        if span.last - span.first == 3 and ctx.lemmas[span.first] in units:
            # 'премьер-министром Республики Имяханом Фамилиевым': the title's unit word, then
            # the name, read as one place
            span = replace(
                span,
                first=span.first + 1,
                start=ctx.tokens[span.first + 1].start,
                text=ctx.text[ctx.tokens[span.first + 1].start : span.stop],
            )
        if (
            span.last - span.first >= 3
            and INDECLINABLE_SURNAME_END.search(ctx.tokens[span.last - 1].text)
            and title_before(ctx, span.first, heads)
        ):
            # 'консул в Энске Агаси Арутюнян' read as one place: the town, then the name
            span = replace(
                span,
                first=span.last - 2,
                start=ctx.tokens[span.last - 2].start,
                text=ctx.text[ctx.tokens[span.last - 2].start : span.stop],
            )
        if span.last - span.first == 1 and _titled_foreign_word(ctx, span, heads):
            found.append(replace(span, type="PER", normal=span.text))
            continue
        if span.last - span.first != 2:
            continue
        first, second = ctx.tokens[span.first], ctx.tokens[span.last - 1]
        words = (first.text, second.text)
        if not all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words):
            continue
        if first.pos == "ADJ" or {"Geox", "ADJF"} & morph.grammemes(first.text):
            continue  # 'Сейшельские Острова': a place whose last word ends like a surname
        grammemes = morph.grammemes(second.text)
        given = "Name" in morph.grammemes(first.text)
        if morph.known_word(second.text) and "Surn" not in grammemes and not given:
            continue  # a common noun ('Островов'), not a surname; after a given name a word
            # read as a possessive adjective ('Ивановым') is the surname
        if not SURNAME_END.search(second.text) and not INFLECTED_SURNAME_END.search(second.text):
            continue
        if any(name_key(w) in ctx.lexicon.place_word_keys for w in words):
            continue
        if title_before(ctx, span.first, heads):
            found.append(replace(span, type="PER", normal=person_name([first, second])))
    return found


def _titled_foreign_word(ctx: Ctx, span: NerSpan, heads: frozenset[str]) -> bool:
    """'Губернатор Ахмадзаде заявил': one foreign word right after a title, read as a place.
    A place after a title stands in the genitive ('губернатор Хубэя', 'мэр Кашгара'), which
    ends in a vowel; a word that ends in a consonant and that neither the dictionary nor the
    place lists know is the holder's name."""
    token = ctx.tokens[span.first]
    word = token.text
    if span.first == 0 or len(word) < 4 or not word.isalpha() or not word[:1].isupper():
        return False
    if word[1:] != word[1:].lower() or word[-1].lower() in VOWELS_AND_SOFT:
        return False
    if ctx.lemmas[span.first - 1] not in heads or morph.known_word(word):
        return False
    return name_key(word) not in ctx.lexicon.place_word_keys


VOWELS_AND_SOFT = frozenset("аеёиоуыэюяьй")


def title_before(
    ctx: Ctx, index: int, heads: frozenset[str], stops: str = ".;:,", reach: int = TITLE_REACH
) -> bool:
    """Whether a job title stands before the token at ``index`` in its clause, with no verb,
    pronoun or stop mark between."""
    sent = ctx.tokens[index].sent
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        token = ctx.tokens[k]
        if token.sent != sent or token.pos in ("VERB", "AUX", "PRON") or token.text in stops:
            return False
        if ctx.lemmas[k] in heads and token.pos == "NOUN":
            return True
    return False


CAPITALS_SURNAME = re.compile(r"^[А-ЯЁ]{4,}$")


CYRILLIC_VOWELS = frozenset("АЕЁИОУЫЭЮЯ")


def capitals_surnames(ctx: Ctx) -> list[NerSpan]:
    """'представитель компании «...» Кэндзи ТАНАКА': a given name and a surname printed in
    capitals after a job title, which the tagger does not read as a name. A word in capitals
    with no vowel, or one the place lists know, is an abbreviation ('Губернатор НАО')."""
    heads = ctx.lexicon.word_set("heads")
    taken = {k for s in ctx.spans if s.type == "PER" for k in range(s.first, s.last)}
    found = []
    for k in range(1, len(ctx.tokens) - 1):
        given, surname = ctx.tokens[k], ctx.tokens[k + 1]
        if k in taken or k + 1 in taken or not CAPITALS_SURNAME.match(surname.text):
            continue
        if not CYRILLIC_VOWELS.intersection(surname.text):
            continue
        text = given.text
        if len(text) < 3 or not text[:1].isupper() or not text[1:].islower() or not text.isalpha():
            continue
        if morph.known_word(text) and "Name" not in morph.grammemes(text):
            continue  # 'Губернатор НАО', 'Компания ЭНКОМ'
        words = (text, surname.text.capitalize())
        if any(name_key(w) in ctx.lexicon.place_word_keys for w in words):
            continue
        if not title_before(ctx, k, heads):
            continue
        start, stop = given.start, surname.stop
        found.append(NerSpan("PER", start, stop, ctx.text[start:stop], k, k + 2, " ".join(words)))
    return found
