"""A curator's working day in the browser, never in the admin: a support case for the
investor, a participant added to the founding visit, a commitment kept (the dashboard
follows), an agreement with two obligations (one becomes a task), two tasks handed to a
colleague, and the filtered project list exported to Excel. Every page made for this
day is checked at 390 px: no sideways scrolling."""

import io

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def assert_fits_a_phone(page, url: str, shot, name: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(url)
    page.wait_for_load_state()
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    shot(f"curator-390-{name}")
    page.set_viewport_size(DESKTOP)
    assert widths[0] <= widths[1], (url, widths)


def pick(page, container: str, text: str, select: str) -> None:
    """Type into an autocomplete's search box and wait for the matches."""
    page.locator(f"{container} input[type=search]").first.fill(text)
    page.wait_for_function(
        f"document.querySelector('{select}').querySelectorAll('option:not([value=\"\"])').length > 0"
    )


def test_a_curators_day(page, shot, log_in, founding):
    from investdesk.accounts.models import User
    from investdesk.agreements.models import Agreement
    from investdesk.engagements.models import Commitment
    from investdesk.support.models import SupportCase
    from investdesk.tasks.models import Task
    from investdesk.tasks.services import task_create

    page.set_viewport_size(DESKTOP)
    log_in()
    demo = User.objects.get(username="demo")
    petrov = User.objects.get(username="petrov")
    ze = founding["organisations"]["ze"]
    visit = founding["visit"]

    # 1. A support case for ZE Optoelectronic, opened from its page.
    page.goto(ze.get_absolute_url())
    page.click("#open-support-case")
    page.wait_for_url("**/support/new/**")
    page.fill("#id_subject", "Льготы резидента ОЭЗ «Нягань»")
    page.fill("#id_applied_on", "2026-04-30")
    page.locator("#case-open-form button[type=submit]").click()
    page.wait_for_selector("#steps")
    case = SupportCase.objects.get(organisation=ze)
    assert case.steps.count() == 4
    assert page.locator("#steps tbody tr").count() == 4
    shot("curator-01-support-case")
    assert_fits_a_phone(page, case.get_absolute_url(), shot, "support-case")
    assert_fits_a_phone(page, "/support/new/", shot, "support-open")

    # 2. A participant added to the founding visit.
    page.goto(visit.get_absolute_url())
    page.click("#edit-engagement")
    page.wait_for_selector("#revise-form")
    rows = page.locator("#formset-participants .formset-row")
    before = rows.count()
    page.click("#formset-participants [data-add-row]")
    page.wait_for_function(
        f"document.querySelectorAll('#formset-participants .formset-row').length > {before}"
    )
    page.select_option(f"#id_participants-{before}-role", "accompanying")
    page.fill(f"#id_participants-{before}-new_person_last_name", "Лебедев")
    page.fill(f"#id_participants-{before}-new_person_first_name", "Игорь")
    pick(
        page,
        f"#formset-participants .formset-row:nth-child({before + 1}) div:has(> .autocomplete #id_participants-{before}-organisation)",
        "Фонд развития",
        f"#id_participants-{before}-organisation",
    )
    shot("curator-02-visit-edit")
    page.locator("#revise-form button[type=submit]").click()
    page.wait_for_selector("#participants")
    assert "Игорь Лебедев" in page.locator("#participants").inner_text()
    assert visit.participants.filter(person__last_name="Лебедев").exists()
    assert_fits_a_phone(page, f"/engagements/{visit.pk}/edit/all/", shot, "visit-edit")

    # 3. A commitment kept: the dashboard's "kept" goes up by one.
    def kept_on_dashboard() -> int:
        page.goto("/dashboard/")
        cell = page.locator("#figure-commitments tbody tr").first.locator("td").nth(1)
        return int(cell.inner_text())

    kept_before = kept_on_dashboard()
    commitment = Commitment.objects.get(engagement=visit)
    page.goto(visit.get_absolute_url())
    page.click(f"#commitment-status-{commitment.pk}")
    page.select_option("#id_status", "kept")
    page.fill("#id_comment", "Все четыре направления проработаны")
    page.locator("#status-form button[type=submit]").click()
    page.wait_for_selector(f"#commitment-{commitment.pk}")
    assert kept_on_dashboard() == kept_before + 1
    shot("curator-03-dashboard")
    assert_fits_a_phone(page, f"/engagements/commitments/{commitment.pk}/status/", shot, "status")

    # 4. An agreement with two obligations; one of them becomes a task.
    assert_fits_a_phone(page, "/agreements/new/", shot, "agreement-form")
    page.goto("/agreements/")
    page.click("#new-agreement")
    page.select_option("#id_kind", "memorandum")
    page.fill("#id_title", "Меморандум о глубокой переработке кварца")
    page.fill("#id_signed_on", "2026-11-20")
    pick(page, "#field-parties", "ZE Opto", "#id_parties")
    page.locator("#id_parties option:not([value=''])").first.evaluate("o => o.selected = true")
    page.fill("#id_obligations-0-text", "Подобрать площадку в ОЭЗ «Нягань»")
    page.fill("#id_obligations-0-deadline", "2027-02-01")
    page.fill("#id_obligations-1-text", "Подготовить технико-экономическое обоснование")
    shot("curator-04-agreement-form")
    page.locator("#agreement-form button[type=submit]").click()
    page.wait_for_selector("#obligations")
    agreement = Agreement.objects.get(title="Меморандум о глубокой переработке кварца")
    assert list(agreement.parties.all()) == [ze]
    assert agreement.obligations.count() == 2
    first = agreement.obligations.order_by("id").first()
    page.locator(f"#obligation-{first.pk} button[type=submit]").click()
    page.wait_for_selector(f"#obligation-{first.pk} a[href^='/tasks/']")
    task = Task.objects.get(obligation=first)
    assert task.assignee == demo
    shot("curator-05-agreement")
    assert_fits_a_phone(page, agreement.get_absolute_url(), shot, "agreement")
    assert_fits_a_phone(page, f"/agreements/{agreement.pk}/edit/", shot, "agreement-edit")

    # 5. Two tasks handed over to a colleague from the task list.
    other = task_create(title="Направить письмо в Фонд", assignee=demo, due_date=task.due_date)
    page.goto("/tasks/?mine=1")
    page.check(f"#task-{task.pk} input.task-tick")
    page.check(f"#task-{other.pk} input.task-tick")
    page.select_option("#id_bulk-action", "reassign")
    # The new assignee is a picker: searched on the server, the first match taken.
    with page.expect_response(lambda r: "/autocomplete/active-users/" in r.url):
        page.fill("#bulk-form .autocomplete input[type=search]", "Петров")
        page.press("#bulk-form .autocomplete input[type=search]", "Enter")
    page.wait_for_selector("#bulk-form .autocomplete:not([aria-busy])")
    assert page.locator("#id_bulk-assignee").input_value() == str(petrov.pk)
    page.click("#bulk-apply")
    page.wait_for_selector("#messages")
    assert set(
        Task.objects.filter(pk__in=[task.pk, other.pk]).values_list("assignee", flat=True)
    ) == {petrov.pk}
    shot("curator-06-tasks")
    assert_fits_a_phone(page, "/tasks/", shot, "tasks")

    # 6. The project list filtered, then exported with the same filter.
    page.goto("/projects/")
    page.fill("#id_q", "кварц")
    page.locator("#filter-form button[type=submit]").click()
    page.wait_for_url("**q=**")
    shown = page.locator("table tbody tr").count()
    with page.expect_download() as download:
        page.click("#export-link")
    with open(download.value.path(), "rb") as file:
        workbook = load_workbook(io.BytesIO(file.read()))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) - 1 == shown >= 1
    assert all("варц" in str(row[1]) or "ZE" in " ".join(map(str, row)) for row in rows[1:])
    assert_fits_a_phone(page, f"/projects/{founding['project'].pk}/parties/", shot, "parties")
