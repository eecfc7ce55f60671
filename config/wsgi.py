"""The WSGI application gunicorn serves (config/gunicorn.conf.py)."""

import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
# Import every view now, while the worker boots, rather than in its first request.
get_resolver().url_patterns  # noqa: B018
