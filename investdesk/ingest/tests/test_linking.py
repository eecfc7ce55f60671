"""Linking mentions to records across scripts (Latin, Palladius Cyrillic, characters)."""

import pytest

from investdesk.ingest.linking import LinkIndex
from investdesk.organisations.services import organisation_create
from investdesk.people.services import person_create

pytestmark = pytest.mark.django_db


def test_an_organisation_links_in_any_script():
    org = organisation_create(
        name="Zhejiang Longcheng Machinery Co., Ltd.", name_original="浙江龙城机械", kind="investor"
    )
    index = LinkIndex()
    for mention in ("Чжэцзян Лунчэн Машинери", "浙江龙城机械", "Zhejiang Longcheng Machinery"):
        link = index.organisation(mention)
        assert (link.id, link.label) == (org.pk, org.name)
    assert index.organisation("Чжэцзян Лунхуа Машинери") is None


def test_a_chinese_person_links_across_scripts_but_namesakes_do_not():
    luo = person_create(first_name="Shixiong", last_name="Luo", name_original="Luo Shixiong")
    assert LinkIndex().person("Ло Шисюн").id == luo.pk
    person_create(first_name="Шисюн", last_name="Ло", name_original="罗世雄")
    link = LinkIndex().person("Ло Шисюн")
    assert link.id is None
    assert len(link.candidates) == 2
