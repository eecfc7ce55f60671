"""The fetcher refuses every non-public address, re-checks redirects and keeps its limits."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from investdesk.ingest import fetch as fetch_module
from investdesk.ingest.fetch import FetchedPage, FetchError, feed_items, fetch, resolve


class _Server(BaseHTTPRequestHandler):
    routes: dict = {}
    seen: list = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.seen.append(self.path)
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            return
        route(self)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Server.routes, _Server.seen = {}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_port, _Server
    httpd.shutdown()
    httpd.server_close()


def _page(body: bytes, content_type: str = "text/html; charset=utf-8"):
    def handler(request):
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def _redirect(location: str):
    def handler(request):
        request.send_response(302)
        request.send_header("Location", location)
        request.end_headers()

    return handler


LOOPBACK_SPELLINGS = [
    "localhost",
    "127.0.0.1",
    "127.1",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "0.0.0.0",
    "0",
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_spelling_of_loopback_is_refused_before_connecting(server, host, english):
    port, handler = server
    handler.routes["/secret"] = _page(b"internal")
    url = f"http://{host}:{port}/secret"
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert str(caught.value) == f"{url} could not be fetched."
    assert handler.seen == []  # the local server was never reached


@pytest.mark.parametrize(
    "host",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space
        "224.0.0.1",  # multicast
        "240.0.0.1",  # reserved
        "255.255.255.255",
        "[fe80::1]",
        "[fc00::1]",
        "[ff02::1]",
        "[::ffff:10.0.0.1]",
        "[2002:7f00:1::1]",  # 6to4 wrapping 127.0.0.1
    ],
)
def test_private_link_local_multicast_and_reserved_addresses_are_refused(host):
    with pytest.raises(FetchError) as caught:
        resolve(f"http://{host}/")
    assert "non-public address" in caught.value.detail


def test_a_public_address_is_accepted():
    target = resolve("https://8.8.8.8/feed.xml?page=2")
    assert (target.address, target.host, target.port, target.path) == (
        "8.8.8.8",
        "8.8.8.8",
        443,
        "/feed.xml?page=2",
    )


def test_a_name_resolving_to_any_private_address_is_refused(monkeypatch):
    answers = [("93.184.216.34", 80), ("10.1.2.3", 80)]
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", a) for a in answers],
    )
    with pytest.raises(FetchError):
        resolve("http://mixed.example/")


def test_the_connection_goes_to_the_checked_address_with_one_lookup(monkeypatch):
    lookups, connections = [], []

    def getaddrinfo(host, port, *args, **kwargs):
        lookups.append(host)
        # A rebinding DNS server would answer 127.0.0.1 the second time.
        address = "93.184.216.34" if len(lookups) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def create_connection(address, *args, **kwargs):
        connections.append(address)
        raise OSError("offline test")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(fetch_module.socket, "create_connection", create_connection)
    with pytest.raises(FetchError):
        fetch("http://rebind.example/news")
    assert lookups == ["rebind.example"]
    assert connections == [("93.184.216.34", 80)]


def test_test_hosts_exist_only_in_the_test_settings():
    from config.settings import base

    assert base.INGEST_ALLOWED_TEST_HOSTS == {}


def test_a_page_from_an_allowed_test_host_is_fetched(server):
    port, handler = server
    handler.routes["/news"] = _page("<p>Новость</p>".encode())
    page = fetch(f"http://feeds.test:{port}/news")
    assert page.body == "<p>Новость</p>".encode()
    assert page.content_type == "text/html"
    assert handler.seen == ["/news"]


def test_redirects_are_followed_and_each_hop_is_checked(server, english):
    port, handler = server
    handler.routes["/old"] = _redirect("/new")
    handler.routes["/new"] = _page(b"moved here")
    assert fetch(f"http://feeds.test:{port}/old").url == f"http://feeds.test:{port}/new"
    handler.routes["/to-loopback"] = _redirect(f"http://127.0.0.1:{port}/secret")
    handler.routes["/secret"] = _page(b"internal")
    url = f"http://feeds.test:{port}/to-loopback"
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert str(caught.value) == f"{url} could not be fetched."
    assert "/secret" not in handler.seen


def test_redirect_loops_stop_after_the_maximum_hops(server, settings):
    port, handler = server
    settings.INGEST_MAX_REDIRECTS = 3
    handler.routes["/loop"] = _redirect("/loop")
    with pytest.raises(FetchError) as caught:
        fetch(f"http://feeds.test:{port}/loop")
    assert "more than 3 redirects" in caught.value.detail
    assert handler.seen == ["/loop"] * 4


def test_errors_shown_to_users_do_not_tell_what_the_server_answered(server, english):
    port, _handler = server
    url = f"http://feeds.test:{port}/missing"
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert str(caught.value) == f"{url} could not be fetched."
    assert "404" in caught.value.detail  # kept for the log only


def test_a_page_over_the_size_limit_is_refused(server):
    port, handler = server
    handler.routes["/big"] = _page(b"x" * 5000)
    with pytest.raises(FetchError) as caught:
        fetch(f"http://feeds.test:{port}/big", max_bytes=1000)
    assert "over the limit" in caught.value.detail


def test_the_whole_fetch_has_a_deadline_however_slowly_bytes_arrive(server, settings):
    port, handler = server
    settings.INGEST_FETCH_DEADLINE = 0.5
    settings.INGEST_HTTP_TIMEOUT = 5  # each byte arrives well within the per-read timeout

    def drip(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", "40")
        request.end_headers()
        try:
            for _ in range(40):
                request.wfile.write(b"x")
                request.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client hung up: what the deadline is for

    handler.routes["/slow"] = drip
    with pytest.raises(FetchError) as caught:
        fetch(f"http://feeds.test:{port}/slow")
    assert "deadline" in caught.value.detail


def test_a_feed_yields_at_most_the_item_cap(settings):
    settings.INGEST_MAX_FEED_ITEMS = 3
    items = "".join(
        f"<item><title>N{i}</title><link>https://example.org/{i}</link></item>" for i in range(10)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    page = FetchedPage(
        url="https://example.org/feed", content_type="application/rss+xml", body=body
    )
    assert [item.url for item in feed_items(page)] == [
        "https://example.org/0",
        "https://example.org/1",
        "https://example.org/2",
    ]
