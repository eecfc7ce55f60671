"""Chinese characters in form fields are drawn, not boxes, on a device with no CJK font.

Debian's Chromium has no CJK font; the bundled Noto Sans SC is in every page's font stack, but
Chromium does not load a web font's unicode-range slices for a field's text, so the search box
after a search for "泽光电" showed three empty boxes. han-fields.js marks such fields
``data-script="han"``, which puts the bundled font first (fonts.css).
"""

import pytest

pytestmark = pytest.mark.e2e

NAME = "泽光电"

FIELD_STATE = """(field) => ({
    script: field.dataset.script || null,
    family: getComputedStyle(field).fontFamily,
})"""


def test_a_search_in_characters_keeps_them_drawn_in_the_search_box(page, log_in, founding):
    log_in(username="ivanova")
    page.goto(f"/search/?q={NAME}")
    page.wait_for_load_state("networkidle")
    box = page.locator("main input[name=q]")
    assert box.input_value() == NAME
    state = box.evaluate(FIELD_STATE)
    assert state["script"] == "han"
    assert state["family"].startswith('"Noto Sans SC"'), state
    page.evaluate("document.fonts.ready")
    assert page.evaluate(f"document.fonts.check('16px \"Noto Sans SC\"', '{NAME}')")


def test_typing_characters_into_a_form_marks_the_field_and_latin_unmarks_it(page, log_in, founding):
    log_in(username="ivanova")
    page.goto("/organisations/new/")
    field = page.locator("#id_name")
    field.fill(f"{NAME}科技有限公司")
    assert field.evaluate(FIELD_STATE)["script"] == "han"
    field.fill("Longcheng Machinery")
    assert field.evaluate(FIELD_STATE)["script"] is None
