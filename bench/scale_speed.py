"""Figures that grow with the data: cold dashboard, duplicates, search refresh, reindex.

Run after ``investdesk generate --scale N`` (and ``investdesk demo`` for the users):

    DATABASE_URL=postgres://... .venv/bin/python bench/scale_speed.py [--reindex]

- dashboard (cold): ``compute_dashboard`` without the cache, median of 5, with its queries;
  then ``dashboard_data`` (figures cached each on its own tables) right after a write to a
  task, an engagement and a project (each written twice, there and back; median of
  ``--runs``), with the figure queries it ran;
- duplicates: the stored name keys brought up to date first (``duplicate_keys_refresh``:
  the whole index on a database that never had one, e.g. right after ``migrate``), then
  ``organisation_duplicates`` and ``person_duplicates`` (median of ``--runs``; the page calls
  both) with the number of pairs, the page itself as an administrator, and
  ``organisation_duplicates`` right after one organisation is renamed;
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


def server_cpu_ms(runs: int) -> float:
    """CPU time of the PostgreSQL server process for one cold ``compute_dashboard``, median
    of ``runs``, with parallel workers off (their time would not be counted): a figure that
    other jobs on the machine change much less than the wall time. Local servers only."""
    from django.db import connection

    from investdesk.reports.selectors import DashboardFilters, compute_dashboard

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
        cursor.execute("SET max_parallel_workers_per_gather = 0")
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / ticks  # utime + stime

    timings = []
    for _ in range(runs):
        before = cpu()
        compute_dashboard(DashboardFilters())
        timings.append(cpu() - before)
    with connection.cursor() as cursor:
        cursor.execute("RESET max_parallel_workers_per_gather")
    return statistics.median(timings)


def dashboard_after_writes(runs: int) -> None:
    """``dashboard_data`` right after one write, for a write to each kind of record."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from investdesk.engagements.models import Engagement
    from investdesk.engagements.services import engagement_update
    from investdesk.projects.models import Project
    from investdesk.projects.services import project_update
    from investdesk.reports.selectors import DashboardFilters, dashboard_data
    from investdesk.tasks.models import Task
    from investdesk.tasks.services import task_update

    task = Task.objects.order_by("-pk").first()
    engagement = Engagement.objects.order_by("-pk").first()
    project = Project.objects.order_by("-pk").first()
    writes = {
        "task": lambda run: task_update(task=task, changes={"title": f"{task.title[:180]}{run}"}),
        "engagement": lambda run: engagement_update(
            engagement=engagement, changes={"venue": f"{engagement.venue[:180]}{run}"}
        ),
        "project": lambda run: project_update(
            project=project, changes={"next_step": f"{project.next_step[:180]}{run}"}
        ),
    }
    dashboard_data(DashboardFilters())  # everything cached before the first write
    for kind, write in writes.items():
        timings, computed = [], 0
        for run in range(runs):
            write("" if run % 2 else " ")
            with CaptureQueriesContext(connection) as queries:
                ms, _ = timed(lambda: dashboard_data(DashboardFilters()))
            timings.append(ms)
            computed = len(queries) - 1
        print(
            f"dashboard after {kind + ' write':17s}   median {statistics.median(timings):8.1f} ms"
            f"   {computed} figure queries"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reindex", action="store_true")
    parser.add_argument("--duplicates-only", action="store_true", help="only the duplicates")
    parser.add_argument("--dashboard-only", action="store_true", help="only the dashboard")
    parser.add_argument("--cold-only", action="store_true", help="no dashboard after writes")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from investdesk.accounts.choices import Role
    from investdesk.accounts.models import User
    from investdesk.dataexchange.duplicate_keys import duplicate_keys_refresh
    from investdesk.dataexchange.duplicates import organisation_duplicates, person_duplicates
    from investdesk.dataexchange.models import NameKind
    from investdesk.organisations.models import Organisation
    from investdesk.organisations.services import organisation_update
    from investdesk.reports.selectors import DashboardFilters, compute_dashboard
    from investdesk.search.services import search_refresh_stale, search_reindex

    print(
        f"database: {connection.vendor}, organisations: {Organisation.objects.count():,}, "
        f"load average: {os.getloadavg()[0]:.1f}"
    )
    if not args.duplicates_only:
        with CaptureQueriesContext(connection) as queries:
            compute_dashboard(DashboardFilters())
        ms, _ = timed(lambda: compute_dashboard(DashboardFilters()), args.runs)
        print(f"dashboard (cold)            median {ms:8.1f} ms   {len(queries)} queries")
        print(f"dashboard (cold), serial    server CPU {server_cpu_ms(args.runs):8.1f} ms")
        if not args.cold_only:
            dashboard_after_writes(args.runs)
    if args.dashboard_only:
        print(f"load average: {os.getloadavg()[0]:.1f}")
        return 0

    ms, _ = timed(lambda: [duplicate_keys_refresh(kind) for kind in NameKind])
    print(f"duplicate keys brought up to date    {ms:8.1f} ms")
    ms, orgs = timed(organisation_duplicates, args.runs)
    print(f"organisation duplicates     median {ms:8.1f} ms   {len(orgs)} pairs")
    ms, people = timed(person_duplicates, args.runs)
    print(f"person duplicates           median {ms:8.1f} ms   {len(people)} pairs")
    admin = User.objects.filter(groups__name=Role.ADMIN, is_active=True).first()
    if admin is not None:
        client = Client(HTTP_HOST="localhost")
        client.force_login(admin)
        client.get("/dataexchange/duplicates/")
        ms, response = timed(lambda: client.get("/dataexchange/duplicates/"), args.runs)
        print(f"duplicates page             median {ms:8.1f} ms   HTTP {response.status_code}")
    renamed = Organisation.objects.order_by("-pk").first()
    organisation_update(organisation=renamed, changes={"name": renamed.name + " (бенч)"})
    ms, orgs = timed(organisation_duplicates)
    print(f"organisation duplicates after a rename {ms:6.1f} ms   {len(orgs)} pairs")
    organisation_update(
        organisation=renamed, changes={"name": renamed.name.removesuffix(" (бенч)")}
    )

    if args.duplicates_only:
        print(f"load average: {os.getloadavg()[0]:.1f}")
        return 0
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
