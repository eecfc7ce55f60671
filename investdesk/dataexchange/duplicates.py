"""Likely duplicate organisations and people, and merging two records into one.

Candidates are found by blocking (records sharing a word, prefix or cross-script key of
a name, kept in tables by ``duplicate_keys``; see ``MAX_BLOCK``), then fuzzy comparison
(rapidfuzz) of names, aliases and their transliterations, by the same name across scripts
(Latin, Palladius Cyrillic, Chinese characters: ``core.translit.comparison_key``), and by
equal registration numbers. Nothing is merged automatically:
``organisation_merge``/``person_merge`` run only on an explicit request, and
``*_merge_preview`` shows what would move first.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from django.db.models import Count
from rapidfuzz import fuzz

from investdesk.core.services import lock_for_change
from investdesk.organisations.choices import AliasKind
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_add_alias
from investdesk.people.models import Person
from investdesk.projects.leads import lead_investors_refresh
from investdesk.projects.models import ProjectParticipant

from .duplicate_keys import (
    MAX_BLOCK,
    duplicate_blocks,
    duplicate_keys_refresh,
    normalise,
    transliterate,
)
from .models import NameKind

__all__ = [
    "MAX_BLOCK",
    "Candidate",
    "merge_preview",
    "normalise",
    "organisation_duplicates",
    "organisation_merge",
    "person_duplicates",
    "person_merge",
    "transliterate",
]

SCRIPT_MATCH_SCORE = 95.0
# What ``str()`` of a candidate reads (the page and the command show nothing else).
_SHOWN = {Organisation: ("name",), Person: ("first_name", "patronymic", "last_name")}


@dataclass
class Candidate:
    first: models.Model
    second: models.Model
    score: float
    reason: str


def _pairs(block: list[int]) -> Iterator[tuple[int, int]]:
    return ((a, b) for i, a in enumerate(block) for b in block[i + 1 :])


def _found(kind: str, threshold: float) -> dict[tuple[int, int], tuple[float, str]]:
    """Pairs sharing a block: by name similarity above ``threshold``, else by the
    cross-script key. Keys are refreshed first (see ``duplicate_keys``)."""
    duplicate_keys_refresh(kind)
    names, by_name, by_script = duplicate_blocks(kind)
    blocked = {pair for block in by_name for pair in _pairs(block)}
    found: dict[tuple[int, int], tuple[float, str]] = {}
    for a, b in blocked:
        score = max(
            (
                fuzz.token_sort_ratio(x, y, score_cutoff=threshold)
                for x in names.get(a, ())
                for y in names.get(b, ())
            ),
            default=0.0,
        )
        if score >= threshold:
            found[(a, b)] = (float(score), "name")
    for block in by_script:
        for pair in _pairs(block):
            found.setdefault(pair, (SCRIPT_MATCH_SCORE, "transliteration"))
    return found


def _candidates(
    model: type[models.Model], found: dict[tuple[int, int], tuple[float, str]]
) -> list[Candidate]:
    """Load only the records that appear in a pair (one query, with the fields their names
    are made of: whole records took most of the time at thousands of pairs), best first."""
    records = model.objects.only(*_SHOWN[model]).in_bulk({pk for pair in found for pk in pair})
    return [
        Candidate(records[a], records[b], score, reason)
        for (a, b), (score, reason) in sorted(
            found.items(), key=lambda item: (-item[1][0], item[0][0], item[0][1])
        )
    ]


def _equal_numbers() -> dict[tuple[int, int], tuple[float, str]]:
    """Active organisations with an ИНН or ОГРН another has: each paired with the first."""

    def holders(field: str) -> models.QuerySet:
        # Each part reads the partial unique index of its column (an OR scanned the table).
        filled = Organisation.objects.active().exclude(**{field: ""}).order_by()
        repeated = filled.values(field).annotate(n=Count("pk")).filter(n__gt=1).values(field)
        return filled.filter(**{f"{field}__in": repeated}).values_list("pk", "inn", "ogrn")

    rows = sorted(holders("inn").union(holders("ogrn")))
    found: dict[tuple[int, int], tuple[float, str]] = {}
    for index, label in ((1, "INN"), (2, "OGRN")):
        seen: dict[str, int] = {}
        for row in rows:
            value = row[index]
            if value and value in seen:
                found[(seen[value], row[0])] = (100.0, label)
            elif value:
                seen[value] = row[0]
    return found


def organisation_duplicates(*, threshold: float = 88.0) -> list[Candidate]:
    """Likely duplicate organisations: equal ИНН/ОГРН, similar names, one name across scripts.

    Reads the blocks of stored keys (``duplicate_keys``) and compares only their pairs, so
    the cost grows with the number of candidate pairs, not with the number of records.
    """
    found = _equal_numbers()
    for pair, value in _found(NameKind.ORGANISATION, threshold).items():
        found.setdefault(pair, value)
    return _candidates(Organisation, found)


def person_duplicates(*, threshold: float = 90.0) -> list[Candidate]:
    """Likely duplicate people: similar names, or one name across scripts."""
    return _candidates(Person, _found(NameKind.PERSON, threshold))


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


@transaction.atomic
def organisation_merge(*, keep: Organisation, merge: Organisation, user=None) -> dict[str, int]:
    """Move every link, alias and name of ``merge`` to ``keep`` and archive ``merge``.

    The projects ``merge`` took part in get their lead investor recomputed: it may now be
    ``keep``, or another investor where ``merge``'s role duplicated ``keep``'s and went.
    """
    names = [merge.name, merge.name_original, merge.short_name]
    names += [a.alias for a in merge.aliases.all()]
    projects = list(
        ProjectParticipant.objects.filter(organisation=merge).values_list("project_id", flat=True)
    )
    moved = _merge(
        keep=keep, merge=merge, user=user, reason=f"Merged «{merge.name}» into «{keep.name}»"
    )
    lead_investors_refresh(project_ids=projects)
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
