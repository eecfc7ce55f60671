"""Organisations named with a type word but no quotes: 'ОЭЗ Восход', 'Зареченского технопарка',
'компанией X Co. Ltd', 'корпорация Кореи (KAC)', a one-word name the tagger glued to a person's.
"""

from __future__ import annotations

from investdesk.core.palladius import chinese_surnames

from .. import morph
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_type_phrases import AS_PRINTED, singular_phrase, type_before
from .orgs import LATIN_SUFFIXES, Org

# Family names of the Far East are one syllable ('Ким', 'Ван', 'Чон'); a company's name
# glued to its director's is longer.
SHORT_FAMILY_NAME = 3


def glued_head(ctx: Ctx, first: int, words: frozenset[str]) -> bool:
    """The word at ``first`` opens a person span but names what the inflected noun before it
    speaks of ('компании Картал Мехметом Йылмазом', 'аймака Хэнтий ...'): it is neither a
    first name nor a surname nor a short family name."""
    if first == 0 or not ctx.tokens[first].text.isalpha():
        return False
    noun = ctx.tokens[first - 1]
    if ctx.lemmas[first - 1] not in words or not noun.text.islower():
        return False
    if ctx.lower[first - 1] == ctx.lemmas[first - 1]:
        return False  # only an inflected noun governs a name (the tagger's case errs)
    word = ctx.tokens[first].text
    if len(word) <= SHORT_FAMILY_NAME or word.lower() in chinese_surnames():
        return False
    return not _dictionary_name(word)


def _dictionary_name(word: str) -> bool:
    """The dictionary knows the word as one person's name ('Мехмет'; not 'Картал', which
    it reads only as a plural of 'Картала')."""
    return any(
        {"Name", "Surn", "Patr"} & set(parse.tag.grammemes)
        and parse.tag.number == "sing"
        and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        for parse in morph.parses(word.lower())
    )


def glued_companies(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'директором компании Картал Мехметом Йылмазом', 'президент холдинга Шэньхуа Ван
    Сянси': the tagger reads a company's one-word name as the start of its head's name."""
    found = []
    words = ctx.lexicon.word_set("latin_company_intro")
    pers = [s for s in ctx.spans if s.type == "PER"]
    starts = {s.first for s in pers}
    for span in pers:
        first = span.first
        # the head keeps a full name ('Картал Мехметом Йылмазом'); 'компании Хаун Гэминь'
        # (the company named before) leaves one word, a Chinese name's family name
        followed = span.last - first >= 3 or span.last in starts
        if not followed or not glued_head(ctx, first, words):
            continue
        token = ctx.tokens[first]
        if any(a <= token.start < b for o in typed for a, b in o.ranges):
            continue
        org = Org(token.text, "enterprise", ranges=[(token.start, token.stop)], source="typed")
        org.core.append((token.start, token.stop))
        found.append(org)
    return found


def _latin(text: str) -> bool:
    """Latin letters, with the accented ones of Turkish or German names ('Ö', 'Ş', 'ß')."""
    return all(c.isascii() or ("\u00c0" <= c <= "\u024f" and c.isalpha()) for c in text)


def latin_companies(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'компанией Dandong Flowers Co. Ltd': a Latin name after a company word, unquoted;
    'компаниями X Ltd и Y Inc': each of the names after a plural company word."""
    found = []
    company_words = ctx.lexicon.word_set("latin_company_intro")
    n = len(ctx.tokens)
    for i in range(n - 1):
        if ctx.lemmas[i] not in company_words and not _adjective_before_legal_name(ctx, i):
            continue
        plural = ctx.tokens[i].feat("Number") == "Plur"
        while True:
            j = _latin_run_end(ctx, i + 1)
            org = _latin_company(ctx, i, j, typed)
            if org is None:
                break
            found.append(org)
            # 'компаниями X и Y': the next name after 'и' is another of the companies
            if not (plural and j + 1 < n and ctx.lower[j] == "и" and _latin_word(ctx, j + 1)):
                break
            i = j
    return found


def _adjective_before_legal_name(ctx: Ctx, i: int) -> bool:
    """'Китайская Dezhong (Beijing) Energy Saving Technology Co. Ltd': an adjective, then a
    Latin run that ends in a legal form, is a company with no company word."""
    if i + 1 >= len(ctx.tokens) or ctx.tokens[i].pos != "ADJ" or not _latin_word(ctx, i + 1):
        return False
    j = _latin_run_end(ctx, i + 1)
    last = next((t.text for t in reversed(ctx.tokens[i + 1 : j]) if t.text not in ".,()"), "")
    return last.rstrip(".") in ("Ltd", "Inc", "LLC", "Limited", "Corp", "GmbH")


def _latin_word(ctx: Ctx, j: int) -> bool:
    text = ctx.tokens[j].text
    return text[:1].isupper() and _latin(text)


def _latin_run_end(ctx: Ctx, j: int) -> int:
    n = len(ctx.tokens)
    first = j
    while j < n and (
        _latin_word(ctx, j)
        or (ctx.tokens[j].text == "." and j > first and ctx.tokens[j - 1].text in LATIN_SUFFIXES)
        or (  # 'Sinosteel Equipment & Engineering'
            ctx.tokens[j].text == "&" and j > first and j + 1 < n and _latin_word(ctx, j + 1)
        )
        or (  # 'Golden Bridge Co., Ltd'
            ctx.tokens[j].text == ","
            and j + 1 < n
            and ctx.tokens[j + 1].text.rstrip(".") in ("Ltd", "Inc", "LLC", "Limited")
        )
        or (  # 'Blue River (Ningbo) Company Limited'
            ctx.tokens[j].text == "("
            and j + 2 < n
            and ctx.tokens[j + 1].text.isascii()
            and ctx.tokens[j + 2].text == ")"
        )
    ):
        j += 3 if ctx.tokens[j].text == "(" else 1
    return j


def _latin_company(ctx: Ctx, i: int, j: int, typed: list[Org]) -> Org | None:
    """The run of Latin words between the company word at ``i`` and ``j``, as a company."""
    if j - i > 4 and ctx.tokens[j - 1].text == ")" and ctx.tokens[j - 2].text.isupper():
        j -= 3  # '... Corporation (CRCC)': an acronym in brackets at the end is a short form
    words = [t for t in ctx.tokens[i + 1 : j] if t.text not in ".,()&"]
    if len(words) < 2 or not all(t.text[:1].isalpha() for t in words):
        return None
    start, stop = ctx.tokens[i + 1].start, ctx.tokens[j - 1].stop
    if any(a < stop and start < b for o in typed for a, b in o.ranges):
        return None
    org = Org(ctx.text[start:stop], "enterprise", ranges=[(start, stop)], source="typed")
    org.core.append((start, stop))
    return org


def unquoted_sites(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'технопарка Вектор', 'ОЭЗ Восход': a site type and a name without quotes."""
    found = []
    site_types = ctx.lexicon.single_word_site_types
    for i in range(len(ctx.tokens) - 1):
        token = ctx.tokens[i + 1]
        latin = token.text.isascii() and token.text.isalpha() and token.text.isupper()
        org_type = site_types.get(ctx.lemmas[i])
        type_start = i
        zone = False
        if org_type is None and ctx.lemmas[i] == "зона" and token.text[:1].isupper():
            # 'в свободной экономической зоне Навои': a zone named in full, then its place
            org_type, type_start, _ = type_before(ctx, i)
            zone = org_type is not None and org_type.site not in (None, "enterprise")
            org_type = org_type if zone else None
        if org_type is None and latin and len(token.text) >= 3:
            org_type = type_before(ctx, i)[0]  # 'свободную экономическую зону JAFZA'
            if org_type is not None and org_type.site in (None, "enterprise"):
                org_type = None
        if org_type is None:
            continue
        if not latin:  # 'зону JAFZA': a Latin acronym is a name in any case
            # a zone's place name may be indeclinable ('зоне Навои'), not inflected ('Москвы')
            uninflected = zone and ctx.lower[i + 1] == ctx.lemmas[i + 1]
            if not token.text[:1].isupper():
                continue
            if token.feat("Case") not in ("Nom", None) and not uninflected:
                continue
            if token.pos not in ("NOUN", "PROPN"):
                continue
            if "Geox" in morph.grammemes(token.text) and not zone:
                continue
        if any(a <= token.start < b for o in typed for a, b in o.ranges):
            continue
        if ctx.span_starts_at(i + 1, "PER"):
            continue  # 'президент бизнес-парка Сунь Ли': a title before a person's name
        name = token.text
        if org_type.display == "ОЭЗ" or org_type.display == "ТОР":
            name = f"{org_type.display} «{name}»"
        elif org_type.display == AS_PRINTED and not latin:  # 'зону KIZAD' is KIZAD
            name = f"{singular_phrase(ctx, type_start, i + 1)} «{name}»"
        if zone and any(s.type == "LOC" and s.first == i + 1 == s.last - 1 for s in ctx.spans):
            # the zone is named after its place, which the text still names ('зоне Навои')
            ctx.cache.setdefault("extra_places", []).append((token.start, token.text))
        org = Org(
            name,
            org_type.kind,
            ranges=[(ctx.tokens[type_start].start, token.stop)],
            site_kind=org_type.site,
            inner=token.text,
            source="typed",
        )
        org.core.append((token.start, token.stop))
        found.append(org)
    return found


# Site kinds whose name may be a capitalised place adjective and the type word alone
NAMED_BY_ADJECTIVE = frozenset({"technopark", "industrial_park"})


def adjective_sites(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'Зареченского технопарка', 'Озерский индустриальный парк': a park named by its place's
    capitalised adjective, without quotes, is the park (its operator)."""
    found = []
    n = len(ctx.tokens)
    for i in range(1, n - 1):
        token = ctx.tokens[i]
        if token.pos != "ADJ" or not token.text[:1].isupper() or ctx.is_sentence_start(i):
            continue
        if ctx.tokens[i - 1].text[:1].isupper():
            continue  # 'Северо-Западный Индустриальный парк' and longer names are NER's
        best = None
        for match in ctx.compiled.org_types.find(ctx.lemmas[i + 1 : i + 4]):
            if match.first == 0 and (best is None or match.last > best.last):
                best = match
        if best is None:
            continue
        org_type = ctx.lexicon.org_types[int(best.label)]
        end = i + 1 + best.last
        if org_type.site not in NAMED_BY_ADJECTIVE or end >= n + 1:
            continue
        if end < n and (ctx.tokens[end].text in '«"' or ctx.tokens[end].text[:1].isupper()):
            continue  # a quoted or proper name follows: the typed name is that
        if any(
            a < ctx.tokens[end - 1].stop and ctx.tokens[i].start < b
            for o in typed
            for a, b in o.ranges
        ):
            continue
        tokens = ctx.tokens[i:end]
        text = ctx.text[tokens[0].start : tokens[-1].stop]
        name = noun_group_nominative(tokens, text, tokens[0].start)
        org = Org(
            name[:1].upper() + name[1:],
            org_type.kind,
            ranges=[(tokens[0].start, tokens[-1].stop)],
            site_kind=org_type.site,
            source="typed",
        )
        org.core.append((tokens[0].start, tokens[-1].stop))
        found.append(org)
    return found


WORKS_NOUNS = frozenset({"завод", "комбинат", "фабрика"})


def _works_acronym(ctx: Ctx, bracket: int, text: str) -> bool:
    """'арматурном заводе (КАЗ)': a Cyrillic acronym after a works described in lower case,
    whose last letters are the initials of the description."""
    if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha() and not text.isascii()):
        return False
    k = bracket - 1
    if k < 1 or ctx.lemmas[k] not in WORKS_NOUNS or not ctx.tokens[k].text.islower():
        return False
    words = [k]
    while k - 1 >= 0 and ctx.tokens[k - 1].pos == "ADJ" and ctx.tokens[k - 1].text.islower():
        k -= 1
        words.insert(0, k)
    letters = "".join(ctx.tokens[w].text[0] for w in words).upper()
    return len(words) >= 2 and text.endswith(letters)


def bracket_acronyms(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'автомобильная корпорация Кореи (KAC)': a Latin acronym in brackets after a described
    company is the company's name."""
    found = []
    company_words = ctx.lexicon.word_set("latin_company_intro")
    n = len(ctx.tokens)
    for i in range(1, n - 2):
        token = ctx.tokens[i + 1]
        if ctx.tokens[i].text != "(" or ctx.tokens[i + 2].text != ")":
            continue
        text = token.text
        works = _works_acronym(ctx, i, text)  # 'на арматурном заводе (КАЗ)': its short name
        latin = 2 <= len(text) <= 8 and text.isascii() and text.isupper() and text[0].isalpha()
        if not (works or latin):
            continue
        sent = ctx.tokens[i].sent
        window = range(max(0, i - 4), i)
        if not works and not any(
            ctx.lemmas[k] in company_words and ctx.tokens[k].sent == sent for k in window
        ):
            continue
        if any(a <= token.start < b for o in typed for a, b in o.ranges):
            continue
        org = Org(text, "enterprise", ranges=[(token.start, token.stop)], source="typed")
        org.core.append((token.start, token.stop))
        found.append(org)
    return found
