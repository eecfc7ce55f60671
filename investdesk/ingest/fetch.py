"""Fetching press releases from the web, safely: only public addresses, within limits.

A URL given to ingestion (by a user, or found in a feed) must not make the server reach
itself or the agency's internal network (SSRF). So ``fetch``:

- accepts only http(s) URLs with a host name;
- resolves the host itself and refuses the fetch if any address it resolves to is not a
  globally routable unicast address (loopback in every spelling, private, link-local,
  shared, multicast, reserved, unspecified; IPv4-mapped IPv6 addresses are judged by
  the IPv4 address they carry);
- connects to the address it checked (no second DNS lookup that could answer
  differently), keeping the host name for the ``Host`` header and TLS (SNI and the
  certificate check);
- follows redirects itself, checking every hop the same way, at most
  ``INGEST_MAX_REDIRECTS`` of them;
- gives the whole fetch ``INGEST_FETCH_DEADLINE`` seconds of wall-clock time (a watchdog
  closes the connection when it passes, however slowly the server drips bytes) and reads
  at most ``max_bytes``.

Whatever goes wrong, the error users see says only that the address could not be fetched;
the reason (for logs) is in ``FetchError.detail``. Tests reach a local server through
``INGEST_ALLOWED_TEST_HOSTS`` (a name → address map, empty outside the test settings),
never by weakening these checks.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import logging
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

USER_AGENT = "investdesk/1.0 (+press-release ingestion)"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
REDIRECT_CODES = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL could not be fetched. ``str()`` is safe to show; ``detail`` is for the log."""

    def __init__(self, url: str, detail: str = "", message: str | None = None) -> None:
        self.url = url
        self.detail = detail
        super().__init__(message or _("%(url)s could not be fetched.") % {"url": url})


@dataclass(frozen=True)
class FetchedPage:
    url: str
    content_type: str
    body: bytes

    @property
    def is_feed(self) -> bool:
        head = self.body[:500].lstrip().lower()
        return (
            self.content_type.startswith(FEED_TYPES)
            or head.startswith(b"<?xml")
            and (b"<rss" in self.body[:2000].lower() or b"<feed" in self.body[:2000].lower())
        )


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (``address``) and what to ask for."""

    scheme: str
    host: str
    port: int
    address: str
    path: str


def check_url(url: str) -> None:
    """Refuse what is not an http(s) URL with a host (before anything is resolved)."""
    try:
        parsed = urlsplit(url)
        parsed.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise FetchError(url, f"malformed URL: {exc}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise FetchError(
            url,
            "not an http(s) URL",
            message=_("%(url)s: only http and https addresses can be ingested.") % {"url": url},
        )
    if parsed.username or parsed.password:
        raise FetchError(url, "credentials in the URL")


def is_public_address(address: str) -> bool:
    """Whether ``address`` is a globally routable unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None or ip.teredo is not None:
            return False  # tunnels that carry an IPv4 address of someone's choosing
    flags = [
        ip.is_loopback,
        ip.is_private,
        ip.is_link_local,
        ip.is_multicast,
        ip.is_reserved,
        ip.is_unspecified,
    ]
    if isinstance(ip, ipaddress.IPv6Address):
        flags.append(ip.is_site_local)
    return ip.is_global and not any(flags)


def resolve(url: str) -> Target:
    """Check ``url`` and resolve its host to one public address to connect to."""
    check_url(url)
    parsed = urlsplit(url)
    host = parsed.hostname or ""
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    path = parsed.path or "/"
    if parsed.query:
        path += "?" + parsed.query
    test_hosts: dict[str, str] = getattr(settings, "INGEST_ALLOWED_TEST_HOSTS", None) or {}
    if host in test_hosts:
        return Target(parsed.scheme, host, port, test_hosts[host], path)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve {host!r}: {exc}") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(url, f"{host!r} has no address")
    refused = [address for address in addresses if not is_public_address(address)]
    if refused:
        raise FetchError(url, f"{host!r} resolves to a non-public address {refused[0]}")
    return Target(parsed.scheme, host, port, addresses[0], path)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address; the Host header keeps the name."""

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self.address = target.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """Connects to the checked address; SNI and the certificate check use the name."""

    def __init__(self, target: Target, timeout: float) -> None:
        context = ssl.create_default_context()
        super().__init__(target.host, target.port, timeout=timeout, context=context)
        self.address = target.address
        self.tls_context = context

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self.tls_context.wrap_socket(sock, server_hostname=self.host)


def _connection(target: Target, timeout: float) -> http.client.HTTPConnection:
    if target.scheme == "https":
        return _PinnedHTTPSConnection(target, timeout)
    return _PinnedHTTPConnection(target, timeout)


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> FetchedPage:
    """GET ``url`` under the rules of the module docstring; raises ``FetchError``."""
    try:
        return _fetch(url, timeout=timeout, max_bytes=max_bytes)
    except FetchError as exc:
        logger.warning("Fetching %s failed: %s", url, exc.detail)
        raise


def _fetch(url: str, *, timeout: float | None, max_bytes: int | None) -> FetchedPage:
    per_operation = timeout or settings.INGEST_HTTP_TIMEOUT
    max_bytes = max_bytes or settings.INGEST_MAX_TEXT_BYTES * 5  # HTML is heavier than its text
    deadline = time.monotonic() + settings.INGEST_FETCH_DEADLINE
    current = url
    for _hop in range(settings.INGEST_MAX_REDIRECTS + 1):
        try:
            target = resolve(current)
        except FetchError as exc:
            if current == url:
                raise
            raise FetchError(url, f"redirected to {current}: {exc.detail}") from exc
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(url, "the fetch took longer than its deadline")
        connection = _connection(target, min(per_operation, remaining))
        # The watchdog ends the fetch at the deadline, whatever the server does.
        expired = threading.Event()
        watchdog = threading.Timer(remaining, _abort, args=(connection, expired))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.request(
                "GET",
                target.path,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
            )
            response = connection.getresponse()
            if response.status in REDIRECT_CODES:
                location = response.getheader("Location", "")
                if not location:
                    raise FetchError(url, f"redirect {response.status} without a Location")
                current = urljoin(current, location.strip())
                continue
            if not 200 <= response.status < 300:
                raise FetchError(url, f"the server answered {response.status}")
            body = _read_limited(response, max_bytes=max_bytes, url=url)
            if expired.is_set():  # the watchdog cut the body short
                raise FetchError(url, "the fetch took longer than its deadline")
            content_type = response.headers.get_content_type() or ""
            return FetchedPage(url=current, content_type=content_type, body=body)
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set() or time.monotonic() >= deadline:
                raise FetchError(url, "the fetch took longer than its deadline") from exc
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
        finally:
            watchdog.cancel()
            connection.close()
    raise FetchError(url, f"more than {settings.INGEST_MAX_REDIRECTS} redirects")


def _abort(connection: http.client.HTTPConnection, expired: threading.Event) -> None:
    expired.set()
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _read_limited(response: http.client.HTTPResponse, *, max_bytes: int, url: str) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"Content-Length {declared} is over the limit of {max_bytes}")
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"the page is larger than the limit of {max_bytes} bytes")
    return b"".join(parts)


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str
    published: str


def feed_items(page: FetchedPage, *, limit: int | None = None) -> list[FeedItem]:
    """The feed's items with a link, at most ``limit`` (``INGEST_MAX_FEED_ITEMS``)."""
    limit = limit or settings.INGEST_MAX_FEED_ITEMS
    parsed = feedparser.parse(page.body)
    if parsed.bozo and not parsed.entries:
        raise FetchError(page.url, "not a readable RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            items.append(
                FeedItem(
                    url=link, title=entry.get("title", ""), published=entry.get("published", "")
                )
            )
        if len(items) >= limit:
            break
    return items
