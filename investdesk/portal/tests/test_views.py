import re
import time

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from investdesk.accounts.choices import Role
from investdesk.notifications.models import Notification
from investdesk.notifications.services import notifications_deliver_pending
from investdesk.portal.spam import issue_stamp
from investdesk.sitecatalog.models import SiteDocument, SitePhoto
from investdesk.support.choices import DEFAULT_STEP_TARGETS
from investdesk.support.models import Inquiry, SupportCase

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n%test\n"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh-hans"),
        ("zh-TW", "zh-hans"),
        ("en-US,en;q=0.9", "en"),
        ("de-DE,de;q=0.9", "en"),
        ("de;q=0.9,ru;q=0.8", "ru"),
        ("", "ru"),
    ],
)
def test_root_redirects_to_the_browsers_language(client, header, expected):
    response = client.get("/portal/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == f"/portal/{expected}/"
    assert "Accept-Language" in response["Vary"]


def test_unknown_language_is_not_found(client):
    assert client.get("/portal/de/").status_code == 404


def test_home_in_every_language_needs_no_login(client, public_site):
    titles = {"ru": "Инвестируйте в Югру", "en": "Invest in Yugra", "zh-hans": "投资尤格拉"}
    for lang, title in titles.items():
        response = client.get(f"/portal/{lang}/")
        assert response.status_code == 200, lang
        html = response.content.decode()
        assert title in html, lang
        assert response["Content-Language"] == lang
        # Chinese text ("中文" on every page) is drawn with the bundled font, fonts or not.
        assert "vendor/noto-sans-sc/noto-sans-sc.css" in html
        assert "css/fonts.css" in html
        # The language switch links to the same page in the other languages.
        for other in titles:
            assert f'href="/portal/{other}/"' in html or other == lang


def test_site_list_shows_only_published_sites(client, public_site, hidden_site):
    html = client.get("/portal/en/sites/").content.decode()
    assert "Test SEZ" in html
    assert hidden_site.name not in html
    assert "ОЭЗ «Тестовая»" not in html  # the English name replaces the Russian one


def test_site_list_filters(client, public_site, directions):
    from investdesk.sitecatalog.choices import SiteKind
    from investdesk.sitecatalog.services import site_create

    other = site_create(
        name="Лесная площадка",
        name_en="Forest plot",
        kind=SiteKind.LAND_PLOT,
        free_area_ha="5",
        power_mw="2",
        has_rail=False,
        is_public=True,
        directions=[directions["timber"]],
    )
    page = client.get("/portal/en/sites/", {"direction": "quartz"}).content.decode()
    assert "Test SEZ" in page and other.name_en not in page
    page = client.get("/portal/en/sites/", {"min_area": "10"}).content.decode()
    assert "Test SEZ" in page and other.name_en not in page
    page = client.get("/portal/en/sites/", {"min_power": "30"}).content.decode()
    assert "Test SEZ" not in page and other.name_en not in page
    page = client.get("/portal/en/sites/", {"rail": "on", "gas": "on"}).content.decode()
    assert "Test SEZ" in page and other.name_en not in page
    page = client.get("/portal/en/sites/", {"direction": "timber"}).content.decode()
    assert "Test SEZ" not in page and other.name_en in page


def test_site_list_query_count_does_not_grow_with_sites(client, public_site, directions):
    from investdesk.sitecatalog.choices import SiteKind
    from investdesk.sitecatalog.services import site_create

    def count() -> int:
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/portal/ru/sites/").status_code == 200
        return len(queries)

    before = count()
    for n in range(5):
        site_create(
            name=f"Площадка {n}",
            kind=SiteKind.LAND_PLOT,
            is_public=True,
            latitude="61",
            longitude="70",
            directions=[directions["quartz"], directions["energy"]],
        )
    assert count() == before == 3


def test_pages_are_cached(client, public_site):
    client.get("/portal/en/sites/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/portal/en/sites/")
    assert len(queries) == 0
    assert "Test SEZ" in response.content.decode()
    assert "max-age=" in response["Cache-Control"]
    # Another language is another page.
    assert "测试经济特区" in client.get("/portal/zh-hans/sites/").content.decode()


def test_unknown_query_parameters_are_not_cached(client, public_site):
    from django.core.cache import cache

    client.get("/portal/en/sites/", {"direction": "quartz"})
    client.get("/portal/en/sites/", {"utm_source": "x" * 50})
    client.get("/portal/en/", {"anything": "1"})
    keys = [k for k in cache._cache if "portal:page:" in k]  # locmem: inspect what is stored
    assert len(keys) == 1


def test_site_page_shows_public_texts_photos_and_documents_only(client, public_site):
    public_photo = SitePhoto.objects.create(
        site=public_site,
        image=SimpleUploadedFile("view.png", PNG),
        caption="Вид",
        caption_zh="景色",
        is_public=True,
    )
    private_photo = SitePhoto.objects.create(
        site=public_site, image=SimpleUploadedFile("inside.png", PNG), is_public=False
    )
    public_doc = SiteDocument.objects.create(
        site=public_site,
        file=SimpleUploadedFile("plan.pdf", PDF),
        title="Генплан",
        title_zh="总体规划",
        is_public=True,
    )
    private_doc = SiteDocument.objects.create(
        site=public_site, file=SimpleUploadedFile("price.pdf", PDF), title="Внутренний прайс"
    )
    html = client.get(f"/portal/zh-hans/sites/{public_site.pk}/").content.decode()
    assert "测试经济特区" in html
    assert "面向所有人的介绍" in html
    assert "景色" in html and "总体规划" in html
    assert "Внутренний прайс" not in html
    assert f"/portal/files/photo/{public_photo.pk}/" in html
    assert f"/portal/files/photo/{private_photo.pk}/" not in html
    assert client.get(f"/portal/files/photo/{public_photo.pk}/").status_code == 200
    assert client.get(f"/portal/files/photo/{private_photo.pk}/").status_code == 404
    assert client.get(f"/portal/files/document/{public_doc.pk}/").status_code == 200
    assert client.get(f"/portal/files/document/{private_doc.pk}/").status_code == 404


def test_unpublished_site_page_is_not_found(client, hidden_site):
    assert client.get(f"/portal/en/sites/{hidden_site.pk}/").status_code == 404


def test_site_page_never_shows_the_operator(client, public_site):
    from investdesk.organisations.services import organisation_create

    operator = organisation_create(name="Управляющая компания тестовой зоны", kind="sez_operator")
    public_site.operator = operator
    public_site.save(update_fields=["operator"])
    for lang in ("ru", "en", "zh-hans"):
        html = client.get(f"/portal/{lang}/sites/{public_site.pk}/").content.decode()
        assert operator.name not in html


# --- the inquiry ----------------------------------------------------------------------------


@pytest.fixture
def curators(make_user, roles):
    return (
        make_user(Role.CURATOR, username="duty", email="duty@example.org"),
        make_user(Role.CURATOR, username="other", email="other@example.org"),
    )


def _inquiry_data(**overrides):
    data = {
        "company": "Shenzhen Quartz Materials Co., Ltd.",
        "country": "CN",
        "contact_name": "Li Na",
        "email": "li.na@example.cn",
        "phone": "+86 755 0000 0000",
        "direction": "quartz",
        "area_ha": "5",
        "power_mw": "10",
        "gas_m3h": "200",
        "water_m3d": "",
        "needs_rail": "on",
        "investment_mln": "800",
        "currency": "CNY",
        "jobs": "120",
        "message": "We plan a plant for high-purity quartz.",
        "consent": "on",
        "website": "",
        "stamp": issue_stamp(time.time() - 60),
    }
    data.update(overrides)
    return data


def test_inquiry_form_renders_with_a_stamp_and_a_honeypot(client):
    html = client.get("/portal/zh-hans/inquiry/").content.decode()
    assert 'name="stamp"' in html and 'name="website"' in html
    assert "发送咨询" in html


def test_inquiry_opens_a_case_for_the_duty_curator_and_acknowledges_it(
    client, curators, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_DUTY_CURATOR = "duty"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/portal/zh-hans/inquiry/", _inquiry_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    inquiry = Inquiry.objects.select_related("case", "case__curator").get()
    case = inquiry.case
    assert case.curator.username == "duty"
    assert case.organisation.name == "Shenzhen Quartz Materials Co., Ltd."
    assert case.organisation.country == "CN"
    assert [s.kind for s in case.steps.order_by("order")] == list(DEFAULT_STEP_TARGETS)
    assert inquiry.language == "zh-hans"
    assert str(inquiry.area_ha) == "5.00" and inquiry.needs_rail is True
    assert inquiry.direction.code == "quartz"
    number = f"{case.applied_on:%Y}-{case.pk:05d}"
    thanks = client.get(response["Location"]).content.decode()
    assert number in thanks
    notice = Notification.objects.get(recipient=case.curator)
    assert notice.kind == "case_assigned" and number in notice.title
    assert notice.url.endswith(f"/support/{case.pk}/")
    notifications_deliver_pending()
    to_investor = [m for m in mail.outbox if m.to == ["li.na@example.cn"]]
    to_curator = [m for m in mail.outbox if m.to == ["duty@example.org"]]
    assert len(to_investor) == 1 and len(to_curator) == 1
    assert number in to_investor[0].subject and number in to_investor[0].body
    assert "咨询" in to_investor[0].subject  # in the investor's language
    assert f"/support/{case.pk}/" in to_curator[0].body


def test_inquiry_from_a_known_company_links_the_existing_organisation(client, curators):
    from investdesk.organisations.services import organisation_create

    known = organisation_create(
        name="Шэньчжэнь Кварц", kind="investor", country="CN", aliases=["Shenzhen Quartz"]
    )
    client.post("/portal/en/inquiry/", _inquiry_data(company="shenzhen quartz"))
    assert SupportCase.objects.get().organisation == known


def test_without_a_duty_curator_setting_the_least_loaded_curator_gets_the_case(
    client, curators, settings
):
    settings.PORTAL_DUTY_CURATOR = ""
    client.post("/portal/en/inquiry/", _inquiry_data())
    first = SupportCase.objects.get()
    assert first.curator.username == "duty"  # both had none: by username
    client.post("/portal/en/inquiry/", _inquiry_data(company="Another Co"))
    second = SupportCase.objects.exclude(pk=first.pk).get()
    assert second.curator.username == "other"


def test_honeypot_creates_nothing(client, curators):
    response = client.post("/portal/en/inquiry/", _inquiry_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not SupportCase.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_too_fast_is_refused_with_a_message(client, curators):
    response = client.post("/portal/en/inquiry/", _inquiry_data(stamp=issue_stamp()))
    assert response.status_code == 200
    assert "too quickly" in response.content.decode()
    assert not SupportCase.objects.exists()


def test_a_forged_stamp_is_refused(client, curators):
    response = client.post("/portal/en/inquiry/", _inquiry_data(stamp="forged"))
    assert "expired" in response.content.decode()
    assert not SupportCase.objects.exists()


def test_rate_limit_per_address(client, curators, settings):
    settings.PORTAL_INQUIRY_RATE = (2, 3600)
    for n in range(2):
        assert (
            client.post("/portal/en/inquiry/", _inquiry_data(company=f"Co {n}")).status_code == 302
        )
    response = client.post("/portal/en/inquiry/", _inquiry_data(company="Co 3"))
    assert response.status_code == 429
    assert SupportCase.objects.count() == 2
    # Another address is not affected.
    other = client.post(
        "/portal/en/inquiry/", _inquiry_data(company="Co 4"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_every_field_error_is_in_the_visitors_language(client, curators):
    data = _inquiry_data(company="", email="not-an-email", area_ha="-1", jobs="many", consent="")
    html = client.post("/portal/zh-hans/inquiry/", data).content.decode()
    errors = dict(re.findall(r'data-field="(\w+)">([^<]+)<', html))
    assert set(errors) == {"company", "email", "area_ha", "jobs", "consent"}
    for message in errors.values():
        assert re.search(r"[\u4e00-\u9fff]", message), message  # Chinese, not Russian/English
        assert not re.search(r"[а-яА-Я]", message), message
    assert not SupportCase.objects.exists()


def test_attachment_is_checked_for_size_and_type(client, curators, settings):
    fake = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00 not a pdf")
    html = client.post("/portal/en/inquiry/", {**_inquiry_data(), "attachment": fake}).content
    assert b"does not match its extension" in html
    exe = SimpleUploadedFile("tool.exe", b"MZ\x90\x00")
    html = client.post("/portal/en/inquiry/", {**_inquiry_data(), "attachment": exe}).content
    assert b"not accepted" in html
    settings.PORTAL_INQUIRY_MAX_BYTES = 10
    big = SimpleUploadedFile("plan.pdf", PDF)
    html = client.post("/portal/en/inquiry/", {**_inquiry_data(), "attachment": big}).content
    assert b"too large" in html
    assert not SupportCase.objects.exists()
    settings.PORTAL_INQUIRY_MAX_BYTES = 1_000_000
    good = SimpleUploadedFile("plan.pdf", PDF)
    response = client.post("/portal/en/inquiry/", {**_inquiry_data(), "attachment": good})
    assert response.status_code == 302
    assert Inquiry.objects.get().attachment.read() == PDF
