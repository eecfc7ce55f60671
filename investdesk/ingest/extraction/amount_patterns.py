"""How a rouble sum is printed: its figure, scale and currency, and what around it makes it
no sum (regular expressions)."""

from __future__ import annotations

import re

from .amount_kinds import INVEST_VERB_FORMS

SCALES = {
    "тыс": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "млрд": 1e9,
    "млд": 1e9,  # a common misprint of 'млрд'
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
_SCALE = r"(тыс(?:яч[аиу]?)?\.?|млн\.?|млрд\.?|млд\.?|трлн\.?|милл?иард(?:а|ов|ам|ами)?|миллион(?:а|ов|ам|ами)?|триллион(?:а|ов|ам|ами)?)"
_RUB = r"(?:(?:российск(?:их|ого|ий)\s+)?руб(?:лей|ля|ль|\.)?|₽|р\.)"
# 'трех с половиной миллиардов рублей': a figure in words and a half
_HALF = r"(?:\s+с\s+половиной)?"
AMOUNT = re.compile(
    rf"(?<![\w$])(?:{_NUM}|{_WORDNUM}{_HALF})\s*(?:{_SCALE}\s*)?{_RUB}(?!\w)", re.IGNORECASE
)
# 'Ещё 300 миллионов вложат в склад': a figure with no currency that the verb of investing
# right after it governs; the currency is the one the text prints nearest
INVEST_VERB_AFTER = re.compile(
    r"\s+(?:будет\s+|будут\s+|планируют\s+|планирует\s+)?"
    rf"(?:{INVEST_VERB_FORMS}|направ(?:ят|ит|лено|ить)\b)",
    re.IGNORECASE,
)
# '... составит более 1,5 миллиарда.', 'это 25 миллиардов.': a large figure that ends its
# clause with no currency; in a sentence about investment, the currency is the one the text
# prints nearest ('1,3 млн квадратных метров' names its unit and is no sum)
_SCALE_WORD = r"(млн|млрд|трлн|милл?иард(?:а|ов)?|миллион(?:а|ов)?|триллион(?:а|ов)?)"
BARE_FIGURE = re.compile(rf"(?<![\w.,$€]){_NUM}\s*{_SCALE_WORD}(?!\w)", re.IGNORECASE)
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
# ('Это два миллиарда инвестиций в область': the figure in words)
SCALE_OF_INVESTMENT = re.compile(
    rf"(?<![\w.,])(?:{_NUM}|{_WORDNUM})\s*{_SCALE_WORD}\.?\s*"
    r"(?:инвестиций|вложений|капиталовложений)\b",
    re.IGNORECASE,
)
# '200-миллиардный проект', '5-миллионного контракта': a sum printed as an adjective of what
# is built or signed; its currency is the one the text prints nearest
ADJECTIVAL_SUM = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*-\s*(миллиард|миллион|триллион)н\w*\s+"
    r"(?:[а-яё]+(?:ый|ой|ий|ого|ому|ом|ая|ую|ые|ых)\s+)?"
    r"(?:инвест|проект|завод|комбинат|контракт|соглашени|комплекс|производств|вложени|"
    r"кластер|предприяти|фабрик|терминал)",
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
# a sum under a million roubles is a wage, a price or a small grant, not the investment a
# regional project reports ('средний заработок составит около 20 тыс. руб.'); it still names
# the kind of the sum after it
INVESTMENT_FLOOR = 1_000_000
