import pytest

from investdesk.organisations.services import (
    organisation_add_alias,
    organisation_create,
    organisation_update,
)
from investdesk.search.models import SearchEntry
from investdesk.search.services import search, search_index_object, search_reindex

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst(roles, make_user):
    return make_user("analyst", username="analyst")


def found(results, entity_type):
    for group_type, _label, entries in results.groups:
        if group_type == entity_type:
            return [entry.object_id for entry in entries]
    return []


def test_inflected_word_finds_normal_form(records, analyst):
    results = search("кварца", user=analyst)
    assert found(results, "project") == [records["project"].pk]
    assert found(results, "document") == [records["document"].pk]
    assert found(search("кварц", user=analyst), "project") == [records["project"].pk]


def test_inflected_organisation_name(records, analyst):
    assert found(search("Деловой России", user=analyst), "organisation") == [
        records["business_russia"].pk
    ]


def test_surname_in_genitive_finds_the_person(records, analyst):
    assert found(search("Огородниковой", user=analyst), "person") == [records["person"].pk]


@pytest.mark.parametrize(
    "query", ["ZE Optoelectronic", "optoelectronic scitech", "泽光电科技", "Business Russia"]
)
def test_latin_or_chinese_name_finds_its_organisation(records, analyst, query):
    expected = records["business_russia"] if "Business" in query else records["ze"]
    assert found(search(query, user=analyst), "organisation") == [expected.pk]


def test_every_word_must_match_and_results_are_grouped(records, analyst):
    results = search("визит ze", user=analyst)
    # The press release mentions the visit but not ZE, so it is left out.
    assert [group[0] for group in results.groups] == ["engagement"]
    assert found(results, "engagement") == [records["engagement"].pk]
    assert search("кварц лес", user=analyst).groups == []


def test_prefix_of_the_last_word(records, analyst):
    assert found(search("Импуль", user=analyst), "site") == [records["site"].pk]


def test_confidential_project_found_by_code_name_only(records, analyst):
    assert found(search("кремния", user=analyst), "project") == []
    assert found(search("Луч", user=analyst), "project") == [records["secret"].pk]


def test_changed_records_are_reindexed_lazily(records, analyst):
    search("кварц", user=analyst)
    organisation_update(organisation=records["ze"], changes={"name": "Цзэ Оптика"})
    assert found(search("Цзэ", user=analyst), "organisation") == [records["ze"].pk]


def test_new_alias_is_found_without_touching_the_organisation(records, analyst):
    search("кварц", user=analyst)
    organisation_add_alias(organisation=records["ze"], alias="Цзэгуан")
    assert found(search("Цзэгуан", user=analyst), "organisation") == [records["ze"].pk]


def test_index_one_object_at_once(records, analyst):
    search("кварц", user=analyst)
    organisation_add_alias(organisation=records["ze"], alias="Цзэгуан")
    search_index_object(records["ze"])
    assert found(search("Цзэгуан", user=analyst, refresh=False), "organisation") == [
        records["ze"].pk
    ]


def test_refresh_reads_only_new_history(records, analyst, django_assert_max_num_queries):
    search_reindex()
    # watermarks 1 + history tables 9 + permissions 2 + full-text 1 + entries 1 + roles 1
    with django_assert_max_num_queries(15):
        assert search("кварца", user=analyst).total == 2


def test_reindex_rebuilds_every_type(records):
    counts = search_reindex()
    assert counts == {
        "organisation": 2,
        "person": 1,
        "project": 2,
        "engagement": 1,
        "site": 1,
        "document": 1,
    }
    assert SearchEntry.objects.count() == 8


def test_partner_sees_only_shared_projects(records, roles, make_user):
    from investdesk.projects.services import project_share

    partner = make_user("partner", username="partner")
    assert search("кварца", user=partner).groups == []
    project_share(project=records["project"], partners=[partner])
    results = search("кварца", user=partner)
    assert [group[0] for group in results.groups] == ["project"]


def test_empty_query_finds_nothing(records, analyst):
    assert search("  ,, ", user=analyst).groups == []


@pytest.mark.parametrize("query", ["Zhejiang Longcheng", "Чжэцзян Лунчэн", "浙江龙城", "Лунчэн"])
def test_a_chinese_name_is_found_in_any_script(records, analyst, query):
    org = organisation_create(
        name="Чжэцзян Лунчэн Машинери", name_original="浙江龙城机械", kind="investor"
    )
    latin_only = organisation_create(name="Zhejiang Longcheng Machinery Co.", kind="investor")
    assert set(found(search(query, user=analyst), "organisation")) == {org.pk, latin_only.pk}
