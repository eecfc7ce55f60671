"""Rouble amounts, the printed date and the length of a visit (regular expressions); how a sum
is printed is in ``amount_patterns``, whether it is investment in ``amount_kinds``."""

from __future__ import annotations

import datetime as dt
import re

from .amount_kinds import INVEST_CUE, INVEST_VERB, is_investment
from .amount_patterns import (
    ADJECTIVAL_SUM,
    AMOUNT,
    BARE_END,
    BARE_FIGURE,
    BARE_SCALE,
    COMPOUND_HEAD,
    CURRENCY,
    FOREIGN_BEFORE,
    INVEST_VERB_AFTER,
    INVESTMENT_FLOOR,
    MIN_AMOUNT,
    NUMBER_WORDS,
    PER_YEAR,
    QUALIFIER,
    RANGE_HEAD,
    SCALE_OF_INVESTMENT,
    SCALES,
    SPLIT_DECIMAL,
    TENS_BEFORE,
    WORD_AMOUNT,
)
from .context import Ctx

MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_MONTH = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# a dateline's abbreviated month ('14 мар 2021 г.', '5 сент. 2019')
MONTH_ABBR = {
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "мая": 5,
    "май": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}
# a month named before the day, in the nominative or the genitive ('Май 21, 2025')
_MONTH_FIRST = (
    r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|"
    r"октябр[ья]|ноябр[ья]|декабр[ья])"
)
# an English timestamp under the headline ('Monday, 07 March 2022', 'May 21, 2025')
MONTHS_EN = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_EN = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_MONTH_ABBR = r"(янв|февр?|март?|апр|ма[йя]|июн|июл|авг|сент?|окт|нояб?|дек)\.?"
DATE_PATTERNS = [
    # 20.04.2023, 20/04/2023 and 20-04-2023 (the two separators alike)
    (re.compile(r"(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)"), ("d", "_", "m", "y")),
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("y", "m", "d")),
    # '14 мая 2012', '14 мая, 2012'; '10–12 марта 2015' (a range) gives its first day
    (
        re.compile(rf"(?<!\d)(\d{{1,2}})\s*[–-]\s*\d{{1,2}}\s+{_MONTH},?\s+(\d{{4}})(?!\d)", re.I),
        ("d", "M", "y"),
    ),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})(?!\d)", re.I), ("d", "M", "y")),
    (re.compile(rf"(?<!\d)(\d{{4}}),?\s+(\d{{1,2}})\s+{_MONTH}", re.I), ("y", "d", "M")),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_MONTH_ABBR}\s+(\d{{4}})(?!\d)", re.I), ("d", "A", "y")),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_MONTH_EN},?\s+(\d{{4}})(?!\d)"), ("d", "E", "y")),
    (re.compile(rf"(?<![A-Za-z]){_MONTH_EN}\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)"), ("E", "d", "y")),
    # 'Май 21, 2025': the month first, as English-style datelines print it
    (
        re.compile(rf"(?<!\w){_MONTH_FIRST}\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I),
        ("M", "d", "y"),
    ),
]
DURATION_WORDS = {
    "одно": 1,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
}
DURATION = re.compile(
    r"\b(одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\d+)"
    r"-?дневн",
    re.IGNORECASE,
)


def _number(raw: str) -> float:
    raw = re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", ".")
    return float(raw)


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    word = raw.lower().rstrip(".")
    for prefix, value in SCALES.items():
        if word.startswith(prefix):
            return value
    return 1.0


def _range_low(text: str, start: int, scale: str | None) -> tuple[int, int] | None:
    """The start and value of a range's lower bound printed just before a figure."""
    head = RANGE_HEAD.search(text, max(0, start - 30), start)
    if head is None or (not head.group(1) and "до" in head.group(0).lower()):
        return None  # 'с 2 до 3 млрд рублей' is a change, not a range
    low = int(round(_number(head.group(2)) * _scale(head.group(3) or scale)))
    return (head.start(), low) if low > 0 else None


def find_amounts(ctx: Ctx) -> list[int]:
    text = ctx.text
    values: list[int] = []
    last_rub_end = -1
    previous: tuple[int, bool] | None = None
    lowered = text.lower()
    if (
        "руб" not in lowered
        and "₽" not in text
        and "р." not in lowered
        and not SCALE_OF_INVESTMENT.search(text)
        and not ADJECTIVAL_SUM.search(text)
    ):
        return values  # the big pattern is slow; most texts name no rouble sum
    for match in AMOUNT.finditer(text):
        number = _number(match.group(1)) if match.group(1) else NUMBER_WORDS[match.group(2).lower()]
        if match.group(2) and "половин" in match.group(0).lower():
            number += 0.5
        split = SPLIT_DECIMAL.search(text, max(0, match.start() - 6), match.start())
        if match.group(1) and split is not None and match.group(1).isdigit():
            number = float(f"{split.group(1)}.{match.group(1)}")  # '215, 5 млрд рублей'
        start = match.start()
        tens = TENS_BEFORE.search(text, max(0, start - 16), start) if match.group(2) else None
        if tens is not None and number < 10:
            number += NUMBER_WORDS[tens.group(1).lower()]
            start = tens.start()
        value = int(round(number * _scale(match.group(3))))
        head = COMPOUND_HEAD.search(text, max(0, start - 30), start)
        if head is not None and match.group(1) and _scale(head.group(2)) > _scale(match.group(3)):
            # '1 млрд 200 млн рублей': the larger unit printed first belongs to the sum
            value += int(round(_number(head.group(1)) * _scale(head.group(2))))
            start = head.start()
        if value < MIN_AMOUNT:
            continue  # no sum: it neither counts nor names the kind of the next one
        invested = is_investment(text, start, match.end(), previous)
        if invested and FOREIGN_BEFORE.search(text, max(0, start - 60), start):
            invested = False
        last_rub_end = match.end()
        previous = (match.end(), invested)
        if (
            not invested
            or value < INVESTMENT_FLOOR
            or PER_YEAR.match(text[match.end() : match.end() + 20])
        ):
            # a yearly or per-item figure is no sum, though it is of the kind the next one is
            continue
        low = _range_low(text, start, match.group(3))
        if low is not None and low[1] < value:
            start = low[0]
            if low[1] not in values:
                values.append(low[1])
        ctx.add("amount", start, match.end(), value)
        if value not in values:
            values.append(value)
    for match in WORD_AMOUNT.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].rstrip().lower()
        if before[-1:].isdigit() or before.endswith(tuple(NUMBER_WORDS)):
            continue  # '2 миллиарда рублей', 'три миллиарда рублей': the figure pattern has it
        value = int(_scale(match.group(2)) * (0.5 if match.group(1) else 1))
        last_rub_end = max(last_rub_end, match.end())
        if not is_investment(text, match.start(), match.end(), None):
            continue
        if PER_YEAR.match(text[match.end() : match.end() + 20]):
            continue
        ctx.add("amount", match.start(), match.end(), value)
        if value not in values:
            values.append(value)
    for match in BARE_SCALE.finditer(text):
        if 0 <= last_rub_end < match.start() and match.start() - last_rub_end < 400:
            value = int(_scale(match.group(1)))
            ctx.add("amount", match.start(1), match.end(1), value)
            if value not in values:
                values.append(value)
    for match in SCALE_OF_INVESTMENT.finditer(text):
        # '5 миллиардов инвестиций' in a text that prints no currency at all: a Russian
        # region's news counts in roubles
        if _nearest_currency_is_rouble(text, match.start(), match.end()) or not CURRENCY.search(
            text
        ):
            figure = (
                _number(match.group(1)) if match.group(1) else NUMBER_WORDS[match.group(2).lower()]
            )
            value = int(round(figure * _scale(match.group(3))))
            ctx.add("amount", match.start(), match.end(), value)
            if value not in values:
                values.append(value)
    for match in ADJECTIVAL_SUM.finditer(text):
        if CURRENCY.search(text) and not _nearest_currency_is_rouble(
            text, match.start(), match.end(), reach=len(text)
        ):
            continue
        value = int(round(_number(match.group(1)) * _scale(match.group(2))))
        ctx.add("amount", match.start(), match.end(), value)
        if value not in values:
            values.append(value)
    for match in BARE_FIGURE.finditer(text):
        # 'Ещё 300 млн инвестируют в ...': the verb of investing after the figure governs it
        verb_after = INVEST_VERB_AFTER.match(text, match.end()) is not None
        ended = BARE_END.match(text, match.end()) or _governed(text, match.start())
        if not ended and not verb_after:
            continue
        if CURRENCY.match(text[match.end() : match.end() + 30].lstrip(". \u00a0")):
            continue  # the figure names its currency: the patterns above judge it
        sentence_start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        if not verb_after and not INVEST_CUE.search(text, sentence_start, match.start()):
            continue
        if not _nearest_currency_is_rouble(text, match.start(), match.end(), reach=len(text)):
            continue
        if not is_investment(text, match.start(), match.end(), None):
            continue
        value = int(round(_number(match.group(1)) * _scale(match.group(2))))
        ctx.add("amount", match.start(), match.end(), value)
        if value not in values:
            values.append(value)
    return _without_headline_roundings(ctx, values)


def _without_headline_roundings(ctx: Ctx, values: list[int]) -> list[int]:
    """A headline's '6,5 трлн' over the body's '6 трлн 492 млрд' is the same sum rounded, and
    goes; the headline's '14 млрд' over '14,5 млрд' is another printed figure, and two close
    figures in the body ('17 млрд' and '17,2 млрд' for two zones) are two sums."""
    first_at: dict[int, int] = {}
    in_words: set[int] = set()
    told_after: set[int] = set()  # sums the body prints again after the opening
    for mention in ctx.mentions:
        if mention.type != "amount":
            continue
        if _zone_at(ctx, mention.start) not in ("title", "lead"):
            told_after.add(mention.normal)
        if mention.normal not in first_at:
            first_at[mention.normal] = mention.start
            if not any(ch.isdigit() for ch in ctx.text[mention.start : mention.end]):
                in_words.add(mention.normal)
    # 'завод за пять миллиардов' in the headline and 'около пяти миллиардов' for it in the
    # body is that plant's own sum, whatever total near it the body names later
    opening = {
        value
        for value, start in first_at.items()
        if _zone_at(ctx, start) in ("title", "lead") and value not in told_after
    }
    return [
        value
        for value in values
        if not (
            value in opening
            and any(
                (_rounds(value, other) or (value in in_words and _approximates(value, other)))
                and first_at.get(other, -1) > first_at[value]
                for other in values
            )
        )
    ]


def _zone_at(ctx: Ctx, start: int) -> str:
    return ctx.zone(min(ctx.token_index(start), len(ctx.tokens) - 1))


# How far a figure of one or two significant digits may lie from a more precise one and
# still be its rounding ('5,3 трлн' for '5,395 трлн', '300 млрд' for '293,4 млрд').
ROUNDING_SHARE = 0.025


def _significant_digits(value: int) -> int:
    return len(str(value).rstrip("0"))


def _rounds(value: int, other: int) -> bool:
    """Whether ``value`` is ``other`` printed rounded to one or two significant digits, or
    cut to fewer digits ('171 млрд' in the headline for the body's '171,8 млрд')."""
    return (
        value != other
        and (
            _truncates(value, other) or _significant_digits(value) <= 2 < _significant_digits(other)
        )
        and abs(value - other) <= ROUNDING_SHARE * other
    )


# 'полмиллиарда' in a headline over the body's '467 млн': a round sum in words is a looser
# rounding than a figure
WORDS_ROUNDING_SHARE = 0.1


def _approximates(value: int, other: int) -> bool:
    return value != other and abs(value - other) <= WORDS_ROUNDING_SHARE * other


def _governed(text: str, start: int) -> bool:
    """Whether a word of investing stands right before the figure at ``start``."""
    head = text[max(0, start - 40) : start]
    return any(
        re.fullmatch(rf"\s+{QUALIFIER}", head[verb.end() :], re.IGNORECASE)
        for verb in INVEST_VERB.finditer(head)
    )


def _nearest_currency_is_rouble(text: str, start: int, end: int, reach: int = 300) -> bool:
    """Whether the currency printed nearest a figure that names none is the rouble."""
    before = list(CURRENCY.finditer(text, max(0, start - reach), start))
    after = CURRENCY.search(text, end, end + reach)
    nearest = before[-1] if before else None
    if after is not None and (nearest is None or after.start() - end < start - nearest.end()):
        nearest = after
    return nearest is not None and nearest.group(1) is not None


def find_date(ctx: Ctx) -> str | None:
    found: list[tuple[int, str]] = []
    for pattern, order in DATE_PATTERNS:
        for match in pattern.finditer(ctx.text):
            parts = dict(zip(order, match.groups(), strict=True))
            month = parts.get("m")
            if "M" in parts:
                word = parts["M"].lower()
                month = next(v for k, v in MONTHS.items() if word.startswith(k))
            if "E" in parts:
                month = MONTHS_EN[parts["E"].lower()[:3]]
            if "A" in parts:
                month = MONTH_ABBR[parts["A"].lower()[:3]]
            try:
                date = dt.date(int(parts["y"]), int(month), int(parts["d"]))
            except (TypeError, ValueError):
                continue
            before = ctx.text[max(0, match.start() - 4) : match.start()].lower()
            if before.endswith(("до ", "по ")):
                continue  # a deadline, not the date of the news
            found.append((match.start(), date.isoformat()))
            ctx.add("date", match.start(), match.end(), date.isoformat())
    return min(found)[1] if found else None


def find_duration(ctx: Ctx) -> int | None:
    match = DURATION.search(ctx.text)
    if match is None:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else DURATION_WORDS.get(word)


def _truncates(value: int, other: int) -> bool:
    """'171' for '171,8': the same leading digits at the same scale, the rest cut off."""
    digits, other_digits = str(value).rstrip("0"), str(other).rstrip("0")
    return (
        len(digits) >= 2
        and len(other_digits) > len(digits)
        and other_digits.startswith(digits)
        and len(str(value)) == len(str(other))
    )
