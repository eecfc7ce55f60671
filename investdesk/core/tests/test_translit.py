"""Names across scripts: characters, pinyin and Palladius are one name."""

import pytest
from django.template import Context, Template
from django.utils import translation

from investdesk.core.palladius import chinese_given_name, chinese_surnames
from investdesk.core.translit import (
    chinese_nominative,
    comparison_key,
    han_to_pinyin,
    index_forms,
    name_variants,
    palladius_syllables,
    pinyin_syllables,
    to_cyrillic,
    to_latin,
    word_key,
)


def test_the_three_scripts_share_one_key():
    keys = {
        comparison_key("Zhejiang Longcheng Machinery Co., Ltd."),
        comparison_key("Чжэцзян Лунчэн Машинери"),
        comparison_key("浙江龙城机械有限公司"),
    }
    assert keys == {"zhejianglongchengmachinery"}
    assert comparison_key("Чжэцзян Лунчэн") != comparison_key("Чжэцзян Лунхуа")


def test_syllables_both_ways():
    assert han_to_pinyin("龙城") == ["long", "cheng"]
    assert pinyin_syllables("Longcheng") == ("long", "cheng")
    assert palladius_syllables("Лунчэн") == ("long", "cheng")
    assert palladius_syllables("Цзиньцзян") == ("jin", "jiang")
    assert palladius_syllables("кварц") is None
    assert pinyin_syllables("Optoelectronic") is None


def test_spelling_in_other_scripts():
    assert to_cyrillic("Zhejiang Longcheng Machinery") == "Чжэцзян Лунчэн Машинери"
    assert to_latin("Чжэцзян Лунчэн Машинери") == "Zhejiang Longcheng Machinery"
    assert to_latin("Фонд развития Югры") == ""  # Russian words have no pinyin
    assert name_variants("华为") == {"han": "华为", "latin": "Huawei", "cyrillic": "Хуавэй"}
    # an acronym is not pinyin: no Russian spelling is made up for it
    assert to_cyrillic("ZE Optoelectronic SciTech Co., Ltd.") == ""


def test_chinese_names_in_russian_cases():
    assert chinese_nominative("Шисюном") == "Шисюн"
    assert chinese_nominative("Шисюн") is None
    assert chinese_nominative("Ивановым") is None


def test_index_and_query_forms_meet():
    indexed = set(index_forms("浙江龙城机械"))
    assert word_key("Лунчэн") in indexed
    assert word_key("龙城") in indexed
    assert word_key("Machinery") in indexed
    assert word_key("кварца") is None


@pytest.mark.parametrize(
    ("name", "original", "shown"),
    [
        ("Чжэцзян Лунчэн Машинери", "浙江龙城机械", ["Chinese:", "Latin, transliteration:"]),
        ("Деловая Россия", "", []),
    ],
)
def test_page_tag_lists_the_other_scripts(name, original, shown):
    template = Template(
        "{% load scripts %}{% name_scripts name original as spellings %}"
        "{% for s in spellings %}[{{ s.label }}{% if s.derived %}, transliteration{% endif %}:"
        "{{ s.text }}]{% endfor %}"
    )
    with translation.override("en"):
        rendered = template.render(Context({"name": name, "original": original}))
    assert [part.split("]")[0].split(":")[0] + ":" for part in rendered.split("[")[1:]] == shown
    if original:
        assert original in rendered


def test_chinese_given_names_and_surnames():
    assert {"ван", "ли", "чжан"} <= chinese_surnames()
    assert chinese_given_name("Цзиньлуном") == "Цзиньлун"
    assert chinese_given_name("Шисюн") == "Шисюн"
    assert chinese_given_name("Петровым") is None


@pytest.mark.parametrize(
    ("name", "lang"),
    [("浙江龙城机械", "zh"), ("Zhejiang Longcheng", ""), ("Чжэцзян Лунчэн", ""), ("", "")],
)
def test_a_name_in_characters_is_marked_chinese_for_the_bundled_font(name: str, lang: str) -> None:
    rendered = Template("{% load scripts %}{{ name|script_lang }}").render(Context({"name": name}))
    assert rendered == lang
