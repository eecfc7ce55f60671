"""Organisations named with a type word: 'компания «X»', 'ОЭЗ Алабуга', 'компанией X Co. Ltd'."""

from __future__ import annotations

from investdesk.core.palladius import chinese_surnames, palladius_syllables

from .. import morph
from ..lexicon import OrgType, name_key
from ..nlp import noun_group_nominative
from .context import Ctx
from .org_filters import phrase_ends_at
from .orgs import LATIN_SUFFIXES, Org, tidy_name

# The display of a type whose words stay as printed ('Свободная экономическая зона «X»').
AS_PRINTED = "*"
# Type words that are a descriptor rather than part of the name unless printed capitalised
# ('президент концерна «X»' -> 'X'; 'Концерн «X»' stays)
NAME_WHEN_CAPITALISED = frozenset({"концерн", "научно-производственный концерн"})
# Plants whose capitalised adjectives before the type word belong to their name
NAMED_PLANTS = frozenset({"завод", "комбинат", "фабрика"})
PLANNED = frozenset({"строительство", "создание", "проект", "возведение", "строить", "построить"})


def _type_before(ctx: Ctx, j: int) -> tuple[OrgType | None, int, bool]:
    """The org type phrase ending at token ``j`` (skipping legal forms and '(ОЭЗ)')."""
    legal = ctx.lexicon.word_set("legal_forms")
    had_legal = False
    while j >= 0 and (ctx.lower[j] in legal or ctx.tokens[j].text in '«"'):
        had_legal = had_legal or ctx.lower[j] in legal
        j -= 1
    if j >= 2 and ctx.tokens[j].text == ")" and ctx.tokens[j - 2].text == "(":
        j -= 3
    if j >= 2 and ctx.lower[j] == "как" and ctx.tokens[j - 1].text == ",":
        j -= 2  # 'такие компании, как «X»': the type word is before ', как'
    if j >= 2 and ctx.lemmas[j] == "тип" and ctx.tokens[j - 1].pos == "ADJ":
        j -= 2  # 'зону технико-внедренческого типа «...»': the zone's kind
        if j >= 2 and ctx.tokens[j].text == ")" and ctx.tokens[j - 2].text == "(":
            j -= 3  # 'зоны (ОЭЗ) промышленного типа «...»': the acronym before the kind
    if j < 0:
        return None, j, had_legal
    window = max(0, j - 5)
    best = None
    for match in ctx.compiled.org_types.find(ctx.lemmas[window : j + 1]):
        if match.last + window == j + 1 and (best is None or match.first < best.first):
            best = match
    if best is None:
        return None, j, had_legal
    return ctx.lexicon.org_types[int(best.label)], best.first + window, had_legal


def _excluded_context(ctx: Ctx, j: int) -> str | None:
    words = ctx.lexicon
    if phrase_ends_at(ctx, j, "not_org_venues"):
        return "project"  # 'выставочного центра «X»': a venue, like a project, is no party
    for k in range(max(0, j - 1), j + 1):
        lemma, text = ctx.lemmas[k], ctx.tokens[k].text
        if lemma in words.word_set("not_org_events"):
            return "event"
        if lemma in words.word_set("not_org_projects") or text.lower() in words.word_set(
            "not_org_projects"
        ):
            return "project"
        if lemma in words.word_set("not_org_outlets") or text in words.words["not_org_outlets"]:
            return "outlet"
        if lemma == "площадка" and (k == 0 or ctx.lemmas[k - 1] != "инвестиционный"):
            return "place"
    return None


def typed_candidates(ctx: Ctx) -> tuple[list[Org], list[tuple[int, int, str]]]:
    orgs: list[Org] = []
    excluded: list[tuple[int, int, str]] = []
    previous: tuple[int, OrgType] | None = None  # token after the last typed name, its type
    legal_forms = ctx.lexicon.word_set("legal_forms")
    printed = ""  # the type words as printed, for names that share them
    for quoted in ctx.quoted:
        if not 1 <= quoted.length <= 8:
            continue
        inner = ctx.text[quoted.start : quoted.end].strip()
        if not inner or not (inner[0].isupper() or inner[0].isdigit()):
            continue
        if any(a <= quoted.start and quoted.end <= b for o in orgs for a, b in o.core):
            continue  # the inner name of 'ООО "Агропредприятие "Колос"' is part of the outer
        opening = quoted.first - 1
        org_type, type_start, had_legal = _type_before(ctx, opening - 1)
        if org_type is None and previous is not None and _coordinated(ctx, previous[0], opening):
            # 'особые экономические зоны «Алабуга» и «Иннополис»': the type word is shared
            org_type, type_start = previous[1], opening
        reason = _excluded_context(ctx, opening - 1) if opening > 0 else None
        if reason == "project" and opening > 0 and ctx.lower[opening - 1] in legal_forms:
            reason = None  # 'в проектах АК «X»': a legal form makes it the company
        if (
            reason == "project"
            and org_type is not None
            and type_start == opening - 1
            and ctx.lemmas[type_start] not in ctx.lexicon.word_set("not_org_projects")
            and not phrase_ends_at(ctx, opening - 1, "not_org_venues")
        ):
            reason = None  # 'проект компании «X»': the project is the company's
        if org_type is not None and org_type.site == "enterprise":
            # 'строительство молочного комбината «X»': a plant being built is a project
            near = 6 if org_type.display is None else 2
            window = range(max(0, type_start - near), type_start)
            if any(ctx.lemmas[k] in PLANNED and not _built(ctx, k) for k in window):
                reason = "project"
        generic_type = org_type is None or org_type.display is None
        if (
            reason == "project"
            or (reason and generic_type and reason != "place")
            or (reason == "place" and org_type is None)
        ):
            excluded.append((quoted.start, quoted.end, reason))
            continue
        if org_type is None and not had_legal:
            continue
        if inner.count('"') == 1:
            inner = inner.replace('"', "«") + "»"  # 'Предприятие "Плодородие' nested in quotes
        name = tidy_name(inner)
        # a Chinese company's type word is a description; a zone's or a park's is its name
        keeps_type = (
            org_type is not None
            and (org_type.site not in (None, "enterprise") or not _chinese_name(inner))
            and not _descriptor_only(ctx, org_type, type_start, quoted)
        )
        described = _described_type(ctx, type_start, opening, org_type)
        if org_type is not None and org_type.display == AS_PRINTED:
            if type_start < opening - 1:
                printed = _singular_phrase(ctx, type_start, opening)
            name = f"{printed or org_type.phrase} «{name}»"
        elif described:
            name = f"{described} «{name}»"  # 'Курского областного индустриального парка'
        elif org_type is not None and org_type.display and keeps_type:
            name = f"{org_type.display} «{name}»"
        elif org_type is not None and _place_name(ctx, inner):
            name = f"{_type_phrase(ctx, type_start, opening)} «{name}»"  # 'центра «Россия»'
        start = ctx.tokens[type_start].start if org_type is not None else quoted.start - 1
        org = Org(name, org_type.kind if org_type else None, inner=tidy_name(inner))
        org.ranges.append((start, min(len(ctx.text), quoted.end + 1)))
        org.site_kind = org_type.site if org_type else None
        org.source = "typed"
        org.core.append((quoted.start, quoted.end))
        orgs.append(org)
        if org_type is not None:
            previous = (ctx.token_index(quoted.end) + 1, org_type)
    orgs.extend(_unquoted_sites(ctx, orgs))
    orgs.extend(_adjective_sites(ctx, orgs))
    orgs.extend(_latin_companies(ctx, orgs))
    orgs.extend(_bracket_acronyms(ctx, orgs))
    orgs.extend(_glued_companies(ctx, orgs))
    return orgs, excluded


def _descriptor_only(ctx: Ctx, org_type: OrgType, type_start: int, quoted) -> bool:
    """The type word only describes the body: 'концерна «X»' in lower case, or a union or a
    fund whose quoted name names its own kind ('Союз «Астраханская торгово-промышленная
    палата»' is the chamber)."""
    if org_type.phrase in NAME_WHEN_CAPITALISED and ctx.tokens[type_start].text.islower():
        return True
    if org_type.site is not None:
        return False  # a zone's or a park's type word is its name
    inner = ctx.lemmas[quoted.first : quoted.last]
    return any(m.last - m.first >= 1 for m in ctx.compiled.kinds.find(inner))


def _built(ctx: Ctx, k: int) -> bool:
    """'здесь построен завод «X»', 'построили завод': built in the past, so it exists."""
    token = ctx.tokens[k]
    return token.pos in ("VERB", "ADJ") and token.feat("Tense") == "Past"


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


def _glued_companies(ctx: Ctx, typed: list[Org]) -> list[Org]:
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


def _place_name(ctx: Ctx, inner: str) -> bool:
    """A quoted name that is a country's or a region's is no organisation by itself."""
    key = name_key(inner)
    return key in ctx.lexicon.country_name_index or key in ctx.lexicon.region_index


def _described_type(ctx: Ctx, type_start: int, opening: int, org_type: OrgType | None) -> str:
    """'Курского областного индустриального парка «X»': a park's or a zone's own adjectives
    before its type words (the first capitalised, not opening the sentence) are its name's."""
    if org_type is None:
        return ""
    # 'Шимановского машиностроительного завода «X»': a plant named with its town's adjective
    plant = org_type.phrase in NAMED_PLANTS
    if not plant and (org_type.site in (None, "enterprise") or not org_type.display):
        return ""
    if (org_type.display or "").isupper() or opening - type_start > 4:
        return ""
    k = type_start
    while k > 0 and ctx.tokens[k - 1].pos == "ADJ" and type_start - k < 3:
        k -= 1
    if k == type_start or not ctx.tokens[k].text[:1].isupper() or ctx.is_sentence_start(k):
        return ""
    if any(t.text[:1].isupper() for t in ctx.tokens[k + 1 : opening]):
        return ""  # 'Северо-Западный Индустриальный парк' is a NER name
    tokens = ctx.tokens[k:opening]
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    return noun_group_nominative(tokens, text, tokens[0].start)


def _type_phrase(ctx: Ctx, type_start: int, opening: int) -> str:
    """'Национального центра' -> 'Национальный центр': the type words, with the capitalised
    adjectives before them, in the nominative."""
    k = type_start
    while k > 0 and ctx.tokens[k - 1].pos == "ADJ" and ctx.tokens[k - 1].text[:1].isupper():
        k -= 1
    tokens = ctx.tokens[k:opening]
    text = ctx.text[tokens[0].start : tokens[-1].stop]
    phrase = noun_group_nominative(tokens, text, tokens[0].start)
    return phrase[:1].upper() + phrase[1:]


def _singular_phrase(ctx: Ctx, start: int, end: int) -> str:
    """'свободные экономические зоны' -> 'Свободная экономическая зона': a type phrase in the
    nominative singular, capitalised (a zone is named one at a time)."""
    tokens = []
    for token in ctx.tokens[start:end]:
        if token.pos not in ("ADJ", "NOUN"):
            break
        tokens.append(token)
    nouns = [t for t in tokens if t.pos == "NOUN"]
    head = morph.best_parse(nouns[0].text, "NOUN", nouns[0].feats) if nouns else None
    gender = head.tag.gender if head is not None else None
    words = []
    for token in tokens:
        parse = morph.best_parse(token.text, token.pos, token.feats)
        wanted = {"nomn", "sing"} | ({gender} if gender and token.pos == "ADJ" else set())
        inflected = parse.inflect(wanted) if parse is not None else None
        words.append(inflected.word if inflected is not None else token.text.lower())
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def _coordinated(ctx: Ctx, after: int, opening: int) -> bool:
    """Only 'и' or a comma between the previous typed name's closing quote and this one."""
    between = [t.text for t in ctx.tokens[after:opening]]
    if len(between) >= 4 and between[0] == "(" and ")" in between[2:4]:
        between = between[between.index(")") + 1 :]  # '«Аджман» (ОАЭ) и «Адана»'
    return 1 <= len(between) <= 2 and all(w in ("и", ",") for w in between)


def _chinese_name(name: str) -> bool:
    """Every word is Palladius ('Хуа Шань'): a Chinese company, whose Russian type word
    ('корпорация', 'компания') is a description, not part of its name."""
    words = name.split()
    return bool(words) and all(palladius_syllables(w) for w in words)


def _latin_companies(ctx: Ctx, typed: list[Org]) -> list[Org]:
    """'компанией Dandong Flowers Co. Ltd': a Latin name after a company word, unquoted."""
    found = []
    company_words = ctx.lexicon.word_set("latin_company_intro")
    n = len(ctx.tokens)
    for i in range(n - 1):
        if ctx.lemmas[i] not in company_words:
            continue
        j = i + 1
        while j < n and (
            (ctx.tokens[j].text[:1].isupper() and ctx.tokens[j].text.isascii())
            or (
                ctx.tokens[j].text == "." and j > i + 1 and ctx.tokens[j - 1].text in LATIN_SUFFIXES
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
        if j - i > 4 and ctx.tokens[j - 1].text == ")" and ctx.tokens[j - 2].text.isupper():
            j -= 3  # '... Corporation (CRCC)': an acronym in brackets at the end is a short form
        words = [t for t in ctx.tokens[i + 1 : j] if t.text not in ".,()"]
        if len(words) < 2 or not all(t.text[:1].isalpha() for t in words):
            continue
        start, stop = ctx.tokens[i + 1].start, ctx.tokens[j - 1].stop
        if any(a < stop and start < b for o in typed for a, b in o.ranges):
            continue
        org = Org(ctx.text[start:stop], "enterprise", ranges=[(start, stop)], source="typed")
        org.core.append((start, stop))
        found.append(org)
    return found


def _unquoted_sites(ctx: Ctx, typed: list[Org]) -> list[Org]:
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
            org_type, type_start, _ = _type_before(ctx, i)
            zone = org_type is not None and org_type.site not in (None, "enterprise")
            org_type = org_type if zone else None
        if org_type is None and latin and len(token.text) >= 3:
            org_type = _type_before(ctx, i)[0]  # 'свободную экономическую зону JAFZA'
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
        if any(s.type == "PER" and s.first == i + 1 for s in ctx.spans):
            continue  # 'президент бизнес-парка Сунь Ли': a title before a person's name
        name = token.text
        if org_type.display == "ОЭЗ" or org_type.display == "ТОР":
            name = f"{org_type.display} «{name}»"
        elif org_type.display == AS_PRINTED and not latin:  # 'зону KIZAD' is KIZAD
            name = f"{_singular_phrase(ctx, type_start, i + 1)} «{name}»"
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


def _adjective_sites(ctx: Ctx, typed: list[Org]) -> list[Org]:
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


def _bracket_acronyms(ctx: Ctx, typed: list[Org]) -> list[Org]:
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
        if not (2 <= len(text) <= 8 and text.isascii() and text.isupper() and text[0].isalpha()):
            continue
        sent = ctx.tokens[i].sent
        window = range(max(0, i - 4), i)
        if not any(ctx.lemmas[k] in company_words and ctx.tokens[k].sent == sent for k in window):
            continue
        if any(a <= token.start < b for o in typed for a, b in o.ranges):
            continue
        org = Org(text, "enterprise", ranges=[(token.start, token.stop)], source="typed")
        org.core.append((token.start, token.stop))
        found.append(org)
    return found
