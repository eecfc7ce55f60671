"""The analyst's review of a press release in a real browser: paste, check, fix, confirm."""

import pytest

pytestmark = pytest.mark.e2e

RELEASE = (
    "Югра и китайская компания обсудили переработку кварца\n"
    "Заместитель губернатора Югры Наталья Огородникова провела переговоры с делегацией "
    "компании «Ханчжоу Кварц Технолоджи» из КНР на площадке Фонда развития Югры. "
    "Гости посетили технопарк «Импульс» в Ханты-Мансийске. Наталья Огородникова заверила, "
    "что проект по глубокой переработке кварца будет детально проработан."
)


def test_paste_review_and_confirm(page, founding, log_in, shot):
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation

    log_in()
    page.goto("/ingest/")
    page.fill("#id_paste-text", RELEASE)
    shot("ingest-01-paste")
    page.click("#paste-form button[type=submit]")
    page.wait_for_url("**/review/")
    text = page.locator("#review-text")
    assert text.locator("mark.mention-person").first.inner_text() in RELEASE
    assert text.locator("mark.mention-site").count() >= 1
    form = page.locator("#review-form")
    # Known records are linked, the new investor is proposed as new.
    assert (
        "Link to: Фонд развития Югры" in form.inner_text()
        or "Фонд развития Югры" in form.inner_text()
    )
    shot("ingest-02-review")
    page.click("#confirm-button")
    page.wait_for_url("**/engagements/*/")
    shot("ingest-03-engagement")
    engagement = Engagement.objects.exclude(status="draft").order_by("-id").first()
    assert engagement.documents.exists()
    assert engagement.sites.filter(name="Технопарк «Импульс»").exists()
    assert engagement.participants.filter(person__last_name="Огородникова").count() == 1
    assert Organisation.objects.filter(name__icontains="Ханчжоу").exists()
    assert engagement.commitments.filter(person__last_name="Огородникова").exists()


def test_review_rows_on_a_phone_show_whole_names(page, founding, log_in):
    """On a phone each choice of a review row takes the whole width, so the names that the
    analyst checks are readable, and the sums are printed in Russian groups."""
    page.set_viewport_size({"width": 390, "height": 900})
    log_in()
    page.goto("/ingest/")
    page.fill("#id_paste-text", RELEASE + " Стоимость проекта - 3,5 млрд рублей.")
    page.click("#paste-form button[type=submit]")
    page.wait_for_url("**/review/")
    name = page.locator(".review-row input[type=text]").first
    assert name.bounding_box()["width"] > 0.8 * 390 - 40
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert "3\xa0500\xa0000\xa0000" in page.locator("#review-form").inner_text().replace(
        " ", "\xa0"
    )
