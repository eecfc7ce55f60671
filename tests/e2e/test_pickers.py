"""Pickers and saved filters in the browser: a searchable multi-select, a server-side
autocomplete in a filter, then the filter saved under a name, applied and deleted."""

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.e2e


def _answer(response) -> tuple:
    try:
        body = response.text()[:300]
    except Exception as error:  # an aborted request has no body
        body = repr(error)
    return response.url, response.status, body


def test_filter_tasks_with_pickers_and_save_the_filter(page, shot, log_in, founding):
    from investdesk.accounts.models import SavedFilter, User

    log_in(username="ivanova")
    petrov = User.objects.get(username="petrov")
    page.goto("/tasks/")

    # The status multi-select is searchable (Tom Select): type, pick with Enter.
    status = page.locator("#filter-status .ts-control input")
    status.fill("Открыт")
    page.keyboard.press("Enter")
    assert page.locator("#filter-status .ts-control .item").count() == 1

    # The assignee is searched on the server: only the match becomes an option. Enter
    # searches at once instead of after the typing pause (a search the pause sent already is
    # not sent again). The wait is long for a loaded machine; the answers are reported.
    answers = []
    page.on("response", lambda r: answers.append(r) if "/autocomplete/" in r.url else None)
    search = page.locator("#filter-assignee input[type=search]")
    search.fill("Петров")
    search.press("Enter")
    try:
        page.wait_for_function(
            "document.querySelector('#id_assignee')"
            ".querySelectorAll('option[value]:not([value=\"\"])').length > 0",
            timeout=45_000,
        )
    except PlaywrightTimeoutError:
        raise AssertionError(
            f"no match offered for 'Петров': {[_answer(r) for r in answers]}"
        ) from None
    assert page.locator("#id_assignee option:checked").inner_text() == str(petrov)
    page.locator("#filter-form button[type=submit]").click()
    page.wait_for_url(re.compile(rf".*assignee={petrov.pk}.*"))
    # On reload the chosen assignee is shown by name, with no other users listed.
    assert page.locator("#id_assignee option:checked").inner_text() == str(petrov)
    assert page.locator("#id_assignee option").count() <= 2

    # Save the filter under a name; it is listed, marked as the one in force, and applies.
    page.wait_for_selector("#saved-filter-form")
    page.fill("#saved-filter-form input[name=name]", "Задачи Петрова")
    page.locator("#saved-filter-form button[type=submit]").click()
    page.wait_for_selector("#saved-filters .saved-filter")
    shot("pickers-saved-filter")
    saved = SavedFilter.objects.get(user__username="ivanova")
    assert f"assignee={petrov.pk}" in saved.query
    page.goto("/tasks/")
    page.wait_for_selector("#saved-filters .saved-filter")
    page.locator("#saved-filters .saved-filter a").click()
    page.wait_for_url(re.compile(rf".*assignee={petrov.pk}.*"))

    # Delete it.
    page.wait_for_selector("#saved-filters .saved-filter")
    page.locator("#saved-filters .saved-filter button").click()
    page.wait_for_selector("#saved-filters")
    page.wait_for_function("!document.querySelector('#saved-filters .saved-filter')")
    assert not SavedFilter.objects.exists()
