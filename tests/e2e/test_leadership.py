"""Leadership's pages in the browser: dashboard filter, search by an inflected name, map."""

import re

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def portfolio(founding):
    from investdesk.demodata.portfolio import load_portfolio
    from investdesk.demodata.users import ensure_demo_users

    load_portfolio(users=ensure_demo_users(), founding=founding)
    return founding


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Flushed databases reuse history ids: a dashboard cached by another test must not leak.
    from django.core.cache import cache

    cache.clear()


def funnel_counts(page) -> dict[str, int]:
    rows = page.locator("table[data-table=funnel] tbody tr")
    counts = {}
    for index in range(rows.count()):
        row = rows.nth(index)
        counts[row.get_attribute("data-key")] = int(row.locator("td").nth(1).inner_text())
    return counts


def test_dashboard_filter_by_quartz_changes_the_funnel(page, shot, log_in, portfolio):
    from investdesk.projects.models import Project

    log_in()
    page.goto("/dashboard/")
    page.locator("[data-chart=funnel] canvas").wait_for()
    everything = funnel_counts(page)
    assert sum(everything.values()) == Project.objects.active().count()
    page.select_option("#id_direction", "quartz")
    page.click("#dashboard-filters button[type=submit]")
    page.wait_for_url(re.compile(r".*direction=quartz.*"))
    page.locator("[data-chart=funnel] canvas").wait_for()
    quartz = funnel_counts(page)
    expected = Project.objects.active().filter(directions__code="quartz").distinct().count()
    assert sum(quartz.values()) == expected
    assert quartz != everything
    shot("30-dashboard-quartz")


def test_search_inflected_name_reaches_the_organisation(page, shot, log_in, portfolio):
    from investdesk.organisations.models import Organisation

    organisation = Organisation.objects.get(name="Деловая Россия")
    log_in()
    page.fill("nav input[name=q]", "Деловой России")
    page.press("nav input[name=q]", "Enter")
    link = page.locator("#results-organisation a", has_text="Деловая Россия")
    link.wait_for()
    shot("31-search-delovoy-rossii")
    link.click()
    page.wait_for_url(re.compile(rf".*/organisations/{organisation.pk}/$"))


def test_map_marker_opens_its_popup_without_tiles(page, shot, log_in, portfolio):
    from investdesk.sitecatalog.models import Site

    # Offline: every request to another host fails; markers, popups and the list must still
    # work, and by default the page asks no other host for anything (no tile server).
    elsewhere = []
    page.on("request", lambda request: elsewhere.append(request.url))
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost).*"), lambda route: route.abort())
    site = Site.objects.filter(latitude__isnull=False).order_by("name").first()
    log_in()
    page.goto("/sites/map/?projects=0")
    marker = page.locator("path.map-marker-0")
    marker.wait_for()
    # Markers of neighbouring sites overlap at this zoom; the click goes to this marker.
    marker.dispatch_event("click")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert site.name in popup.inner_text()
    assert page.locator("#site-map-list a", has_text=site.name).count() == 1
    # The countries' borders come from our own static files.
    page.locator("#site-map[data-outline-drawn=true]").wait_for()
    assert page.locator("#site-map path.leaflet-interactive, #site-map svg path").count() > 50
    assert [
        url for url in elsewhere if not re.match(r"^https?://(127\.0\.0\.1|localhost)", url)
    ] == []
    shot("32-site-map-popup")
