"""The board refuses a stale move in the browser, and the portfolio's pages render."""

import pytest

pytestmark = pytest.mark.e2e


def test_stale_move_returns_the_card_with_a_message(page, shot, log_in, founding):
    from investdesk.projects.services import project_advance_stage

    project = founding["project"]
    log_in()
    page.goto("/projects/board/")
    card = page.locator(f"#project-card-{project.pk}")
    card.wait_for()
    # Someone else moves the project after this board was loaded.
    project_advance_stage(project=project, to_stage="lead", user=None, reason="Пауза")
    card.drag_to(page.locator("section[data-stage-code='site_visit'] .board-cards"))
    page.locator("#move-dialog").wait_for(state="visible")
    page.fill("#move-reason", "Визит на площадку")
    page.click("#move-submit")
    alert = page.locator("#board-messages .alert-danger")
    alert.wait_for()
    page.locator(".modal-backdrop").wait_for(state="detached")
    assert f"«{project.stage.name_ru}»" in alert.inner_text()  # the browser asks for Russian
    home = page.locator(f"section[data-stage-code='negotiations'] #project-card-{project.pk}")
    assert home.count() == 1
    shot("12-board-stale-move")
    project.refresh_from_db()
    assert project.stage.code == "lead"
    assert not project.transitions.filter(to_stage__code="site_visit").exists()


def test_portfolio_pages(page, shot, log_in, founding):
    from investdesk.agreements.models import Agreement
    from investdesk.demodata.portfolio import load_portfolio
    from investdesk.demodata.users import ensure_demo_users
    from investdesk.support.models import SupportCase

    load_portfolio(users=ensure_demo_users(), founding=founding)
    log_in()
    for name, url in [
        ("13-projects", "/projects/"),
        ("14-board", "/projects/board/"),
        ("15-agreements", "/agreements/"),
        ("17-support", "/support/"),
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        shot(name)
    agreement = Agreement.objects.order_by("id").first()
    if agreement is not None:
        assert page.goto(agreement.get_absolute_url()).status == 200
        shot("16-agreement")
    case = SupportCase.objects.order_by("id").first()
    if case is not None:
        assert page.goto(case.get_absolute_url()).status == 200
        shot("18-support-case")


def test_board_column_shows_more_cards_in_place(page, log_in, founding, monkeypatch):
    from investdesk.demodata.portfolio import load_portfolio
    from investdesk.demodata.users import ensure_demo_users
    from investdesk.projects import selectors

    load_portfolio(users=ensure_demo_users(), founding=founding)
    monkeypatch.setattr(selectors, "BOARD_COLUMN_CAP", 1)
    monkeypatch.setattr(selectors, "BOARD_MORE_STEP", 1)
    log_in()
    page.goto("/projects/board/")
    button = page.locator(".board-more").first
    button.wait_for()
    stage = button.get_attribute("hx-get").split("/")[4]  # /projects/board/column/<stage>/
    column = page.locator(f"section.board-column[data-stage='{stage}']")
    assert column.locator(".board-card").count() == 1
    button.click()
    column.locator(".board-card").nth(1).wait_for()
    assert column.locator(".board-card").count() == 2
    # The cards came with the drag-and-drop board's data, as the first ones.
    assert column.locator(".board-card").nth(1).get_attribute("data-move-url").endswith("/move/")
