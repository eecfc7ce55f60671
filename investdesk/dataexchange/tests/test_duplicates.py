import pytest
from django.core.management import call_command

from investdesk.dataexchange.duplicates import (
    merge_preview,
    organisation_duplicates,
    organisation_merge,
    person_duplicates,
    person_merge,
    transliterate,
)
from investdesk.dataexchange.testing import (
    make_engagement,
    make_organisation,
    make_person,
    make_project,
)
from investdesk.projects.models import ProjectParticipant

pytestmark = pytest.mark.django_db


def test_transliteration():
    assert transliterate("Полярный Кварц") == "polyarnyy kvarts"


def test_finds_transliterated_names_and_aliases():
    a = make_organisation(name="Полярный кварц")
    b = make_organisation(name="Polyarnyy Kvarts LLC")
    c = make_organisation(name="Фонд развития Югры", aliases=["ФРЮ"])
    d = make_organisation(name="FRYu")
    make_organisation(name="Совсем другое")
    # Legal forms and generic words alone do not make two organisations alike.
    make_organisation(name="ОАО «Амкодор» — управляющая компания холдинга")
    make_organisation(name="ОАО «БМЗ» — управляющая компания холдинга «БМК»")
    pairs = {frozenset((x.first.pk, x.second.pk)): x.reason for x in organisation_duplicates()}
    assert pairs == {frozenset((a.pk, b.pk)): "name", frozenset((c.pk, d.pk)): "name"}


def test_people_listed_not_merged(capsys):
    make_person(last_name="Захаров", first_name="Максим")
    make_person(last_name="Zakharov", first_name="Maksim")
    assert len(person_duplicates()) == 1
    call_command("duplicates", "--type", "people")
    assert "1 likely duplicate pair" in capsys.readouterr().out
    assert type(make_person()).objects.filter(merged_into__isnull=False).count() == 0


def test_merge_moves_links_aliases_and_records_history(make_user):
    keep = make_organisation(name="ZE Optoelectronic")
    merge = make_organisation(name="ЗЕ Оптоэлектроник", aliases=["ZE Opto"])
    project = make_project(investors=[merge])
    make_engagement(organisations=[merge])
    person = make_person(organisation=merge)
    preview = merge_preview(keep=keep, merge=merge)
    assert preview["projects.projectparticipant.organisation"] == 1
    assert preview["engagements.engagement.organisations"] == 1
    organisation_merge(keep=keep, merge=merge, user=make_user("admin"))
    merge.refresh_from_db()
    assert (merge.merged_into, merge.is_archived) == (keep, True)
    assert ProjectParticipant.objects.get(project=project).organisation == keep
    person.refresh_from_db()
    assert person.organisation == keep
    assert set(keep.aliases.values_list("alias", flat=True)) == {"ЗЕ Оптоэлектроник", "ZE Opto"}
    assert merge.history.first().history_change_reason.startswith("Merged")
    assert merge_preview(keep=keep, merge=merge) == {}


def test_person_merge_moves_participations_and_positions(make_user):
    from investdesk.engagements.models import EngagementParticipant
    from investdesk.engagements.services import ParticipantSpec

    keep = make_person(last_name="Захаров", first_name="Максим")
    merge = make_person(last_name="Zakharov", first_name="Maksim", position="глава комитета")
    make_engagement(participants=[ParticipantSpec(person=merge, role="accompanying")])
    person_merge(keep=keep, merge=merge, user=make_user("admin"))
    assert EngagementParticipant.objects.get().person == keep
    assert list(keep.positions.values_list("title", flat=True)) == ["глава комитета"]
    merge.refresh_from_db()
    assert (merge.merged_into, merge.is_archived) == (keep, True)


def test_same_name_in_three_scripts_is_a_duplicate():
    latin = make_organisation(name="Zhejiang Longcheng Machinery Co., Ltd.")
    cyrillic = make_organisation(name="Чжэцзян Лунчэн Машинери")
    han = make_organisation(name="Лунчэн (Китай)", name_original="浙江龙城机械")
    make_organisation(name="Шаньдун Хуатай Кемикал")
    pairs = {frozenset((x.first.pk, x.second.pk)): x.reason for x in organisation_duplicates()}
    assert pairs[frozenset((latin.pk, cyrillic.pk))] == "transliteration"
    assert pairs[frozenset((latin.pk, han.pk))] == "transliteration"
    assert len(pairs) == 3


def test_chinese_person_across_scripts():
    make_person(last_name="Ло", first_name="Шисюн")
    make_person(last_name="Luo", first_name="Shixiong", name_original="Luo Shixiong")
    assert [c.reason for c in person_duplicates()] == ["transliteration"]
