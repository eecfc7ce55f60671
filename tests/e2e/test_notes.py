"""A note with a mention, in the browser: a curator writes on the founding visit
"@petrov ...", petrov logs in, sees the bell's unread count, opens the notification and
lands on the visit, at the note."""

import re

import pytest

pytestmark = pytest.mark.e2e

TEXT = "Созвонились с ZE: пришлют презентацию к пятнице. @petrov проверь комплект."


def test_a_mention_in_a_note_leads_petrov_to_the_visit(page, shot, log_in, founding):
    from investdesk.notes.models import Note

    visit = founding["visit"]

    # 1. Ivanova, a curator, writes the note on the visit's page (htmx swaps the thread).
    log_in(username="ivanova")
    page.goto(visit.get_absolute_url())
    # Typing "@pet" offers petrov; a click completes the name.
    page.fill("#note-text", "Созвонились с ZE: пришлют презентацию к пятнице. ")
    page.locator("#note-text").press_sequentially("@pet")
    page.locator("#note-mentions button", has_text="@petrov").click()
    page.locator("#note-text").press_sequentially("проверь комплект.")
    assert page.input_value("#note-text") == TEXT
    page.locator("#notes button[type=submit]").click()
    note_text = page.locator("#notes .note-text").first
    note_text.wait_for()
    assert "пришлют презентацию" in note_text.inner_text()
    note = Note.objects.get()
    assert note.target == visit and note.author.username == "ivanova"
    shot("notes-01-thread")

    # 2. Petrov logs in: the bell shows one unread notification.
    page.context.clear_cookies()
    log_in(username="petrov")
    assert page.locator("#notification-count").inner_text().strip() == "1"
    page.click("#notification-bell")
    page.wait_for_url("**/notifications/")
    shot("notes-02-notifications")

    # 3. The notification opens the visit, scrolled to the note, and is read.
    page.locator(".list-group-item button.btn-link", has_text="Ольга Иванова").first.click()
    page.wait_for_url(re.compile(rf".*{re.escape(visit.get_absolute_url())}#note-{note.pk}$"))
    assert page.locator(f"#note-{note.pk}").is_visible()
    assert "@petrov" in page.locator(f"#note-{note.pk} .note-text").inner_text()
    assert page.locator("#notification-count").count() == 0
    shot("notes-03-visit")
