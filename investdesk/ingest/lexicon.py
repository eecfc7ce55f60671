"""Everything data-driven the extractor knows, in one mergeable value.

``Lexicon.default()`` reads the JSON files in ``data/`` (general reference data: sector
keywords, countries, regions, positions, organisation kinds). The application builds a
second lexicon from its tables with ``Lexicon.from_records(...)`` (admin-maintained
direction keywords, organisation aliases, catalogue sites, known people) and passes
``Lexicon.default().merged_with(db_lexicon)`` to ``extract``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"

_QUOTES = re.compile(r"[«»\"“”„'’`]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Comparison key for names: case, quotes, yo and spacing folded."""
    text = _QUOTES.sub(" ", text.lower().replace("ё", "е"))
    text = text.replace("–", "-").replace("—", "-")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str = "other"
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteEntry:
    name: str
    kind: str = "other"
    municipality: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonEntry:
    name: str
    position: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    names: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    printed: tuple[str, ...] = ()  # other short names kept as printed ('Белоруссия')
    places: tuple[str, ...] = ()  # capitals, main cities, first-level regions
    institutions: tuple[str, ...] = ()  # local bodies only it has ('облисполком')


@dataclass(frozen=True)
class RegionEntry:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgType:
    phrase: str
    display: str | None
    kind: str
    site: str | None = None


def _merge_lists(a: Mapping[str, list[str]], b: Mapping[str, list[str]]) -> dict[str, list[str]]:
    out = {key: list(values) for key, values in a.items()}
    for key, values in b.items():
        bucket = out.setdefault(key, [])
        bucket.extend(v for v in values if v not in bucket)
    return out


def _merge_named(a: Iterable[Any], b: Iterable[Any]) -> list[Any]:
    """Union by name; entries of ``b`` win, aliases of both are kept."""
    merged: dict[str, Any] = {}
    for entry in list(a) + list(b):
        key = name_key(entry.name)
        if key in merged:
            aliases = tuple(dict.fromkeys(merged[key].aliases + entry.aliases))
            entry = replace(entry, aliases=aliases)
        merged[key] = entry
    return list(merged.values())


@dataclass
class Lexicon:
    directions: dict[str, list[str]] = field(default_factory=dict)
    direction_excludes: dict[str, list[str]] = field(default_factory=dict)
    direction_names: dict[str, list[str]] = field(default_factory=dict)
    organizations: list[OrgEntry] = field(default_factory=list)
    sites: list[SiteEntry] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    countries: list[CountryEntry] = field(default_factory=list)
    regions: list[RegionEntry] = field(default_factory=list)
    municipalities: dict[str, list[str]] = field(default_factory=dict)
    # word lists: position heads, speech and commitment verbs, org naming, outlets ...
    words: dict[str, list[str]] = field(default_factory=dict)
    org_types: list[OrgType] = field(default_factory=list)
    event_cues: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ construction

    @classmethod
    def default(cls) -> Lexicon:
        return _default_lexicon()

    @classmethod
    def from_json_dir(cls, directory: Path = DATA_DIR) -> Lexicon:
        def load(name: str) -> dict[str, Any]:
            return json.loads((directory / name).read_text(encoding="utf-8"))

        directions = load("directions.json")
        countries = load("countries.json")["countries"]
        positions = load("positions.json")
        kinds = load("org_kinds.json")
        municipalities = load("municipalities.json")["municipalities"]
        regions = load("regions.json")["regions"]
        cues = load("cues.json")
        orgs = load("organizations.json")["organizations"]
        words = {k: v for k, v in positions.items() if isinstance(v, list)}
        words["legal_forms"] = kinds["legal_forms"]
        words["outlets"] = kinds["outlets"]
        words["event_planned"] = cues.get("planned", [])
        words["event_after"] = cues.get("after_event", [])
        words["event_background"] = cues.get("background", [])
        words["visited_places"] = cues.get("visited_places", [])
        words["generic_orgs"] = kinds["generic"]
        words["latin_company_intro"] = kinds.get("latin_company_intro", [])
        for key, values in kinds["not_organizations"].items():
            words[f"not_org_{key}"] = values
        for key, values in kinds["kind_keywords"].items():
            words[f"kind_{key}"] = values
        return cls(
            directions=directions["keywords"],
            direction_excludes=directions.get("exclude", {}),
            direction_names=directions.get("names", {}),
            organizations=[_org(o) for o in orgs],
            countries=[
                CountryEntry(
                    c["code"],
                    c["name"],
                    tuple(c.get("names", ())),
                    tuple(c["stems"]),
                    tuple(c.get("printed", ())),
                    tuple(c.get("places", ())),
                    tuple(c.get("institutions", ())),
                )
                for c in countries
            ],
            regions=[RegionEntry(r["name"], tuple(r.get("aliases", ()))) for r in regions],
            municipalities={m["name"]: list(m.get("aliases", ())) for m in municipalities},
            words=words,
            org_types=[OrgType(**t) for t in kinds["types"]],
            event_cues=cues["event_types"],
            settings={"cue_weights": cues["weights"], "event_priority": cues["priority"]},
        )

    @classmethod
    def from_records(
        cls,
        *,
        directions: Mapping[str, Iterable[str]] | None = None,
        organizations: Iterable[Mapping[str, Any]] = (),
        sites: Iterable[Mapping[str, Any]] = (),
        people: Iterable[Mapping[str, Any]] = (),
        municipalities: Iterable[str | Mapping[str, Any]] = (),
    ) -> Lexicon:
        """A lexicon from plain rows, e.g. database tables.

        directions: ``{code: [phrase, ...]}`` (DirectionKeyword rows);
        organizations: ``{"name", "kind", "country", "aliases"}``;
        sites: ``{"name", "kind", "municipality", "aliases"}``;
        people: ``{"name", "position", "organization", "aliases"}``;
        municipalities: names or ``{"name", "aliases"}``.
        """
        muni: dict[str, list[str]] = {}
        for item in municipalities:
            if isinstance(item, str):
                muni[item] = []
            else:
                muni[item["name"]] = list(item.get("aliases") or ())
        return cls(
            directions={code: list(phrases) for code, phrases in (directions or {}).items()},
            organizations=[_org(o) for o in organizations],
            sites=[
                SiteEntry(
                    s["name"],
                    s.get("kind") or "other",
                    s.get("municipality"),
                    tuple(s.get("aliases") or ()),
                )
                for s in sites
            ],
            people=[
                PersonEntry(
                    p["name"],
                    p.get("position"),
                    p.get("organization"),
                    tuple(p.get("aliases") or ()),
                )
                for p in people
            ],
            municipalities=muni,
        )

    def merged_with(self, other: Lexicon) -> Lexicon:
        """A new lexicon with the entries of both; ``other`` wins on conflicts."""
        return Lexicon(
            directions=_merge_lists(self.directions, other.directions),
            direction_excludes=_merge_lists(self.direction_excludes, other.direction_excludes),
            direction_names={**self.direction_names, **other.direction_names},
            organizations=_merge_named(self.organizations, other.organizations),
            sites=_merge_named(self.sites, other.sites),
            people=_merge_named(self.people, other.people),
            countries=list({c.code: c for c in self.countries + other.countries}.values()),
            regions=_merge_named(self.regions, other.regions),
            municipalities=_merge_lists(self.municipalities, other.municipalities),
            words=_merge_lists(self.words, other.words),
            org_types=list({t.phrase: t for t in self.org_types + other.org_types}.values()),
            event_cues=_merge_lists(self.event_cues, other.event_cues),
            settings={**self.settings, **other.settings},
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for caching or shipping a lexicon to worker processes)."""
        return asdict(self)

    # ------------------------------------------------------------------ lookups

    def word_set(self, key: str) -> frozenset[str]:
        return self._word_sets.get(key, frozenset())

    @cached_property
    def _word_sets(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(w.lower().replace("ё", "е") for w in v) for k, v in self.words.items()}

    @cached_property
    def org_index(self) -> dict[str, OrgEntry]:
        index: dict[str, OrgEntry] = {}
        for entry in self.organizations:
            for alias in (entry.name, *entry.aliases):
                index.setdefault(name_key(alias), entry)
        return index

    @cached_property
    def site_index(self) -> dict[str, SiteEntry]:
        index: dict[str, SiteEntry] = {}
        for entry in self.sites:
            for alias in (entry.name, *entry.aliases):
                index.setdefault(name_key(alias), entry)
        return index

    @cached_property
    def people_index(self) -> dict[str, PersonEntry]:
        index: dict[str, PersonEntry] = {}
        for entry in self.people:
            for alias in (entry.name, *entry.aliases):
                index.setdefault(name_key(alias), entry)
        return index

    @cached_property
    def region_index(self) -> dict[str, RegionEntry]:
        index: dict[str, RegionEntry] = {}
        for entry in self.regions:
            for alias in (entry.name, *entry.aliases):
                index.setdefault(name_key(alias), entry)
        return index

    @cached_property
    def municipality_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for name, aliases in self.municipalities.items():
            for alias in (name, *aliases):
                index.setdefault(name_key(alias), name)
        return index

    @cached_property
    def country_name_index(self) -> dict[str, str]:
        """Any country name or abbreviation (name key) -> its short display name."""
        return {name_key(n): c.name for c in self.countries for n in (c.name, *c.names)}

    @cached_property
    def outlet_keys(self) -> frozenset[str]:
        return frozenset(name_key(o) for o in self.words.get("outlets", ()))

    @cached_property
    def single_word_places(self) -> tuple[str, ...]:
        names = [a for r in self.regions for a in (r.name, *r.aliases) if " " not in a]
        names += [m for m in self.municipalities if " " not in m]
        return tuple(names)

    @cached_property
    def inflectable_places(self) -> tuple[str, ...]:
        """One-word places whose printed case forms map back to them: Russian regions and
        towns, and foreign capitals and provinces the tagger leaves inflected ('в Чанчуне')."""
        foreign = [p for c in self.countries for p in c.places if " " not in p]
        return (*self.single_word_places, *foreign)

    @cached_property
    def inflectable_place_forms(self) -> tuple[frozenset[str], frozenset[str]]:
        """The inflectable places and their stems (the name less its last letter)."""
        names = self.inflectable_places
        return frozenset(names), frozenset(name[:-1] for name in names)

    @cached_property
    def inflectable_places_by_stem(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for name in set(self.inflectable_places):
            index.setdefault(name[:-1], []).append(name)
        return {stem: tuple(names) for stem, names in index.items()}

    @cached_property
    def place_word_keys(self) -> frozenset[str]:
        """Name keys of every capitalised word of a known place, Russian or foreign ('Жетысу'
        of 'область Жетысу'): such a word before a surname is the place, not a given name."""
        names = [a for r in self.regions for a in (r.name, *r.aliases)]
        names += [a for m, aliases in self.municipalities.items() for a in (m, *aliases)]
        names += [p for c in self.countries for p in c.places]
        return frozenset(
            name_key(word) for name in names for word in name.split() if word[:1].isupper()
        )

    @cached_property
    def single_word_site_types(self) -> dict[str, OrgType]:
        """Site types that can precede an unquoted name ('технопарк Иннопарк')."""
        return {
            t.phrase: t
            for t in self.org_types
            if t.site and t.site != "enterprise" and " " not in t.phrase
        }

    @cached_property
    def country_by_code(self) -> dict[str, CountryEntry]:
        return {c.code: c for c in self.countries}

    @cached_property
    def alias_pattern(self) -> re.Pattern[str] | None:
        """One regex over every organisation and site alias (surface forms)."""
        aliases = {
            alias
            for entry in (*self.organizations, *self.sites)
            for alias in (entry.name, *entry.aliases)
            if len(alias) >= 3
        }
        if not aliases:
            return None
        ordered = sorted(aliases, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in ordered)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _org(o: Mapping[str, Any]) -> OrgEntry:
    return OrgEntry(
        o["name"], o.get("kind") or "other", o.get("country"), tuple(o.get("aliases") or ())
    )


@cache
def _default_lexicon() -> Lexicon:
    return Lexicon.from_json_dir()
