"""The database server's time for pages: each SELECT a page runs, EXPLAIN ANALYZEd.

Logs in as a leadership user (Django's test client, no server), requests each page once to
warm caches and once to capture its queries, then runs ``EXPLAIN (ANALYZE)`` of every SELECT
inside a transaction that is rolled back, and prints the sum of planning and execution times
(and the queries over 10 ms). Wall times on a shared machine swing with its load; the
server's own time much less so.

    DATABASE_URL=postgres://... .venv/bin/python bench/server_times.py /projects/ "/people/?q=иванова"
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from investdesk.accounts.choices import Role
    from investdesk.accounts.models import User

    if connection.vendor != "postgresql":
        print("PostgreSQL only (EXPLAIN ANALYZE in JSON).")
        return 2
    user = User.objects.filter(groups__name=Role.LEADERSHIP, is_active=True).first()
    if user is None:
        print("No leadership user: load the demo data first (investdesk demo).")
        return 2
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    for url in sys.argv[1:]:
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        total, slow = 0.0, []
        for query in context.captured_queries:
            sql = query["sql"]
            if " CURSOR WITH HOLD FOR " in sql:  # iterator(): the SELECT inside the DECLARE
                sql = sql.split(" CURSOR WITH HOLD FOR ", 1)[1]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
                (raw,) = cursor.fetchone()
                transaction.set_rollback(True)
            plan = (raw if isinstance(raw, list) else json.loads(raw))[0]
            took = plan["Planning Time"] + plan["Execution Time"]
            total += took
            if took > 10:
                slow.append(f"{took:.0f}")
        print(
            f"{url:45} server {total:7.1f} ms   queries {len(context.captured_queries):3}"
            f"   over 10 ms: {' '.join(slow) or '-'}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
