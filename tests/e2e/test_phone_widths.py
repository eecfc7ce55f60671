"""Every main page fits a 390 px phone: nothing scrolls sideways.

A curator opens the list, detail and form pages at 390×844 (an ordinary phone held
upright) and each page's ``document.documentElement.scrollWidth`` must not exceed 390.
Wide tables scroll inside their own ``.table-responsive`` box, which is allowed.
"""

import pytest
from main_pages import MAIN_PAGES

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def _assert_russian(page) -> None:
    """The widths are measured on the Russian interface (the dashboard was once wider than
    the phone only in Russian): the browser asks for Russian and the page answers in it."""
    assert page.evaluate("navigator.language") == "ru-RU"
    assert page.evaluate("document.documentElement.lang") == "ru"


def _pages(founding) -> list[str]:
    import datetime

    from investdesk.accounts.models import User
    from investdesk.agreements.services import agreement_create
    from investdesk.support.models import SupportCase
    from investdesk.tasks.models import Task
    from investdesk.tasks.services import task_create

    visit, project = founding["visit"], founding["project"]
    ze = founding["organisations"]["ze"]
    person = founding["people"]["ogorodnikova"]
    site = founding["sites"]["sez"]
    today = datetime.date(2026, 5, 4)
    # A task under one of the visit's commitments: the task table on the visit page is the
    # widest thing there, and a fixture without it once let a 516 px page pass.
    commitment = visit.commitments.order_by("pk").first()
    assert commitment is not None, "the founding visit has commitments"
    task = Task.objects.order_by("pk").first() or task_create(
        title="Подготовить паспорт площадки для ZE",
        project=project,
        commitment=commitment,
        assignee=User.objects.get(username="ivanova"),
        due_date=today,
    )
    agreement = agreement_create(
        kind="memorandum",
        title="Меморандум о сотрудничестве",
        signed_on=today,
        parties=[ze],
        project=project,
    )
    pages = [
        *MAIN_PAGES,
        "/notifications/",
        ze.get_absolute_url(),
        person.get_absolute_url(),
        project.get_absolute_url(),
        visit.get_absolute_url(),
        site.get_absolute_url(),
        task.get_absolute_url(),
        agreement.get_absolute_url(),
        "/organisations/new/",
        f"/organisations/{ze.pk}/edit/",
        "/people/new/",
        "/projects/new/",
        f"/projects/{project.pk}/edit/",
        f"/projects/{project.pk}/parties/",
        "/engagements/new/",
        f"/engagements/{visit.pk}/edit/all/",
        "/tasks/new/",
        "/agreements/new/",
        "/support/new/",
        f"/support/new/?organisation={ze.pk}",
        # The investor's side, in Russian like the rest: its checkboxes once stuck out.
        "/portal/ru/",
        "/portal/ru/sites/",
        "/portal/ru/inquiry/",
    ]
    case = SupportCase.objects.order_by("pk").first()
    if case is not None:
        pages.append(case.get_absolute_url())
    return pages


def test_every_main_page_fits_a_phone(page, shot, log_in, founding):
    page.set_viewport_size(PHONE)
    log_in(username="ivanova")
    _assert_russian(page)
    too_wide = []
    for url in _pages(founding):
        response = page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        assert response.request.headers.get("accept-language", "").startswith("ru"), url
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            # Name the widest offenders, so the fix is obvious from the failure alone.
            culprits = page.evaluate(
                """() => Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > 391
                               && !e.closest('.table-responsive, .dropdown-menu, .collapse:not(.show)'))
                  .slice(0, 5)
                  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className
                            + ' ' + Math.round(e.getBoundingClientRect().right))"""
            )
            name = url.strip("/").replace("/", "-").replace("?", "-") or "home"
            shot(f"phone-390-{name}")
            too_wide.append((url, width, culprits))
    assert too_wide == [], "\n".join(map(str, too_wide))


def test_the_menu_collapses_on_a_phone_and_fits_one_row_at_1366(page, log_in, founding):
    page.set_viewport_size({"width": 1366, "height": 800})
    log_in(username="ivanova")
    page.goto("/tasks/")
    height = page.evaluate("document.querySelector('nav.navbar').getBoundingClientRect().height")
    assert height < 70, height  # one row: the brand's height plus padding
    assert page.locator("#notification-bell").is_visible()
    assert page.locator("nav form[role=search] input").is_visible()
    assert not page.locator("#phone-search").is_visible()
    page.click("#nav-work")
    page.locator("#nav-work + .dropdown-menu a[href='/engagements/']").click()
    page.wait_for_url("**/engagements/")

    page.set_viewport_size(PHONE)
    page.goto("/tasks/")
    _assert_russian(page)
    assert page.locator("#notification-bell").is_visible()  # outside the collapsed menu
    assert page.locator("#phone-search").is_visible()
    assert not page.locator("#nav-sections").is_visible()
    page.click(".navbar-toggler")
    page.click("#nav-projects")
    page.locator("#nav-projects + .dropdown-menu a[href='/agreements/']").click()
    page.wait_for_url("**/agreements/")
