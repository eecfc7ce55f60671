"""Fetching press releases from the web: only http(s), with a timeout and a size limit."""

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

from django.conf import settings

USER_AGENT = "investdesk/1.0 (+press-release ingestion)"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


class FetchError(Exception):
    """A URL could not be fetched; the message names the URL and the problem."""


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


def check_url(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise FetchError(f"{url}: only http and https addresses can be ingested.")


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> FetchedPage:
    check_url(url)
    timeout = timeout or settings.INGEST_HTTP_TIMEOUT
    max_bytes = max_bytes or settings.INGEST_MAX_TEXT_BYTES * 5  # HTML is heavier than its text
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            final_url = response.geturl()
            check_url(final_url)
            body = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type() or ""
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}.") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{url}: cannot be reached ({reason}).") from exc
    if len(body) > max_bytes:
        raise FetchError(f"{url}: the page is larger than the limit of {max_bytes} bytes.")
    return FetchedPage(url=final_url, content_type=content_type, body=body)


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str
    published: str


def feed_items(page: FetchedPage) -> list[FeedItem]:
    import feedparser

    parsed = feedparser.parse(page.body)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{page.url}: not a readable RSS or Atom feed.")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            items.append(
                FeedItem(
                    url=link, title=entry.get("title", ""), published=entry.get("published", "")
                )
            )
    return items
