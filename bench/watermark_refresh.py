"""The cost of a refresh with nothing to do: the search index and the duplicate name keys.

    DATABASE_URL=... .venv/bin/python bench/watermark_refresh.py [--runs 200] [--gaps 3]

On a migrated database (organisations are created through the service if there are fewer
than 200), each reader is brought up to date once, then timed ``--runs`` times with
nothing changed (median and queries). With ``--gaps N`` (PostgreSQL), N open gaps are
put into each organisation watermark first, as a transaction still running would leave
them, and taken out again afterwards.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.environ.get("INVESTDESK_CODE", str(Path(__file__).resolve().parent.parent)))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--gaps", type=int, default=0)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from investdesk.dataexchange.duplicate_keys import duplicate_keys_refresh
    from investdesk.dataexchange.models import DuplicateWatermark, NameKind
    from investdesk.organisations.models import Organisation
    from investdesk.organisations.services import organisation_create
    from investdesk.search.models import SearchWatermark
    from investdesk.search.services import search_refresh_stale

    for n in range(max(0, 200 - Organisation.objects.count())):
        organisation_create(name=f"Организация для замера {n}", kind="investor")
    readers = {
        "search_refresh_stale": search_refresh_stale,
        "duplicate_keys_refresh(organisation)": lambda: duplicate_keys_refresh(
            NameKind.ORGANISATION
        ),
        "duplicate_keys_refresh(person)": lambda: duplicate_keys_refresh(NameKind.PERSON),
    }
    for reader in readers.values():
        reader()
    table = Organisation.history.model._meta.db_table
    saved = {}
    if args.gaps:
        for model in (SearchWatermark, DuplicateWatermark):
            mark = model.objects.get(source=table)
            saved[model] = (mark.last_history_id, mark.gaps)
            top = mark.last_history_id + 2 * args.gaps
            gaps = [[top - 2 * n, top - 2 * n, time.time(), None] for n in range(args.gaps)]
            model.objects.filter(source=table).update(last_history_id=top + 1, gaps=gaps)
    try:
        print(f"{connection.vendor}, {args.runs} runs, {args.gaps} gaps, load {os.getloadavg()}")
        for name, reader in readers.items():
            timings = []
            for _ in range(args.runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    reader()
                    timings.append((time.perf_counter() - started) * 1000)
            print(
                f"{name}: median {statistics.median(timings):.2f} ms, "
                f"{len(queries.captured_queries)} queries"
            )
    finally:
        for model, (last, gaps) in saved.items():
            model.objects.filter(source=table).update(last_history_id=last, gaps=gaps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
