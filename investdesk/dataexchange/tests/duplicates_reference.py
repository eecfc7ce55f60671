"""The in-memory algorithm the stored keys replaced (every name normalised on every look),
kept as the reference the stored keys must agree with: pairs as {(first pk, second pk):
(score, reason)}."""

from rapidfuzz import fuzz

from investdesk.core.translit import comparison_key
from investdesk.dataexchange.duplicate_keys import (
    MAX_BLOCK,
    MIN_SCRIPT_KEY,
    block_keys,
    normalise,
)
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.people.models import Person

Found = dict[tuple[int, int], tuple[float, str]]


def _blocked_pairs(keys: dict[int, set[str]]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = {}
    for pk, record_keys in keys.items():
        for key in record_keys:
            blocks.setdefault(key, []).append(pk)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            ordered = sorted(members)
            pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return pairs


def _similar_pairs(names: dict[int, set[str]], threshold: float) -> dict[tuple[int, int], float]:
    names = {pk: record_names - {""} for pk, record_names in names.items()}
    keys = {pk: block_keys(record_names) for pk, record_names in names.items()}
    best: dict[tuple[int, int], float] = {}
    for a, b in _blocked_pairs(keys):
        score = max(
            (
                fuzz.token_sort_ratio(x, y, score_cutoff=threshold)
                for x in names[a]
                for y in names[b]
            ),
            default=0.0,
        )
        if score >= threshold:
            best[(a, b)] = float(score)
    return best


def _same_across_scripts(raw_names: dict[int, list[str]]) -> list[tuple[int, int]]:
    owners: dict[str, set[int]] = {}
    for pk, record_names in raw_names.items():
        for name in record_names:
            key = comparison_key(name)
            if len(key) >= MIN_SCRIPT_KEY:
                owners.setdefault(key, set()).add(pk)
    pairs = set()
    for pks in owners.values():
        if len(pks) <= MAX_BLOCK:
            ordered = sorted(pks)
            pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return sorted(pairs)


def organisation_pairs(threshold: float = 88.0) -> Found:
    rows = list(
        Organisation.objects.active()
        .order_by("pk")
        .values_list("pk", "name", "name_original", "short_name", "inn", "ogrn")
    )
    aliases: dict[int, list[str]] = {}
    for pk, alias in OrganisationAlias.objects.filter(
        organisation__in=Organisation.objects.active()
    ).values_list("organisation_id", "alias"):
        aliases.setdefault(pk, []).append(alias)
    found: Found = {}
    for index, label in ((4, "INN"), (5, "OGRN")):
        seen: dict[str, int] = {}
        for row in rows:
            value = row[index]
            if value and value in seen:
                found[(seen[value], row[0])] = (100.0, label)
            elif value:
                seen[value] = row[0]
    names = {
        pk: {normalise(n) for n in (name, original, short, *aliases.get(pk, ())) if n}
        for pk, name, original, short, _inn, _ogrn in rows
    }
    for pair, score in _similar_pairs(names, threshold).items():
        found.setdefault(pair, (score, "name"))
    raw = {
        pk: [n for n in (name, original, *aliases.get(pk, ())) if n]
        for pk, name, original, _short, _inn, _ogrn in rows
    }
    for pair in _same_across_scripts(raw):
        found.setdefault(pair, (95.0, "transliteration"))
    return found


def person_pairs(threshold: float = 90.0) -> Found:
    rows = (
        Person.objects.active()
        .order_by("pk")
        .values_list("pk", "first_name", "patronymic", "last_name", "name_original")
    )
    people = {
        pk: (" ".join(p for p in (first, patronymic, last) if p), first, last, original)
        for pk, first, patronymic, last, original in rows
    }
    names = {
        pk: {normalise(n) for n in (full, " ".join(p for p in (first, last) if p), original) if n}
        for pk, (full, first, last, original) in people.items()
    }
    found: Found = {
        pair: (score, "name") for pair, score in _similar_pairs(names, threshold).items()
    }
    raw = {
        pk: [n for n in (full, original) if n]
        for pk, (full, _first, _last, original) in people.items()
    }
    for pair in _same_across_scripts(raw):
        found.setdefault(pair, (95.0, "transliteration"))
    return found
