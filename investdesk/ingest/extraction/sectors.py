"""Directions of the sector taxonomy from keyword lemmas."""

from __future__ import annotations

from collections.abc import Sequence

from .. import morph
from .context import Ctx
from .geo import CountryMention
from .phrases import Match, PhraseMatcher
from .sector_additions import (
    builder_only,
    built_objects,
    generic_deposits,
    listed_industries,
    listed_spheres,
    processed_crop,
    supplies_abroad,
)
from .sector_evidence import works_over_produce
from .sector_filters import (
    building_products,
    built_hotel,
    clipped_abbreviation,
    denied,
    export_flow,
    for_customers,
    foreign_mission,
    former_site,
    gift,
    handled_goods,
    infrastructure_of,
    inside_names,
    made_of_metal,
    mined_metal,
    needs_of,
    plant_storage,
    programme_titles,
    school_name,
    used_in,
    venue,
    viewpoint,
    works_equipment,
)
from .sector_purpose import machine_parts, own_purpose
from .sector_rules import (
    economy_profiles,
    end_uses,
    event_names,
    event_titles,
    generic_spheres,
    guest_trades,
    imported_goods,
    leaders_agenda,
    meant_effects,
    quoted_titles,
    trade_figures,
    trade_flows,
    vehicles_in_use,
)
from .sector_ties import existing_ties

# A ministry's or department's portfolio names a sector without being about it
# ('министр энергетики', 'департамент промышленности').
PORTFOLIO_HEADS = frozenset(
    {
        "министр",
        "замминистра",
        "министерство",
        "минэнерго",
        "департамент",
        "комитет",
        "управление",
        "агентство",
        "ведомство",
    }
)


# 'Агентство Дальнего Востока по привлечению инвестиций и поддержке экспорта': the
# portfolio after 'по' is the body's too
PORTFOLIO_MARK = "по"
PORTFOLIO_REACH = 5


def block_portfolios(ctx: Ctx) -> None:
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in PORTFOLIO_HEADS:
            continue
        j = i + 1
        marked = False
        while j < len(ctx.tokens) and j - i <= PORTFOLIO_REACH:
            token = ctx.tokens[j]
            if token.sent != ctx.tokens[i].sent:
                break
            if not marked and ctx.lemmas[j] == PORTFOLIO_MARK:
                marked, i = True, j
            elif token.pos not in ("NOUN", "ADJ", "PROPN", "CCONJ") or (
                not marked and token.feat("Case") not in ("Gen", None)
            ):
                break
            ctx.blocked[j] = True
            j += 1


def _word_forms(ctx: Ctx) -> list[str]:
    return [t.text.lower().replace("ё", "е") for t in ctx.tokens]


def _lemma_or_form_matches(
    ctx: Ctx, matcher: PhraseMatcher, blocked: Sequence[bool] | None
) -> list[Match]:
    """Matches on the lemmas, and on the word forms where the tagger's lemma went wrong
    ('сжиженного' lemmatised as a verb no phrase names): a stem that fits the printed
    word is as good a cue as one that fits its lemma."""
    matches = matcher.find(ctx.lemmas, blocked)
    seen = {(m.label, m.first, m.last) for m in matches}
    for match in matcher.find(_word_forms(ctx), blocked):
        if (match.label, match.first, match.last) not in seen:
            seen.add((match.label, match.first, match.last))
            matches.append(match)
    return matches


# A company's name tells its trade ('Минский тракторный завод', 'Дальневосточная
# судоверфь'), so its words count although the name is blocked for other fields. Not the
# names of bodies whose trade is a portfolio or a cause ('Министерство сельского
# хозяйства', 'Фонд развития промышленности', 'Союз машиностроителей'), nor capitals-only
# brands ('АГРОЭКО'), whose stems are a guess.
NOT_TRADE_NAMES = frozenset(
    {
        "правительство",
        "администрация",
        "фонд",
        "союз",
        "ассоциация",
        "палата",
        "университет",
        "институт",
        "центр",
        "совет",
        "банк",
        "дума",
        "собрание",
        "служба",
        "форум",
        "развитие",
    }
)


# 'Корпорация по импорту и экспорту электроники', 'Торговый дом «Лес»': a trading house
# names the goods it trades, not a trade of its own
TRADING_NAMES = frozenset({"импорт", "экспорт", "внешнеторговый", "торговый"})

ABBREVIATION = 4


def _trade_names_open(ctx: Ctx) -> list[bool]:
    blocked = list(ctx.blocked)
    for mention in ctx.mentions:
        if mention.type != "organization":
            continue
        first, last = ctx.token_range(mention.start, mention.end)
        words = set(ctx.lemmas[first:last])
        if words & NOT_TRADE_NAMES or words & PORTFOLIO_HEADS or words & TRADING_NAMES:
            continue
        for k in range(first, last):
            text = ctx.tokens[k].text
            # an abbreviation of a kind ('ТЛК', 'НПЗ', 'ГОК') says the trade; a longer
            # capitals-only word is a brand
            if (not text.isupper() or len(text) <= ABBREVIATION) and not _coined(ctx, k):
                blocked[k] = False
    return blocked


def _coined(ctx: Ctx, k: int) -> bool:
    """A capitalised word no dictionary knows ('Агромит', 'АгроГриб'): a brand coined from
    a stem, whose trade is a guess (as for capitals-only brands)."""
    text = ctx.tokens[k].text
    return (
        text[:1].isupper()
        and not text.isupper()
        and text.isalpha()
        and not _inflected_abbreviation(text)
        and not morph.analyzer().word_is_known(text.lower())
    )


# 'строительство ГОКа', 'на НПЗе': an abbreviation of a kind with a case ending is the
# kind, not a brand
ENDING = 2


def _inflected_abbreviation(text: str) -> bool:
    head = text.rstrip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    tail = text[len(head) :]
    return len(head) >= 2 and head.isupper() and 0 < len(tail) <= ENDING


def find_sectors(ctx: Ctx, countries: Sequence[CountryMention] = ()) -> list[Match]:
    matches = _lemma_or_form_matches(ctx, ctx.compiled.sectors, _trade_names_open(ctx))
    excludes = _lemma_or_form_matches(ctx, ctx.compiled.sector_excludes, None)
    kept = []
    trade = (
        trade_figures(ctx, matches)
        | guest_trades(ctx, matches)
        | existing_ties(ctx, matches)
        | inside_names(ctx, matches)
        | trade_flows(ctx, matches, countries)
        | programme_titles(ctx, matches)
        | imported_goods(ctx, matches)
        | generic_spheres(ctx, matches)
        | vehicles_in_use(ctx, matches)
        | event_names(ctx, matches)
        | quoted_titles(ctx, matches)
        | economy_profiles(ctx, matches)
        | end_uses(ctx, matches)
        | event_titles(ctx, matches)
        | leaders_agenda(ctx, matches)
        | meant_effects(ctx, matches)
    )
    for n, match in enumerate(matches):
        if n in trade:
            continue
        if any(
            e.label == match.label and e.first < match.last and match.first < e.last
            for e in excludes
        ):
            continue
        if (
            for_customers(ctx, match.first)
            and not building_products(ctx, match)
            and not own_purpose(ctx, match)
            and not machine_parts(ctx, match)
        ):
            continue
        if needs_of(ctx, match) or used_in(ctx, match) or former_site(ctx, match):
            continue
        if clipped_abbreviation(ctx, match):
            continue
        if foreign_mission(ctx, match, countries):
            continue
        if handled_goods(ctx, match) or plant_storage(ctx, match):
            continue
        if export_flow(ctx, match):
            continue
        if (
            match.last - match.first == 1
            and _coined(ctx, match.first)
            and not ctx.is_sentence_start(match.first)
        ):
            continue
        if denied(ctx, match) or venue(ctx, match) or built_hotel(ctx, match):
            continue
        if viewpoint(ctx, match) or works_equipment(ctx, match) or gift(ctx, match):
            continue
        if school_name(ctx, match):
            continue
        if made_of_metal(ctx, match) or mined_metal(ctx, match) or infrastructure_of(ctx, match):
            continue
        kept.append(match)
    kept = [processed_crop(ctx, m) for m in kept]
    kept = generic_deposits(kept)
    kept = builder_only(ctx, kept)
    kept.extend(listed_spheres(ctx, kept))
    kept.extend(listed_industries(ctx, kept))
    kept.extend(built_objects(ctx, kept))
    kept.extend(supplies_abroad(ctx, kept, countries))
    passing = works_over_produce(ctx, kept)
    kept = [m for m in kept if m.label not in passing]
    for match in kept:
        start = ctx.tokens[match.first].start
        end = ctx.tokens[match.last - 1].stop
        ctx.add("sector", start, end, match.label)
    return sorted(kept, key=lambda m: m.first)


def sector_codes(matches: list[Match]) -> list[str]:
    codes: list[str] = []
    for match in matches:
        if match.label not in codes:
            codes.append(match.label)
    return codes
