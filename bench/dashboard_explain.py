"""The cold dashboard statement by statement: server time of each from EXPLAIN ANALYZE.

    DATABASE_URL=postgres://... .venv/bin/python bench/dashboard_explain.py [--runs 3] [--plans]
        [--timing-off]

Runs ``compute_dashboard`` once to capture its statements, then each statement ``--runs``
times under ``EXPLAIN (ANALYZE, BUFFERS)`` (PostgreSQL) and prints the median execution
time with the first line of its SQL; ``--plans`` prints the plans too. ``--timing-off``
leaves out the per-node clock readings (``EXPLAIN (ANALYZE, TIMING OFF)``), which add much
to nodes that pass hundreds of thousands of rows: closer to the statement's real time.
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--timing-off", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from investdesk.reports.selectors import DashboardFilters, compute_dashboard

    assert connection.vendor == "postgresql", "EXPLAIN ANALYZE output is PostgreSQL's"
    with CaptureQueriesContext(connection) as queries:
        compute_dashboard(DashboardFilters())
    print(f"load average: {os.getloadavg()[0]:.1f}, {len(queries)} statements")
    total = 0.0
    for query in queries.captured_queries:
        sql = query["sql"]
        timings, plan = [], []
        for _ in range(args.runs):
            with connection.cursor() as cursor:
                timing = ", TIMING OFF" if args.timing_off else ""
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS{timing}, FORMAT TEXT) {sql}")
                plan = [row[0] for row in cursor.fetchall()]
            timings.append(
                sum(
                    float(line.split(":")[1].split()[0])
                    for line in plan
                    if line.startswith(("Planning Time", "Execution Time"))
                )
            )
        ms = statistics.median(timings)
        total += ms
        print(f"{ms:9.1f} ms  {' '.join(sql.split())[:110]}")
        if args.plans:
            print("\n".join(plan), "\n")
    print(f"{total:9.1f} ms  in all (server: planning + execution)")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
