"""A curator attaches the signed memorandum to the founding visit, sees it listed, downloads
it byte for byte; somebody who may not see the visit gets 404 on the file's address; on a
390 px phone the attachments panel does not scroll sideways."""

import pytest

from investdesk.attachments.tests.samples import pdf_bytes

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def test_attach_the_memorandum_to_the_founding_visit(
    page, browser, live_server, shot, log_in, founding, settings
):
    from investdesk.accounts.services import user_create
    from investdesk.attachments.models import Attachment

    visit = founding["visit"]
    memorandum = pdf_bytes("Memorandum of intent: ZE Optoelectronic and the Yugra region")
    page.set_viewport_size(DESKTOP)
    log_in()
    page.goto(visit.get_absolute_url())
    panel = page.locator(f"#attachments-engagement-{visit.pk}")
    assert "Вложения" in panel.inner_text()
    page.set_input_files(
        "#id_attachment_file",
        files=[{"name": "Меморандум ZE.pdf", "mimeType": "application/pdf", "buffer": memorandum}],
    )
    page.fill("#id_attachment_description", "Подписанный меморандум о намерениях")
    shot("attachments-01-choose")
    panel.locator(".attachment-upload button[type=submit]").click()
    link = page.locator(f"#attachments-engagement-{visit.pk} .attachment-link")
    link.wait_for()
    assert link.inner_text() == "Меморандум ZE.pdf"
    assert (
        "Подписанный меморандум о намерениях"
        in page.locator(f"#attachments-engagement-{visit.pk}").inner_text()
    )
    shot("attachments-02-listed")
    attachment = Attachment.objects.get()
    assert attachment.target == visit and attachment.media_type == "application/pdf"

    # Downloaded with the curator's session: the very bytes that were sent.
    href = link.get_attribute("href")
    assert href == f"/attachments/{attachment.pk}/"
    response = page.request.get(href)
    assert response.status == 200
    assert response.body() == memorandum
    assert response.headers["x-content-type-options"] == "nosniff"

    # On a phone the panel fits the screen.
    page.set_viewport_size(PHONE)
    page.goto(visit.get_absolute_url())
    panel = page.locator(f"#attachments-engagement-{visit.pk}")
    panel.scroll_into_view_if_needed()
    widths = panel.evaluate("el => [el.scrollWidth, el.clientWidth]")
    box = panel.bounding_box()
    shot("attachments-03-phone")
    assert widths[0] <= widths[1], widths
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]

    # A file over the limit is refused in the browser, before a byte is sent.
    settings.ATTACHMENT_MAX_BYTES = 1000
    page.set_viewport_size(DESKTOP)
    page.goto(visit.get_absolute_url())
    page.set_input_files(
        "#id_attachment_file",
        files=[
            {"name": "Скан.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-" + b"0" * 5000}
        ],
    )
    message = page.locator("#id_attachment_file").evaluate("el => el.validationMessage")
    assert "1000" in message
    page.locator(
        f"#attachments-engagement-{visit.pk} .attachment-upload button[type=submit]"
    ).click()
    assert Attachment.objects.count() == 1

    # The server refuses it too, unread, if the browser let it through (a page loaded before
    # the limit was lowered): the error is on the file, what was typed stays.
    page.locator("#id_attachment_file").evaluate(
        "el => { el.removeAttribute('data-max-bytes'); el.setCustomValidity(''); }"
    )
    page.set_input_files(
        "#id_attachment_file",
        files=[
            {"name": "Скан.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-" + b"0" * 100_000}
        ],
    )
    page.fill("#id_attachment_description", "Скан подписанного меморандума")
    page.locator(
        f"#attachments-engagement-{visit.pk} .attachment-upload button[type=submit]"
    ).click()
    error = page.locator(f"#attachments-engagement-{visit.pk} .invalid-feedback")
    error.wait_for()
    assert "Файл слишком большой" in error.inner_text()
    assert page.input_value("#id_attachment_description") == "Скан подписанного меморандума"
    assert Attachment.objects.count() == 1

    # A partner the visit's project is not shared with: the file does not exist for them.
    user_create(username="outsider", password="outsider-pass-12345", roles=["partner"])
    other = browser.new_context(base_url=live_server.url, locale="ru-RU", bypass_csp=True)
    try:
        outsider = other.new_page()
        outsider.goto("/accounts/login/")
        outsider.fill("#id_username", "outsider")
        outsider.fill("#id_password", "outsider-pass-12345")
        outsider.click("button[type=submit]")
        outsider.wait_for_url(lambda url: "/accounts/login/" not in url)
        assert outsider.request.get(href).status == 404
        assert outsider.goto(visit.get_absolute_url()).status == 404
    finally:
        other.close()
