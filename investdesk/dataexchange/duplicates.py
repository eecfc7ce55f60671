"""Likely duplicate organisations and people, and merging two records into one.

Candidates are found by fuzzy comparison (rapidfuzz) of names, aliases and their
transliterations, by the same name across scripts (Latin, Palladius Cyrillic, Chinese
characters: ``core.translit.comparison_key``), and by equal registration numbers. Nothing is merged automatically:
``organisation_merge``/``person_merge`` run only on an explicit request, and
``*_merge_preview`` shows what would move first.
"""

from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from rapidfuzz import fuzz, process

from investdesk.core.translit import comparison_key
from investdesk.organisations.choices import AliasKind
from investdesk.organisations.models import Organisation
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


def transliterate(text: str) -> str:
    """Cyrillic to Latin (a simple passport-like scheme); Latin text is left as it is."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())


def normalise(text: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in transliterate(text)).split()
    return " ".join(w for w in words if w not in _NOISE)


# A cross-script key this short ('ao', 'zhe') says little about identity.
MIN_SCRIPT_KEY = 5
SCRIPT_MATCH_SCORE = 95.0


@dataclass
class Candidate:
    first: models.Model
    second: models.Model
    score: float
    reason: str


def _similar_pairs(
    records: list[models.Model], names: dict[int, set[str]], threshold: float
) -> dict[tuple[int, int], float]:
    """Best name similarity of every pair of records above ``threshold``, in one C++ pass."""
    owners, flat = [], []
    for record in records:
        for name in names[record.pk] - {""}:
            owners.append(record.pk)
            flat.append(name)
    if not flat:
        return {}
    matrix = process.cdist(
        flat, flat, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, workers=1
    )
    best: dict[tuple[int, int], float] = {}
    for i, j in zip(*matrix.nonzero(), strict=True):
        a, b = owners[i], owners[j]
        if a < b:
            best[(a, b)] = max(best.get((a, b), 0.0), float(matrix[i, j]))
    return best


def _same_across_scripts(
    records: list[models.Model], raw_names: dict[int, list[str]]
) -> list[tuple[int, int]]:
    """Pairs of records sharing a name across scripts ('Лунчэн' = 'Longcheng' = '龙城')."""
    owners: dict[str, set[int]] = {}
    for record in records:
        for name in raw_names[record.pk]:
            key = comparison_key(name)
            if len(key) >= MIN_SCRIPT_KEY:
                owners.setdefault(key, set()).add(record.pk)
    pairs = set()
    for pks in owners.values():
        ordered = sorted(pks)
        pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return sorted(pairs)


def organisation_duplicates(*, threshold: float = 88.0) -> list[Candidate]:
    orgs = list(Organisation.objects.active().prefetch_related("aliases"))
    by_pk = {o.pk: o for o in orgs}
    names = {
        o.pk: {
            normalise(n)
            for n in [o.name, o.name_original, o.short_name, *(a.alias for a in o.aliases.all())]
            if n
        }
        for o in orgs
    }
    found: dict[tuple[int, int], Candidate] = {}
    for key in ("inn", "ogrn"):
        seen: dict[str, int] = {}
        for o in orgs:
            value = getattr(o, key)
            if value and value in seen:
                pair = (seen[value], o.pk)
                found[pair] = Candidate(by_pk[pair[0]], o, 100.0, key.upper())
            elif value:
                seen[value] = o.pk
    for (a, b), score in _similar_pairs(orgs, names, threshold).items():
        found.setdefault((a, b), Candidate(by_pk[a], by_pk[b], score, "name"))
    raw = {
        o.pk: [n for n in (o.name, o.name_original, *(a.alias for a in o.aliases.all())) if n]
        for o in orgs
    }
    for a, b in _same_across_scripts(orgs, raw):
        found.setdefault(
            (a, b), Candidate(by_pk[a], by_pk[b], SCRIPT_MATCH_SCORE, "transliteration")
        )
    return sorted(found.values(), key=lambda c: (-c.score, c.first.pk, c.second.pk))


def person_duplicates(*, threshold: float = 90.0) -> list[Candidate]:
    people = list(Person.objects.filter(is_archived=False))
    by_pk = {p.pk: p for p in people}
    names = {
        p.pk: {normalise(n) for n in (p.full_name, p.short_name, p.name_original) if n}
        for p in people
    }
    found = {
        (a, b): Candidate(by_pk[a], by_pk[b], score, "name")
        for (a, b), score in _similar_pairs(people, names, threshold).items()
    }
    raw = {p.pk: [n for n in (p.full_name, p.name_original) if n] for p in people}
    for a, b in _same_across_scripts(people, raw):
        found.setdefault(
            (a, b), Candidate(by_pk[a], by_pk[b], SCRIPT_MATCH_SCORE, "transliteration")
        )
    return sorted(found.values(), key=lambda c: (-c.score, c.first.pk, c.second.pk))


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
    merge.merged_into = keep
    merge.is_archived = True
    merge.version += 1
    merge._change_reason = reason
    merge._history_user = user
    merge.save(update_fields=["merged_into", "is_archived", "version", "updated_at"])
    keep.version += 1
    keep._change_reason = reason
    keep._history_user = user
    keep.save(update_fields=["version", "updated_at"])
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
