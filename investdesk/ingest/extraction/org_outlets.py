"""Outlets cited as sources, not organisations: a name told something or telling it, a web
address, a credit line, and the news agency closing a dateline."""

from __future__ import annotations

import re

from ..lexicon import name_key
from .context import Ctx
from .org_filters import _names_outlet, phrase_ends_at
from .org_government_words import NEWS_AGENCY_ADJECTIVES

OUTLET_VERBS = frozenset(
    {
        "сообщать",
        "сообщить",
        "писать",
        "передавать",
        "цитировать",
        "выяснить",
        "узнать",
        "информировать",
        # 'сообщил в интервью «X»': whoever the interview was given to is an outlet
        "интервью",
    }
)
# 'корреспонденту НордПресс', 'корреспондента портала X': whoever has the correspondent is an outlet
OUTLET_PEOPLE = frozenset(
    {"корреспондент", "журналист", "обозреватель", "собкор", "спецкор", "редакция"}
)
# A body's press office is the body ('Пресс-служба Росреестра')
PRESS_OFFICES = frozenset({"пресс-служба", "пресс-центр", "пресс-секретарь"})
# Words before a quoted name that make it a website or a feed ('на сайте «X»', 'паблик «X»')
QUOTED_OUTLET_WORDS = frozenset(
    {"сайт", "паблик", "блог", "канал", "интернет-издание", "эфир", "беседа"}
)
# two words before a quoted name: 'в беседе с «X»', 'по сообщению агентства «X»'
INTERVIEW_WORDS = frozenset({"беседа", "интервью", "сообщение", "эфир"})
# verbs of telling: a quoted name in the dative after them is who was told, an outlet
SPEECH_TO = frozenset(
    {"рассказать", "заявить", "пояснить", "уточнить", "сказать", "прокомментировать"}
)
# 'ura.ru', '1sn.ru': a web address cited as a source is an outlet, not an organisation
_DOMAIN = re.compile(r"\.(?:ru|ру|рф|su|com|org|net|info|media|online|news|cn|kz|by|uz)$", re.I)
# 'Vostok.Today', 'Накануне.RU': one word, a dot and a short Latin ending is a web address
_WEB_ADDRESS = re.compile(r"^[\w\-]+\.[A-Za-z]{2,6}$")
_DOMAIN_AFTER = re.compile(
    r"\.(?:ru|ру|рф|su|com|org|net|info|media|online|news|cn|kz|by|uz)\b", re.I
)


# 'Фото: ...', 'Автор: Иван Петров, «X»', '© ИА «X»': a credit line names an outlet
_CREDIT_LINE = re.compile(r"^\s*(?:Фото|Фотография|Автор|Текст|Видео|Иллюстрация|©)\b", re.I)


def _credit_line(ctx: Ctx, first: int) -> bool:
    start = ctx.tokens[first].start
    line_start = ctx.text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_LINE.match(ctx.text[line_start:start])) and "." not in ctx.text[
        line_start:start
    ].rstrip(". ")


# Verbs of telling: the agency told something is a news agency
TOLD = frozenset({"сообщить", "рассказать", "заявить", "пояснить", "сказать", "подтвердить"})


def _is_outlet(ctx: Ctx, first: int, last: int, name: str) -> bool:
    if _credit_line(ctx, first):
        return True
    if name_key(name) in ctx.lexicon.outlet_keys:
        return True
    parts = [part for part in name.split("/") if part.strip()]
    if len(parts) > 1 and all(name_key(part) in ctx.lexicon.outlet_keys for part in parts):
        return True  # an agency and its feed in a dateline ('Агентство/Лента')
    if _names_outlet(ctx, first, last):
        return True
    if _dated_source(ctx, first, last):
        return True
    if _NEWS_AGENCY.match(ctx.tokens[first].text) and last - first > 1:
        return True  # 'ИА «X»', 'ТИА «X»': a news agency by its acronym
    if _news_agency_phrase(ctx, first, last):
        return True
    if (
        first > 1
        and ctx.tokens[first - 1].text in _DASHES
        and name_key(ctx.tokens[first - 2].text) in ctx.lexicon.outlet_keys
    ):
        return True  # 'ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК': an agency's regional service
    if ctx.compiled.kinds.find(ctx.lemmas[first:last]):
        return False  # a ministry or a fund may also "report"
    if first > 0 and ctx.lemmas[first - 1] in PRESS_OFFICES:
        return False  # 'пресс-служба Росреестра сообщила': a body speaks through its office
    before = ctx.lemmas[first - 1] if first > 0 else ""
    if before in ("«", '"') and first > 1:
        before = ctx.lemmas[first - 2]  # 'как сообщили «Северинформ»'
    after = ctx.lemmas[last] if last < len(ctx.lemmas) else ""
    if before in ctx.lexicon.word_set("not_org_outlets"):
        return True  # 'портал Ювелинет', 'телеканал X
    if (
        before == "агентство"
        and first > 1
        and ctx.tokens[first - 1].text.islower()
        and ctx.lemmas[first - 2] in TOLD
    ):
        return True  # 'сообщили агентству X': the agency told is an outlet
    quoted = first > 0 and ctx.tokens[first - 1].text in '«"'
    if quoted and first > 1 and phrase_ends_at(ctx, first - 2, "not_org_outlets"):
        return True  # 'информационное агентство «X»': an outlet's phrase before its name
    if quoted and before == "," and _bracketed_dateline(ctx, first, last):
        return True  # '(Казань, 28 марта, «X»)': the agency closing a dateline
    if quoted and before in QUOTED_OUTLET_WORDS:
        return True  # 'на сайте «X»' (but 'на сайте Минпромторга' is the ministry's site)
    if quoted and first > 2 and ctx.lemmas[first - 3] in INTERVIEW_WORDS:
        return True  # 'в беседе с «X»', 'по сообщению агентства «X»'
    if quoted and before in SPEECH_TO and ctx.tokens[first].feat("Case") == "Dat":
        return True  # 'рассказал «Вечернему курьеру»': told to an outlet
    if after in ("»", '"') and last + 1 < len(ctx.lemmas):
        after = ctx.lemmas[last + 1]
    if before in OUTLET_PEOPLE or (first > 1 and ctx.lemmas[first - 2] in OUTLET_PEOPLE):
        return True
    k = first - 1 if first > 0 and ctx.tokens[first - 1].text in '«"' else first
    if (
        k >= 2
        and [ctx.lower[k - 2], ctx.lower[k - 1]] == ["об", "этом"]
        and "пресс-служба" in ctx.lemmas[last : last + 6]
    ):
        return True  # 'Об этом «X» 19 марта в пресс-службе ...': an outlet told by a body
    return before in OUTLET_VERBS or after in OUTLET_VERBS or before == "/" or after == "/"


def _news_agency_phrase(ctx: Ctx, first: int, last: int) -> bool:
    for k in range(max(1, first), min(last, first + 3) + 1):
        if k < len(ctx.lemmas) and ctx.lemmas[k] == "агентство":
            return ctx.lemmas[k - 1] in NEWS_AGENCY_ADJECTIVES
    return False


# 'ИА', 'РИА', 'ТИА': an information agency's acronym before its name
_NEWS_AGENCY = re.compile(r"^[А-ЯЁ]{0,2}ИА$")
_DASHES = frozenset({"-", "–", "—"})
_MONTH_WORD = re.compile(
    r"^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)", re.I
)


def _dated_source(ctx: Ctx, first: int, last: int) -> bool:
    """'Город, 15 июня - X.' and 'сообщает в пятницу, 15 июня, «X»': the name closing a
    dateline (a date, then a dash or a comma, then the name and the end of the sentence)."""
    k = first - 1
    if k >= 0 and ctx.tokens[k].text in '«"':
        k -= 1
    if _dateline_head(ctx, k, last):
        return True
    if (
        k >= 3
        and ctx.tokens[k].text in _DASHES
        and ctx.tokens[k - 1].text == "."
        and _MONTH_WORD.match(ctx.tokens[k - 2].text)
        and ctx.tokens[k - 3].text.isdigit()
        and all(t.text.isupper() or not t.text.isalpha() for t in ctx.tokens[first:last])
    ):
        return True  # 'ГОРОД, 30 июн. – «АГЕНТСТВО» Текст': the agency opens the item
    if k < 2 or not (ctx.tokens[k].text in _DASHES or ctx.tokens[k].text == ","):
        return False
    if not _MONTH_WORD.match(ctx.tokens[k - 1].text) or not ctx.tokens[k - 2].text.isdigit():
        return False
    end = last + 1 if last < len(ctx.tokens) and ctx.tokens[last].text in '»"' else last
    return (
        end >= len(ctx.tokens)
        or ctx.tokens[end].text in (".", "\n")
        or (ctx.tokens[end].sent != ctx.tokens[first].sent)
    )


def _dateline_head(ctx: Ctx, k: int, last: int) -> bool:
    """'Город. 11 июня. X - ...', 'ГОРОД, 30 июн. – «X» ...': the name between a dateline's
    date and a dash is the agency that filed the item."""
    if k < 1 or ctx.tokens[k].text not in (".", ","):
        return False
    j = k - 1
    if not _MONTH_WORD.match(ctx.tokens[j].text) or j < 1 or not ctx.tokens[j - 1].text.isdigit():
        return False
    end = last + 1 if last < len(ctx.tokens) and ctx.tokens[last].text in '»"' else last
    return end < len(ctx.tokens) and ctx.tokens[end].text in _DASHES


def _bracketed_dateline(ctx: Ctx, first: int, last: int) -> bool:
    """'(Город, 28 марта, «X»)': a quoted name closing a bracket opened a few words before,
    after a date."""
    k = last + 1 if last < len(ctx.tokens) and ctx.tokens[last].text in '»"' else last
    if k >= len(ctx.tokens) or ctx.tokens[k].text != ")":
        return False
    opened = [j for j in range(max(0, first - 9), first) if ctx.tokens[j].text == "("]
    return bool(opened) and any(ctx.tokens[j].text.isdigit() for j in range(opened[-1], first))
