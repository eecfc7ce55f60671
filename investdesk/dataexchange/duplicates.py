"""Likely duplicate organisations and people, and merging two records into one.

Candidates are found by blocking (records sharing a word, prefix or cross-script key of
a name; see ``MAX_BLOCK``), then fuzzy comparison (rapidfuzz) of names, aliases and their
transliterations, by the same name across scripts (Latin, Palladius Cyrillic, Chinese
characters: ``core.translit.comparison_key``), and by equal registration numbers. Nothing is merged automatically:
``organisation_merge``/``person_merge`` run only on an explicit request, and
``*_merge_preview`` shows what would move first.
"""

import re
from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from rapidfuzz import fuzz

from investdesk.core.services import lock_for_change
from investdesk.core.translit import comparison_key
from investdesk.organisations.choices import AliasKind
from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.organisations.services import organisation_add_alias
from investdesk.people.models import Person

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Legal forms and generic words (after transliteration) say nothing about identity.
_NOISE = {
    "ooo", "ao", "pao", "zao", "oao", "nao", "ip", "gk", "fgup", "mup", "gup", "ano",
    "llc", "ltd", "co", "inc", "corp", "jsc", "pjsc", "ojsc", "gmbh", "ag", "plc",
    "kompaniya", "upravlyayushchaya", "kholding", "kholdinga", "gruppa", "company",
    "group", "holding", "the",
}  # fmt: skip


# str.translate does in C what a per-character loop did in Python (most of the time of
# finding duplicates among 300k people).
_CYR_TABLE = str.maketrans(_CYR)
_NOT_WORD = re.compile(r"[\W_]+")


def transliterate(text: str) -> str:
    """Cyrillic to Latin (a simple passport-like scheme); Latin text is left as it is."""
    return text.lower().translate(_CYR_TABLE)


def normalise(text: str) -> str:
    words = _NOT_WORD.sub(" ", transliterate(text)).split()
    return " ".join(w for w in words if w not in _NOISE)


# A cross-script key this short ('ao', 'zhe') says little about identity.
MIN_SCRIPT_KEY = 5
SCRIPT_MATCH_SCORE = 95.0
# Blocking: only records sharing a key (a word of a normalised name, its first letters,
# the name without spaces, its cross-script key) are compared. A key shared by more
# records than this ('ivanov', 'invest') says nothing about identity and would make the
# comparison quadratic again, so its block is skipped; equal names are still caught by
# their rarer words, and ИНН/ОГРН are compared exactly.
MAX_BLOCK = 50
MIN_TOKEN = 3
PREFIX = 5


@dataclass
class Candidate:
    first: models.Model
    second: models.Model
    score: float
    reason: str


def _block_keys(names: set[str]) -> set[str]:
    keys = set()
    for name in names:
        tokens = name.split()
        if len(tokens) > 1:
            keys.add("=" + "".join(tokens))
        for token in tokens:
            if len(token) >= MIN_TOKEN:
                keys.add("w" + token)
            if len(token) > PREFIX:
                keys.add("p" + token[:PREFIX])
    return keys


def _blocked_pairs(keys: dict[int, set[str]]) -> set[tuple[int, int]]:
    """Pairs of records sharing at least one key whose block is small enough."""
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
    """Best name similarity above ``threshold`` of the records that share a blocking key."""
    names = {pk: record_names - {""} for pk, record_names in names.items()}
    keys = {pk: _block_keys(record_names) for pk, record_names in names.items()}
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
    """Pairs of records sharing a name across scripts ('Лунчэн' = 'Longcheng' = '龙城')."""
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


def _candidates(
    model: type[models.Model], found: dict[tuple[int, int], tuple[float, str]]
) -> list[Candidate]:
    """Load only the records that appear in a pair (one query), best pairs first."""
    records = model.objects.in_bulk({pk for pair in found for pk in pair})
    return [
        Candidate(records[a], records[b], score, reason)
        for (a, b), (score, reason) in sorted(
            found.items(), key=lambda item: (-item[1][0], item[0][0], item[0][1])
        )
    ]


def organisation_duplicates(*, threshold: float = 88.0) -> list[Candidate]:
    """Likely duplicate organisations: equal ИНН/ОГРН, similar names, one name across scripts.

    Reads names as plain rows (two queries) and compares only blocked pairs, so the cost
    grows with the number of records, not with its square.
    """
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
    found: dict[tuple[int, int], tuple[float, str]] = {}
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
        found.setdefault(pair, (SCRIPT_MATCH_SCORE, "transliteration"))
    return _candidates(Organisation, found)


def person_duplicates(*, threshold: float = 90.0) -> list[Candidate]:
    """Likely duplicate people: similar names, or one name across scripts."""
    rows = (
        Person.objects.active()
        .order_by("pk")
        .values_list("pk", "first_name", "patronymic", "last_name", "name_original")
    )
    # The same name forms as ``Person.full_name`` and ``Person.short_name``.
    people = {
        pk: (" ".join(p for p in (first, patronymic, last) if p), first, last, original)
        for pk, first, patronymic, last, original in rows
    }
    names = {
        pk: {normalise(n) for n in (full, " ".join(p for p in (first, last) if p), original) if n}
        for pk, (full, first, last, original) in people.items()
    }
    found = {pair: (score, "name") for pair, score in _similar_pairs(names, threshold).items()}
    raw = {
        pk: [n for n in (full, original) if n]
        for pk, (full, _first, _last, original) in people.items()
    }
    for pair in _same_across_scripts(raw):
        found.setdefault(pair, (SCRIPT_MATCH_SCORE, "transliteration"))
    return _candidates(Person, found)


def _relations(model: type[models.Model]) -> list:
    return [
        f
        for f in model._meta.get_fields()
        if (f.one_to_many or f.many_to_many)
        and f.auto_created
        and not f.concrete
        and f.field.name != "merged_into"
        and not f.related_model.__name__.startswith("Historical")
        # A many-to-many through an explicit model moves with that model's foreign key.
        and not (f.many_to_many and not f.field.remote_field.through._meta.auto_created)
    ]


def merge_preview(*, keep: models.Model, merge: models.Model) -> dict[str, int]:
    """How many links of each kind would move from ``merge`` to ``keep``."""
    preview = {}
    for rel in _relations(type(keep)):
        if rel.many_to_many:
            count = getattr(merge, rel.get_accessor_name()).count()
        else:
            count = rel.related_model._base_manager.filter(**{rel.field.name: merge}).count()
        if count:
            preview[f"{rel.related_model._meta.label_lower}.{rel.field.name}"] = count
    return preview


@transaction.atomic
def _merge(*, keep: models.Model, merge: models.Model, user, reason: str) -> dict[str, int]:
    if keep.pk == merge.pk or type(keep) is not type(merge):
        raise ValueError("Merge two different records of the same kind.")
    moved = merge_preview(keep=keep, merge=merge)
    for rel in _relations(type(keep)):
        if rel.many_to_many:
            for obj in list(getattr(merge, rel.get_accessor_name()).all()):
                getattr(obj, rel.field.name).remove(merge)
                getattr(obj, rel.field.name).add(keep)
        else:
            for obj in rel.related_model._base_manager.filter(**{rel.field.name: merge}):
                setattr(obj, rel.field.name, keep)
                obj._change_reason = reason
                try:
                    with transaction.atomic():
                        obj.save(update_fields=[rel.field.name])
                except IntegrityError:
                    # ``keep`` already has this very link (same project role, same
                    # engagement): the merged record's copy is redundant.
                    obj.delete()
    for m2m in type(keep)._meta.many_to_many:
        getattr(keep, m2m.name).add(*getattr(merge, m2m.name).all())
    merged = lock_for_change(merge)
    merged.merged_into = keep
    merged.is_archived = True
    merged._change_reason = reason
    merged._history_user = user
    merged.save(update_fields=["merged_into", "is_archived", "version", "updated_at"])
    kept = lock_for_change(keep)
    kept._change_reason = reason
    kept._history_user = user
    kept.save(update_fields=["version", "updated_at"])
    merge.merged_into, merge.is_archived, merge.version = keep, True, merged.version
    keep.version = kept.version
    return moved


def organisation_merge(*, keep: Organisation, merge: Organisation, user=None) -> dict[str, int]:
    """Move every link, alias and name of ``merge`` to ``keep`` and archive ``merge``."""
    names = [merge.name, merge.name_original, merge.short_name]
    names += [a.alias for a in merge.aliases.all()]
    moved = _merge(
        keep=keep, merge=merge, user=user, reason=f"Merged «{merge.name}» into «{keep.name}»"
    )
    for name in filter(None, names):
        organisation_add_alias(organisation=keep, alias=name, kind=AliasKind.FORMER)
    return moved


def person_merge(*, keep: Person, merge: Person, user=None) -> dict[str, int]:
    """Only on an explicit request: two people with similar names may be different people."""
    return _merge(
        keep=keep,
        merge=merge,
        user=user,
        reason=f"Merged «{merge.full_name}» into «{keep.full_name}»",
    )
