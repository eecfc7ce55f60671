"""Rouble amounts, the printed date and the length of a visit (regular expressions)."""

from __future__ import annotations

import datetime as dt
import re

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
SCALES = {
    "тыс": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "милиард": 1e9,
    "трлн": 1e12,
    "триллион": 1e12,
}
NUMBER_WORDS = {
    "один": 1,
    "одного": 1,
    "одной": 1,
    "два": 2,
    "двух": 2,
    "две": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "четырёх": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "двадцать": 20,
    "двадцати": 20,
    "тридцать": 30,
    "тридцати": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "пятидесяти": 50,
    "сорока": 40,
    "шестьдесят": 60,
    "шестидесяти": 60,
    "семьдесят": 70,
    "семидесяти": 70,
    "восемьдесят": 80,
    "восьмидесяти": 80,
    "девяносто": 90,
    "девяноста": 90,
    "сто": 100,
    "ста": 100,
    "двести": 200,
    "триста": 300,
    "пятьсот": 500,
    "полтора": 1.5,
    "полторы": 1.5,
    "полутора": 1.5,
}
_NUM = r"(\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?)"
_WORDNUM = r"(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_SCALE = r"(тыс(?:яч[аиу]?)?\.?|млн\.?|млрд\.?|трлн\.?|милл?иард(?:а|ов|ам|ами)?|миллион(?:а|ов|ам|ами)?|триллион(?:а|ов|ам|ами)?)"
_RUB = r"(?:(?:российск(?:их|ого|ий)\s+)?руб(?:лей|ля|ль|\.)?|₽|р\.)"
# 'трех с половиной миллиардов рублей': a figure in words and a half
_HALF = r"(?:\s+с\s+половиной)?"
AMOUNT = re.compile(
    rf"(?<![\w$])(?:{_NUM}|{_WORDNUM}{_HALF})\s*(?:{_SCALE}\s*)?{_RUB}(?!\w)", re.IGNORECASE
)
# '... составит более 1,5 миллиарда.', 'это 25 миллиардов.': a large figure that ends its
# clause with no currency; in a sentence about investment, the currency is the one the text
# prints nearest ('1,3 млн квадратных метров' names its unit and is no sum)
BARE_FIGURE = re.compile(
    rf"(?<![\w.,$€]){_NUM}\s*(млн|млрд|трлн|милл?иард(?:а|ов)?|миллион(?:а|ов)?|"
    r"триллион(?:а|ов)?)(?!\w)",
    re.IGNORECASE,
)
# what may follow such a figure for it to end its clause: a stop before a new sentence, a
# comma, a dash
BARE_END = re.compile(r"\.?\s*(?:$|\n|[,;!?)]|\s[–—-]\s)|\.\s+[А-ЯЁA-Z«\"]")
# 'инвестор вложит 76 млн в линию', 'завод стоимостью 5 млрд': a headline's figure that a
# word of investing governs, its currency left out
QUALIFIER = r"(?:(?:около|более|свыше|порядка|почти|примерно|не менее|до)\s+)?"
# '1 млрд 200 млн рублей', '2 миллиарда 300 миллионов рублей': the head of a compound sum
COMPOUND_HEAD = re.compile(rf"(?<![\w.,]){_NUM}\s*{_SCALE}\s+$", re.IGNORECASE)
# '15-22 млрд рублей', 'от 2 до 3 млрд рублей', 'от 300 млн до 1 млрд рублей': a range's
# lower bound printed before the figure; both bounds are amounts
RANGE_HEAD = re.compile(
    rf"(?<![\w.,])(?:(от)\s+)?{_NUM}\s*(?:{_SCALE}\s*)?(?:\s*[-–—]\s*|\s+до\s+)$", re.IGNORECASE
)
# '10 млн долларов (около 900 млн рублей)', '$5 млн, или 450 млн рублей': a rouble figure that
# converts a sum in another currency printed just before it; the sum is not in roubles
_FOREIGN = r"(?:долл\w*\.?|евро|юан\w*|тенге|USD|EUR|CNY|€|\$)(?:\s+США)?"
FOREIGN_BEFORE = re.compile(
    rf"(?:\${_NUM}\s*(?:{_SCALE})?|{_NUM}\s*(?:{_SCALE}\s*)?{_FOREIGN})"
    r"\s*[(,–—-]?\s*(?:или|что составляет|что эквивалентно|то есть)?\s*"
    r"(?:около|примерно|порядка|более|свыше|почти|приблизительно)?\s*$",
    re.IGNORECASE,
)
# 'Миллиард рублей вложит...', 'Более полумиллиарда рублей...': a round sum with no figure
# ('миллиардов рублей' without a figure is a vague 'billions', not a sum)
WORD_AMOUNT = re.compile(
    r"(?<![\w-])(пол(?:у)?)?(миллиард|миллион|триллион)(?:а|у|ом)?\s+(?:руб(?:лей|ля|\.)|₽)",
    re.IGNORECASE,
)
# '... на 50 млрд рублей. Это 7 млрд. инвестиций': a figure whose currency is left out before
# the word for investment; the currency is the one the text prints nearest
SCALE_OF_INVESTMENT = re.compile(
    rf"(?<![\w.,]){_NUM}\s*(млн\.?|млрд\.?|трлн\.?|милл?иард(?:а|ов)?|миллион(?:а|ов)?)\s*"
    r"(?:инвестиций|вложений|капиталовложений)\b",
    re.IGNORECASE,
)
CURRENCY = re.compile(
    r"(руб|₽)|долл|\$|евро|€|юан|тенге|USD|EUR|CNY|BYN|белорусск\w* руб", re.IGNORECASE
)
# 'эта сумма превысит миллиард' continues a rouble figure from the same paragraph
BARE_SCALE = re.compile(
    r"(?:перевал\w*|превы\w*|достигн\w*|составит|составляет|составил\w*)\s+(?:за\s+)?"
    r"(триллион|миллиард)\b",
    re.IGNORECASE,
)
NOT_INVESTMENT = re.compile(
    # ('аналог' is no tax; import substitution and export-oriented plants are built)
    r"(?<!а)налог|бюджет|доход|выручк|товарооборот|оборот|услуг|зарплат|заработн|отчислен|"
    r"экспорт(?!\w*[- ]?ориент)|импорт(?!озамещ)|поставк|ВРП|кредит|долг|субсиди|грант|"
    r"штраф|за[её]м|займ|прибыл|"
    r"лизинг|пособи|стипенди|продаж|розниц|реализаци[ия] продукции|стоимость продукции|"
    # payouts and losses: wages, bonuses, dividends, prizes, damage, arrears
    r"оплат\w* труда|\bФОТ\b|выплат|дивиденд|преми(?:я|и|ю|ей|й|ям|ями|ях)\b|премиальн|"
    r"\bприз(?:а|ы|у|ов|ом|овой|ового|овые|овых)?\b|ущерб|убыт|задолженност|недоимк|"
    # support a state body grants is not the investor's money
    r"господдержк|(?:мер\w*|объ[её]м\w*|финансов\w*|государственн\w*) поддержк|"
    # the worth of what a plant ships, not of what is built
    r"отгруз|объ[её]м\w* (?:выпуска|производства)|продукции на|"
    r"сэконом|экономи[яиюей]\b|эффект|"
    # what a region spends to show itself at a forum: its stand, its exposition
    r"\bстенд|экспозици|"
    # the volume of trade, a price
    r"объ[её]м\w* (?:\w+ )?торговл|\bцен(?:а|е|у|ой|ы)\b|"
    # money of the state: federal or budget funds, allocations, state programmes
    r"(?:федеральн|бюджетн|государственн|казенн|казённ|региональн|областн|краев|"
    r"республиканск|муниципальн)\w* (?:средств|денег|финансировани|ассигновани)|"
    r"ассигновани",
    re.IGNORECASE,
)
# 'Товарооборот с провинцией, по данным таможни за прошлый год, составил 25 млрд рублей':
# kinds of money so plainly not investment that they name a figure from anywhere earlier in
# its sentence, or from later in its clause when nothing before it names investment
FAR_NOT_INVESTMENT = re.compile(
    r"товарооборот|оборот|объ[её]м\w* (?:\w+ )?торговл|выручк|доход|(?<!а)налог|зарплат|заработн|"
    r"оплат\w* труда|\bФОТ\b|бюджет|продаж",
    re.IGNORECASE,
)
# far from the figure, any word of building or investing between that kind and the figure
# gives the figure back its kind ('рост товарооборота ..., а инвестор построит завод за ...')
FAR_GIVEN_BACK = re.compile(
    r"инвест|влож|вкладыв|стоимост|обойд[её]тся|постро|строительств|возвед|созда|проект|"
    r"соглашени",
    re.IGNORECASE,
)
# what gives a figure back its kind after such a word: a verb of investing governs the figure
# ('экспортер зерна вложит 3 млрд рублей'); a noun of investment does when a clause break
# parts it from that word ('товарооборот достиг 5 млрд долларов, а инвестиции - ...')
INVEST_VERB = re.compile(
    r"влож(?:ит|ат|ил|или|ила|ено|ены|ена|ить)\b|вкладыва\w*|"
    r"инвестир(?:ует|уют|овал|овала|овали|овано|овать|уем)\b|проинвестир\w*|"
    # what is built for the figure: 'построит терминал стоимостью 6 млрд рублей'
    r"постро(?:ит|ят|ил|или|ено|ены|ить)\b|"
    r"стоимост(?!\w* (?:продукц|контракт|поставк|услуг|экспорт|импорт|товар))",
    re.IGNORECASE,
)
INVEST_NOUN = re.compile(r"инвестици(?:и|й|ям|ями|ях|ю|я)\b|вложени|капиталовложени", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:(]|\s[–—-]\s")
# 'правительство области выделит 400 млн рублей на дорогу': the state allocating its money
ALLOCATE = re.compile(
    r"выдел(?:ит|ят|ил|ила|или|ено|ены|ена|яет|яют|ить|ять|ени[ея]|яем\w*)\b", re.IGNORECASE
)
STATE_ACTOR = re.compile(
    r"правительств|администраци|министерств|минфин|минэконом|минпромторг|губернатор|мэри[яию]|"
    r"федеральн|государств|казн|власт",
    re.IGNORECASE,
)
# '300 млн рублей налогов', '2 млрд рублей составила выручка': the kind of money printed
# after the figure, within its clause
NOT_INVESTMENT_AFTER = re.compile(
    r"(?<!а)налог|бюджет|доход|выручк|оборот|зарплат|заработн|отчислен|экспорт|импорт|кредит|"
    r"субсиди|грант|штраф|за[её]м|займ|прибыл|пособи|выплат|выплач|уплач|дивиденд|"
    r"преми(?:я|и|ю|ей|й|ям|ями|ях)\b|ущерб|убыт|задолженност|господдержк",
    re.IGNORECASE,
)
AFTER_WORDS = 4
LATE_AFTER_WORDS = 8
CLAUSE_END = re.compile(r"[,;:.!?()\n«»\"]|\s[–—-]\s")
# Trade contracts ('контракты на сумму 1 млрд рублей') sell goods; an investment contract
# ('специальный инвестиционный контракт') is investment.
CONTRACT = re.compile(r"контракт|сделк", re.IGNORECASE)
INVEST_WORD = re.compile(r"инвест", re.IGNORECASE)
INVEST_CUE = re.compile(
    r"инвест|влож|вкладыв|капиталовлож|стоимост|проект|соглашени", re.IGNORECASE
)
# 'на форуме заключили сделки на 3 трлн рублей': the deals of a forum are its agreements'
# total, which is reported as investment
FORUM_WORD = re.compile(r"форум|ПМЭФ|ВЭФ|саммит|конгресс", re.IGNORECASE)
# '215, 5 млрд': a decimal comma printed with a space after it
SPLIT_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}),[ \u00a0]$")
# '13,5 млрд рублей в год', '... каждый год': a yearly flow; 'проекты стоимостью свыше 100 млн
# рублей каждый': a threshold each item passes, not a sum
PER_YEAR = re.compile(
    r"^\s*(?:в год|ежегодно|в месяц|в сутки|кажд|"
    # '50 тыс. рублей за тонну', '3 млн рублей на человека': a price or a rate per unit
    r"за (?:1 |одн\w+ |один |каждый |каждую )?(?:тонн|кв\.|квадратн|гектар|га\b|куб|штук|"
    r"единиц|килограмм|кг\b|литр|мест|человек|сотк)|на (?:одного )?(?:человека|душу|жителя))",
    re.IGNORECASE,
)
# 'двадцать пять миллиардов рублей': the tens printed before the figure in words
TENS_BEFORE = re.compile(
    r"(?<!\w)(двадцат[ьи]|тридцат[ьи]|сорока?|пятьдесят|пятидесяти|шестьдесят|шестидесяти|"
    r"семьдесят|семидесяти|восемьдесят|восьмидесяти|девяност[оа])\s+$",
    re.IGNORECASE,
)
# a sum of fewer roubles is no investment ('в 2 р. больше' is a ratio)
MIN_AMOUNT = 10_000

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


def _is_investment(text: str, start: int, end: int, previous: tuple[int, bool] | None) -> bool:
    """Whether the rouble sum at ``start:end`` is investment; ``previous`` is the end of the
    sum printed before it in the text and whether that one was investment."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    clause = text[end : end + 80]
    stop = CLAUSE_END.search(clause)
    after = " ".join(clause[: stop.start() if stop else None].split()[:AFTER_WORDS])
    if previous is not None and previous[0] > sentence_start:
        # 'выручка составила 12 млрд рублей, а инвестиции - 1 млрд рублей': the kind named
        # before the first sum is that sum's; a sum that follows a rejected one in its
        # sentence continues the list unless the text names investment again
        sentence_start = previous[0]
        cue = INVEST_CUE.search(text[sentence_start:start]) or INVEST_CUE.search(after)
        if not previous[1] and not cue:
            return False
    before = text[max(sentence_start, start - 80) : start]
    whole = text[sentence_start:start]
    kinds = list(NOT_INVESTMENT.finditer(before))
    if kinds and not _given_back(before, kinds[-1].end()):
        return False
    far = list(FAR_NOT_INVESTMENT.finditer(whole))
    if far and not FAR_GIVEN_BACK.search(whole, far[-1].end()):
        return False
    if _state_allocation(text, sentence_start, start):
        return False
    # 'Итогом форума стало подписание соглашений. ... сумма контрактов превысила ...': the
    # forum may be named in the sentence before
    previous_start = max(text.rfind(c, 0, max(0, sentence_start - 1)) for c in ".!?\n") + 1
    if (
        CONTRACT.search(before)
        and not INVEST_WORD.search(before)
        and not FORUM_WORD.search(text[previous_start:start])
    ):
        return False
    if NOT_INVESTMENT_AFTER.search(after):
        return False
    if not INVEST_CUE.search(whole):
        # 'Еще 5 млрд рублей составил в прошлом году товарооборот': nothing before the figure
        # names its kind, its clause does further on
        words = " ".join(clause[: stop.start() if stop else None].split()[:LATE_AFTER_WORDS])
        return not FAR_NOT_INVESTMENT.search(words)
    return True


def _given_back(before: str, kind_end: int) -> bool:
    """Whether investment is named between a kind of money that is not investment (ending at
    ``kind_end``) and the figure at the end of ``before``."""
    if INVEST_VERB.search(before, kind_end):
        return True
    noun = INVEST_NOUN.search(before, kind_end)
    return noun is not None and CLAUSE_BREAK.search(before, kind_end, noun.start()) is not None


def _state_allocation(text: str, sentence_start: int, start: int) -> bool:
    """'правительство области выделит 400 млн рублей': the state's money, not investment."""
    window = max(sentence_start, start - 80)
    for verb in ALLOCATE.finditer(text, window, start):
        actor_from = max(sentence_start, verb.start() - 50)
        head = text[actor_from : verb.start()]
        cut = max((m.end() for m in CLAUSE_BREAK.finditer(head)), default=0)
        if STATE_ACTOR.search(head[cut:]) or STATE_ACTOR.search(text, verb.end(), start):
            return True
    return False


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
    if "руб" not in lowered and "₽" not in text and "р." not in lowered:
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
        invested = _is_investment(text, start, match.end(), previous)
        if invested and FOREIGN_BEFORE.search(text, max(0, start - 60), start):
            invested = False
        last_rub_end = match.end()
        previous = (match.end(), invested)
        if not invested or PER_YEAR.match(text[match.end() : match.end() + 20]):
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
        if not _is_investment(text, match.start(), match.end(), None):
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
        if _nearest_currency_is_rouble(text, match.start(), match.end()):
            value = int(round(_number(match.group(1)) * _scale(match.group(2))))
            ctx.add("amount", match.start(), match.end(), value)
            if value not in values:
                values.append(value)
    for match in BARE_FIGURE.finditer(text):
        if not BARE_END.match(text, match.end()) and not _governed(text, match.start()):
            continue
        if CURRENCY.match(text[match.end() : match.end() + 30].lstrip(". \u00a0")):
            continue  # the figure names its currency: the patterns above judge it
        sentence_start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        if not INVEST_CUE.search(text, sentence_start, match.start()):
            continue
        if not _nearest_currency_is_rouble(text, match.start(), match.end(), reach=len(text)):
            continue
        if not _is_investment(text, match.start(), match.end(), None):
            continue
        value = int(round(_number(match.group(1)) * _scale(match.group(2))))
        ctx.add("amount", match.start(), match.end(), value)
        if value not in values:
            values.append(value)
    # a headline's rounding of the body's figure ('14 млрд' over '14,5 млрд') is kept: the
    # annotators list both printed figures, as they are printed
    return values


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
