"""The stored keys find the same pairs as the in-memory algorithm they replaced, before and
after every kind of write: services, aliases, archiving, merges, imports, bulk generation."""

import io

import pytest
import tablib
from django.core.management import call_command

from investdesk.dataexchange.columns import COLUMNS
from investdesk.dataexchange.duplicate_keys import (
    duplicate_keys_rebuild,
    duplicate_keys_refresh,
)
from investdesk.dataexchange.duplicates import (
    organisation_duplicates,
    organisation_merge,
    person_duplicates,
    person_merge,
)
from investdesk.dataexchange.models import (
    DuplicateBlock,
    DuplicateKey,
    DuplicateNames,
    DuplicateWatermark,
    NameKind,
)
from investdesk.dataexchange.tabular import import_dataset
from investdesk.demodata.synthetic import generate
from investdesk.organisations.models import OrganisationAlias
from investdesk.organisations.services import (
    organisation_add_alias,
    organisation_alias_delete,
    organisation_archive,
    organisation_update,
)
from investdesk.organisations.tests.factories import make_organisation
from investdesk.people.services import person_archive, person_update
from investdesk.people.tests.factories import make_person

from .duplicates_reference import organisation_pairs, person_pairs

pytestmark = pytest.mark.django_db


def _pairs(candidates) -> dict:
    return {(c.first.pk, c.second.pk): (c.score, c.reason) for c in candidates}


def assert_same_pairs() -> None:
    organisations = _pairs(organisation_duplicates())
    assert organisations == organisation_pairs()
    people = _pairs(person_duplicates())
    assert people == person_pairs()


@pytest.fixture
def sample():
    """Synthetic names in dense blocks, and known duplicates across scripts, case forms,
    legal forms, aliases and registration numbers."""
    generate(scale=0.05, seed=3)
    made = {
        "quartz": make_organisation(name="Полярный кварц", inn="8601000017"),
        "quartz_latin": make_organisation(name="POLYARNYY KVARTS LLC", inn="8601000024"),
        "quartz_form": make_organisation(name="ООО «Полярный Кварц-2»"),
        "fund": make_organisation(name="Фонд развития Югры", aliases=["ФРЮ"]),
        "fund_latin": make_organisation(name="FRYu"),
        "longcheng": make_organisation(name="Zhejiang Longcheng Machinery Co., Ltd."),
        "longcheng_ru": make_organisation(name="Чжэцзян Лунчэн Машинери"),
        "longcheng_zh": make_organisation(name="Лунчэн (Китай)", name_original="浙江龙城机械"),
        "other": make_organisation(name="Шаньдун Хуатай Кемикал", short_name="Хуатай"),
        "ze": make_organisation(name="ZE Оптоэлектроника", aliases=["泽光电科技", "ZE Opto"]),
        "ze_latin": make_organisation(name="ZE Optoelectronic SciTech", ogrn="1028600000010"),
        "zakharov": make_person(last_name="Захаров", first_name="Максим", patronymic="Ильич"),
        "zakharov_latin": make_person(last_name="Zakharov", first_name="Maksim"),
        "zakharova": make_person(last_name="ЗАХАРОВА", first_name="максим"),
        "luo": make_person(last_name="Ло", first_name="Шисюн"),
        "luo_latin": make_person(
            last_name="Luo", first_name="Shixiong", name_original="Luo Shixiong"
        ),
        "luo_han": make_person(last_name="Ло", first_name="Ш.", name_original="罗世雄"),
    }
    return made


def test_same_pairs_as_the_in_memory_algorithm(sample):
    organisations = _pairs(organisation_duplicates())
    people = _pairs(person_duplicates())
    assert organisations == organisation_pairs()
    assert people == person_pairs()
    # The sample holds pairs of every reason, so the comparison is not vacuous.
    assert {reason for _score, reason in organisations.values()} == {"name", "transliteration"}
    assert {reason for _score, reason in people.values()} == {"name", "transliteration"}
    pair = tuple(sorted((sample["longcheng"].pk, sample["longcheng_zh"].pk)))
    assert organisations[pair] == (95.0, "transliteration")
    assert DuplicateWatermark.objects.count() == 3  # organisations, aliases, people


def test_writes_through_services_are_picked_up(sample):
    assert_same_pairs()
    quartz, fund = sample["quartz"], sample["fund"]
    organisation_update(organisation=quartz, changes={"name": "Северный кварц"})
    make_organisation(name="Severnyy kvarts")
    organisation_add_alias(organisation=fund, alias="Югорский фонд развития")
    make_organisation(name="Югорский фонд развития АО")
    make_person(last_name="Лунчэн", first_name="Машинери")
    person_update(person=sample["zakharova"], changes={"last_name": "Петрова"})
    assert_same_pairs()
    organisation_alias_delete(alias=OrganisationAlias.objects.get(alias="ФРЮ"))
    organisation_archive(organisation=sample["longcheng_ru"])
    person_archive(person=sample["luo_latin"])
    assert_same_pairs()
    organisation_archive(organisation=sample["longcheng_ru"], archived=False)
    assert_same_pairs()


def test_merges_and_imports_are_picked_up(sample, make_user):
    assert_same_pairs()
    organisation_merge(keep=sample["quartz"], merge=sample["quartz_latin"], user=make_user())
    person_merge(keep=sample["zakharov"], merge=sample["zakharov_latin"], user=make_user())
    assert_same_pairs()
    header = {column.path: column.header for column in COLUMNS["organisations"]}
    rows = [
        ("Лунчэн Машинери", "Longcheng"),  # new, a duplicate of three
        ("Шаньдун Хуатай Кемикал", "Shandong Huatai Chemical"),  # an alias for the existing
    ]
    dataset = tablib.Dataset(*rows, headers=[header["name"], header["aliases"]])
    report = import_dataset("organisations", dataset)
    assert not report.errors and (report.created, report.updated) == (1, 1)
    assert_same_pairs()


def test_bulk_generation_keeps_keys_and_block_sizes(sample):
    assert_same_pairs()
    generate(scale=0.05, seed=4)  # no history: writes the keys of what it made itself
    assert_same_pairs()
    # Block sizes are the counts of their keys (blocks grew past MAX_BLOCK here).
    for block in DuplicateBlock.objects.all():
        assert DuplicateKey.objects.filter(kind=block.kind, key=block.key).count() == block.size


def test_refresh_with_nothing_changed_reads_two_queries(sample, django_assert_num_queries):
    for kind in NameKind:
        duplicate_keys_refresh(kind)  # indexes the kind whole: never indexed before
        with django_assert_num_queries(2):
            duplicate_keys_refresh(kind)


def test_rebuild_gives_the_stored_rows_again(sample):
    person_duplicates()
    organisation_duplicates()
    before = [
        sorted(model.objects.values_list("kind", "record_id", field))
        for model, field in ((DuplicateKey, "key"), (DuplicateNames, "names"))
    ]
    blocks = sorted(DuplicateBlock.objects.values_list("kind", "key", "size"))
    DuplicateKey.objects.all().delete()
    duplicate_keys_rebuild()
    call_command("duplicates", "--rebuild", "--type", "people", stdout=io.StringIO())
    after = [
        sorted(model.objects.values_list("kind", "record_id", field))
        for model, field in ((DuplicateKey, "key"), (DuplicateNames, "names"))
    ]
    assert after == before
    assert sorted(DuplicateBlock.objects.values_list("kind", "key", "size")) == blocks
