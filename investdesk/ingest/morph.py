"""Tag-aware lemmas and nominative forms for the tokens natasha tagged.

Built on the project's one lemmatiser, ``investdesk.core.lemmas`` (pymorphy3, cached).
"""

from __future__ import annotations

import re
from functools import lru_cache

from investdesk.core.lemmas import analyzer, parses

__all__ = ["analyzer", "parses"]

# Universal Dependencies tags (natasha) -> OpenCorpora grammemes (pymorphy3).
_UD_CASE = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
    "Par": "gent",
    "Voc": "nomn",
}
_UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_UD_NUMBER = {"Sing": "sing", "Plur": "plur"}
_UD_POS = {
    "NOUN": {"NOUN"},
    "PROPN": {"NOUN"},
    "ADJ": {"ADJF", "PRTF", "NUMR"},
    "DET": {"ADJF", "NPRO"},
    "NUM": {"NUMR", "ADJF"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"},
    "ADV": {"ADVB", "COMP", "PRED"},
    "PRON": {"NPRO"},
}


def _matches(parse, pos: str, case: str | None, number: str | None) -> bool:
    tag = parse.tag
    wanted = _UD_POS.get(pos)
    if wanted and tag.POS not in wanted:
        return False
    wanted_case = _UD_CASE.get(case) if case else None
    # pymorphy's second locative/genitive ('в лесу', 'чаю') count as the plain cases
    if (
        wanted_case
        and tag.case
        and wanted_case != tag.case
        and not (tag.case in ("loc2", "gen2") and wanted_case in ("loct", "gent"))
    ):
        return False
    return not (number and tag.number and _UD_NUMBER.get(number) != tag.number)


def best_parse(word: str, pos: str, feats_key: tuple[tuple[str, str], ...]):
    """The pymorphy3 parse that agrees best with natasha's tag (gender breaks ties:
    'парке' is 'парк', not 'парка')."""
    feats = dict(feats_key)
    options = parses(word.lower())
    case, number = feats.get("Case"), feats.get("Number")
    gender = _UD_GENDER.get(feats.get("Gender", ""))
    matching = [p for p in options if _matches(p, pos, case, number)]
    if gender and number != "Plur":
        for parse in matching:
            if parse.tag.gender in (gender, None) or "ms-f" in parse.tag:
                return parse
    if matching and number == "Plur":
        # 'в индустриальных парках', 'в банках': the plural of 'парк' and 'парка' (a coat),
        # of 'банк' and 'банка' (a jar) is the same word; the masculine is the one news means
        forms = {p.normal_form for p in matching}
        for parse in matching:
            if parse.normal_form + "а" in forms:
                return parse
    if matching:
        return matching[0]
    for parse in options:
        if _matches(parse, pos, None, None):
            return parse
    return options[0] if options else None


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str, feats_key: tuple[tuple[str, str], ...]) -> str:
    """The dictionary form that agrees with natasha's tag (yo folded to ye)."""
    lowered = word.lower().replace("ё", "е")
    if not any("а" <= ch <= "я" for ch in lowered):
        return lowered
    parse = best_parse(lowered, pos, feats_key)
    if parse is None:
        return lowered
    return parse.normal_form.replace("ё", "е")


def known_word(word: str) -> bool:
    """True when pymorphy3 has the word in its dictionary (not a guess)."""
    for parse in parses(word.lower()):
        if type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer":
            return True
    return False


def grammemes(word: str) -> set[str]:
    """Union of grammemes of the dictionary parses (e.g. 'Name', 'Surn', 'Geox')."""
    result: set[str] = set()
    for parse in parses(word.lower()):
        if type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer":
            result |= set(parse.tag.grammemes)
    return result


def name_gender(word: str) -> str | None:
    """Gender of a first name ('masc'/'femn') when pymorphy3 knows it as a name."""
    for parse in parses(word.lower()):
        # a plural guess ('Доржжанцангийн' as a genitive plural) says nothing of one person
        if "Name" in parse.tag and parse.score > 0.05 and parse.tag.number != "plur":
            return parse.tag.gender
    return None


def recover_shape(new: str, original: str) -> str:
    """Copy the letter case of ``original`` onto ``new`` letter by letter.

    Inflection keeps the stem, so 'СИБУРа' -> 'СИБУР' and 'ХМАО-Югры' -> 'ХМАО-Югра';
    pymorphy's 'ё' is dropped when the original was written with 'е'.
    """
    if original.isupper() and len(original) > 1:
        result = new.upper()
    else:
        result = "".join(
            ch.upper() if i < len(original) and original[i].isupper() else ch
            for i, ch in enumerate(new)
        )
    if "ё" not in original.lower():
        result = result.replace("ё", "е").replace("Ё", "Е")
    return result


@lru_cache(maxsize=100_000)
def to_nominative(
    word: str,
    pos: str,
    feats_key: tuple[tuple[str, str], ...],
    gender: str | None = None,
) -> str:
    """Inflect one word of a noun group to the nominative, keeping its number.

    ``gender`` forces adjective agreement with the head noun.
    """
    feats = dict(feats_key)
    if feats.get("Case") == "Nom" or not any(ch.isalpha() for ch in word):
        return word
    parse = best_parse(word, pos, feats_key)
    if parse is None or "Fixd" in parse.tag:
        head, _, tail = word.rpartition("-")
        if pos == "ADJ" and head.endswith(("о", "е")) and tail[:1].isalpha():
            # 'Тунисско-Российской': a compound adjective declines in its last part only
            return f"{head}-{to_nominative(tail, pos, feats_key, gender)}"
        return word
    wanted = {"nomn"}
    number = parse.tag.number
    if number:
        wanted.add(number)
    if gender and number != "plur" and parse.tag.POS in ("ADJF", "PRTF"):
        wanted.add(gender)
    inflected = parse.inflect(wanted)
    if inflected is None:
        return word
    return recover_shape(inflected.word, word)


_CONSONANT_END = re.compile(r"([бвгджзклмнпрстфхцчшщ])(а|у|е)$")
# the cases in which a man's name on a hard consonant ends in '-е' ('Трампе', 'о Трампе')
_E_CASES = ("Dat", "Loc")
_MASC_SURNAME = [
    (re.compile(r"(ск|цк)(ого|ому|им|ом)$"), r"\1ий"),
    (re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е)$"), r"\1"),
    (re.compile(r"([жшчщц])ем$"), r"\1"),
    (re.compile(r"([бвгдзклмнпрстфхй])ем$"), r"\1ь"),
    (re.compile(r"([еиоуэюя])ем$"), r"\1й"),  # 'Ханьхуэем' -> 'Ханьхуэй', as 'Алексеем'
    (re.compile(r"ом$"), ""),
    (re.compile(r"([бвгдзклмнпрстфх])(ю|я)$"), r"\1ь"),
    (_CONSONANT_END, r"\1"),
]
_FEM_SURNAME = [
    (re.compile(r"(ов|ев|ёв|ин|ын)(ой|у)$"), r"\1а"),
    (re.compile(r"(ск|цк)(ой|ую)$"), r"\1ая"),
]
# How much a case tells about the nominative of an unknown surname: the instrumental
# and dative endings distinguish soft stems (-ем/-ю), the genitive does not.
CASE_RELIABILITY = {"Nom": 3, "Ins": 2, "Dat": 2, "Gen": 1, "Acc": 1, "Loc": 1}


# endings only a man's name takes in these cases (a woman's dative ends in '-е'/'-и', her
# instrumental in '-ой'/'-ей'/'-ью')
_MASC_ONLY_ENDINGS = {"Dat": ("у", "ю"), "Ins": ("ом", "ем", "ым", "им")}


def lowered_end_is_masculine(word: str, case: str | None) -> bool:
    """The word ends as only a man's name does in ``case``."""
    endings = _MASC_ONLY_ENDINGS.get(case or "")
    return endings is not None and word.lower().endswith(endings)


@lru_cache(maxsize=100_000)
def person_part_nominative(word: str, case: str | None, gender: str | None, last: bool) -> str:
    """Nominative of one part of a person's name (first name, patronymic, surname)."""
    if case in (None, "Nom") or len(word) < 3 or "." in word:
        return word
    if gender == "femn" and lowered_end_is_masculine(word, case):
        gender = "masc"  # 'Ли Цзюню': no woman's name ends so in this case; the guess erred
    parts = word.split("-")
    if len(parts) == 2 and all(len(p) >= 4 and p.isalpha() and p[:1].isupper() for p in parts):
        # 'Кузнецова-Муромского': each half of a double surname declines on its own
        return "-".join(person_part_nominative(p, case, gender, last) for p in parts)
    lowered = word.lower()
    udcase = _UD_CASE.get(case, "nomn")
    options = parses(lowered)
    if (
        case == "Ins"
        and not any(p.tag.case == "ablt" for p in options)
        and any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in options)
    ):
        return word  # 'Артем', 'Салем': a nominative that merely ends like an instrumental
    guessed = None
    # 'Анне Ивановой': an oblique form that is also an indeclinable foreign name reads as the
    # declined Russian one first, since a Russian text would have declined it
    for parse in sorted(options, key=lambda p: "Fixd" in p.tag):
        tag = parse.tag
        if not ({"Name", "Patr", "Surn"} & set(tag.grammemes)):
            continue
        if tag.case != udcase or tag.number != "sing":
            continue
        if gender and tag.gender != gender:
            continue
        if type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            if guessed is None and not last and "Name" in tag:
                guessed = parse
            continue
        inflected = parse.inflect({"nomn", "sing"})
        if inflected is not None:
            return recover_shape(inflected.word, word)
    if (
        last
        and case == "Ins"
        and gender != "femn"
        and lowered.endswith(("ой", "ей"))
        and not lowered.endswith(("ской", "цкой", "ьей"))
        and len(lowered) >= 5
    ):
        # a man's surname declined like 'Варма' -> 'Вармой', 'Гарсия' -> 'Гарсией'
        return recover_shape(lowered[:-2] + ("а" if lowered.endswith("ой") else "я"), word)
    rules = _FEM_SURNAME if gender == "femn" else _MASC_SURNAME
    if last or guessed is None:
        for pattern, replacement in rules:
            if pattern is _CONSONANT_END and lowered.endswith("е") and case not in _E_CASES:
                continue  # 'с Джузеппе Конте': no other case of a man's name ends in '-е'
            if pattern.search(lowered):
                return recover_shape(pattern.sub(replacement, lowered, count=1), word)
    if last and gender != "femn":
        # 'Геннадия Соловья': a man's surname that is a common noun declines like the noun
        for parse in options:
            tag = parse.tag
            if (
                tag.POS == "NOUN"
                and tag.case == udcase
                and tag.number == "sing"
                and tag.gender == "masc"
                and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
                and parse.normal_form != lowered
            ):
                return recover_shape(parse.normal_form, word)
    if not last and case == "Ins" and lowered.endswith(("ой", "ей")) and gender != "femn":
        # a man's name declined like 'Реза' -> 'Резой', 'Илья' -> 'Ильей'
        return recover_shape(lowered[:-2] + ("а" if lowered.endswith("ой") else "я"), word)
    if guessed is not None:
        inflected = guessed.inflect({"nomn", "sing"})
        if inflected is not None:
            return recover_shape(inflected.word, word)
    return word


@lru_cache(maxsize=10_000)
def genitive_phrase(phrase: str) -> str:
    """'Тюменская область' -> 'Тюменской области' (each declinable word on its own);
    'Республика Татарстан' -> 'Республики Татарстан' (a name after a head noun stays)."""
    out = []
    words = phrase.split(" ")
    first = words[0].strip("()").lower()
    options = parses(first)
    noun = any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in options)
    if len(words) > 1 and noun and not any(p.tag.POS == "ADJF" for p in options):
        return " ".join([genitive_phrase(words[0]), *words[1:]])
    for raw in words:
        core = raw.strip("()")
        options = [
            p
            for p in parses(core.lower())
            if p.tag.case == "nomn"
            and p.tag.POS in ("NOUN", "ADJF", "PRTF")
            and "Fixd" not in p.tag
        ]
        usable = options and (core.isalpha() or "-" in core)
        inflected = options[0].inflect({"gent"}) if usable else None
        if inflected is not None:
            out.append(raw.replace(core, recover_shape(inflected.word, core)))
        else:
            out.append(raw)
    return " ".join(out)


_CASE_FROM_PYMORPHY = {"gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}


def given_name_case(word: str, surname_case: str | None = None) -> str | None:
    """The one oblique case a dictionary given name can be in ('Христиной' -> 'Ins'), when the
    dictionary knows it only as a name and never in the nominative; of several such cases, the
    one the surname beside it is in ('Абдулмуслима Абдулмуслимова': genitive or accusative)."""
    options = parses(word.lower())
    names = [
        p
        for p in options
        if "Name" in p.tag and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
    ]
    if not names or len(names) != len(options):
        return None
    cases = {_CASE_FROM_PYMORPHY.get(p.tag.case) for p in names}
    if len(cases) == 1:
        return next(iter(cases))
    if surname_case in cases and None not in cases:
        return surname_case
    return None
