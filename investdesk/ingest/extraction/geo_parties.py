"""Countries: which of the named countries are the parties of the event."""

from __future__ import annotations

import re

from ..lexicon import name_key
from ..nlp import NerSpan
from .context import Ctx
from .geo_background import departed_owner, export_market
from .geo_filters import QUOTES
from .geo_mentions import CountryMention
from .geo_names import ADJ_ENDINGS, DATELINE
from .geo_passing import LINK_WORDS, _in_passing

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
    """'делегаты из A, B, C и D', 'встретился с послами A, B, C и D': a list of where the
    guests come from, or whose envoys they are, names the parties."""
    if mention.first <= 0:
        return False
    if ctx.lemmas[mention.first - 1] in ENVOYS:
        return True
    if _participants_of(ctx, mention.first):
        return True
    return ctx.lemmas[mention.first - 1] == "из" and not _own_envoys(ctx, mention.first)


# 'прибывают представители экономзон России, Армении, ...', 'участниками стали 100 компаний
# из 16 регионов России, а также Китая, ...': the guests' own bodies or regions stand between
# them and the list of their countries
PARTICIPANTS = frozenset({"представитель", "участник", "делегат", "компания", "предприятие"})
PARTICIPANTS_REACH = 5


def _participants_of(ctx: Ctx, first: int) -> bool:
    for k in range(first - 1, max(-1, first - 1 - PARTICIPANTS_REACH), -1):
        token = ctx.tokens[k]
        if ctx.lemmas[k] in PARTICIPANTS and token.feat("Number") == "Plur":
            return not _own_envoys(ctx, first)
        if token.pos not in ("NOUN", "NUM", "ADP", "ADJ"):
            return False
    return False


# the people a list of countries in the genitive belongs to: the guests of the event
ENVOYS = frozenset(
    {"посол", "консул", "делегация", "представитель", "дипломат", "делегат", "посольство"}
)


# Russia's own people abroad: 'торгпреды России', 'послы РФ'
OWN_ENVOYS = (ENVOYS - {"делегация", "дипломат", "делегат", "посольство"}) | {
    "торгпред",
    "торгпредство",
    "генконсул",
    "представительство",
}


OWN_NAMES = frozenset({"россия", "рф", "российский"})


def _own_envoys(ctx: Ctx, first: int) -> bool:
    """'встреча с 30 торгпредами России, в том числе из A, B, C и D': the guests are Russia's
    own envoys, and the list tells where they serve, not who the parties are. The envoy
    noun stands in the list's sentence; the text names them Russia's somewhere."""
    start, _ = ctx.sentence_span(first)
    envoys = {ctx.lemmas[k] for k in range(start, first) if ctx.lemmas[k] in OWN_ENVOYS}
    if not envoys:
        return False
    lemmas = ctx.lemmas
    return any(
        lemmas[k] in envoys and k + 1 < len(lemmas) and lemmas[k + 1] in OWN_NAMES
        for k in range(len(lemmas))
    )


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
        if export_market(ctx, mention, mentions) or departed_owner(ctx, mention):
            continue  # a market to sell in, a foreign owner that left
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
    # 'строить будет гонконгская корпорация': a company of that country is a party, however
    # late the text names it
    companies = {m.code for m in mentions if _of_company(ctx, m)}
    return {
        code
        for code, sents in sentences.items()
        if code not in dominant
        and len(sents) <= SIDE_SENTENCES
        and earliest[code] >= late
        and code not in companies
    }


COMPANY_NOUNS = frozenset(
    {"компания", "корпорация", "холдинг", "концерн", "фирма", "инвестор", "группа", "партнер"}
)


def _of_company(ctx: Ctx, mention: CountryMention) -> bool:
    """A country's adjective in the singular right before a noun of a company."""
    if mention.is_name or mention.city or mention.last >= len(ctx.tokens):
        return False
    token = ctx.tokens[mention.first]
    if token.feat("Number") == "Plur":
        return False
    # 'финская компания «X» и шведская «Y»': the noun left out before the second name
    return ctx.lemmas[mention.last] in COMPANY_NOUNS or ctx.tokens[mention.last].text in QUOTES


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
    # a country's official or company is that side, however briefly it is named
    officials = {
        m.code
        for m in mentions
        if _of_official(ctx, m) or _of_company(ctx, m) or _companies_of(ctx, m)
    }
    return {
        code
        for code, sents in sentences.items()
        if code != main
        and len(sents) == 1
        and code not in officials
        and any(other != code and sents <= others for other, others in sentences.items())
    }


# how far back from a country's name a company noun may head the list it stands in
COMPANIES_REACH = 8


def _companies_of(ctx: Ctx, mention: CountryMention) -> bool:
    """'совместный проект компаний Томска, Монголии и Республики Беларусь': a country in a
    list of the homes of companies is one of their sides."""
    if not mention.is_name or ctx.tokens[mention.first].feat("Case") != "Gen":
        return False
    for k in range(mention.first - 1, max(mention.first - 1 - COMPANIES_REACH, -1), -1):
        token = ctx.tokens[k]
        if ctx.lemmas[k] in COMPANY_NOUNS:
            return token.feat("Number") == "Plur"
        if token.text not in (",", "и") and token.feat("Case") != "Gen":
            return False
    return False


# how far back from a country's name in the genitive the head of a title may stand
# ('министр иностранных дел, сотрудничества и интеграции X')
TITLE_REACH = 9


TITLE_WORDS = frozenset({"NOUN", "ADJ", "CCONJ", "ADP"})


def _of_official(ctx: Ctx, mention: CountryMention) -> bool:
    """'переговоры с министром иностранных дел X и послом Y': a country named as the office
    of a person the text meets is that person's side, however briefly it is named."""
    if not mention.is_name or ctx.tokens[mention.first].feat("Case") != "Gen":
        return False
    heads = ctx.lexicon.word_set("heads")
    for k in range(mention.first - 1, max(mention.first - 1 - TITLE_REACH, -1), -1):
        token = ctx.tokens[k]
        if ctx.lemmas[k] in heads:
            return True
        if token.text == ",":
            continue
        if not token.text.isalpha() or not token.text.islower() or token.pos not in TITLE_WORDS:
            return False
    return False


def _inverted_region(ctx: Ctx, span: NerSpan) -> bool:
    """'в области Абай', 'область Жетысу': the type noun before a name that is no adjective."""
    return (
        span.last - span.first == 1
        and span.first > 0
        and ctx.lemmas[span.first - 1] == "область"
        and ctx.tokens[span.first - 1].text.islower()
        # 'Новосибирской области Новосибирск': the region is named already, a town follows
        and not (span.first > 1 and ctx.tokens[span.first - 2].pos == "ADJ")
        and ctx.tokens[span.first].pos != "ADJ"
        and not ctx.tokens[span.first].text.lower().endswith(ADJ_ENDINGS)
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
