"""Background jobs of the reports: keep leadership's default dashboard computed.

The dashboard is cached until its data changes (and for the hour at most); at a million
engagements a cold computation takes seconds, so a worker recomputes the unfiltered
dashboard every ten minutes and the first person to open it does not wait. The cache must
be shared between processes for this (files under var/ by default, Redis in production).
"""

from django.conf import settings
from django.utils import translation
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .selectors import DashboardFilters, dashboard_data


def dashboard_warm() -> int:
    """Compute (or find cached) the unfiltered dashboard in every interface language."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            dashboard_data(DashboardFilters())
    return len(settings.LANGUAGES)


dashboard_warm_task = db_periodic_task(crontab(minute="*/10"))(dashboard_warm)
