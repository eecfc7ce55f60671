"""The investor's side in the browser: a visitor from China finds the quartz site on the
portal and sends an inquiry; the duty curator finds the new support case with the sites
ranked for it. Nothing internal appears on any portal page the visitor saw."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def portal(founding, settings):
    from investdesk.demodata.portal import publish_demo_sites

    publish_demo_sites()
    settings.PORTAL_DUTY_CURATOR = "ivanova"
    # The browser fills the form faster than a person; the time check has its own unit tests.
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    return founding


@pytest.fixture
def visitor(browser, live_server):
    """A browser that asks for Chinese (Accept-Language: zh-CN)."""
    context = browser.new_context(
        base_url=live_server.url, locale="zh-CN", viewport={"width": 1400, "height": 1000}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def _internal_names(founding) -> list[str]:
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person
    from investdesk.projects.models import Project

    names = set(Organisation.objects.values_list("name", flat=True))
    names.update(n for n in Organisation.objects.values_list("name_original", flat=True) if n)
    names.update(f"{p.first_name} {p.last_name}" for p in Person.objects.all())
    names.update(Project.objects.values_list("title", flat=True))
    names.update(Engagement.objects.values_list("title", flat=True))
    return sorted(names)


def test_investor_finds_the_quartz_site_and_the_curator_gets_the_case(
    visitor, page, log_in, portal
):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    seen: list[str] = []

    def keep(name: str) -> None:
        seen.append(visitor.content())
        visitor.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    # The portal answers in Chinese because the browser asks for it.
    visitor.goto("/portal/")
    visitor.wait_for_url(re.compile(r".*/portal/zh-hans/$"))
    assert visitor.locator("html").get_attribute("lang") == "zh-hans"
    assert "投资尤格拉" in visitor.inner_text("header")
    keep("60-portal-home-zh")

    # Sites, filtered for quartz processing.
    visitor.click("text=投资用地")
    visitor.select_option("#id_direction", "quartz")
    visitor.click("#apply-filters")
    visitor.wait_for_url(re.compile(r".*direction=quartz.*"))
    cards = visitor.locator("#site-list .site-card")
    names = [cards.nth(i).locator("h3").inner_text() for i in range(cards.count())]
    assert names == ["尼亚甘经济特区"]  # the technopark is for machine building, not quartz
    keep("61-portal-sites-quartz-zh")

    # The site page: infrastructure with capacities, preferences in Chinese.
    visitor.click("text=尼亚甘经济特区")
    visitor.wait_for_url(re.compile(r".*/portal/zh-hans/sites/\d+/$"))
    assert visitor.inner_text("#site-name") == "尼亚甘经济特区"
    infrastructure = visitor.inner_text("#infrastructure")
    assert "5000 立方米/小时" in infrastructure and "铁路专用线" in infrastructure
    assert "利润税2%" in visitor.inner_text("#preferences")
    keep("62-portal-site-nyagan-zh")

    # The inquiry, about this site.
    visitor.click("#inquire-site")
    visitor.wait_for_url(re.compile(r".*/portal/zh-hans/inquiry/\?site=\d+$"))
    assert "尼亚甘经济特区" in visitor.inner_text("#inquiry-site")
    visitor.fill("#id_company", "Shenzhen Crystal Quartz Co., Ltd.")
    visitor.select_option("#id_country", "CN")
    visitor.fill("#id_contact_name", "Wang Lei")
    visitor.fill("#id_email", "wang.lei@example.cn")
    visitor.fill("#id_area_ha", "5")
    visitor.fill("#id_power_mw", "10")
    visitor.fill("#id_gas_m3h", "300")
    visitor.check("#id_needs_rail")
    visitor.fill("#id_investment_mln", "500")
    visitor.select_option("#id_currency", "CNY")
    visitor.fill("#id_jobs", "150")
    visitor.fill("#id_message", "我们计划建设高纯石英材料工厂。")
    visitor.check("#id_consent")
    keep("63-portal-inquiry-zh")
    visitor.click("#send-inquiry")
    visitor.wait_for_url(re.compile(r".*/portal/zh-hans/inquiry/thanks/.*"))
    number = re.search(r"\d{4}-\d{5}", visitor.inner_text("#case-number")).group(0)
    keep("64-portal-inquiry-sent-zh")

    from django.core import mail

    from investdesk.support.models import Inquiry

    inquiry = Inquiry.objects.select_related("case", "case__curator").get()
    case = inquiry.case
    assert case.curator.username == "ivanova"
    assert number == f"{case.applied_on:%Y}-{case.pk:05d}"
    assert any(number in m.subject and m.to == ["wang.lei@example.cn"] for m in mail.outbox)
    from investdesk.notifications.models import Notification

    assert Notification.objects.filter(recipient=case.curator, kind="case_assigned").exists()

    # Nothing internal on any page the visitor saw.
    everything = "\n".join(seen)
    leaked = [name for name in _internal_names(portal) if name in everything]
    assert leaked == []

    # The duty curator sees the new case, with the sites ranked for it.
    log_in(username="ivanova")
    page.goto("/support/")
    page.click(f"a[href='/support/{case.pk}/']")
    page.wait_for_url(re.compile(rf".*/support/{case.pk}/$"))
    assert "Shenzhen Crystal Quartz" in page.inner_text("#inquiry")
    matches = page.locator("#site-matches .site-match")
    assert matches.count() >= 2
    assert matches.nth(0).locator("a").inner_text() == "ОЭЗ «Нягань»"
    first_reasons = matches.nth(0).inner_text()
    assert "86,5" in first_reasons or "86.5" in first_reasons
    scores = [int(matches.nth(i).get_attribute("data-score")) for i in range(matches.count())]
    assert scores == sorted(scores, reverse=True)
    page.screenshot(path=str(ARTIFACTS / "65-curator-case-with-matches.png"), full_page=True)


def test_a_file_over_the_limit_is_refused_before_sending_and_nothing_typed_is_lost(
    visitor, portal, settings
):
    settings.PORTAL_INQUIRY_MAX_BYTES = 1_048_576
    visitor.goto("/portal/ru/inquiry/")
    visitor.fill("#id_company", "Shenzhen Crystal Quartz Co., Ltd.")
    visitor.fill("#id_message", "Планируем завод высокочистого кварца.")
    visitor.set_input_files(
        "#id_attachment",
        files=[{"name": "plan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF" * 270_000}],
    )
    sent: list[str] = []
    visitor.on("request", lambda r: sent.append(r.url) if r.method == "POST" else None)
    visitor.click("#send-inquiry")
    visitor.wait_for_timeout(500)
    assert sent == []
    assert visitor.url.endswith("/portal/ru/inquiry/")
    message = visitor.eval_on_selector("#id_attachment", "el => el.validationMessage")
    assert message == "Файл слишком большой: не более 1 МБ."
    assert visitor.input_value("#id_message") == "Планируем завод высокочистого кварца."
