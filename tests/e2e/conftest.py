"""Browser tests: Playwright (sync API) driving Debian's chromium against ``live_server``."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the test makes
# (loading demo data, checking results) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server) -> Iterator:
    # Playwright's wait_for_function and evaluate run strings through eval, which the content
    # security policy refuses; test_content_security_policy.py checks the policy without this.
    # Russian, as the agency's users read it: Russian labels are longer than English ones,
    # and the width checks (test_phone_widths.py) are only meaningful with them.
    context = browser.new_context(
        base_url=live_server.url,
        locale="ru-RU",
        extra_http_headers={"Accept-Language": "ru-RU,ru;q=0.9"},
        viewport={"width": 1600, "height": 1000},
        bypass_csp=True,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def shot(page):
    """``shot("01-login")`` saves a full-page screenshot under test-artifacts/e2e/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def _shot(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shot


@pytest.fixture
def founding(reference_data) -> dict:
    """The founding story without its four tasks: the browser test creates them."""
    from investdesk.demodata.founding import load_founding_story
    from investdesk.demodata.users import ensure_demo_users

    users = ensure_demo_users()
    return load_founding_story(users=users, with_tasks=False)


@pytest.fixture
def log_in(page, shot):
    """``log_in()`` logs in as demo/demo through the login form."""

    def _log_in(*, username: str = "demo", password: str = "demo", screenshot: str = "") -> None:
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        if screenshot:
            shot(screenshot)
        page.click("button[type=submit]")
        # Off the login page (".*/$" matched the login page itself, before the answer).
        page.wait_for_url(lambda url: "/accounts/login/" not in url)

    return _log_in
