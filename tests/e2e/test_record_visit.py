"""Record a visit in the browser: pickers with server-side search, a missing person typed in."""

import pytest

pytestmark = pytest.mark.e2e


def test_record_a_visit_with_autocomplete(page, shot, log_in, founding):
    from investdesk.engagements.models import Engagement

    log_in()
    page.goto("/engagements/new/")
    page.select_option("#id_kind", "negotiations")
    page.fill("#id_title", "Переговоры о поставках кварца")
    page.fill("#id_start_date", "2026-11-20")

    # The host: a known person, found by typing part of the name.
    page.select_option("#id_participants-0-role", "host")
    row = page.locator(".formset[data-prefix=participants] .formset-row").nth(0)
    row.locator("input[type=search]").first.fill("Огород")
    person = page.locator("#id_participants-0-person")
    page.wait_for_function("document.querySelector('#id_participants-0-person').options.length > 1")
    assert "Огородникова" in person.locator("option:checked").inner_text()

    # A guest without a name: the founder at the investor.
    page.select_option("#id_participants-1-role", "guest")
    row = page.locator(".formset[data-prefix=participants] .formset-row").nth(1)
    row.locator("input[type=search]").nth(1).fill("ZE Opto")
    page.wait_for_function(
        "document.querySelector('#id_participants-1-organisation').options.length > 1"
    )
    page.fill("#id_participants-1-role_label", "основатель")

    # A person missing from the registry, typed in and created with the engagement.
    page.select_option("#id_participants-2-role", "accompanying")
    page.fill("#id_participants-2-new_person_last_name", "Лебедев")
    page.fill("#id_participants-2-new_person_first_name", "Игорь")

    # A site picked from search results.
    page.locator("#field-sites input[type=search]").fill("Нягань")
    page.wait_for_function("document.querySelector('#id_sites').options.length > 0")
    page.select_option("#id_sites", label="ОЭЗ «Нягань»")
    shot("10-record-visit-form")

    page.locator("#record-form button[type=submit]").click()
    page.wait_for_load_state()
    if page.locator("#form-errors").count():
        shot("11-record-visit-errors")
        raise AssertionError(page.locator(".invalid-feedback, .alert-danger").all_inner_texts())
    engagement = Engagement.objects.get(title="Переговоры о поставках кварца")
    participants = page.locator("#participants").inner_text()
    assert "Наталья Огородникова" in participants
    assert "основатель" in participants
    assert "Игорь Лебедев" in participants
    assert page.locator("#sites li.site").all_inner_texts() == ["ОЭЗ «Нягань»"]
    assert engagement.participants.count() == 3
    shot("11-recorded-visit")
