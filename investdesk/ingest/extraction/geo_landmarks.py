"""Places: a feature named by a noun and a name in the genitive ('остров Свободы',
'площадь Победы'), where the name alone is no place."""

from __future__ import annotations

from ..nlp import NerSpan
from .context import Ctx
from .geo_names import ADJ_ENDINGS

FEATURE_NOUNS = frozenset({"остров", "полуостров", "мыс", "площадь", "бухта", "залив"})


def genitive_feature(ctx: Ctx, span: NerSpan) -> bool:
    """'между островом Свободы и ...', 'на площади Свободы': a one-word name in the genitive
    right after a lower-case feature noun keeps the noun ('Свобода' names nothing)."""
    k = span.first
    if span.last - k != 1 or k == 0 or ctx.lemmas[k - 1] not in FEATURE_NOUNS:
        return False
    noun, word = ctx.tokens[k - 1], ctx.tokens[k]
    if not noun.text.islower() or not word.text[:1].isupper():
        return False
    if word.text.lower().endswith(ADJ_ENDINGS):
        return False  # 'на острове Русском': an adjective agrees with its noun
    # the name stays in the genitive whatever the noun's case ('островом Свободы')
    return word.feat("Case") == "Gen" and noun.feat("Case") != "Gen"
