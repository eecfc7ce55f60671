"""The words of a government body's name: the heads that start it ('правительство',
'посольство'), the adjectives that open it, and the words and checks that end it (a document,
a meeting's preposition, a second body, other parties)."""

from __future__ import annotations

from .context import Ctx

GOVERNMENT_HEADS = frozenset(
    {
        "правительство",
        "администрация",
        "департамент",
        "министерство",
        "комитет",
        "управление",
        "агентство",
        "дума",
        "облдума",
        "хурал",
        "мэрия",
        "акимат",
        "хокимият",
        "канцелярия",
        "посольство",
        "консульство",
        "генконсульство",
        "торгпредство",
        "представительство",
        "кабинет",  # 'Кабинет Министров Чувашской Республики'
    }
)

# A federal body's office in a region is named with the region after 'по'
TERRITORIAL_BODIES = frozenset({"управление"})

# 'Агентство Дальнего Востока по привлечению инвестиций': bodies named by their place and
# then their function after 'по'
FUNCTION_BODIES = frozenset({"агентство", "министерство", "комитет", "департамент", "управление"})

# 'по итогам', 'по словам': a sentence's 'по' phrases that name no body's function
NOT_FUNCTIONS = frozenset(
    {
        "итог",
        "слово",
        "данные",
        "мнение",
        "оценка",
        "информация",
        "результат",
        "случай",
        "линия",
        "инициатива",
        "поручение",
        "приглашение",
        "просьба",
    }
)


def _function_follows(ctx: Ctx, j: int) -> bool:
    """'по' at ``j`` and a lower-case noun in the dative after it: the body's function."""
    k = j + 1
    if k >= len(ctx.tokens) or ctx.lower[j] != "по":
        return False
    token = ctx.tokens[k]
    return (
        token.text.islower()
        and token.pos == "NOUN"
        and token.feat("Case") == "Dat"
        and ctx.lemmas[k] not in NOT_FUNCTIONS
    )


# 'посольства Китая в России': a mission is named by its country and the host country.
MISSIONS = frozenset(
    {"посольство", "консульство", "генконсульство", "торгпредство", "представительство"}
)

# Lower-case adjectives that start a body's name: 'инвестиционное агентство Энской области',
# 'торгового представительства X', 'Генерального консульства X'
LEADING_ADJECTIVES = frozenset(
    {"генеральный", "торговый", "инвестиционный", "государственный", "федеральный", "народный"}
)

BUILDINGS = frozenset({"дом", "здание"})

# Documents a body signs: never a word of its name.
DOCUMENTS = frozenset({"соглашение", "договор", "меморандум", "протокол", "контракт"})

# '... Народного правительства провинции Хэйлунцзян': a place word and a name end the body
PLACE_WORDS = frozenset(
    {"провинция", "аймак", "область", "округ", "город", "район", "уезд", "штат", "регион"}
)
# A foreign body's owner after its portfolio: 'по делам Европы земли Бранденбург'
OWNER_PLACE_WORDS = PLACE_WORDS | {"земля", "префектура", "кантон", "воеводство"}

# Prepositions that introduce the other party or the occasion ('с делегацией', 'из Китая',
# 'для инвесторов'), never a word of a body's name unless after its function ('по связям с')
MEETING_PREPOSITIONS = frozenset(
    {"с", "со", "из", "от", "к", "ко", "у", "для", "между", "за", "перед", "через", "о", "об"}
)

# Lower-case adjectives that belong to a body's name ('народный комитет провинции X')
NAME_ADJECTIVES = frozenset({"народный", "исполнительный", "экономический"})

ADJECTIVE_ENDINGS = ("ой", "ый", "ий", "ая", "яя", "го", "ей", "ое", "ее", "их", "ых")

# Government bodies whose names may list areas with commas ('промышленности, шахт и торговли').
LISTING_HEADS = frozenset(
    {"министерство", "министр", "замминистра", "вице-министр", "комитет", "департамент"}
)

# 'Правительство штата и руководство области': a second party named by another word
SECOND_HEADS = frozenset({"руководство"})


def _second_body(ctx: Ctx, head: int, j: int) -> bool:
    """'и' before another body's head word ends the first body's name, when that name
    already has a capitalised word ('Правительством Республики Беларусь и Правительством
    Саратовской области')."""
    if ctx.tokens[j].pos != "CCONJ" or j + 1 >= len(ctx.tokens):
        return False
    second = j + 1
    if ctx.tokens[second].pos == "ADJ" and second + 1 < len(ctx.tokens):
        second += 1  # 'правительством края и Народным Правительством провинции X'
    if ctx.lemmas[second] not in GOVERNMENT_HEADS | SECOND_HEADS:
        return False
    if ctx.lemmas[second] in GOVERNMENT_HEADS and any(
        ctx.tokens[k].text[:1].isupper() for k in range(head + 1, j)
    ):
        return True
    # 'правительством автономного округа и администрацией провинции': two heads in the same
    # case (not the genitive, where 'экономики и управления' may be one portfolio) are two
    # coordinated bodies, not one name
    case = ctx.tokens[head].feat("Case")
    return case not in (None, "Gen") and ctx.tokens[second].feat("Case") == case


# Kinds of institution that, coordinated after a body's portfolio, are another party
OTHER_PARTIES = frozenset(
    {"вуз", "университет", "предприятие", "компания", "банк", "учреждение", "колледж", "школа"}
)


def _other_parties(ctx: Ctx, k: int) -> bool:
    """The words from ``k`` are lower-case adjectives and an institution noun in the plural
    ('южноуральских вузов')."""
    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].text.islower():
        k += 1
    return (
        k < len(ctx.tokens)
        and ctx.lemmas[k] in OTHER_PARTIES
        and ctx.tokens[k].feat("Number") == "Plur"
    )


# 'Центральное телеграфное агентство Кореи', 'информационное агентство Синьхуа': the kind of
# agency that only ever reports news
NEWS_AGENCY_ADJECTIVES = frozenset(
    {"телеграфный", "информационный", "информационно-аналитический", "новостной"}
)
# 'полномочный министр посольства', 'министр-советник посольства': a diplomat's rank, no ministry
DIPLOMATIC_RANK_OWNERS = frozenset({"посольство", "консульство", "представительство", "миссия"})
