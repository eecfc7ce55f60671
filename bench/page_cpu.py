"""CPU time, queries and size of every page and API call bench/load.py browses, per demo role.

In-process (Django's test client, no server): for each demo user and each kind of request of
the load test's browsing mix, one warm-up request then ``--runs`` timed ones; prints the
median process CPU time, the wall time, the number of SQL queries and the answer's size, then
the mix's weighted mean CPU per request (the load test's weights), which is what a gunicorn
worker spends per request on average. Process CPU time, unlike wall time, is hardly moved by
other programs sharing the machine (PostgreSQL's own CPU is not in it).

    DJANGO_SECRET_KEY=... DJANGO_ALLOWED_HOSTS=localhost DATABASE_URL=postgres://... \\
      .venv/bin/python bench/page_cpu.py --settings config.settings.production --runs 5
    # one page under cProfile, the 30 most expensive functions by cumulative time:
    .venv/bin/python bench/page_cpu.py --profile /projects/board/ --user ivanova

Load data first: ``investdesk demo`` then ``investdesk generate --scale 2``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import BROWSING, DEMO_USERS, QUERIES, RECORD_LINK, STAGE  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default=os.environ.get("DJANGO_SETTINGS_MODULE", ""))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--users", default=",".join(DEMO_USERS), help="comma-separated")
    parser.add_argument("--only", default="", help="only paths containing this text")
    parser.add_argument("--profile", default="", help="profile this path with cProfile")
    parser.add_argument("--user", default="ivanova", help="the user for --profile")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--profile-mix", default="", help="write a cProfile of the whole mix to this file"
    )
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = args.settings or "config.settings.local"

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from investdesk.accounts.models import User

    counter = {"queries": 0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        return execute(sql, params, many, context)

    def client_for(username: str) -> Client:
        user = User.objects.get(username=username)
        # secure=True and the proxy's header: the production settings redirect plain HTTP.
        client = Client(
            HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="ru", HTTP_X_FORWARDED_PROTO="https"
        )
        client.force_login(user)
        return client

    def fetch(client: Client, path: str):
        counter["queries"] = 0
        cpu, wall = time.process_time(), time.perf_counter()
        with connection.execute_wrapper(count):
            response = client.get(path, secure=True)
        return (
            response,
            (time.process_time() - cpu) * 1000,
            (time.perf_counter() - wall) * 1000,
            counter["queries"],
        )

    if args.profile:
        client = client_for(args.user)
        fetch(client, args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.runs):
            response, *_ = fetch(client, args.profile)
        profiler.disable()
        print(f"{args.profile}: HTTP {response.status_code}, {len(response.content)} bytes")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
        return 0

    print(f"database: {connection.vendor}, settings: {os.environ['DJANGO_SETTINGS_MODULE']}")
    print(f"{'user':9} {'path':36} {'status':>6} {'CPU ms':>7} {'wall ms':>8} {'SQL':>4} {'KB':>7}")
    weighted: list[tuple[float, float]] = []
    mix_profiler = cProfile.Profile() if args.profile_mix else None
    per_template: dict[str, list[float]] = {}
    for username in args.users.split(","):
        client = client_for(username)
        ids: dict[str, list[int]] = {}
        stages: list[int] = []
        for weight, _kind, template in BROWSING:
            path = template.replace("{query}", QUERIES[0])
            if "{stage}" in path:
                if not stages:
                    continue
                path = path.replace("{stage}", str(stages[len(stages) // 2]))
            missing = False
            for name in re.findall(r"\{id:(\w+)\}", path):
                if not ids.get(name):
                    missing = True
                    break
                path = path.replace(f"{{id:{name}}}", str(ids[name][0]))
            if missing or (args.only and args.only not in template):
                continue
            response, *_ = fetch(client, path)
            content = response.content
            if path.startswith("/api/v1/") and path.count("/") == 4 and response.status_code == 200:
                name = path.split("/")[3]
                ids.setdefault(name, [row["id"] for row in response.json()["results"][:3]])
            else:
                for name, record_id in RECORD_LINK.findall(content):
                    ids.setdefault(name.decode(), []).append(int(record_id))
                stages = stages or sorted({int(s) for s in STAGE.findall(content)})
            if response.status_code == 403:
                print(f"{username:9} {path[:36]:36} {403:>6}")
                continue
            cpus, walls = [], []
            if mix_profiler:
                mix_profiler.enable()
            for _ in range(args.runs):
                response, cpu, wall, queries = fetch(client, path)
                cpus.append(cpu)
                walls.append(wall)
            if mix_profiler:
                mix_profiler.disable()
            cpu = statistics.median(cpus)
            weighted.append((weight, cpu))
            per_template.setdefault(template, []).append(cpu)
            print(
                f"{username:9} {path[:36]:36} {response.status_code:>6} {cpu:7.1f} "
                f"{statistics.median(walls):8.1f} {queries:>4} {len(response.content) / 1024:7.1f}"
            )
    if mix_profiler:
        mix_profiler.dump_stats(args.profile_mix)
    if weighted:
        mean = sum(w * c for w, c in weighted) / sum(w for w, _ in weighted)
        print(f"\nweighted mean CPU per request of the mix: {mean:.1f} ms")
        print(f"{'path':40} {'mean CPU ms over roles':>24}")
        for template, cpus in sorted(
            per_template.items(), key=lambda item: -statistics.fmean(item[1])
        ):
            print(f"{template:40} {statistics.fmean(cpus):24.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
