"""Organisations named with a type word: 'компания «X»', 'ОЭЗ Алабуга', 'компанией X Co. Ltd'.

The quoted names after a type word are found here; the type phrase before a name is read in
``org_type_phrases``, and names printed without quotes are found in ``org_unquoted``.
"""

from __future__ import annotations

from investdesk.core.palladius import palladius_syllables

from ..lexicon import OrgType, name_key
from .context import Ctx, Quoted
from .org_filters import phrase_ends_at
from .org_outlets import TOLD
from .org_type_phrases import (
    AS_PRINTED,
    before_owner,
    described_type,
    singular_phrase,
    trade_plant,
    type_before,
    type_phrase,
)
from .org_unquoted import (
    adjective_sites,
    bracket_acronyms,
    glued_companies,
    latin_companies,
    unquoted_sites,
)
from .orgs import Org, tidy_name

# Type words that are a descriptor rather than part of the name unless printed capitalised
# ('президент концерна «X»' -> 'X'; 'Концерн «X»' stays)
NAME_WHEN_CAPITALISED = frozenset({"концерн", "научно-производственный концерн"})

PLANNED = frozenset({"строительство", "создание", "проект", "возведение", "строить", "построить"})


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
    if j > 0 and ctx.lemmas[j] == "группа" and ctx.lemmas[j - 1] == "рабочий":
        return "event"  # 'рабочей группы «X»': a meeting's format, not a group of companies
    if j > 0 and ctx.lemmas[j] == "агентство" and ctx.lemmas[j - 1] in TOLD:
        return "outlet"  # 'сообщили агентству «X»': the agency told is an outlet
    return None


def typed_candidates(ctx: Ctx) -> tuple[list[Org], list[tuple[int, int, str]]]:
    orgs: list[Org] = []
    excluded: list[tuple[int, int, str]] = []
    # token after the last typed name, its type, where its type words began
    previous: tuple[int, OrgType, int] | None = None
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
        org_type, type_start, had_legal = type_before(ctx, _before_gloss(ctx, opening - 1))
        if org_type is None and opening > 1 and ctx.tokens[opening - 1].text in LIST_DASHES:
            # 'действует три ТОР – «Белогорск», «Свободный» и «Приамурская»': a list of the kind
            org_type, type_start, had_legal = type_before(ctx, opening - 2)
        example = _example_of(ctx, opening) if org_type is None else None
        if example is not None:
            # 'машиностроительных предприятий, таких как "Дагдизель"': an example of the kind
            org_type, type_start, had_legal = type_before(ctx, example)
        shared_from = None
        if org_type is None and previous is not None and _coordinated(ctx, previous[0], opening):
            # 'особые экономические зоны «Алабуга» и «Иннополис»': the type word is shared
            org_type, type_start, shared_from = previous[1], opening, previous[2]
        acts = org_type is None and _acts_as_company(ctx, quoted, opening)
        reason = _excluded_context(ctx, opening - 1) if opening > 0 and not acts else None
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
        if (
            org_type is not None
            and org_type.site == "enterprise"
            and not _former(ctx, type_start)
            and example is None  # examples of a kind are works that exist
        ):
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
        if org_type is None and not had_legal and not acts:
            continue
        if inner.count('"') == 1:
            inner = inner.replace('"', "«") + "»"  # 'Предприятие "Плодородие' nested in quotes
        name = tidy_name(inner)
        # a Chinese company's type word is a description; a zone's or a park's is its name
        keeps_type = (
            org_type is not None
            and (org_type.site not in (None, "enterprise") or not _chinese_name(inner))
            and not _descriptor_only(
                ctx, org_type, type_start if shared_from is None else shared_from, quoted
            )
        )
        described = described_type(ctx, type_start, opening, org_type)
        if org_type is not None and org_type.display == AS_PRINTED:
            if type_start < opening - 1:
                printed = singular_phrase(ctx, type_start, opening)
            name = f"{printed or org_type.phrase} «{name}»"
        elif described:
            name = f"{described} «{name}»"  # 'Курского областного индустриального парка'
        elif org_type is not None and org_type.display and keeps_type:
            # 'молочного комбината «X»': a plant's trade adjective stays with its type word
            trade = trade_plant(ctx, type_start, opening, org_type)
            name = f"{trade or org_type.display} «{name}»"
        elif (
            org_type is not None
            and _place_name(ctx, inner)
            and org_type.phrase.split()[-1] not in BARE_COMPANY_WORDS
        ):
            name = f"{type_phrase(ctx, type_start, opening)} «{name}»"  # 'центра «Россия»'
        start = ctx.tokens[type_start].start if org_type is not None else quoted.start - 1
        org = Org(name, org_type.kind if org_type else None, inner=tidy_name(inner))
        org.ranges.append((start, min(len(ctx.text), quoted.end + 1)))
        org.site_kind = org_type.site if org_type else None
        org.source = "typed"
        org.core.append((quoted.start, quoted.end))
        orgs.append(org)
        if org_type is not None:
            first_type = type_start if shared_from is None else shared_from
            previous = (ctx.token_index(quoted.end) + 1, org_type, first_type)
    orgs.extend(unquoted_sites(ctx, orgs))
    orgs.extend(adjective_sites(ctx, orgs))
    orgs.extend(latin_companies(ctx, orgs))
    orgs.extend(bracket_acronyms(ctx, orgs))
    orgs.extend(glued_companies(ctx, orgs))
    return orgs, excluded


# '«Пермские моторы» собираются заняться производством', 'Инвестором проекта стал «X»':
# a quoted name with no type word that plans, invests or builds, or is named the investor,
# is a company
COMPANY_ACTS = frozenset(
    {
        "планировать",
        "намереваться",
        "собираться",
        "вложить",
        "вкладывать",
        "инвестировать",
        "построить",
        "строить",
        "запустить",
        "реализовывать",
        "выпускать",
        "производить",
        "подписать",
        "заключить",
    }
)
# '«КубаньМасло» и китайская компания «Поли Групп» подписали': the verb after a partner
COORDINATED_REACH = 9
INVESTOR_WORDS = frozenset({"инвестор", "застройщик"})
BECOME_WORDS = frozenset({"стать", "выступить", "выступать", "являться"})


def _acts_as_company(ctx: Ctx, quoted: Quoted, opening: int) -> bool:
    after = quoted.last + 1
    if after < len(ctx.tokens) and ctx.lower[after] == "и":
        after = next(
            (
                k
                for k in range(after + 1, min(after + COORDINATED_REACH, len(ctx.tokens)))
                if ctx.tokens[k].pos == "VERB"
            ),
            after,
        )
    if (
        ctx.is_sentence_start(opening)
        and after < len(ctx.tokens)
        and ctx.lemmas[after] in COMPANY_ACTS
        and ctx.tokens[after].pos == "VERB"
    ):
        return True
    before = ctx.lemmas[max(0, opening - 4) : opening]
    return bool(INVESTOR_WORDS & set(before)) and bool(BECOME_WORDS & set(before))


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


def _former(ctx: Ctx, type_start: int) -> bool:
    """'на территории бывшего завода «X»': a former works existed, whatever is built there now."""
    return type_start > 0 and ctx.lemmas[type_start - 1] == "бывший"


def _built(ctx: Ctx, k: int) -> bool:
    """'здесь построен завод «X»', 'построили завод': built in the past, so it exists."""
    token = ctx.tokens[k]
    return token.pos in ("VERB", "ADJ") and token.feat("Tense") == "Past"


def _place_name(ctx: Ctx, inner: str) -> bool:
    """A quoted name that is a country's, a region's or a foreign city's ('торгового дома
    «Минск»') is no organisation by itself."""
    key = name_key(inner)
    return (
        key in ctx.lexicon.country_name_index
        or key in ctx.lexicon.region_index
        or key in ctx.compiled.country_place_names
    )


# 'китайской компании «Хэнань»': a bare company word says nothing the quoted name needs,
# even when a province bears that name
BARE_COMPANY_WORDS = frozenset({"компания", "фирма", "предприятие"})

LIST_DASHES = frozenset({"–", "—", ":"})


def _coordinated(ctx: Ctx, after: int, opening: int) -> bool:
    """Only 'и' or a comma between the previous typed name's closing quote and this one."""
    between = [t.text for t in ctx.tokens[after:opening]]
    if len(between) >= 4 and between[0] == "(" and ")" in between[2:4]:
        between = between[between.index(")") + 1 :]  # '«Аджман» (ОАЭ) и «Адана»'
    return 1 <= len(between) <= 2 and all(w in ("и", ",", "или") for w in between)


# 'предприятий, таких как «X»', 'компаниями, в том числе «Y»': names given as examples
EXAMPLE_WORDS = (["таких", "как"], ["такие", "как"], ["таким", "как"], ["в", "том", "числе"])


def _example_of(ctx: Ctx, opening: int) -> int | None:
    """The last token of the kind noun before an example phrase that opens the quoted name."""
    for words in EXAMPLE_WORDS:
        k = opening - len(words)
        if k >= 2 and ctx.lower[k:opening] == words:
            # 'компании нашего региона, такие как «X»': the kind noun before its owner
            return before_owner(ctx, k - 2) if ctx.lower[k - 1] == "," else k - 1
    return None


def _chinese_name(name: str) -> bool:
    """Every word is Palladius ('Хуа Шань'): a Chinese company, whose Russian type word
    ('корпорация', 'компания') is a description, not part of its name."""
    words = name.split()
    return bool(words) and all(palladius_syllables(w) for w in words)


def _before_gloss(ctx: Ctx, k: int) -> int:
    """'СЭЗ (свободной экономической зоны – прим. ред.) «Ургут»': the type word before a
    bracketed gloss that parts it from the name; else ``k`` itself."""
    if k < 1 or ctx.tokens[k].text != ")":
        return k
    for j in range(k - 1, max(-1, k - 15), -1):
        if ctx.tokens[j].text == "(":
            return j - 1 if j > 0 else k
        if ctx.tokens[j].text in '«»"\n':
            return k
    return k
