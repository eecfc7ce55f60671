"""The ``<portal_lang:lang>`` URL segment: one of the portal's languages."""

import re

from django.conf import settings


class PortalLanguageConverter:
    regex = "|".join(re.escape(code) for code, _name in settings.PORTAL_LANGUAGES)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
