"""Whether a rouble sum is investment: the kinds of money printed around it (regular
expressions and the rules that read them)."""

from __future__ import annotations

import re

# a loan: 'заём', 'займа', 'заемные средства'; not the verb 'занять' ('цех займет 5 га',
# 'компания займется выпуском стекла'), whose forms begin the same way
_LOAN = r"за[её]м|займ(?!ет|ёт|ут|[её]м\b|[её]мся)"
# a debt: 'долг', 'госдолга', 'долговые обязательства'; not 'долгосрочный', 'долговременный',
# 'долгий' (long), which begin the same way
# a profit: 'прибыль', 'прибыли'; not the verb 'прибыть' ('прибыл', 'прибыла', 'прибыло')
_PROFIT = r"прибыл(?![оа]?\b)"
# a supply: 'поставит', 'поставляют'; not a goal set ('поставил задачу', 'поставил перед
# командой цель')
_NOT_A_GOAL = r"\b(?!\s+(?:\w+\s+){0,2}(?:задач|цел))"
_SUPPLY = rf"постав(?:ит|ят|ил|ила|или|ляет|ляют){_NOT_A_GOAL}"
# receipts: 'поступления в бюджет'; not 'поступление инвестиций', which is investment
_RECEIPTS = r"поступлени(?!\w*\s+(?:\w+\s+)?(?:инвест|вложени|капиталовлож))"
_DEBT = r"(?:\b|гос)долг(?:а|у|ом|е|и|ов|ам|ами|ах|ов(?:ой|ого|ому|ым|ом|ая|ую|ые|ых|ыми))?\b"

NOT_INVESTMENT = re.compile(
    # ('аналог' is no tax; import substitution and export-oriented plants are built)
    # ('внебюджетные инвестиции' are the private money a project draws)
    r"(?<!а)налог|(?<!вне)бюджет|доход|выручк|товарооборот|оборот|услуг|зарплат|заработн|отчислен|"
    rf"{_RECEIPTS}|экспорт(?!\w*[- ]?ориент)|импорт(?!озамещ)|поставк|ВРП|кредит|субсиди|грант|"
    r"валов\w* (?:регионал|внутренн)\w* продукт|"
    rf"{_DEBT}|"
    rf"штраф|{_LOAN}|{_PROFIT}|"
    r"лизинг|пособи|стипенди|продаж|розниц|реализаци[ия] продукции|стоимость продукции|"
    # a supply: 'поставит компании полипропилен на сумму 1,5 млрд рублей'
    rf"{_SUPPLY}|поставлять{_NOT_A_GOAL}|"
    # payouts and losses: wages, bonuses, dividends, prizes, damage, arrears
    r"оплат\w* труда|\bФОТ\b|заработ(?:ок|к)|выплат|дивиденд|преми(?:я|и|ю|ей|й|ям|ями|ях)\b|премиальн|"
    r"\bприз(?:а|ы|у|ов|ом|овой|ового|овые|овых)?\b|ущерб|убыт|задолженност|недоимк|"
    # support a state body grants is not the investor's money
    r"господдержк|(?:мер\w*|объ[её]м\w*|финансов\w*|государственн\w*) поддержк|"
    # 'в виде поддержки получили 11 млрд рублей', 'направят на возмещение затрат': support
    # the state gives back or hands out
    r"(?:в виде|в качестве|на) (?:\w+ )?поддержк|возмещени|компенсаци|"
    # the worth of what a plant ships, not of what is built
    r"отгруз|объ[её]м\w* (?:выпуска|производства)|(?:продукци|товар)\w* на\b|"
    # 'объем произведенной продукции - свыше 470 млрд рублей'
    r"объ[её]м\w* (?:\w+ )?продукци|"
    # ('энергоэффективность', 'эффективность' name no money)
    r"сэконом|экономи[яиюей]\b|эффект(?!ивн)|"
    # what a region spends to show itself at a forum: its stand, its exposition; what holding
    # the event costs ('Стоимость проведения форума составила около 50 млн рублей')
    r"\bстенд|экспозици|стоимост\w* проведени|"
    # the volume of trade, a price
    r"объ[её]м\w* (?:\w+ )?торговл|\bцен(?:а|е|у|ой|ы)\b|"
    # money of the state: federal or budget funds, allocations, state programmes
    r"(?<!вне)(?:федеральн|бюджетн|государственн|казенн|казённ|региональн|областн|краев|"
    r"республиканск|муниципальн)\w* (?:средств|денег|финансировани|ассигновани)|"
    r"ассигновани",
    re.IGNORECASE,
)
# 'Товарооборот с провинцией, по данным таможни за прошлый год, составил 25 млрд рублей':
# kinds of money so plainly not investment that they name a figure from anywhere earlier in
# its sentence, or from later in its clause when nothing before it names investment
FAR_NOT_INVESTMENT = re.compile(
    rf"{_RECEIPTS}|товарооборот|оборот|объ[её]м\w* (?:\w+ )?торговл|выручк|доход|(?<!а)налог|зарплат|заработн|"
    r"оплат\w* труда|\bФОТ\b|(?<!вне)бюджет|продаж|"
    rf"{_SUPPLY}",
    re.IGNORECASE,
)
# 'экспорт продукции ... в республику составил 35,6 млн рублей': exports named anywhere before
# the figure in its sentence (after it, 'завода для экспорта' is what is built for)
EXPORT_BEFORE = re.compile(r"экспорт(?!\w*[- ]?ориент)", re.IGNORECASE)
# far from the figure, any word of building or investing between that kind and the figure
# gives the figure back its kind ('рост товарооборота ..., а инвестор построит завод за ...')
FAR_GIVEN_BACK = re.compile(
    r"инвест|влож|вкладыв|стоимост|обойд[её]тся|постро|строительств|возвед|созда|проект|"
    r"соглашени",
    re.IGNORECASE,
)
# 'для строительства порта привлекли кредит в размере 5 млрд рублей', 'компанией привлечено
# 2 млрд рублей в виде займа': a loan raised is the project's financing, as investments raised
# are ('привлечь инвестиции'); a loan merely received ('получила заем') stays a support measure.
# The loan named in the clause of 'привлечь' does not make the figure some other kind of money.
STATE_LOAN = re.compile(r"бюджетн|казначейск", re.IGNORECASE)
RAISED_LOAN = re.compile(
    rf"привле(?:к|ч|кл)\w*[^,;:.!?()\n«»\"]{{0,60}}?(?:кредит|{_LOAN})\w*", re.IGNORECASE
)
# what gives a figure back its kind after such a word: a verb of investing governs the figure
# ('экспортер зерна вложит 3 млрд рублей'); a noun of investment does when a clause break
# parts it from that word ('товарооборот достиг 5 млрд долларов, а инвестиции - ...')
INVEST_VERB_FORMS = (
    r"влож(?:ит|ат|ил|или|ила|ено|ены|ена|ить)\b|вкладыва\w*|"
    r"инвестир(?:ует|уют|овал|овала|овали|овано|овать|уем)\b|проинвестир\w*"
)
INVEST_VERB = re.compile(
    rf"{INVEST_VERB_FORMS}|"
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
# '200 млн рублей правительство области направило на льготные займы': the state sending its
# money to a programme, printed after the figure
DIRECT = re.compile(r"направ(?:ил|ило|ила|или|ит|ят|лено|лены|ляет|ляют)\b", re.IGNORECASE)
STATE_ACTOR = re.compile(
    r"правительств|администраци|министерств|минфин|минэконом|минпромторг|губернатор|мэри[яию]|"
    r"федеральн|государств|казн|власт|"
    # 'Россельхозбанк выделяет на строительство 2,5 млрд рублей': a bank's money is a loan
    r"банк|\bВТБ|\bВЭБ",
    re.IGNORECASE,
)
# '300 млн рублей налогов', '2 млрд рублей составила выручка': the kind of money printed
# after the figure, within its clause
NOT_INVESTMENT_AFTER = re.compile(
    r"(?<!а)налог|(?<!вне)бюджет|доход|выручк|оборот|зарплат|заработн|отчислен|экспорт|импорт|кредит|"
    rf"субсиди|грант|штраф|{_LOAN}|{_DEBT}|{_PROFIT}|пособи|выплат|выплач|уплач|дивиденд|"
    # ('проект стоимостью 3,6 млрд рублей реализован при господдержке' is built with support)
    r"преми(?:я|и|ю|ей|й|ям|ями|ях)\b|ущерб|убыт|задолженност|(?<!при )господдержк|"
    r"на (?:\w+ )?поддержк|возмещени|компенсаци|софинансировани|"
    r"средств\w* (?:\w+ )?(?:фонд|бюджет)",
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


def is_investment(text: str, start: int, end: int, previous: tuple[int, bool] | None) -> bool:
    """Whether the rouble sum at ``start:end`` is investment; ``previous`` is the end of the
    sum printed before it in the text and whether that one was investment."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    text = _without_raised_loan(text, sentence_start, start, end)
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
    subject = _subject_kind(whole)
    if subject is not None:
        return subject
    kinds = list(NOT_INVESTMENT.finditer(before))
    if kinds and not _given_back(before, kinds[-1].end()):
        return False
    far = list(FAR_NOT_INVESTMENT.finditer(whole)) + list(EXPORT_BEFORE.finditer(whole))
    if far and not FAR_GIVEN_BACK.search(whole, max(m.end() for m in far)):
        return False
    if _state_allocation(text, sentence_start, start) or _state_sends(clause, stop):
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
        if FAR_NOT_INVESTMENT.search(words):
            return False
        fronted = _fronted_clause(clause, stop)
        return not NOT_INVESTMENT_AFTER.search(" ".join(fronted.split()[:LATE_AFTER_WORDS]))
    return True


FRONTING_MARKS = frozenset({",", "–", "—", "-"})


def _fronted_clause(clause: str, stop: re.Match[str] | None) -> str:
    """'то есть 150 млн рублей, компания получила в качестве льготного займа', '34,4 млн
    рублей - средства Фонда': the figure put first and parted by a comma or a dash from the
    clause that names its kind; that clause, else ''."""
    if (
        stop is None
        or stop.group(0).strip() not in FRONTING_MARKS
        or clause[: stop.start()].strip()
    ):
        return ""
    rest = clause[stop.end() :]
    end = CLAUSE_END.search(rest)
    return rest[: end.start() if end else None]


# 'объём поступлений в бюджет в период с начала реализации проекта ... составит 161 млн
# рублей': the figure is what the subject of 'составит' amounts to
AMOUNTS_TO = re.compile(
    r"\bсостав(?:ит|ят|ил|ила|ило|или|ляет|ляют|ляла|ляло)\s+"
    r"(?:(?:около|более|свыше|порядка|почти|примерно|не менее|до)\s+)?$",
    re.IGNORECASE,
)


def _subject_kind(whole: str) -> bool | None:
    """Whether the figure is investment by the subject of 'составит' before it: the kind of
    money the subject names first ('объем инвестиций превысил бюджет региона в 2 раза и
    составил 100 млрд рублей' is investment); None when the subject names no kind of money
    that is not investment, or names it beside a verb of investing alone."""
    verb = AMOUNTS_TO.search(whole)
    if verb is None:
        return None
    subject = whole[: verb.start()]
    # '8% от суммы инвестиций отчисляется в бюджет - поступления составят': the subject is
    # the clause's own
    subject = subject[max((m.end() for m in CLAUSE_BREAK.finditer(subject)), default=0) :]
    kind = FAR_NOT_INVESTMENT.search(subject)
    invested = INVEST_NOUN.search(subject)
    if kind is None or invested is None:
        return False if kind is not None and not INVEST_VERB.search(subject) else None
    return invested.start() < kind.start()


def _without_raised_loan(text: str, sentence_start: int, start: int, end: int) -> str:
    """The text with a loan raised in the clause of the figure at ``start:end`` blanked out, so
    that no word of that phrase names the figure's kind."""
    for loan in RAISED_LOAN.finditer(text, sentence_start, min(len(text), end + 80)):
        if STATE_LOAN.search(loan.group(0)):
            continue  # 'привлекли бюджетный кредит': the state lends, the state's money
        gap = text[loan.end() : start] if loan.end() <= start else text[end : loan.start()]
        if loan.start() < end and loan.end() > start or not CLAUSE_END.search(gap):
            text = text[: loan.start()] + " " * (loan.end() - loan.start()) + text[loan.end() :]
    return text


# 'эффект от инвестиций в объеме 2 млрд рублей': the figure is the investment's own
INVEST_SIZE_TAIL = re.compile(
    r"(?:инвестици|вложени|капиталовложени)\w*\s+(?:в\s+(?:объ[её]ме|размере)|объ[её]мом|на\s+сумму)"
    r"\s+(?:более|свыше|около|порядка)?\s*$",
    re.IGNORECASE,
)


def _given_back(before: str, kind_end: int) -> bool:
    """Whether investment is named between a kind of money that is not investment (ending at
    ``kind_end``) and the figure at the end of ``before``."""
    if INVEST_VERB.search(before, kind_end) or INVEST_SIZE_TAIL.search(before, kind_end):
        return True
    noun = INVEST_NOUN.search(before, kind_end)
    return noun is not None and CLAUSE_BREAK.search(before, kind_end, noun.start()) is not None


def _state_sends(clause: str, stop: re.Match[str] | None) -> bool:
    """'200 млн рублей правительство области направило на выдачу займов': a state body
    allocates or sends the figure, named right after it in its clause."""
    own = clause[: stop.start() if stop else None]
    actor = STATE_ACTOR.search(own)
    return actor is not None and (
        ALLOCATE.search(own, actor.end()) is not None or DIRECT.search(own, actor.end()) is not None
    )


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
