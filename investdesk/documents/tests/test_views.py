import pytest

from investdesk.core.tests.helpers import assert_constant_queries
from investdesk.documents.services import document_set_review_status, document_store

pytestmark = pytest.mark.django_db


@pytest.fixture
def press_release(db):
    document, _ = document_store(
        title="Делегация ZE Optoelectronic посетила Югру",
        text="Китайская компания ZE Optoelectronic ...",
        kind="press_release",
        source_name="admhmao.ru",
    )
    return document


def test_permissions(client, make_user, press_release):
    assert client.get("/documents/").status_code == 302
    client.force_login(make_user("partner"))
    assert client.get("/documents/").status_code == 403
    assert client.get(f"/documents/{press_release.pk}/").status_code == 403


def test_list_and_detail(client, make_user, press_release, django_assert_num_queries):
    client.force_login(make_user("analyst"))
    response = client.get("/documents/?kind=press_release")
    assert [d.title for d in response.context["object_list"]] == [press_release.title]
    html = client.get(f"/documents/{press_release.pk}/").content.decode()
    assert "Китайская компания ZE Optoelectronic" in html
    counter = iter(range(1000))

    def add(n: int) -> None:
        for _ in range(n):
            i = next(counter)
            document_store(title=f"Новость {i}", text=f"Текст {i}", kind="press_release")

    assert_constant_queries(client, "/documents/", add)


def test_a_document_awaiting_review_links_to_its_review_page(client, make_user, press_release):
    """A curator reaches the review (confirm or reject) from the document's own page."""
    from investdesk.documents.models import Document

    Document.objects.filter(pk=press_release.pk).update(review_status="new")
    client.force_login(make_user("curator"))
    html = client.get(f"/documents/{press_release.pk}/").content.decode()
    assert f'href="/ingest/{press_release.pk}/review/"' in html
    client.force_login(make_user("leadership"))
    assert 'id="review-link"' not in client.get(f"/documents/{press_release.pk}/").content.decode()
    Document.objects.filter(pk=press_release.pk).update(review_status="confirmed")
    client.force_login(make_user("curator", username="other"))
    assert 'id="review-link"' not in client.get(f"/documents/{press_release.pk}/").content.decode()


def test_a_curator_corrects_a_document_and_history_keeps_the_old_title(
    client, make_user, press_release
):
    client.force_login(make_user("curator"))
    page = client.get(f"/documents/{press_release.pk}/").content.decode()
    assert f"/documents/{press_release.pk}/edit/" in page
    response = client.post(
        f"/documents/{press_release.pk}/edit/",
        {
            "title": "Делегация ZE Optoelectronic в Югре",
            "kind": "minutes",
            "source_name": "admhmao.ru",
            "source_url": "https://admhmao.ru/novosti/1",
            "published_on": "2026-05-04",
            "version": 1,
        },
    )
    assert response.status_code == 302
    press_release.refresh_from_db()
    assert (press_release.title, press_release.kind) == (
        "Делегация ZE Optoelectronic в Югре",
        "minutes",
    )
    assert str(press_release.published_on) == "2026-05-04"
    assert press_release.text.startswith("Китайская компания")
    assert press_release.version == 2
    assert press_release.history.earliest().title == "Делегация ZE Optoelectronic посетила Югру"


def test_a_bad_document_edit_names_the_field_and_changes_nothing(client, make_user, press_release):
    client.force_login(make_user("curator"))
    response = client.post(
        f"/documents/{press_release.pk}/edit/",
        {
            "title": "",
            "kind": "press_release",
            "source_url": "ftp://x",
            "published_on": "31.02.2026",
            "version": 1,
        },
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"title", "source_url", "published_on"}
    press_release.refresh_from_db()
    assert press_release.title == "Делегация ZE Optoelectronic посетила Югру"


def test_an_edit_over_someone_elses_change_is_refused(client, make_user, press_release):
    """Documents are versioned like every editable record: a review status set by ingestion
    while a curator edits makes the curator's save a conflict, and nothing is overwritten;
    saved again from the version shown with the conflict, the edit goes through."""
    client.force_login(make_user("curator"))
    document_set_review_status(document=press_release, status="confirmed")
    assert press_release.version == 2
    old_title = press_release.title
    for version, status, stored in [(1, 409, (old_title, 2)), (2, 302, ("Другой заголовок", 3))]:
        response = client.post(
            f"/documents/{press_release.pk}/edit/",
            {"title": "Другой заголовок", "kind": "press_release", "version": version},
        )
        assert response.status_code == status
        press_release.refresh_from_db()
        assert (press_release.title, press_release.version) == stored
        assert press_release.review_status == "confirmed"


def test_leadership_reads_documents_but_cannot_edit_them(client, make_user, press_release):
    client.force_login(make_user("leadership"))
    assert "/edit/" not in client.get(f"/documents/{press_release.pk}/").content.decode()
    assert client.get(f"/documents/{press_release.pk}/edit/").status_code == 403


def test_a_documents_file_goes_out_only_through_its_view(
    client, make_user, press_release, settings, tmp_path
):
    import importlib

    from django.core.files.base import ContentFile

    import config.urls

    settings.MEDIA_ROOT = tmp_path
    press_release.file.save("release.txt", ContentFile(b"press release"), save=True)
    # MEDIA_URL is not served, not even with DEBUG (the development settings).
    settings.DEBUG = True
    try:
        patterns = importlib.reload(config.urls).urlpatterns
        assert not [p for p in patterns if "media/" in str(p.pattern)]
    finally:
        settings.DEBUG = False
        importlib.reload(config.urls)
    url = f"/documents/{press_release.pk}/file/"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user("partner"))
    assert client.get(url).status_code == 403
    client.force_login(make_user("analyst"))
    page = client.get(f"/documents/{press_release.pk}/").content.decode()
    assert f'href="{url}"' in page
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"press release"
