"""Lemma phrase matching: the small pattern language of directions.json and cues.json.

A phrase is words separated by spaces. ``word`` matches a lemma exactly, ``stem*`` a
lemma prefix, ``*part*`` a substring, ``*end`` a suffix; each also matches one part of
a hyphenated lemma ('производственно-логистический' has the part 'логистический').
Consecutive words may have up to ``DEFAULT_GAP`` words between them, ``..`` widens the
gap to ``WIDE_GAP``. Matches never cross a sentence end or a comma.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .. import morph
from ..lexicon import Lexicon, name_key

DEFAULT_GAP = 2
WIDE_GAP = 5
BARRIERS = frozenset({".", "!", "?", ";", ",", "(", ")", "«", "»", '"', "—", "–", ":"})


@dataclass(frozen=True, slots=True)
class Part:
    mode: str  # exact, prefix, contains, suffix
    text: str
    gap: int


@dataclass(frozen=True, slots=True)
class Phrase:
    label: str
    source: str
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class Match:
    label: str
    first: int
    last: int  # index past the last matched token
    phrase: str


def _normal_word(word: str) -> str:
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or len(word) < 3:
        return word
    options = morph.parses(word)
    if not options or any(p.normal_form.replace("ё", "е") == word for p in options):
        return word
    return options[0].normal_form.replace("ё", "е")


def _country_word(word: str) -> str:
    """A word of a country's name as the tagger lemmatises it, hyphenated ones included
    ('Народно-Демократическая' -> 'народно-демократический')."""
    lowered = word.lower().replace("ё", "е")
    if "-" in lowered and all(part.isalpha() for part in lowered.split("-")):
        options = morph.parses(lowered)
        if options:
            return options[0].normal_form.replace("ё", "е")
    return _normal_word(word)


def normal_word(word: str) -> str:
    """The lemma a phrase word is compared with (public for other modules)."""
    return _normal_word(word)


def compile_phrase(label: str, source: str, lemmatize: bool = True) -> Phrase | None:
    parts: list[Part] = []
    gap = 0
    for raw in source.split():
        if raw == "..":
            gap = WIDE_GAP
            continue
        word = raw.lower().replace("ё", "е")
        if word.startswith("*") and word.endswith("*") and len(word) > 2:
            part = Part("contains", word[1:-1], gap)
        elif word.endswith("*"):
            part = Part("prefix", word[:-1], gap)
        elif word.startswith("*"):
            part = Part("suffix", word[1:], gap)
        else:
            part = Part("exact", _normal_word(word) if lemmatize else word, gap)
        parts.append(part)
        gap = DEFAULT_GAP
    return Phrase(label, source, tuple(parts)) if parts else None


def _part_matches(part: Part, lemma: str) -> bool:
    candidates = (lemma, *lemma.split("-")) if "-" in lemma else (lemma,)
    for value in candidates:
        if part.mode == "exact" and value == part.text:
            return True
        if part.mode == "prefix" and value.startswith(part.text):
            return True
        if part.mode == "contains" and part.text in value:
            return True
        if part.mode == "suffix" and value.endswith(part.text):
            return True
    return False


class PhraseMatcher:
    """Finds every phrase occurrence in a lemma sequence; indexed by first word."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.exact: dict[str, list[Phrase]] = defaultdict(list)
        self.prefix: dict[str, list[Phrase]] = defaultdict(list)
        self.other: list[Phrase] = []
        self._memo: dict[str, tuple[Phrase, ...]] = {}
        for phrase in phrases:
            head = phrase.parts[0]
            if head.mode == "exact":
                self.exact[head.text].append(phrase)
            elif head.mode == "prefix" and len(head.text) >= 3:
                self.prefix[head.text[:3]].append(phrase)
            else:
                self.other.append(phrase)

    def _candidates(self, lemma: str) -> tuple[Phrase, ...]:
        # lemmas repeat across documents: remember which phrases can start at each
        found = self._memo.get(lemma)
        if found is None:
            pieces = (lemma, *lemma.split("-")) if "-" in lemma else (lemma,)
            items: list[Phrase] = []
            for piece in pieces:
                items.extend(self.exact.get(piece, ()))
                items.extend(self.prefix.get(piece[:3], ()))
            items.extend(self.other)
            found = tuple(p for p in items if _part_matches(p.parts[0], lemma))
            if len(self._memo) < 200_000:
                self._memo[lemma] = found
        return found

    def find(self, lemmas: Sequence[str], blocked: Sequence[bool] | None = None) -> list[Match]:
        matches: list[Match] = []
        n = len(lemmas)
        for i, lemma in enumerate(lemmas):
            if blocked is not None and blocked[i]:
                continue
            for phrase in self._candidates(lemma):
                end = self._extend(phrase, lemmas, i, n, blocked)
                if end is not None:
                    matches.append(Match(phrase.label, i, end, phrase.source))
        return matches

    @staticmethod
    def _extend(
        phrase: Phrase, lemmas: Sequence[str], i: int, n: int, blocked: Sequence[bool] | None
    ) -> int | None:
        position = i
        for part in phrase.parts[1:]:
            found = None
            for j in range(position + 1, min(n, position + 2 + part.gap)):
                if lemmas[j] in BARRIERS:
                    break
                if _part_matches(part, lemmas[j]) and not (blocked is not None and blocked[j]):
                    found = j
                    break
            if found is None:
                return None
            position = found
        return position + 1


@dataclass
class CompiledLexicon:
    sectors: PhraseMatcher
    sector_excludes: PhraseMatcher
    events: PhraseMatcher
    org_types: PhraseMatcher
    kinds: PhraseMatcher
    commitments: PhraseMatcher
    country_abbr: dict[str, str]
    country_names: dict[tuple[str, ...], str]
    country_first: frozenset[str]
    country_stems: dict[str, list[tuple[str, str]]]
    country_places: dict[str, str]  # lemma of a foreign capital, city or province -> code
    # a short name a text keeps as printed in its places ('Белоруссия'), by its lemmas
    country_printed: dict[tuple[str, ...], str]
    # any place of a country, one word or several (name key) -> its code ('Атырауская область')
    country_place_names: dict[str, str]
    # a local body only one country has ('облисполком', 'акимат') -> its code
    country_institutions: dict[str, str]
    # a region's one-word name in lower case ('брянщина') -> as written ('Брянщина')
    region_nicknames: dict[str, str]


def _matcher(groups: dict[str, list[str]], lemmatize: bool = True) -> PhraseMatcher:
    phrases = []
    for label, sources in groups.items():
        for source in sources:
            phrase = compile_phrase(label, source, lemmatize)
            if phrase is not None:
                phrases.append(phrase)
    return PhraseMatcher(phrases)


def compile_lexicon(lexicon: Lexicon) -> CompiledLexicon:
    kinds = {
        key.removeprefix("kind_"): values
        for key, values in lexicon.words.items()
        if key.startswith("kind_")
    }
    org_types: dict[str, list[str]] = defaultdict(list)
    for index, org_type in enumerate(lexicon.org_types):
        org_types[str(index)].append(org_type.phrase)
    abbr: dict[str, str] = {}
    names: dict[tuple[str, ...], str] = {}
    stems: dict[str, list[tuple[str, str]]] = defaultdict(list)
    printed: dict[tuple[str, ...], str] = {}
    places: dict[str, str] = {}
    place_names: dict[str, str] = {}
    institutions: dict[str, str] = {}
    for country in lexicon.countries:
        for name in country.printed:
            printed[tuple(_country_word(w) for w in name.split())] = name
        for place in country.places:
            place_names.setdefault(name_key(place), country.code)
        for word in country.institutions:
            institutions.setdefault(word, country.code)
        for name in (country.name, *country.names):
            if name.isupper() or not any("а" <= ch <= "я" for ch in name.lower()):
                abbr[name] = country.code
            else:
                names[tuple(_country_word(w) for w in name.split())] = country.code
        for stem in country.stems:
            stems[stem[:3]].append((stem, country.code))
        for place in country.places:
            places[_normal_word(place)] = country.code
    return CompiledLexicon(
        # commitment phrases are surface forms: 'будет проработано' is not 'быть проработать'
        commitments=_matcher({"commitment": lexicon.words.get("commitment_phrases", [])}, False),
        country_abbr=abbr,
        country_names=names,
        country_first=frozenset(key[0] for key in names),
        country_stems=dict(stems),
        country_places=places,
        country_printed=printed,
        country_place_names=place_names,
        country_institutions=institutions,
        region_nicknames={
            alias.lower().replace("ё", "е"): alias
            for region in lexicon.regions
            for alias in region.aliases
            if " " not in alias and len(alias) >= 5 and alias[:1].isupper() and not alias.isupper()
        },
        sectors=_matcher(lexicon.directions),
        sector_excludes=_matcher(lexicon.direction_excludes),
        events=_matcher(lexicon.event_cues),
        org_types=_matcher(dict(org_types)),
        kinds=_matcher(kinds),
    )


_COMPILED: dict[int, tuple[weakref.ref[Lexicon], CompiledLexicon]] = {}


def compiled_for(lexicon: Lexicon) -> CompiledLexicon:
    """The compiled matchers of a lexicon, built once per lexicon object."""
    key = id(lexicon)
    entry = _COMPILED.get(key)
    if entry is not None and entry[0]() is lexicon:
        return entry[1]
    compiled = compile_lexicon(lexicon)
    _COMPILED[key] = (
        weakref.ref(lexicon, lambda _ref, key=key: _COMPILED.pop(key, None)),
        compiled,
    )
    return compiled
