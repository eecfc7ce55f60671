"""`investdesk extract` and `investdesk ingest` as a user runs them."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command

from investdesk.documents.models import Document
from investdesk.engagements.models import Engagement

RELEASE = (
    "Губернатор Югры провёл переговоры с делегацией компании «Синьхуа Кремний» из Китая.\n"
    "Стороны обсудили строительство завода по глубокой переработке кварца в Нягани стоимостью "
    "1,2 млрд рублей. Заместитель губернатора Югры Иван Сидоров заверил, что проект будет "
    "детально проработан."
)


@pytest.fixture
def release_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_extract_prints_one_json_line_per_document_and_writes_nothing(release_file, tmp_path, db):
    html = tmp_path / "release.html"
    html.write_text(
        f"<html><body><article><p>{RELEASE}</p></article></body></html>", encoding="utf-8"
    )
    out = io.StringIO()
    call_command("extract", str(release_file), str(html), "--json", stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["document"] for line in lines] == [str(release_file), str(html)]
    assert "quartz" in lines[0]["sectors"]
    assert 1_200_000_000 in lines[0]["amounts_rub"]
    assert "CN" in lines[0]["countries"]
    assert not Document.objects.exists()


def test_extract_reports_each_bad_document_and_goes_on(release_file, tmp_path, db):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "extract", str(empty), str(binary), str(release_file), "--json", stdout=out, stderr=err
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [("error" in line) for line in lines] == [True, True, False]
    assert str(empty) in lines[0]["error"] and str(binary) in lines[1]["error"]


def test_ingest_twice_creates_nothing_new(release_file, db):
    call_command("ingest", str(release_file), "--no-progress", stdout=io.StringIO())
    call_command("ingest", str(release_file), "--no-progress", stdout=io.StringIO())
    assert Document.objects.count() == 1
    assert Engagement.objects.count() == 1
    assert Engagement.objects.get().status == "draft"


def test_ingest_refuses_non_http_and_unreachable_urls(db, english):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "ingest",
            "ftp://example.org/a.txt",
            "http://127.0.0.1:9/none",
            "--no-progress",
            stdout=io.StringIO(),
            stderr=err,
        )
    assert "only http and https" in err.getvalue()
    assert "http://127.0.0.1:9/none could not be fetched." in err.getvalue()
    assert not Document.objects.exists()


class _Site(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        content_type, body = self.pages.get(self.path, ("text/plain", b""))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    # "feeds.test" reaches 127.0.0.1 only through the test settings' INGEST_ALLOWED_TEST_HOSTS.
    yield f"http://feeds.test:{server.server_port}", _Site.pages
    server.shutdown()


def test_ingest_follows_a_feed_to_its_articles(local_site, db, english):
    base, pages = local_site
    pages["/article-1"] = (
        "text/html; charset=utf-8",
        f"<html><head><title>Новость</title></head><body><nav>Меню</nav><article><h1>Переговоры</h1>"
        f"<p>{RELEASE}</p></article></body></html>".encode(),
    )
    pages["/feed.xml"] = (
        "application/rss+xml",
        f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Пресс-центр</title>
        <item><title>Переговоры</title><link>{base}/article-1</link></item>
        <item><title>Битая</title><link>{base}/missing</link></item></channel></rss>""".encode(),
    )
    err = io.StringIO()
    call_command("ingest", f"{base}/feed.xml", "--no-progress", stdout=io.StringIO(), stderr=err)
    document = Document.objects.get()
    assert document.source_url == f"{base}/article-1"
    assert "переработке кварца" in document.text and "Меню" not in document.text
    # The missing article is reported without the server's answer (no port-scan oracle).
    assert f"{base}/missing could not be fetched." in err.getvalue()
    # (the address is taken out first: a random port such as 34047 holds "404" itself)
    assert "404" not in err.getvalue().replace(base, "")
    call_command(
        "ingest", f"{base}/feed.xml", "--no-progress", stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert Document.objects.count() == 1
