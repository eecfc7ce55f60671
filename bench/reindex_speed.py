"""Times a full ``search_reindex`` and says where the time goes.

    DATABASE_URL=postgres://…/db python bench/reindex_speed.py [--types engagement …]

Prints the wall time, the CPU time of this process, of its worker processes
(``--workers N``, PostgreSQL) and, on a PostgreSQL server on this machine, of the
server process serving it (from /proc), the load average, and the wall
time of each record type and of building the full-text index. The machines these
figures come from are shared, so the CPU times are the comparable part.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def _backend_cpu(pid: int | None) -> float | None:
    """User + system CPU seconds of a local process (None when it is not readable)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--types", nargs="*", default=None)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from investdesk.search.services import search_reindex, search_reindex_counts

    pid = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
    # phase -> [wall, CPU of this process, CPU of the server process]
    phases: dict[str, list[float]] = {}
    last = [0.0, 0.0, 0.0]

    def clock() -> list[float]:
        return [time.perf_counter(), time.process_time(), _backend_cpu(pid) or 0.0]

    def lap(phase: str) -> None:
        now = clock()
        spent = phases.setdefault(phase, [0.0, 0.0, 0.0])
        for i in range(3):
            spent[i] += now[i] - last[i]
        last[:] = now

    def progress(entity_type: str, _n: int) -> None:
        lap(entity_type)

    def timed_ddl(execute, sql, params, many, context):
        if not sql.startswith("CREATE INDEX"):
            return execute(sql, params, many, context)
        lap("before the full-text index")
        try:
            return execute(sql, params, many, context)
        finally:
            lap("full-text index")

    expected = search_reindex_counts(args.types)
    cpu0, server0, wall0 = time.process_time(), _backend_cpu(pid), time.perf_counter()
    last[:] = clock()
    with connection.execute_wrapper(timed_ddl):
        counts = search_reindex(
            entity_types=args.types, progress=progress, expected=expected, workers=args.workers
        )
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    children = os.times()
    workers = children.children_user + children.children_system
    server1 = _backend_cpu(pid)
    server = f"{server1 - server0:.1f} s" if server0 is not None and server1 is not None else "?"
    print(
        f"records: {sum(counts.values()):,} ({', '.join(f'{k} {v:,}' for k, v in counts.items())})"
    )
    print(
        f"wall {wall:.1f} s, CPU of this process {cpu:.1f} s, of its {args.workers} worker(s) "
        f"{workers:.1f} s, of its server process {server}"
    )
    print("per phase, wall / CPU of this process / CPU of the server process:")
    for phase, (w, c, s) in phases.items():
        print(f"  {phase}: {w:.1f} / {c:.1f} / {s:.1f} s")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
