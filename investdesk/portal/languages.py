"""The portal's languages: carried in the URL, picked from Accept-Language at /portal/.

They are ``settings.PORTAL_LANGUAGES`` (ru, en, zh-hans), not ``settings.LANGUAGES``: the
internal interface keeps Russian and English only, so a visitor's Chinese browser never
switches the curators' pages into half-translated Chinese.
"""

from django.conf import settings
from django.utils.translation.trans_real import parse_accept_lang_header


def portal_languages() -> list[tuple[str, str]]:
    return list(settings.PORTAL_LANGUAGES)


def portal_language_codes() -> list[str]:
    return [code for code, _name in portal_languages()]


def _supported(tag: str) -> str | None:
    tag = tag.lower()
    if tag.startswith("zh"):
        return "zh-hans"
    base = tag.split("-")[0]
    return base if base in portal_language_codes() else None


def language_from_accept(header: str) -> str:
    """The first supported language of an Accept-Language header, by preference.

    Any Chinese tag (zh, zh-CN, zh-TW, zh-Hans) gives Simplified Chinese. A browser asking
    only for languages we do not have gets English; no header at all gets Russian.
    """
    if not header.strip():
        return settings.LANGUAGE_CODE
    for tag, _quality in parse_accept_lang_header(header):
        if tag == "*":
            continue
        code = _supported(tag)
        if code:
            return code
    return "en"
