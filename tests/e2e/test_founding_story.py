"""The founding story, end to end in a real browser.

Log in as demo, open the ZE Optoelectronic visit, see its three sites and four directions,
create the four tasks from the deputy governor's commitment, move the quartz project to
"site visit" on the board with a reason, and see that transition on the project's timeline.
"""

import pytest

pytestmark = pytest.mark.e2e


def test_founding_story(page, shot, log_in, founding):
    from investdesk.projects.models import StageTransition
    from investdesk.tasks.models import Task

    visit, project = founding["visit"], founding["project"]
    commitment = visit.commitments.get()
    assert not Task.objects.exists()

    # 1. Log in as demo.
    log_in(screenshot="01-login")

    # 2. Find the visit among the engagements and open it.
    page.goto("/engagements/?q=ZE+Optoelectronic&top_level=true")
    shot("02-engagements")
    page.get_by_role("link", name=visit.title).click()
    page.wait_for_url(f"**{visit.get_absolute_url()}")

    # 3. Its three sites and four directions.
    sites = page.locator("#sites li.site")
    assert sorted(sites.all_inner_texts()) == sorted(
        ["ОЭЗ «Нягань»", "Полярный кварц", "Технопарк «Импульс»"]
    )
    directions = page.locator("#directions .direction")
    assert directions.count() == 4
    assert "Огородникова" in page.locator("#participants").inner_text()
    assert "основатель" in page.locator("#participants").inner_text()
    shot("03-visit")

    # 4. Four tasks from the commitment, one per direction, in one step.
    card = page.locator(f"#commitment-{commitment.pk}")
    form = card.locator("form.commitment-tasks-form")
    petrov = founding_user("petrov")
    quartz = commitment.directions.get(code="quartz")
    form.locator(f"select[name='c{commitment.pk}-owner_{quartz.pk}']").select_option(str(petrov.pk))
    shot("04-commitment-form")
    form.get_by_role("button").click()
    page.wait_for_load_state()
    card = page.locator(f"#commitment-{commitment.pk}")
    card.locator("table.task-table").wait_for()
    assert card.locator("table.task-table tbody tr").count() == 4
    assert card.locator("form.commitment-tasks-form").count() == 0
    shot("05-tasks-created")
    tasks = Task.objects.filter(commitment=commitment)
    assert tasks.count() == 4
    assert tasks.get(direction=quartz).assignee == petrov

    # 5. The board: move the quartz project to "site visit" with a reason.
    page.goto("/projects/board/")
    project_card = page.locator(f"#project-card-{project.pk}")
    assert (
        project_card.locator("xpath=ancestor::section").get_attribute("data-stage-code")
        == "negotiations"
    )
    shot("06-board")
    target = page.locator("section[data-stage-code='site_visit'] .board-cards")
    project_card.drag_to(target)
    dialog = page.locator("#move-dialog")
    dialog.wait_for(state="visible")
    page.wait_for_function("document.querySelector('#move-dialog').classList.contains('show')")
    page.wait_for_timeout(400)  # let the fade-in finish before the screenshot
    page.fill("#move-reason", "Инвестор осмотрел ОЭЗ «Нягань» и «Полярный кварц»")
    shot("07-move-dialog")
    page.click("#move-submit")
    dialog.wait_for(state="hidden")
    page.locator(".modal-backdrop").wait_for(state="detached")
    moved = page.locator(f"section[data-stage-code='site_visit'] #project-card-{project.pk}")
    moved.wait_for()
    assert (
        "moved" in page.locator("#board-messages").inner_text()
        or page.locator("#board-messages .alert-success").count() == 1
    )
    shot("08-board-after-move")
    transition = StageTransition.objects.filter(project=project).latest("changed_at")
    assert (transition.from_stage.code, transition.to_stage.code) == ("negotiations", "site_visit")
    assert transition.changed_by.username == "demo"

    # 6. The transition is on the project's timeline.
    page.goto(project.get_absolute_url())
    timeline = page.locator("#timeline")
    stage_items = timeline.locator("li[data-kind='stage']")
    assert "Инвестор осмотрел ОЭЗ «Нягань» и «Полярный кварц»" in stage_items.first.inner_text()
    shot("09-project-timeline")


def founding_user(username: str):
    from investdesk.accounts.models import User

    return User.objects.get(username=username)
