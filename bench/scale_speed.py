"""Figures that grow with the data: cold dashboard, duplicates, search refresh, reindex.

Run after ``investdesk generate --scale N`` (and ``investdesk demo`` for the users):

    DATABASE_URL=postgres://... .venv/bin/python bench/scale_speed.py [--reindex]

- dashboard (cold): ``compute_dashboard`` without the cache, median of 5, with its queries;
- duplicates: ``organisation_duplicates`` and ``person_duplicates`` once each (the page
  calls both), with the number of pairs;
- search refresh: one organisation renamed through its service, then the timed
  ``search_refresh_stale`` that re-indexes it (the cost a search pays after a write);
- ``--reindex``: the full ``search_reindex`` (also ``time investdesk reindex``).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def timed(call, runs: int = 1) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reindex", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from investdesk.dataexchange.duplicates import organisation_duplicates, person_duplicates
    from investdesk.organisations.models import Organisation
    from investdesk.organisations.services import organisation_update
    from investdesk.reports.selectors import DashboardFilters, compute_dashboard
    from investdesk.search.services import search_refresh_stale, search_reindex

    print(
        f"database: {connection.vendor}, organisations: {Organisation.objects.count():,}, "
        f"load average: {os.getloadavg()[0]:.1f}"
    )
    with CaptureQueriesContext(connection) as queries:
        compute_dashboard(DashboardFilters())
    ms, _ = timed(lambda: compute_dashboard(DashboardFilters()), args.runs)
    print(f"dashboard (cold)            median {ms:8.1f} ms   {len(queries)} queries")

    ms, orgs = timed(organisation_duplicates)
    print(f"organisation duplicates              {ms:8.1f} ms   {len(orgs)} pairs")
    ms, people = timed(person_duplicates)
    print(f"person duplicates                    {ms:8.1f} ms   {len(people)} pairs")

    search_refresh_stale()
    organisation = Organisation.objects.order_by("-pk").first()
    timings = []
    for run in range(args.runs):
        organisation_update(organisation=organisation, changes={"short_name": f"Бенч {run}"})
        organisation.refresh_from_db()
        ms, refreshed = timed(search_refresh_stale)
        timings.append(ms)
    print(f"search refresh after a write median {statistics.median(timings):8.1f} ms")

    if args.reindex:
        ms, counts = timed(search_reindex)
        print(f"search reindex                       {ms / 1000:8.1f} s    {counts}")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
