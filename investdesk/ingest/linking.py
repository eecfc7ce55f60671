"""Linking extracted mentions to existing records, each with a confidence.

Organisations and sites match by canonical name, alias or original name (normalised: case,
quotes, legal forms), then across scripts (Latin, Palladius Cyrillic, Chinese characters:
``core.translit.comparison_key``), then by fuzzy similarity (rapidfuzz). People match only
when both the surname and the first name agree (in any of the scripts): a namesake is
offered as a candidate, never linked silently.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from investdesk.core.translit import comparison_key
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.people.models import Person
from investdesk.sitecatalog.models import Site

FUZZY_CUTOFF = 88
# A cross-script key this short ('ao', 'zhe') says little about identity.
MIN_KEY = 5
LEGAL_FORMS = re.compile(
    r"\b(ооо|оао|зао|пао|ао|ип|гк|нко|фгуп|муп|гуп|co\.?|ltd\.?|llc|inc\.?|gmbh|s\.p\.a\.?|a\.s\.|pjsc|jsc|llp|plc)\b",
    re.IGNORECASE,
)


def normalise_name(name: str) -> str:
    text = name.casefold().replace("ё", "е")
    text = re.sub(r"[«»\"'“”„]", " ", text)
    text = LEGAL_FORMS.sub(" ", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


@dataclass
class Link:
    id: int | None
    label: str
    confidence: float
    candidates: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "confidence": round(self.confidence, 2),
            "candidates": self.candidates,
        }


class LinkIndex:
    """What the database knows, loaded once per batch of documents."""

    def __init__(self) -> None:
        self.org_keys: dict[str, tuple[int, str]] = {}
        self.org_script_keys: dict[str, tuple[int, str]] = {}
        for pk, name, original, short in Organisation.objects.active().values_list(
            "pk", "name", "name_original", "short_name"
        ):
            for variant in (name, original, short):
                if variant:
                    self._add_org(variant, pk, name)
        for pk, alias, name in OrganisationAlias.objects.filter(
            organisation__is_archived=False
        ).values_list("organisation_id", "alias", "organisation__name"):
            self._add_org(alias, pk, name)
        self.org_choices = list(self.org_keys)
        self.person_script_keys: dict[str, list[tuple[int, str]]] = {}
        for pk, first, last, original in (
            Person.objects.filter(is_archived=False)
            .exclude(name_original="")
            .values_list("pk", "first_name", "last_name", "name_original")
        ):
            # Chinese names are written family name first, Russian ones given name first
            variants = {original, f"{first} {last}", f"{last} {first}"}
            label = f"{first} {last}".strip()
            for key in {comparison_key(v) for v in variants if v.strip()}:
                if len(key) >= MIN_KEY:
                    self.person_script_keys.setdefault(key, []).append((pk, label))

        self.site_keys: dict[str, tuple[int, str]] = {}
        for pk, name in Site.objects.values_list("pk", "name"):
            self.site_keys.setdefault(normalise_name(name), (pk, name))
            inner = re.search(r"«([^»]+)»", name)
            if inner:
                self.site_keys.setdefault(normalise_name(inner.group(1)), (pk, name))
        self.site_choices = list(self.site_keys)

    def _add_org(self, variant: str, pk: int, name: str) -> None:
        self.org_keys.setdefault(normalise_name(variant), (pk, name))
        script_key = comparison_key(variant)
        if len(script_key) >= MIN_KEY:
            self.org_script_keys.setdefault(script_key, (pk, name))

    def organisation(self, name: str) -> Link | None:
        key = normalise_name(name)
        if not key:
            return None
        if key in self.org_keys:
            pk, label = self.org_keys[key]
            return Link(pk, label, 1.0)
        script_key = comparison_key(name)
        if len(script_key) >= MIN_KEY and script_key in self.org_script_keys:
            pk, label = self.org_script_keys[script_key]
            return Link(pk, label, 0.95)
        best = process.extractOne(
            key, self.org_choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        if best:
            pk, label = self.org_keys[best[0]]
            return Link(pk, label, best[1] / 100)
        return None

    def site(self, name: str) -> Link | None:
        key = normalise_name(name)
        if key in self.site_keys:
            pk, label = self.site_keys[key]
            return Link(pk, label, 1.0)
        inner = re.search(r"«([^»]+)»", name)
        if inner and normalise_name(inner.group(1)) in self.site_keys:
            pk, label = self.site_keys[normalise_name(inner.group(1))]
            return Link(pk, label, 0.9)
        best = process.extractOne(
            key, self.site_choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        if best:
            pk, label = self.site_keys[best[0]]
            return Link(pk, label, best[1] / 100)
        return None

    def person(self, name: str) -> Link | None:
        first, last = split_person_name(name)[:2]
        if not last:
            return None
        across = self.person_script_keys.get(comparison_key(name), [])
        if len(across) == 1:
            pk, full = across[0]
            return Link(pk, full, 0.9)
        if across:  # namesakes across scripts are offered, never linked
            return Link(None, "", 0.0, [{"id": pk, "label": label} for pk, label in across])
        candidates = list(
            Person.objects.filter(last_name__iexact=last, is_archived=False).values_list(
                "pk", "first_name", "last_name", "position"
            )[:20]
        )
        exact = [c for c in candidates if first and c[1].casefold() == first.casefold()]
        if len(exact) == 1:
            pk, f, la, _position = exact[0]
            return Link(pk, f"{f} {la}", 0.95)
        offered = [
            {"id": pk, "label": f"{f} {la}".strip() + (f" — {pos}" if pos else "")}
            for pk, f, la, pos in candidates
        ]
        return Link(None, "", 0.0, offered) if offered else None


def split_person_name(name: str) -> tuple[str, str, str]:
    """(first name, last name, patronymic) from "Имя Фамилия" or "Имя Отчество Фамилия"."""
    parts = name.split()
    if len(parts) == 1:
        return "", parts[0], ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], parts[-1], " ".join(parts[1:-1])


def link_extraction(extraction: dict[str, Any], index: LinkIndex | None = None) -> dict[str, Any]:
    """Return a copy of the extraction where each organisation, person and site has a ``link``."""
    index = index or LinkIndex()
    linked = dict(extraction)
    for key, finder in (
        ("organizations", index.organisation),
        ("persons", index.person),
        ("sites", index.site),
    ):
        items = []
        for item in extraction.get(key) or []:
            link = finder(item.get("name") or "")
            items.append({**item, "link": link.as_dict() if link else None})
        linked[key] = items
    return linked
