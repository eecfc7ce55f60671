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
    chosen = page.locator("#filter-status .ts-control .item")
    assert [chosen.nth(i).get_attribute("data-value") for i in range(chosen.count())] == ["open"]

    # The assignee is searched on the server: only the match becomes an option. Enter
    # searches at once instead of after the typing pause (a search the pause sent already is
    # not sent again). The wait is long for a loaded machine; the answers are reported.
    answers = []
    page.on("response", lambda r: answers.append(r) if "/autocomplete/" in r.url else None)
    search = page.locator("#filter-assignee input[type=search]")
    search.fill("Петров")
    assert search.input_value() == "Петров"
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


def _options(page, select: str) -> list[str]:
    return page.locator(f"{select} option").all_inner_texts()


def _search(page, box: str, text: str) -> None:
    """Type ``text`` in a picker's search box and search at once (Enter)."""
    search = page.locator(f"{box} input[type=search]")
    search.fill(text)
    search.press("Enter")


def test_a_chosen_record_that_still_matches_is_not_nothing_found(page, log_in, founding):
    from investdesk.accounts.models import User

    log_in(username="ivanova")
    petrov = User.objects.get(username="petrov")
    page.goto(f"/tasks/?assignee={petrov.pk}")
    assert page.locator("#id_assignee option:checked").inner_text() == str(petrov)
    with page.expect_response(lambda r: "/autocomplete/users/" in r.url) as answer:
        _search(page, "#filter-assignee", "Петров")
    assert answer.value.json()["selected"] == [petrov.pk]
    page.wait_for_selector("#filter-assignee .autocomplete:not([aria-busy])")
    assert "Ничего не найдено" not in _options(page, "#id_assignee")
    assert page.locator("#id_assignee option:checked").inner_text() == str(petrov)
    # A text that matches nothing at all still says so.
    with page.expect_response(lambda r: "/autocomplete/users/" in r.url):
        _search(page, "#filter-assignee", "Щщщщщ")
    page.wait_for_function(
        "Array.from(document.querySelectorAll('#id_assignee option'))"
        ".some(o => o.textContent === 'Ничего не найдено')"
    )


def test_a_failed_search_says_so_and_an_expired_session_asks_to_log_in(
    page, shot, log_in, founding
):
    log_in(username="ivanova")
    page.goto("/tasks/")
    problem = page.locator("#filter-assignee [data-autocomplete-problem]")

    page.route("**/autocomplete/**", lambda route: route.fulfill(status=500, body="Ошибка"))
    _search(page, "#filter-assignee", "Петров")
    problem.wait_for(state="visible")
    assert problem.inner_text() == "Не удалось выполнить поиск — обновите страницу."
    assert "Ничего не найдено" not in _options(page, "#id_assignee")
    page.unroute("**/autocomplete/**")

    # Searching again after the failure works and clears the message.
    with page.expect_response(lambda r: "/autocomplete/users/" in r.url):
        _search(page, "#filter-assignee", "Сидорова")  # another text: sent at once
    page.wait_for_function("document.querySelector('#id_assignee option[value]:not([value=\"\"])')")
    assert problem.is_hidden()

    # The session expires: the search is sent to the login page.
    page.context.clear_cookies()
    _search(page, "#filter-assignee", "Иванова")
    problem.wait_for(state="visible")
    shot("pickers-session-expired")
    assert problem.inner_text().startswith("Сеанс работы истёк — войдите снова.")
    link = problem.locator("a")
    assert link.inner_text() == "Войти"
    assert "/accounts/login/?next=%2Ftasks%2F" in link.get_attribute("href")


def test_bulk_reassign_with_the_assignee_picker(page, shot, log_in, founding):
    from investdesk.accounts.models import User
    from investdesk.tasks.models import Task
    from investdesk.tasks.services import task_create

    ivanova = User.objects.get(username="ivanova")
    petrov = User.objects.get(username="petrov")
    tasks = [
        task_create(title=f"Проработать направление {n}", assignee=ivanova, due_date="2026-12-01")
        for n in range(3)
    ]
    log_in(username="ivanova")
    page.goto("/tasks/")
    # Not every active user is listed in the page: only the empty choice until a search.
    assert _options(page, "#id_bulk-assignee") == ["—"]
    page.locator(f".task-tick[value='{tasks[0].pk}']").check()
    page.locator(f".task-tick[value='{tasks[2].pk}']").check()
    page.select_option("#id_bulk-action", "reassign")
    with page.expect_response(lambda r: "/autocomplete/active-users/" in r.url):
        _search(page, "#bulk-form .autocomplete", "Петров")
    page.wait_for_function(
        "document.querySelector('#id_bulk-assignee option:checked').value !== ''"
    )
    assert page.locator("#id_bulk-assignee option:checked").inner_text() == str(petrov)
    shot("pickers-bulk-assignee")
    page.locator("#bulk-apply").click()
    page.wait_for_selector(".alert-success")
    owners = dict(Task.objects.filter(pk__in=[t.pk for t in tasks]).values_list("pk", "assignee"))
    assert owners == {tasks[0].pk: petrov.pk, tasks[1].pk: ivanova.pk, tasks[2].pk: petrov.pk}
