"""Every main page under the content security policy, in a real browser: no violation.

The policy is the same in every environment (config/settings/base.py), so what passes here
passes in production. Requests to other hosts (map tiles) are refused at once: the
test machine has no network, and they are not what is checked.
"""

import re

import pytest
from main_pages import MAIN_PAGES

pytestmark = pytest.mark.e2e

PAGES = [
    *MAIN_PAGES,
    "/engagements/new/",
    "/ingest/",
    "/accounts/password_change/",
    "/admin/",
    "/api/docs/",
    "/api/v1/projects/",
    # The public portal (no login needed, but a logged-in visitor sees the same pages).
    "/portal/ru/",
    "/portal/en/sites/",
    "/portal/zh-hans/contacts/",
    "/portal/ru/inquiry/",
]


@pytest.fixture
def portfolio(founding):
    from investdesk.demodata.portfolio import load_portfolio
    from investdesk.demodata.users import ensure_demo_users

    load_portfolio(users=ensure_demo_users(), founding=founding)
    return founding


def detail_pages(founding) -> list[str]:
    from investdesk.documents.models import Document
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation
    from investdesk.projects.models import Project
    from investdesk.sitecatalog.models import Site

    organisation = Organisation.objects.get(name="Деловая Россия")
    project = Project.objects.order_by("pk").first()
    document = Document.objects.order_by("pk").first()
    return [
        organisation.get_absolute_url(),
        project.get_absolute_url(),
        Engagement.objects.order_by("pk").first().get_absolute_url(),
        Site.objects.exclude(latitude=None).order_by("pk").first().get_absolute_url(),
        document.get_absolute_url(),
        f"/ingest/{document.pk}/review/",
        f"/dossier/project/{project.pk}/",
        f"/dossier/organisation/{organisation.pk}/",
    ]


@pytest.fixture
def strict_page(browser, live_server):
    """A page that enforces the policy (the shared ``page`` fixture bypasses it)."""
    context = browser.new_context(base_url=live_server.url, locale="ru-RU", bypass_csp=False)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_main_pages_break_no_content_security_policy_rule(strict_page, portfolio):
    page = strict_page
    violations: list[str] = []
    errors: list[str] = []
    current = {"path": ""}

    def on_console(message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            violations.append(f"{current['path']}: {text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"{current['path']}: {error}"))
    page.context.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), lambda r: r.abort())
    page.goto("/accounts/login/")
    page.fill("#id_username", "demo")
    page.fill("#id_password", "demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))

    answered = {}
    for path in PAGES + detail_pages(portfolio):
        current["path"] = path
        response = page.goto(path)
        page.wait_for_load_state("load")
        answered[path] = response.status
        assert "script-src 'self'" in response.headers.get("content-security-policy", "")

    assert {path: status for path, status in answered.items() if status != 200} == {}
    assert violations == []
    assert errors == []
