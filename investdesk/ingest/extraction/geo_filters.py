"""Place names the tagger finds that name no place of the news: capitalised common nouns,
news agencies and outlets, sights, streets, the regions of a federal office's portfolio."""

from __future__ import annotations

from .. import morph
from ..lexicon import name_key
from ..nlp import NerSpan
from .context import Ctx
from .geo_background import FEDERAL_OFFICES
from .geo_names import GEO_NOUNS


def _junk(ctx: Ctx, span: NerSpan) -> bool:
    words = [t.text for t in ctx.tokens[span.first : span.last]]
    if not any(w[:1].isupper() for w in words):
        return True
    head = ctx.tokens[span.first]
    if len(words) == 1 and _body_word(ctx, span.first):
        return True  # 'с Акиматом ... области', 'Мэрия сообщила': a body, not a place
    if (
        len(words) >= 2
        and all(w.islower() for w in words[1:])
        and head.pos in ("NOUN", "PROPN")
        and ctx.lemmas[span.first] not in GEO_NOUNS
        and morph.known_word(head.text)
        and "Geox" not in morph.grammemes(head.text)
    ):
        return True  # 'Администрации города': a capitalised common noun, no name
    if not ctx.is_sentence_start(span.first):
        return False
    # 'Делегация региона', 'Об этом' at the start of a sentence; adjectives of places stay
    head = ctx.tokens[span.first]
    if head.pos not in ("NOUN", "ADP", "PRON", "DET", "VERB", "ADV"):
        return False
    return all(morph.known_word(w) and "Geox" not in morph.grammemes(w) for w in words)


def _body_word(ctx: Ctx, k: int) -> bool:
    """A word of a government body in any case (the tagger may read a foreign one, 'Акиматом',
    as an adjective, so its lemma alone does not tell)."""
    bodies = ctx.lexicon.word_set("kind_government")
    if ctx.lemmas[k] in bodies:
        return True
    word = ctx.lower[k]
    # the word itself or it less a case ending of up to two letters
    stems = {word[:n] for n in range(max(BODY_STEM, len(word) - 2), len(word) + 1)}
    return not stems.isdisjoint(bodies)


# the shortest body word matched by its start ('акимат' in 'Акиматом')
BODY_STEM = 5


def _agency(word: str) -> bool:
    grammemes = morph.grammemes(word)
    return "Orgn" in grammemes and "Geox" not in grammemes


STREET_NOUNS = frozenset(
    {"улица", "проспект", "переулок", "бульвар", "набережная", "шоссе", "проезд", "площадь"}
)


def _street_names(ctx: Ctx) -> set[str]:
    """Lemmas of one-word names printed after a street noun ('улицу Пионерскую')."""
    return {
        ctx.lemmas[span.first]
        for span in ctx.spans
        if span.type == "LOC"
        and span.last - span.first == 1
        and span.first > 0
        and ctx.lemmas[span.first - 1] in STREET_NOUNS
        and ctx.tokens[span.first - 1].text.islower()
    }


def _outlet_name(ctx: Ctx, span: NerSpan) -> bool:
    """'ИА Приморье', 'газета «Кубань»', 'РБК Уфа': a place's name after a kind of news outlet
    or a named outlet names the outlet."""
    outlets = ctx.cache.get("outlet_words")
    if outlets is None:
        outlets = frozenset(
            w.lower() for w in ctx.lexicon.words.get("not_org_outlets", ()) if " " not in w
        )
        ctx.cache["outlet_words"] = outlets
    k = span.first
    if span.last - span.first >= 2 and ctx.tokens[k].text.lower() in outlets:
        return True
    if name_key(span.text) in ctx.lexicon.outlet_keys:
        return True  # 'АиФ' read as a place
    while k > 0 and ctx.tokens[k - 1].text in QUOTES:
        k -= 1
    if k > 1 and ctx.tokens[k - 1].text in ("-", "–", "—"):
        k -= 1
    # 'РБК Уфа', 'АиФ – Пермь': a named outlet's regional edition
    return k > 0 and (
        ctx.tokens[k - 1].text.lower() in outlets
        or name_key(ctx.tokens[k - 1].text) in ctx.lexicon.outlet_keys
    )


QUOTES = frozenset({"«", '"', "„", "“"})


# 'монастырь Шаолинь', 'пещерные храмы Лунмэнь', 'в Усадьбе Гальских': a sight's name, not a
# place of the news
SIGHT_NOUNS = frozenset(
    {"монастырь", "храм", "пагода", "собор", "усадьба", "мавзолей", "дворец", "грот", "пещера"}
)


def _sight(ctx: Ctx, span: NerSpan) -> bool:
    if ctx.lemmas[span.first] in SIGHT_NOUNS and span.last - span.first >= 2:
        return True
    return (
        span.first > 0
        and ctx.lemmas[span.first - 1] in SIGHT_NOUNS
        and ctx.tokens[span.first - 1].text.islower()
    )


def _portfolio(ctx: Ctx, span: NerSpan) -> bool:
    """'министр РФ по развитию Дальнего Востока', 'министр по делам X': the region a federal
    office develops names the office's portfolio, not a place of the news."""
    k = span.first
    if k < 2 or ctx.lemmas[k - 2] != "по" or ctx.lemmas[k - 1] not in ("развитие", "дело"):
        return False
    return any(ctx.lemmas[j] in FEDERAL_OFFICES for j in range(max(0, k - 5), k - 2))
