"""The name of a record in each script it is known or can be spelt in (Chinese names)."""

from typing import Any

from django import template
from django.utils.translation import gettext_lazy as _

from investdesk.core.translit import name_variants, script

register = template.Library()

SCRIPT_LABELS = {"han": _("Chinese"), "latin": _("Latin"), "cyrillic": _("Cyrillic")}


@register.simple_tag
def name_scripts(name: str, *originals: str) -> list[dict[str, Any]]:
    """Spellings other than ``name``: the recorded original names first, then what the
    transliteration derives (marked ``derived``); characters are never derived."""
    entered = {script(n): n for n in (name, *originals) if n and script(n)}
    out: dict[str, dict[str, Any]] = {}
    for kind, text in entered.items():
        out[kind] = {"script": kind, "label": SCRIPT_LABELS[kind], "text": text, "derived": False}
    for source in entered.values():
        for kind, text in name_variants(source).items():
            if kind not in out:
                out[kind] = {
                    "script": kind,
                    "label": SCRIPT_LABELS[kind],
                    "text": text,
                    "derived": True,
                }
    return [
        out[kind]
        for kind in ("han", "latin", "cyrillic")
        if kind in out and out[kind]["text"] != name
    ]


@register.filter
def script_lang(text: str) -> str:
    """The language tag of a name printed in Chinese characters ('zh'), else '': the page marks
    such names so the bundled Chinese font draws them."""
    return "zh" if text and script(text) == "han" else ""
