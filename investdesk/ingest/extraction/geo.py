"""Places and counterparty countries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from investdesk.core.palladius import chinese_nominative, palladius_syllables

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan, Token
from .context import Ctx
from .org_ner import territory

GEO_NOUNS = frozenset(
    {
        "месторождение",
        "каньон",
        "район",
        "область",
        "край",
        "округ",
        "остров",
        "река",
        "озеро",
        "залив",
        "полуостров",
        "хребет",
        "море",
        "бухта",
        "долина",
        "поселок",
        "посёлок",
        "село",
        "республика",
        "федерация",
        "город",
        "провинция",
        "аймак",
        "штат",
        "улус",
        "станица",
        "деревня",
        "аул",
        "муниципалитет",
        "округа",
        "восток",
        "запад",
        "север",
        "юг",
    }
)

# 'ГОРОД, 1 янв – Агентство.' (a capitalised town, a date, an agency) opens many agency items
# also 'САНКТ‑ПЕТЕРБУРГ' (a non-breaking hyphen) and 'НИЖНИЙ НОВГОРОД' (two words)
DATELINE = re.compile(r"(?m)^([А-ЯЁ]{3,}(?:[-\u2011 ][А-ЯЁ]{2,})*),\s+\d{1,2}\s")
# the small words of a compound town name stay in lower case ('Ростов-на-Дону')
NAME_LINKS = frozenset({"на", "над", "под", "де", "ла", "эль", "ан", "об"})


def _title_case(name: str) -> str:
    """'РОСТОВ-НА-ДОНУ' -> 'Ростов-на-Дону', 'НИЖНИЙ НОВГОРОД' -> 'Нижний Новгород'."""
    parts = re.split(r"([-\u2011 ])", name.lower())
    words = [
        p if p in NAME_LINKS and 0 < i < len(parts) - 1 else p.capitalize()
        for i, p in enumerate(parts)
    ]
    return "".join(words).replace("\u2011", "-")


# 'Тайань района Дайюэ': a guessed adjective parse of a foreign name does not take the noun
ADJ_ENDINGS = (
    "ий",
    "ый",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ом",
    "ем",
    "ым",
    "им",
    "ых",
    "их",
    "ую",
    "юю",
    "ей",
    "ыми",
    "ими",
)

# 'санкции США', 'со сборной Сербии': a country in passing, not a partner; 'даже X начал
# выпускать...': a country held up for comparison
PASSING = frozenset(
    {"санкция", "санкционный", "против", "кроме", "сборная", "соперник", "даже", "отличие"}
)
# a sports contest names the countries of its teams, not the parties of a deal
SPORT = frozenset(
    {"матч", "турнир", "чемпионат", "первенство", "соревнование", "спартакиада", "олимпиада"}
)
# 'долларов США', 'американских долларов', 'китайских юаней': a currency, not a party
CURRENCY = frozenset(
    {
        "доллар",
        "цент",
        "юань",
        "иена",
        "йена",
        "вона",
        "рупия",
        "лира",
        "фунт",
        "франк",
        "тенге",
        "сум",
        "сомони",
        "сом",
        "драм",
        "манат",
        "лари",
        "дирхам",
        "риал",
        "динар",
        "донг",
        "бат",
        "реал",
        "песо",
        "крона",
        "злотый",
        "форинт",
        "лев",
    }
)


@dataclass
class CountryMention:
    code: str
    first: int
    last: int
    is_name: bool  # 'Китай', 'КНР' (a place) versus 'китайский' (an attribute)
    city: bool = False  # a capital, a city or a province of the country ('Ташкент')
    printed: str = ""  # the place as the text names it, when it keeps a short name


def _currency(ctx: Ctx, first: int, last: int, is_name: bool) -> bool:
    if is_name:
        return first > 0 and ctx.lemmas[first - 1] in CURRENCY
    return last < len(ctx.tokens) and ctx.lemmas[last] in CURRENCY


def _in_address(ctx: Ctx, first: int) -> bool:
    """'ВЭБ.РФ', 'мойбизнес.рф': a name glued to a word by a dot is a domain, not a place."""
    start = ctx.tokens[first].start
    return start >= 2 and ctx.text[start - 1] == "." and ctx.text[start - 2].isalnum()


def country_mentions(ctx: Ctx) -> list[CountryMention]:
    compiled = ctx.compiled
    found: list[CountryMention] = []
    n = len(ctx.tokens)
    i = 0
    while i < n:
        text, lemma = ctx.tokens[i].text, ctx.lemmas[i]
        code = compiled.country_abbr.get(text)
        if code:
            if not _currency(ctx, i, i + 1, True) and not _in_address(ctx, i):
                found.append(CountryMention(code, i, i + 1, True))
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1) if lemma in compiled.country_first else ():
            key = tuple(ctx.lemmas[i : i + size])
            code = compiled.country_names.get(key) if len(key) == size else None
            if code and ctx.tokens[i].text[:1].isupper():
                if not _currency(ctx, i, i + size, True) and not _in_foreign_place(ctx, i, code):
                    printed = compiled.country_printed.get(key, "")
                    found.append(CountryMention(code, i, i + size, True, printed=printed))
                i += size
                matched = True
                break
        if matched:
            continue
        place = compiled.country_places.get(lemma) or compiled.country_places.get(text.lower())
        if place is None and _chinese_word(text):
            place = "CN"  # 'компании «Хэнань Цзиньлун»', 'из Цзямусы': a Chinese name
        if place and text[:1].isupper():
            # 'в Ташкенте', 'провинции Хэйлунцзян': the place shows the country's side
            found.append(CountryMention(place, i, i + 1, False, city=True))
            i += 1
            continue
        for piece in (lemma, *lemma.split("-")) if "-" in lemma else (lemma,):
            stems = compiled.country_stems.get(piece[:3])
            if not stems:
                continue
            for stem, code in stems:
                if piece.startswith(stem):
                    if not _currency(ctx, i, i + 1, False):
                        found.append(CountryMention(code, i, i + 1, False))
                    break
        i += 1
    return found


def _in_foreign_place(ctx: Ctx, index: int, code: str) -> bool:
    """'Внутренняя Монголия': a country's name inside the name of another country's
    province (the province itself counts for its country among the places abroad)."""
    places = ctx.compiled.country_place_names
    for span in ctx.spans:
        if span.type == "LOC" and span.first < index < span.last:
            owner = places.get(name_key(span.normal)) or places.get(name_key(span.text))
            if owner and owner != code:
                return True
    return False


# Letter pairs Palladius writes and Russian words never have ('Цзилинь', 'Чжэцзян', 'Лунчэн')
PALLADIUS_MARKS = ("цз", "чж", "чэ", "шэ", "жэ", "цю", "сюн", "сюэ")


def _chinese_word(word: str) -> bool:
    """A capitalised word of two or more Palladius syllables, one of them only Chinese has,
    that the dictionary does not know: a Chinese place, company or person."""
    if not word[:1].isupper() or len(word) < 4:
        return False
    lowered = word.lower()
    if not any(mark in lowered for mark in PALLADIUS_MARKS):
        return False
    syllables = palladius_syllables(chinese_nominative(word) or word)  # 'с Ли Цзиньлуном'
    return bool(syllables) and len(syllables) >= 2 and not morph.known_word(word)


# So many countries in one enumeration are a list (a tour of ambassadors, an export
# geography), not the parties of the event.
LONG_LIST = 4
LIST_JOINERS = frozenset({"и", "а", "также", "-"})
LIST_MARKS = frozenset({",", "`", "'", "’"})


def _enumerated(ctx: Ctx, mentions: list[CountryMention]) -> set[int]:
    """Indices of mentions in an enumeration of LONG_LIST or more countries."""
    runs: list[list[int]] = []
    for index, mention in enumerate(mentions):
        if runs:
            previous = mentions[runs[-1][-1]]
            between = ctx.tokens[previous.last : mention.first]
            # a country the lexicon lacks may stand in the list ('..., Ботсване, Мьянме'),
            # its name split by an apostrophe (Côte d'Ivoire in Russian) into several tokens
            words = sum(1 for t in between if t.text not in LIST_MARKS)
            # '..., Руанде и Замбии, а также представитель РФ в Палестине': the list goes on
            run = runs[-2] if len(runs) > 1 and previous.code == "RU" else runs[-1]
            before = mentions[run[-1]]
            tail = [ctx.lemmas[k] for k in range(before.last, mention.first)]
            if "также" in tail and len(tail) <= 7 and index == len(mentions) - 1:
                run.append(index)
                continue
            if words <= 3 and all(
                t.text in LIST_JOINERS or t.text in LIST_MARKS or t.text[:1].isupper()
                for t in between
            ):
                runs[-1].append(index)
                continue
        runs.append([index])
    listed = {
        i
        for run in runs
        if len({mentions[j].code for j in run}) >= LONG_LIST and not _origin(ctx, mentions[run[0]])
        for i in run
    }
    elsewhere = {m.code for i, m in enumerate(mentions) if i not in listed}
    return {i for i in listed if mentions[i].code not in elsewhere}


def _origin(ctx: Ctx, mention: CountryMention) -> bool:
    """'делегаты из A, B, C и D': a list of where the guests come from names the parties."""
    return mention.first > 0 and ctx.lemmas[mention.first - 1] == "из"


def _in_passing(ctx: Ctx, mention: CountryMention) -> bool:
    if mention.city and _route_end(ctx, mention):
        return True
    if set(ctx.lemmas[max(0, mention.first - 2) : mention.first]) & PASSING:
        return True
    if _parent_of_territory(ctx, mention) or _in_person(ctx, mention):
        return True
    if not mention.is_name and _generic_plural(ctx, mention):
        return True
    first, last = ctx.sentence_span(mention.first)
    lemmas = ctx.lemmas[first:last]
    after_to = mention.first > 0 and ctx.lemmas[mention.first - 1] == "до"
    if after_to and not DISTANCE.isdisjoint(lemmas):
        return True  # 'сократить дорогу до X на 250 км': how far, not who
    if not CARGO.isdisjoint(lemmas):
        return True  # 'контейнеры отправлены в X', 'товары из Y идут через Z': a shipment
    if _headcount(ctx, first, last):
        return True
    return not SPORT.isdisjoint(lemmas)


# 'дорога до X', 'в 40 км до границы с Y': a distance along a road names no partner
DISTANCE = frozenset({"дорога", "трасса", "километр", "км", "путь", "расстояние", "магистраль"})
# 'специального административного района X', 'автономного района Y Z': the country a
# territory belongs to (or a country's name inside a territory's), not a second party
TERRITORY_NOUNS = frozenset({"район", "округ"})
TERRITORY_ADJECTIVES = frozenset({"автономный", "административный"})


def _parent_of_territory(ctx: Ctx, mention: CountryMention) -> bool:
    k = mention.first
    if not mention.is_name or k < 2 or ctx.lemmas[k - 1] not in TERRITORY_NOUNS:
        return False
    return ctx.lemmas[k - 2] in TERRITORY_ADJECTIVES


def _in_person(ctx: Ctx, mention: CountryMention) -> bool:
    """'с принцем Турки бен ...': a word of a person's name that looks like a demonym."""
    # a Chinese name ('с Ли Цзиньлуном') does show the person's side
    if mention.is_name or mention.city or not ctx.tokens[mention.first].text[:1].isupper():
        return False
    start, stop = ctx.tokens[mention.first].start, ctx.tokens[mention.first].stop
    return any(m.type == "person" and m.start <= start and stop <= m.end for m in ctx.mentions)


def _generic_plural(ctx: Ctx, mention: CountryMention) -> bool:
    """'с западных компаний на турецкие и китайские': a plural adjective with no noun of its
    own names a kind of company, not a party."""
    if not _plural_adjective(ctx.tokens[mention.first]):
        return False
    follow = mention.last
    # 'турецкие и китайские компании': the noun comes after the last adjective
    while follow < len(ctx.tokens) and (
        ctx.tokens[follow].text in (",", "и", "или") or _plural_adjective(ctx.tokens[follow])
    ):
        follow += 1
    return follow >= len(ctx.tokens) or ctx.tokens[follow].pos not in ("NOUN", "PROPN")


PLURAL_ADJ_ENDINGS = ("ские", "цкие", "ные", "ских", "цких", "ных")


def _plural_adjective(token: Token) -> bool:
    # the tagger reads a noun-less 'вьетнамские' as a noun; its ending shows the adjective
    if token.pos == "ADJ":
        return token.feat("Number") == "Plur"
    return token.text[:1].islower() and token.text.endswith(PLURAL_ADJ_ENDINGS)


# 'отправлены контейнеры в X', 'транзит грузов через Y', 'доставляются товары из Z': where
# goods travel to or from is geography, not a party of the event
CARGO = frozenset({"контейнер", "груз", "транзит", "доставляться", "контейнерный"})
# 'самая многочисленная делегация - китайская, тысяча участников', 'гости из 30 стран': a
# forum's headcount names who came, not who signed
HEADCOUNT_NOUNS = frozenset({"участник", "страна", "человек", "гость", "делегат"})
FORUM_NOUNS = frozenset({"форум", "выставка", "конгресс", "саммит", "фестиваль", "ярмарка"})
NUMBER_WORDS = frozenset({"тысяча", "сотня", "десяток", "сто", "двести", "триста", "пятьсот"})
DEAL_LEMMAS = frozenset({"подписать", "соглашение", "меморандум", "договор", "контракт"})


def _headcount(ctx: Ctx, first: int, last: int) -> bool:
    """A sentence counting a forum's participants (in a text about a forum) that signs
    nothing."""
    if "forum_text" not in ctx.cache:
        ctx.cache["forum_text"] = not FORUM_NOUNS.isdisjoint(ctx.lemmas)
    if not ctx.cache["forum_text"] or not DEAL_LEMMAS.isdisjoint(ctx.lemmas[first:last]):
        return False
    for k in range(first + 1, last):
        if ctx.lemmas[k] in HEADCOUNT_NOUNS:
            number = ctx.tokens[k - 1].text
            if number.isdigit() or ctx.lemmas[k - 1] in NUMBER_WORDS:
                return True
    return False


# 'мост из Благовещенска в Хэйхэ', 'между Благовещенском и Хэйхэ', 'рейс Иркутск – Пекин':
# a foreign city at the far end of a route or a bridge is geography, not a partner.
ROUTE_WORDS = frozenset({"и", "в", "во", "-", "–", "—", "до"})


def _route_end(ctx: Ctx, mention: CountryMention) -> bool:
    places = ctx.compiled.country_places
    for span in ctx.spans:
        if span.type != "LOC" or ctx.lemmas[span.first] in places:
            continue
        if span.last <= mention.first:
            between = range(span.last, mention.first)
        elif span.first >= mention.last:
            between = range(mention.last, span.first)
        else:
            continue
        if 1 <= len(between) <= 2 and all(ctx.lower[k] in ROUTE_WORDS for k in between):
            return True
    return False


def abroad(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """The text has a foreign side, if only a list of the countries where the guests serve."""
    return any(m.code != "RU" and not _in_passing(ctx, m) for m in mentions)


def counterparty_countries(ctx: Ctx, mentions: list[CountryMention]) -> list[str]:
    """Foreign countries the text is about (never Russia)."""
    codes: list[str] = []
    listed = _enumerated(ctx, mentions)
    for index, mention in enumerate(mentions):
        if _in_passing(ctx, mention):
            continue  # 'санкции США' is not a partner
        if index in listed:
            continue  # 'послы России в Армении, Канаде, Египте, ...' is a list, not partners
        if mention.code != "RU" and mention.code not in codes:
            codes.append(mention.code)
    codes = [c for c in codes if c not in _side_countries(ctx, mentions, listed)]
    codes = [c for c in codes if c not in _beside_main(ctx, mentions, listed)]
    named = {m.code for m in mentions}
    for code in _places_abroad(ctx):
        if code not in named and code not in codes:
            codes.append(code)  # 'делегация Атырауской области', 'переговоры в Тегеране'
    return codes


# A text about one partner (named in DOMINANT sentences or more) that names another country
# once or twice only in its last part ('...второй цех компании работает в X') tells the
# background, not a second party.
DOMINANT = 3
SIDE_SENTENCES = 2
LATE = 0.6


def _side_countries(ctx: Ctx, mentions: list[CountryMention], listed: set[int]) -> set[str]:
    sentences: dict[str, set[int]] = {}
    earliest: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.code == "RU" or index in listed:
            continue
        sentences.setdefault(mention.code, set()).add(ctx.tokens[mention.first].sent)
        earliest[mention.code] = min(earliest.get(mention.code, mention.first), mention.first)
    dominant = {code for code, sents in sentences.items() if len(sents) >= DOMINANT}
    if not dominant:
        return set()
    late = LATE * len(ctx.tokens)
    return {
        code
        for code, sents in sentences.items()
        if code not in dominant and len(sents) <= SIDE_SENTENCES and earliest[code] >= late
    }


def _beside_main(ctx: Ctx, mentions: list[CountryMention], listed: set[int]) -> set[str]:
    """Countries named in one sentence only, beside another country, in a text whose main
    partner (named in the most sentences, at least two) is a third: 'у нас отношения с Китаем
    и Индией', 'уже наметили взаимодействие с Ираном и Белоруссией', 'страны ЕС и США ввели
    санкции' tell the background of the visit, not its parties."""
    sentences: dict[str, set[int]] = {}
    first: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.code == "RU" or index in listed or _in_passing(ctx, mention):
            continue
        sentences.setdefault(mention.code, set()).add(ctx.tokens[mention.first].sent)
        first.setdefault(mention.code, mention.first)
    if len(sentences) < 2:
        return set()
    main = max(sentences, key=lambda code: (len(sentences[code]), -first[code]))
    if len(sentences[main]) < 2:
        return set()
    return {
        code
        for code, sents in sentences.items()
        if code != main
        and len(sents) == 1
        and any(other != code and sents <= others for other, others in sentences.items())
    }


# 'мост из Благовещенска в Хэйхэ': a town at the far end of a bridge, route or border
# crossing is geography, not a party
LINK_WORDS = frozenset(
    {"мост", "маршрут", "рейс", "авиарейс", "граница", "трасса", "переход", "пункт", "перевозка"}
)


def _inverted_region(ctx: Ctx, span: NerSpan) -> bool:
    """'в области Абай', 'область Жетысу': the type noun before a name that is no adjective."""
    return (
        span.last - span.first == 1
        and span.first > 0
        and ctx.lemmas[span.first - 1] == "область"
        and ctx.tokens[span.first - 1].text.islower()
        and ctx.tokens[span.first].pos != "ADJ"
        and not ctx.tokens[span.first].text.lower().endswith(ADJ_ENDINGS)
    )


ISLAND_NOUNS = frozenset({"остров", "полуостров", "мыс", "архипелаг"})


def _island_adjective(ctx: Ctx, span: NerSpan) -> bool:
    """'на острове Русский': an island named by an adjective kept in the nominative after its
    noun; the adjective alone ('Русский') names no place, so the noun stays."""
    if span.last - span.first != 1 or span.first == 0:
        return False
    noun, word = ctx.tokens[span.first - 1], ctx.tokens[span.first]
    return (
        ctx.lemmas[span.first - 1] in ISLAND_NOUNS
        and noun.text.islower()
        and word.text[:1].isupper()
        and word.text.lower().endswith(("ий", "ый", "ой"))
    )


def _places_abroad(ctx: Ctx) -> list[str]:
    """Countries of the foreign capitals, cities and regions the text names as places."""
    places = ctx.compiled.country_place_names
    codes: list[str] = []
    for span in ctx.spans:
        if span.type != "LOC":
            continue
        first, last = ctx.sentence_span(span.first)
        if LINK_WORDS.intersection(ctx.lemmas[first:last]):
            continue
        code = places.get(name_key(span.normal)) or places.get(name_key(span.text))
        if _inverted_region(ctx, span):
            code = places.get(name_key(f"область {span.normal}"))
        if code and code not in codes:
            codes.append(code)
    for match in DATELINE.finditer(ctx.text):
        code = places.get(name_key(match.group(1)))
        if code and code not in codes:
            codes.append(code)
    institutions = ctx.compiled.country_institutions
    for lemma in ctx.lemmas:
        # 'Гомельского облисполкома', 'акимат Павлодара', 'ТОО «...»', '... GmbH'
        code = institutions.get(lemma)
        if code and code not in codes:
            codes.append(code)
    code = _script_country(ctx.text)
    if code and code not in codes:
        codes.append(code)  # a partner's name printed in its own script
    return codes


HAN = re.compile(r"[\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")


def _script_country(text: str) -> str | None:
    """'компания 宁波华翔': characters name a Chinese party, kana a Japanese, hangul a Korean."""
    if HANGUL.search(text):
        return "KR"
    if KANA.search(text):
        return "JP"
    return "CN" if HAN.search(text) else None


def _junk(ctx: Ctx, span: NerSpan) -> bool:
    words = [t.text for t in ctx.tokens[span.first : span.last]]
    if not any(w[:1].isupper() for w in words):
        return True
    head = ctx.tokens[span.first]
    if (
        len(words) >= 2
        and all(w.islower() for w in words[1:])
        and head.pos in ("NOUN", "PROPN")
        and ctx.lemmas[span.first] not in GEO_NOUNS
        and morph.known_word(head.text)
        and "Geox" not in morph.grammemes(head.text)
    ):
        return True  # 'Администрации города': a capitalised common noun, no name
    if not ctx.is_sentence_start(span.first):
        return False
    # 'Делегация региона', 'Об этом' at the start of a sentence; adjectives of places stay
    head = ctx.tokens[span.first]
    if head.pos not in ("NOUN", "ADP", "PRON", "DET", "VERB", "ADV"):
        return False
    return all(morph.known_word(w) and "Geox" not in morph.grammemes(w) for w in words)


def _known_form(ctx: Ctx, surface: str, normal: str) -> str:
    """Map an unknown inflected place name onto a known or nominative-in-text form."""
    lexicon = ctx.lexicon
    if name_key(normal) in lexicon.region_index or name_key(normal) in lexicon.municipality_index:
        return normal
    if " " in surface or len(surface) < 5:
        return normal
    for known in ctx.cache.setdefault("known_places", _known_places(ctx)):
        if known[:-1] == surface[:-1] or (
            surface.startswith(known) and len(surface) - len(known) <= 2 and len(known) >= 4
        ):
            return known
    return normal


def _known_places(ctx: Ctx) -> list[str]:
    names = list(ctx.lexicon.single_word_places)
    printed = []
    for span in ctx.spans:
        head = ctx.tokens[span.last - 1]
        if span.type != "LOC" or span.last - span.first != 1:
            continue
        if head.feat("Case") == "Nom":
            names.append(span.text)
        elif span.normal == span.text and head.pos == "PROPN":
            printed.append(span.text)  # 'в китайский Сиань': the tagger kept the printed form
    by_length = sorted(set(names), key=len, reverse=True)
    return by_length + sorted(set(printed) - set(names), key=len, reverse=True)


def _adjective_of_other_noun(ctx: Ctx, span: NerSpan) -> bool:
    """A lone place adjective qualifying another noun is not a place name."""
    if span.last - span.first != 1 or span.last >= len(ctx.tokens):
        return False
    token, nxt = ctx.tokens[span.first], ctx.tokens[span.last]
    parses = morph.parses(token.text.lower())[:2]
    if not parses or not all(p.tag.POS == "ADJF" for p in parses):
        return False
    if any(s.type == "PER" and s.first == span.last for s in ctx.spans):
        return False  # 'мэр города Богатич Ненад ...': a town, then a name
    return nxt.pos in ("NOUN", "PROPN") and ctx.lemmas[span.last] not in GEO_NOUNS


def _adjective_town(ctx: Ctx, span: NerSpan, name: str) -> str:
    """A town named by an adjective alone ('в Волжском', 'палаты Волжского') is 'Волжский'."""
    if span.last - span.first != 1 or " " in name or "-" in name:
        return name
    token = ctx.tokens[span.first]
    if token.feat("Case") in ("Nom", None) or not name.endswith(("ого", "его", "ом", "ем")):
        return name
    parses = morph.parses(token.text.lower())[:2]
    if not parses or not all(p.tag.POS == "ADJF" and p.tag.gender != "femn" for p in parses):
        return name
    inflected = parses[0].inflect({"nomn", "masc", "sing"})
    return morph.recover_shape(inflected.word, token.text) if inflected is not None else name


# the gender a settlement's adjectival name takes from its noun ('в селе Никольском')
SETTLEMENT_GENDER = {
    "поселение": "neut",
    "село": "neut",
    "поселок": "masc",
    "посёлок": "masc",
    "хутор": "masc",
    "станица": "femn",
    "деревня": "femn",
}


# 'в селе Ефимцеве', 'в деревне Малинине': a village's -ово/-ево/-ино name in the locative
VILLAGE_LOCATIVES = ("ове", "еве", "ёве", "ине", "ыне")


def _settlement_adjective(ctx: Ctx, span: NerSpan) -> str | None:
    """'в поселении Марьинском' -> 'Марьинское', 'в станице Каневской' -> 'Каневская': an
    adjectival name after its settlement noun, in the nominative of the noun's gender."""
    if span.last - span.first != 1 or span.first == 0:
        return None
    noun, token = ctx.tokens[span.first - 1], ctx.tokens[span.first]
    gender = SETTLEMENT_GENDER.get(ctx.lemmas[span.first - 1])
    if gender is None or not noun.text.islower() or not token.text[:1].isupper():
        return None
    lowered = token.text.lower()
    if gender != "masc" and lowered.endswith(VILLAGE_LOCATIVES):
        return token.text[:-1] + "о"  # 'в селе Ефимцеве' -> 'Ефимцево'
    if not lowered.endswith(ADJ_ENDINGS):
        return None
    for parse in morph.parses(token.text.lower())[:3]:
        if parse.tag.POS != "ADJF":
            continue
        inflected = parse.inflect({"nomn", "sing", gender})
        if inflected is not None:
            return morph.recover_shape(inflected.word, token.text)
    # a name the dictionary reads as a surname ('Сосенском'): change the ending by hand
    return _nominative_adjective(token.text, gender)


# oblique case endings of an adjective, longest first
OBLIQUE_ADJ_ENDINGS = ("ого", "его", "ому", "ему", "ом", "ем", "ой", "ей", "ую", "юю")


def _nominative_adjective(word: str, gender: str) -> str | None:
    """'Сосенском' -> 'Сосенское' (neut), 'Верхнем' -> 'Верхний' (masc)."""
    for ending in OBLIQUE_ADJ_ENDINGS:
        if not word.lower().endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        last = stem[-1].lower()
        hushing = last in "шжчщ"
        soft = ending[0] in "ею" and not hushing and last != "ц"
        if gender == "masc":
            return stem + ("ий" if soft or hushing or last in "кгх" else "ый")
        if gender == "neut":
            return stem + ("ее" if soft or (hushing and ending[0] == "е") else "ое")
        return stem + ("яя" if soft else "ая")
    return None


def _extend(ctx: Ctx, span: NerSpan, name: str) -> str:
    tokens = ctx.tokens[span.first : span.last]
    adjectival = all(
        any(p.tag.POS == "ADJF" for p in morph.parses(t.text.lower())[:2]) for t in tokens
    ) and tokens[-1].text.lower().endswith(ADJ_ENDINGS)
    if not adjectival or span.last >= len(ctx.tokens):
        return name
    k = _noun_after(ctx, span.last)
    nxt = ctx.tokens[k]
    if ctx.lemmas[k] in GEO_NOUNS and nxt.text.islower():
        parse = morph.best_parse(nxt.text, nxt.pos, nxt.feats)
        gender = parse.tag.gender if parse is not None else None
        if nxt.feat("Number") == "Plur":
            # 'Елецким и Данковским муниципальными районами': one district each
            adjective = " ".join(_singular_adjective(t, gender) for t in tokens)
            return f"{adjective} {_singular(ctx.lemmas[k])}"
        noun = morph.to_nominative(nxt.text, nxt.pos, nxt.feats)
        words = [*tokens, *ctx.tokens[span.last : k]]
        adjective = " ".join(morph.to_nominative(t.text, "ADJ", t.feats, gender) for t in words)
        return f"{adjective} {_singular(noun)}"
    # 'Сургутского (...) и Нефтеюганского районов': the noun is shared
    for other in ctx.spans:
        if other.type == "LOC" and other.first > span.last and other.first - span.last <= 12:
            k = other.last - 1
            if ctx.lemmas[k] not in GEO_NOUNS:
                k = _noun_after(ctx, other.last)
            last = ctx.tokens[k]
            if ctx.lemmas[k] in GEO_NOUNS and last.feat("Number") == "Plur":
                parse = morph.best_parse(last.text, last.pos, last.feats)
                gender = parse.tag.gender if parse is not None else None
                adjective = " ".join(_singular_adjective(t, gender) for t in tokens)
                return f"{adjective} {_singular(ctx.lemmas[k])}"
            break
    return name


def _noun_after(ctx: Ctx, k: int) -> int:
    """The index of a type noun after a name, past at most two kind adjectives
    ('Южно-Кисловского газоконденсатного месторождения'); ``k`` when there is none."""
    start = k
    if k >= len(ctx.tokens):
        return len(ctx.tokens) - 1
    while (
        k < len(ctx.tokens) - 1
        and k - start < 2
        and ctx.tokens[k].pos == "ADJ"
        and ctx.tokens[k].text.islower()
        and ctx.tokens[k + 1].text.islower()
    ):
        k += 1
    return k if ctx.lemmas[k] in GEO_NOUNS else start


def _singular_adjective(token: Token, gender: str | None) -> str:
    parse = morph.best_parse(token.text, "ADJ", token.feats)
    if parse is not None:
        wanted = {"nomn", "sing", gender} if gender else {"nomn", "sing"}
        inflected = parse.inflect(wanted)
        if inflected is not None:
            return morph.recover_shape(inflected.word, token.text)
    return morph.to_nominative(token.text, "ADJ", token.feats, gender)


def _place_end(
    ctx: Ctx, span: NerSpan, mentions: list[CountryMention], person_keys: set[str]
) -> int:
    """Where the place name ends: before a country named after it ('провинция Мазандаран
    Исламской Республики Иран') or a person glued to it ('города Сяньян Лэном Цзиньсуном').
    ``span.first`` when the span opens with a country's name (the mention names it)."""
    last = span.last
    for mention in mentions:
        if not mention.is_name or not span.first <= mention.first < span.last:
            continue
        if mention.first == span.first:
            return span.first
        if ctx.tokens[mention.first - 1].pos != "ADJ":
            last = mention.first  # not 'Латинской Америки'
            break
    while (
        last - 1 > span.first
        and name_key(ctx.tokens[last - 1].text)[:5] in person_keys
        and "Geox" not in morph.grammemes(ctx.tokens[last - 1].text)
    ):
        last -= 1  # not 'Республика Татарстан' beside a Mr Татаринов
    before = ctx.tokens[last - 2] if last - 2 >= span.first else None
    if (
        before is not None
        and ctx.lemmas[last - 1] in GEO_NOUNS
        and ctx.tokens[last - 1].text.islower()
        and before.text[:1].isupper()
        and not before.text.lower().endswith(ADJ_ENDINGS)
    ):
        last -= 1  # 'города Тайань района Дайюэ': the noun belongs to the next name
    return last


def _cut_normal(ctx: Ctx, span: NerSpan, first: int, last: int) -> str:
    words = span.normal.split(" ")
    if len(words) == span.last - span.first:
        return " ".join(words[first - span.first : last - span.first])
    return ctx.text[ctx.tokens[first].start : ctx.tokens[last - 1].stop]


def _glued_tail(ctx: Ctx, span: NerSpan, name: str) -> str:
    """'Чувашской Республики-полномочный представитель': the hyphen glues the next word."""
    token = ctx.tokens[span.last - 1]
    head, _, tail = token.text.rpartition("-")
    if not head or not tail.islower() or not head[:1].isupper() or tail in ("на", "де", "ла"):
        return name
    parse = morph.best_parse(head, token.pos, token.feats)
    gender = parse.tag.gender if parse is not None else None
    words = [
        morph.to_nominative(t.text, t.pos, t.feats, gender)
        for t in ctx.tokens[span.first : span.last - 1]
    ]
    return " ".join([*words, morph.to_nominative(head, token.pos, token.feats)])


def _agency(word: str) -> bool:
    grammemes = morph.grammemes(word)
    return "Orgn" in grammemes and "Geox" not in grammemes


def _region_nicknames(ctx: Ctx, org_ranges: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """'Брянщина', 'Орловщине': a region's one-word name the tagger took for a person."""
    nicknames = ctx.compiled.region_nicknames
    located = {i for s in ctx.spans if s.type in ("LOC", "ORG") for i in range(s.first, s.last)}
    found = []
    for i, token in enumerate(ctx.tokens):
        alias = nicknames.get(ctx.lemmas[i].replace("ё", "е"))
        if (
            alias
            and token.text[:1].isupper()
            and i not in located
            and not any(a <= token.start < b for a, b in org_ranges)
        ):
            found.append((token.start, alias))
    return found


def _towns_after_country_adjective(
    ctx: Ctx, mentions: list[CountryMention], org_ranges: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """'из китайского Ганьчжоу': a foreign town the tagger missed, after its country's
    adjective."""
    tagged = {i for s in ctx.spans for i in range(s.first, s.last)}
    found = []
    for mention in mentions:
        k = mention.last
        if mention.is_name or mention.city or k >= len(ctx.tokens) or k in tagged:
            continue
        token = ctx.tokens[k]
        word = token.text
        if (
            not word[:1].isupper()
            or word.isupper()
            or not all("а" <= ch <= "я" or ch in "ё-" for ch in word[1:].lower())
            or any(a <= token.start < b for a, b in org_ranges)
        ):
            continue
        if "Geox" in morph.grammemes(word) or not morph.known_word(word):
            found.append((token.start, morph.recover_shape(ctx.lemmas[k], word)))
    return found


def _singular(noun: str) -> str:
    options = [p for p in morph.parses(noun.lower()) if p.tag.POS == "NOUN"]
    if options:
        inflected = options[0].inflect({"nomn", "sing"})
        if inflected is not None:
            return inflected.word
    return noun


def _fix_plural_head(ctx: Ctx, span: NerSpan, name: str) -> str:
    tokens = ctx.tokens[span.first : span.last]
    if (
        len(tokens) >= 2
        and tokens[-1].feat("Number") == "Plur"
        and tokens[-2].pos == "ADJ"
        and (
            tokens[-2].feat("Number") == "Sing"
            # 'Ханты-Мансийским и Берёзовским районами': the second of two districts
            or (span.first > 0 and ctx.tokens[span.first - 1].text in ("и", ","))
        )
        and ctx.lemmas[span.last - 1] in GEO_NOUNS
    ):
        words = name.split(" ")
        words[-1] = _singular(ctx.lemmas[span.last - 1])
        return " ".join(words)
    return name


def _bracketed(ctx: Ctx, name: str) -> list[str]:
    """'Примечание: Кемеровская область (Кузбасс)' -> the name and its bracketed other name."""
    if ":" in name:
        name = name.rsplit(":", 1)[1].strip()
    if "(" not in name:
        return [name] if name else []
    head, _, inner = name.partition("(")
    inner = inner.split(")", 1)[0].strip(" ,")
    lexicon = ctx.lexicon
    key = name_key(inner)
    known = (
        key in lexicon.region_index
        or key in lexicon.municipality_index
        or key in lexicon.country_name_index
    )
    return [part for part in (head.strip(" ,"), inner if known else "") if part]


STREET_NOUNS = frozenset(
    {"улица", "проспект", "переулок", "бульвар", "набережная", "шоссе", "проезд", "площадь"}
)


def _street_names(ctx: Ctx) -> set[str]:
    """Lemmas of one-word names printed after a street noun ('улицу Пионерскую')."""
    return {
        ctx.lemmas[span.first]
        for span in ctx.spans
        if span.type == "LOC"
        and span.last - span.first == 1
        and span.first > 0
        and ctx.lemmas[span.first - 1] in STREET_NOUNS
        and ctx.tokens[span.first - 1].text.islower()
    }


# 'министр энергетики РФ', 'замминистра экономического развития России', 'полпреда
# президента РФ': the country closes the name of a federal office
FEDERAL_OFFICES = frozenset(
    {
        "министр",
        "замминистра",
        "министерство",
        "мид",
        "полпред",
        "вице-премьер",
        "премьер",
        "председатель",
        "правительство",
        "госдума",
        "гд",
    }
)
OFFICE_REACH = 4


# the federal districts' abbreviations name one place each ('полпред президента в ДФО')
FEDERAL_DISTRICTS = frozenset({"ДФО", "ПФО", "СФО", "УФО", "ЦФО", "ЮФО", "СЗФО", "СКФО"})


def _only_in_offices(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether Russia is named only in the titles of federal offices: the text's own country
    as the state of a minister is not a place of the news."""
    own = [m for m in mentions if m.is_name and m.code == "RU"]
    if not own:
        return False
    for mention in own:
        for k in range(mention.first - 1, max(-1, mention.first - 1 - OFFICE_REACH), -1):
            if not ctx.tokens[k].text.replace("-", "").isalpha():
                return False
            if ctx.lemmas[k] in FEDERAL_OFFICES:
                break
        else:
            return False
    return True


def _only_as_attribute(ctx: Ctx, mentions: list[CountryMention]) -> bool:
    """Whether Russia is named only in the genitive after a noun ('регионов России',
    'партнер Российской Федерации', 'Минпромторга России'): the text's own country as the
    owner of something, not a place the news happens in ('в России', 'из России')."""
    own = [m for m in mentions if m.is_name and m.code == "RU"]
    if not own:
        return False
    for mention in own:
        k = mention.first - 1
        if k < 0 or ctx.tokens[k].pos not in ("NOUN", "PROPN"):
            return False
        if ctx.tokens[mention.last - 1].feat("Case") not in ("Gen", None):
            return False
        if ctx.lemmas[k] in TERRITORY_WORDS:
            return False  # 'на территории России' is a place
        if mention.last < len(ctx.tokens) and ctx.lower[mention.last] in ("в", "во"):
            return False  # 'посол России в X': the pair of countries the envoy links
        if any(s.type == "LOC" and s.first <= k < s.last for s in ctx.spans):
            return False  # 'Дальнего Востока России': a part of the country is a place
    return True


TERRITORY_WORDS = frozenset({"территория", "пределы", "предел", "часть"})


def _outlet_name(ctx: Ctx, span: NerSpan) -> bool:
    """'ИА Приморье', 'газета «Кубань»': a place's name after a kind of news outlet names the
    outlet."""
    outlets = ctx.cache.get("outlet_words")
    if outlets is None:
        outlets = frozenset(
            w.lower() for w in ctx.lexicon.words.get("not_org_outlets", ()) if " " not in w
        )
        ctx.cache["outlet_words"] = outlets
    k = span.first
    if span.last - span.first >= 2 and ctx.tokens[k].text.lower() in outlets:
        return True
    while k > 0 and ctx.tokens[k - 1].text in QUOTES:
        k -= 1
    return k > 0 and ctx.tokens[k - 1].text.lower() in outlets


QUOTES = frozenset({"«", '"', "„", "“"})


# 'монастырь Шаолинь', 'пещерные храмы Лунмэнь', 'в Усадьбе Гальских': a sight's name, not a
# place of the news
SIGHT_NOUNS = frozenset(
    {"монастырь", "храм", "пагода", "собор", "усадьба", "мавзолей", "дворец", "грот", "пещера"}
)


def _sight(ctx: Ctx, span: NerSpan) -> bool:
    if ctx.lemmas[span.first] in SIGHT_NOUNS and span.last - span.first >= 2:
        return True
    return (
        span.first > 0
        and ctx.lemmas[span.first - 1] in SIGHT_NOUNS
        and ctx.tokens[span.first - 1].text.islower()
    )


def _portfolio(ctx: Ctx, span: NerSpan) -> bool:
    """'министр РФ по развитию Дальнего Востока': the region a federal office develops names
    the office's portfolio, not a place of the news."""
    k = span.first
    if k < 2 or ctx.lemmas[k - 2 : k] != ["по", "развитие"]:
        return False
    return any(ctx.lemmas[j] in FEDERAL_OFFICES for j in range(max(0, k - 5), k - 2))


# a ministry's short name ('Мининвест', 'Минсельхоз', 'Минэкономразвития') opens no place name
MINISTRY_SHORT = re.compile(
    r"^Мин(?:инвест|эконом|пром|сельхоз|строй|здрав|транс|природ|фин|обр|культ|энерго|спорт|"
    r"труд|юст|цифр|восток|туриз|просвещ|рег|нац|соц|молод)"
)


def _place_adjective(ctx: Ctx, k: int) -> bool:
    """'Владимирской области' beside a Mr Владимир: an adjective before a type noun is the
    place's own name, not a person glued to it."""
    return (
        k + 1 < len(ctx.tokens)
        and ctx.tokens[k].pos == "ADJ"
        and ctx.lemmas[k + 1] in GEO_NOUNS
        and ctx.tokens[k + 1].text.islower()
    )


def _autonomy(ctx: Ctx, name: str) -> str:
    """'Еврейской АО' -> 'Еврейская автономная область': the abbreviation of an autonomy
    read out when the full name is a known region ('автономный округ' or 'область')."""
    if not name.endswith(" АО"):
        return name
    head = name[: -len(" АО")]
    for full in (f"{head} автономная область", f"{head} автономный округ"):
        entry = ctx.lexicon.region_index.get(name_key(full))
        if entry is not None:
            return entry.name
    return name


def collect_locations(
    ctx: Ctx,
    org_ranges: list[tuple[int, int]],
    site_names: list[tuple[int, int]],
    person_keys: set[str],
    mentions: list[CountryMention],
    places: list[tuple[int, str]],
) -> list[str]:
    country_names = ctx.lexicon.country_name_index
    result: list[tuple[int, str]] = []
    streets = _street_names(ctx)
    for span in ctx.spans:
        if span.type != "LOC":
            continue
        if _portfolio(ctx, span) or _outlet_name(ctx, span) or _sight(ctx, span):
            continue
        if span.last - span.first == 1 and ctx.lemmas[span.first] in streets:
            continue  # 'улицу Пионерскую', then 'аквапарк на Пионерской': a street
        # a zone is named after its town ('ОЭЗ «Нягань»'): only a known town counts
        in_site = any(a == span.start and b == span.stop for a, b in site_names)
        if in_site:
            key = name_key(span.normal)
            if key not in ctx.lexicon.municipality_index and key not in ctx.lexicon.region_index:
                continue
        first = span.first
        if span.last - span.first >= 2 and MINISTRY_SHORT.match(ctx.tokens[first].text):
            first += 1  # 'Мининвест Подмосковья': the ministry is no part of the place
        while (
            first < span.last - 1
            and name_key(ctx.tokens[first].text)[:5] in person_keys
            and not _place_adjective(ctx, first)
        ):
            first += 1
        if first >= span.last or _junk(ctx, span):
            continue
        if ctx.lemmas[span.first] in ctx.lexicon.word_set("heads"):
            continue  # 'Раис Татарстана' is a position
        if span.last - span.first == 1 and span.text.isupper() and len(span.text) <= 3:
            key = name_key(span.text)
            lexicon = ctx.lexicon
            if (
                key not in country_names
                and key not in lexicon.region_index
                and span.text not in FEDERAL_DISTRICTS
            ):
                continue  # 'РК', 'РТ': an abbreviation that could be several places
        last_token = ctx.tokens[span.last - 1]
        if last_token.text.islower() and ctx.lemmas[span.last - 1] not in GEO_NOUNS:
            continue  # 'Каспийского кластера', 'Прикаспийской страны'
        if not in_site and any(a == span.start and b == span.stop for a, b in org_ranges):
            continue
        if any(ord(ch) < 128 and ch.isalpha() for ch in span.text) and any(
            "а" <= ch <= "я" for ch in span.text.lower()
        ):
            continue  # 'LADA-Ижевск': Latin and Cyrillic in one name is a brand, not a place
        if _currency(ctx, span.first, span.last, True) or _in_address(ctx, span.first):
            continue  # 'долларов США', 'ВЭБ.РФ'
        last = _place_end(ctx, span, mentions, person_keys)
        if last <= first:
            # the country itself ('Республики Вьетнам Нго Дык Мань'), named as its mention is
            mention = next((m for m in mentions if m.is_name and m.first == span.first), None)
            if mention is None:
                continue  # the span's first word was read as part of a person's name
            country = mention.printed or ctx.lexicon.country_by_code[mention.code].name
            result.append((span.start, country))
            continue
        if first != span.first or last != span.last:
            span = NerSpan(
                span.type,
                ctx.tokens[first].start,
                span.stop,
                ctx.text[ctx.tokens[first].start : ctx.tokens[last - 1].stop],
                first,
                last,
                _cut_normal(ctx, span, first, last),
            )
        name = span.normal
        if name.isupper() and len(name) >= 5:
            name = _title_case(name)
        name = _glued_tail(ctx, span, name)
        name = country_names.get(name_key(name), name)
        code = ctx.compiled.country_names.get(tuple(ctx.lemmas[span.first : span.last]))
        if code is not None and " " in name:
            # 'Объединенными Арабскими Эмиратами': a country's long name in any case
            name = ctx.lexicon.country_by_code[code].name
        extended = _extend(ctx, span, name)
        if extended == name and _adjective_of_other_noun(ctx, span):
            continue  # 'Костромской губернатор', 'забайкальском Краснокаменске'
        # 'в Волжском' -> 'Волжский', 'в поселении Марьинском' -> 'Марьинское'
        settlement = _settlement_adjective(ctx, span) if extended == name else None
        if extended == name:
            extended = settlement or _adjective_town(ctx, span, name)
        name = extended
        name = name.replace("\u2011", "-")
        name = _autonomy(ctx, name)
        name = _fix_plural_head(ctx, span, name)
        if settlement is None:
            name = _known_form(ctx, span.text, name)  # the settlement's noun gave the form
        name = territory(ctx, span.first, span.last) or name  # 'Хэнтэйском аймаке'
        if _inverted_region(ctx, span):
            name = f"область {name}"  # 'области Абай': a region named with the noun first
        elif _island_adjective(ctx, span):
            name = f"{ctx.lemmas[span.first - 1]} {span.text}"  # 'на острове Русский'
        if span.last - span.first == 1 and ctx.lemmas[span.first] in GEO_NOUNS:
            continue  # a type word with no name ('в Область'), a bare cardinal direction ('Юг')
        for part in _bracketed(ctx, name):
            result.append((span.start, part))
            ctx.add("location", span.start, span.stop, part)
    for mention in mentions:
        if mention.is_name and not any(
            a <= ctx.tokens[mention.first].start < b for a, b in org_ranges
        ):
            start = ctx.tokens[mention.first].start
            country = mention.printed or ctx.lexicon.country_by_code[mention.code].name
            result.append((start, country))
    for match in DATELINE.finditer(ctx.text):
        if _agency(match.group(1)):
            continue  # 'ТАСС, 20 сентября.': the agency opens the item, not a town
        result.append((match.start(1), _title_case(match.group(1))))
    for start, place in _region_nicknames(ctx, org_ranges):
        result.append((start, place))
    for start, place in _towns_after_country_adjective(ctx, mentions, org_ranges):
        result.append((start, place))
    for start, place in places + ctx.cache.get("extra_places", []):
        result.append((start, place))
    if _only_in_offices(ctx, mentions) or _only_as_attribute(ctx, mentions):
        own = ctx.lexicon.country_by_code["RU"].name
        result = [(a, n) for a, n in result if country_names.get(name_key(n)) != own]
    seen: dict[str, str] = {}
    for _, name in sorted(result):
        key = name_key(name)
        if key in seen and seen[key].isupper() and not name.isupper():
            seen[key] = name  # 'АСТАНА' in a dateline and 'Астана' read as 'Астана'
        seen.setdefault(key, name)
    return list(seen.values())
