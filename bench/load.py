"""Load test: N simulated users, each logged in as a demo role, browse pages and the API.

Users log in through the login form one after another over ``--ramp`` seconds; then, once
the last login has answered, all together, each user for T seconds
opens a page or an API list, waits 2-5 s (think time) and goes on: lists, detail pages of
records it saw in earlier answers, the pipeline board, the calendar, the dashboard, a search, the API. The figures
(requests, errors, p50, p95 and max latency, throughput) are those of these T seconds, overall
and per kind of page; the login phase is reported on its own line. With ``--pidfile`` the
gunicorn processes' CPU time per request is read from /proc (a figure other programs on a
shared machine hardly move), and the machine's load average during the T seconds is printed
to say how shared the machine was.

    # the server: data loaded with the DEBUG settings, served with the production ones
    DJANGO_SETTINGS_MODULE=config.settings.local DATABASE_URL=postgres://... investdesk demo
    DJANGO_SECRET_KEY=... DJANGO_ALLOWED_HOSTS=127.0.0.1 DATABASE_URL=postgres://... make serve
    # the load
    .venv/bin/python bench/load.py --users 50 --duration 60

Requests carry ``X-Forwarded-Proto: https`` as nginx would send them (production settings
redirect plain HTTP). Only standard library: the client's own cost stays small and known.
An error is a connection failure or any answer other than the expected 200 (or 302 after
the login); a redirect to the login page (a lost session) counts as an error too. A 403 is
the correct answer to a role without access (a partner and the single window): it is counted
apart, and that user stops asking for the page.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DEMO_USERS = ["demo", "ivanova", "petrov", "sidorova", "leader", "analyst", "partner"]

# (weight, kind, path); "{id:kind}" is replaced by the id of a record the user has seen.
BROWSING = [
    (6, "home", "/"),
    (5, "list", "/organisations/"),
    (4, "list", "/people/"),
    (6, "list", "/projects/"),
    (3, "list", "/projects/?stage={stage}"),
    (4, "board", "/projects/board/"),
    (5, "list", "/engagements/"),
    (3, "calendar", "/engagements/calendar/"),
    (3, "list", "/sites/"),
    (5, "list", "/tasks/"),
    (2, "list", "/agreements/"),
    (2, "list", "/support/"),
    (2, "list", "/documents/"),
    (4, "dashboard", "/dashboard/"),
    (3, "search", "/search/?q={query}"),
    (6, "detail", "/projects/{id:projects}/"),
    (4, "detail", "/organisations/{id:organisations}/"),
    (3, "detail", "/people/{id:people}/"),
    (3, "detail", "/engagements/{id:engagements}/"),
    (2, "detail", "/tasks/{id:tasks}/"),
    (3, "api", "/api/v1/projects/"),
    (2, "api", "/api/v1/organisations/"),
    (2, "api", "/api/v1/engagements/"),
    (2, "api", "/api/v1/tasks/"),
    (2, "api", "/api/v1/projects/{id:projects}/"),
]
QUERIES = ["кварц", "Югра", "нефтепереработка", "технопарк", "Деловой России", "завод"]
# Links to records in pages (href="/projects/12/") and ids in API answers ("/api/v1/projects/"
# rows): what a user saw is what it may open next.
RECORD_LINK = re.compile(rb'href="/(projects|organisations|people|engagements|tasks)/(\d+)/"')
STAGE = re.compile(rb'data-stage="(\d+)"')


@dataclass
class Sample:
    kind: str
    path: str
    status: int
    seconds: float
    phase: str
    # time.monotonic() when the request was sent
    started: float = 0.0


@dataclass
class Results:
    samples: list[Sample] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, sample: Sample, failure: str = "") -> None:
        with self.lock:
            self.samples.append(sample)
            if failure:
                self.failures.append((sample.phase, failure))


class User:
    def __init__(self, base_url: str, username: str, password: str, results: Results) -> None:
        parts = urllib.parse.urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.netloc = parts.netloc
        self.username, self.password = username, password
        self.results = results
        self.cookies: dict[str, str] = {}
        self.ids: dict[str, list[int]] = {}
        self.stages: list[int] = []
        self.forbidden: set[str] = set()
        self.phase = "login"
        self.random = random.Random(f"{username}-{threading.get_ident()}")

    def request(
        self, kind: str, path: str, *, form: dict | None = None, expect: int = 200
    ) -> tuple[int, bytes]:
        headers = {
            "Host": self.netloc,
            "X-Forwarded-Proto": "https",
            "Accept-Language": "ru",
            "Connection": "close",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{self.netloc}"
            headers["Referer"] = f"https://{self.netloc}{path}"
        started = time.perf_counter()
        sent_at = time.monotonic()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request("POST" if form is not None else "GET", path, body, headers)
            response = connection.getresponse()
            content = response.read()
            status = response.status
            location = response.headers.get("Location", "")
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        except OSError as error:
            elapsed = time.perf_counter() - started
            self.results.add(
                Sample(kind, path, 0, elapsed, self.phase, sent_at), f"{path}: {error!r}"
            )
            return 0, b""
        finally:
            connection.close()
        elapsed = time.perf_counter() - started
        # A redirect elsewhere than the login page is an answer (a role's home page, say).
        if expect == 200 and status == 302 and "/accounts/login/" not in location:
            status = 200
        failure = "" if status in (expect, 403) else f"{self.username} {path}: HTTP {status}"
        self.results.add(Sample(kind, path, status, elapsed, self.phase, sent_at), failure)
        return status, content

    def log_in(self) -> bool:
        status, page = self.request("login", "/accounts/login/")
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not match:
            return False
        status, _ = self.request(
            "login",
            "/accounts/login/",
            form={
                "username": self.username,
                "password": self.password,
                "csrfmiddlewaretoken": match[1].decode(),
            },
            expect=302,
        )
        return status == 302

    def learn_ids(self, path: str, content: bytes) -> None:
        """Remember the records this user was shown, to open some of them later."""
        if path.startswith("/api/v1/") and path.count("/") == 4:
            name = path.split("/")[3]
            rows = json.loads(content).get("results", [])
            if rows and name in {"projects", "organisations", "people", "engagements", "tasks"}:
                self.ids[name] = [row["id"] for row in rows]
            return
        for name, record_id in RECORD_LINK.findall(content)[:200]:
            known = self.ids.setdefault(name.decode(), [])
            if len(known) < 200:
                known.append(int(record_id))
        if not self.stages:
            self.stages = sorted({int(stage) for stage in STAGE.findall(content)})

    def path_for(self, template: str) -> str | None:
        def fill(match: re.Match) -> str:
            ids = self.ids.get(match[1]) or []
            if not ids:
                raise LookupError(match[1])
            return str(self.random.choice(ids))

        try:
            path = re.sub(r"\{id:(\w+)\}", fill, template)
        except LookupError:
            return None
        if "{stage}" in path:
            if not self.stages:
                return None
            path = path.replace("{stage}", str(self.random.choice(self.stages)))
        return path.replace("{query}", urllib.parse.quote(self.random.choice(QUERIES)))

    def browse(self, deadline: float, think: tuple[float, float]) -> None:
        self.phase = "browse"
        while time.monotonic() < deadline:
            choices = [row for row in BROWSING if row[2] not in self.forbidden]
            _, kind, template = self.random.choices(choices, weights=[row[0] for row in choices])[0]
            path = self.path_for(template)
            if path is not None:
                status, content = self.request(kind, path)
                if status == 403:
                    self.forbidden.add(template)
                elif status == 200:
                    self.learn_ids(path, content)
            time.sleep(min(self.random.uniform(*think), max(0.0, deadline - time.monotonic())))


@dataclass
class Schedule:
    """When browsing starts and ends: set once every user has logged in (or failed to)."""

    users: int
    done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    logged_in: threading.Event = field(default_factory=threading.Event)
    go: threading.Event = field(default_factory=threading.Event)
    browse_from: float = 0.0
    deadline: float = 0.0

    def login_finished(self) -> None:
        with self.lock:
            self.done += 1
            if self.done == self.users:
                self.logged_in.set()


def run_user(
    base_url: str,
    username: str,
    password: str,
    results: Results,
    login_at: float,
    schedule: Schedule,
    think: tuple[float, float],
) -> None:
    time.sleep(max(0.0, login_at - time.monotonic()))
    user = User(base_url, username, password, results)
    logged_in = user.log_in()
    schedule.login_finished()
    if not logged_in:
        with results.lock:
            results.failures.append(("login", f"{username}: could not log in"))
        return
    # Users start browsing together once all have logged in, each after a first think time.
    schedule.go.wait()
    time.sleep(max(0.0, schedule.browse_from - time.monotonic()) + user.random.uniform(0, think[1]))
    user.browse(schedule.deadline, think)


def server_cpu_seconds(pidfile: str) -> float | None:
    """CPU time used so far by gunicorn (its master, live workers and reaped workers), read
    from /proc: a figure the other programs on a shared machine do not distort."""
    try:
        master = int(Path(pidfile).read_text().strip())
        ticks = os.sysconf("SC_CLK_TCK")

        def times(pid: int, with_children: bool) -> int:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            # utime, stime, cutime, cstime are fields 14-17 of stat (11-14 after the name).
            used = int(fields[11]) + int(fields[12])
            return used + (int(fields[13]) + int(fields[14]) if with_children else 0)

        total = times(master, True)
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        total += sum(times(int(child), False) for child in children)
        return total / ticks
    except (OSError, ValueError):
        return None


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not values:
        return 0.0
    rank = max(1, int(round(fraction * len(values) + 0.5)))
    return values[min(rank, len(values)) - 1]


def report(results: Results, wall_seconds: float, users: int, args) -> dict:
    browsing = [sample for sample in results.samples if sample.phase == "browse"]
    setup = [sample for sample in results.samples if sample.phase == "login"]
    times = sorted(sample.seconds * 1000 for sample in browsing)
    setup_times = sorted(sample.seconds * 1000 for sample in setup)
    summary = {
        "users": users,
        "duration_s": round(wall_seconds, 1),
        "think_s": f"{args.think_min:g}-{args.think_max:g}",
        "login_phase": {
            "requests": len(setup),
            "errors": sum(1 for phase, _ in results.failures if phase == "login"),
            "p50_ms": round(percentile(setup_times, 0.50), 1),
            "p95_ms": round(percentile(setup_times, 0.95), 1),
            "max_ms": round(setup_times[-1], 1) if setup_times else 0.0,
        },
        "requests": len(browsing),
        "errors": sum(1 for phase, _ in results.failures if phase == "browse"),
        "forbidden_403": sum(1 for sample in browsing if sample.status == 403),
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(times[-1], 1) if times else 0.0,
        "mean_ms": round(statistics.fmean(times), 1) if times else 0.0,
        "throughput_rps": round(len(browsing) / wall_seconds, 2) if wall_seconds else 0.0,
    }
    by_kind: dict[str, list[float]] = defaultdict(list)
    for sample in browsing:
        by_kind[sample.kind].append(sample.seconds * 1000)
    summary["by_kind"] = {
        kind: {
            "requests": len(values),
            "p50_ms": round(percentile(sorted(values), 0.50), 1),
            "p95_ms": round(percentile(sorted(values), 0.95), 1),
            "max_ms": round(max(values), 1),
        }
        for kind, values in sorted(by_kind.items())
    }
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("INVESTDESK_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of browsing")
    parser.add_argument(
        "--ramp", type=float, default=None, help="seconds over which users log in (users / 2)"
    )
    parser.add_argument("--think-min", type=float, default=2.0)
    parser.add_argument("--think-max", type=float, default=5.0)
    parser.add_argument(
        "--password",
        default=os.environ.get("INVESTDESK_DEMO_PASSWORD", "demo"),
        help="demo users' password",
    )
    parser.add_argument(
        "--pidfile", default="", help="gunicorn's pid file: also report its CPU time per request"
    )
    parser.add_argument(
        "--login-timeout",
        type=float,
        default=300.0,
        help="seconds after the ramp to wait for the last login before browsing anyway",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    if urllib.parse.urlsplit(args.url).hostname not in {"127.0.0.1", "localhost", "::1"}:
        parser.error("the load is meant for a server on this machine (127.0.0.1 or localhost)")

    results = Results()
    think = (args.think_min, args.think_max)
    # A login costs a deliberately slow password hash (about 0.3 s of CPU): two users a second.
    ramp = args.ramp if args.ramp is not None else args.users / 2
    started = time.monotonic()
    schedule = Schedule(users=args.users)
    threads = []
    for index, username in zip(range(args.users), itertools.cycle(DEMO_USERS), strict=False):
        login_at = started + ramp * index / max(1, args.users)
        thread = threading.Thread(
            target=run_user,
            args=(args.url, username, args.password, results, login_at, schedule, think),
            daemon=True,
        )
        thread.start()
        threads.append(thread)
    # Logins (a deliberately slow password hash each) are a phase of their own: browsing
    # starts when the last one has answered, so that its figures are those of browsing.
    schedule.logged_in.wait(timeout=ramp + args.login_timeout)
    browse_from = time.monotonic() + 1
    deadline = browse_from + args.duration
    schedule.browse_from, schedule.deadline = browse_from, deadline
    schedule.go.set()
    time.sleep(max(0.0, browse_from - time.monotonic()))
    # Every 5 s of the browsing phase: the machine's load average (1 min), which says how much
    # CPU the server had to share with other programs, and gunicorn's CPU time so far.
    loads: list[float] = []
    cpu_marks: list[tuple[float, float | None]] = []
    while True:
        loads.append(os.getloadavg()[0])
        cpu_marks.append(
            (time.monotonic(), server_cpu_seconds(args.pidfile) if args.pidfile else None)
        )
        if time.monotonic() >= deadline:
            break
        time.sleep(min(5.0, max(0.0, deadline - time.monotonic())))
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + 120)
    wall = time.monotonic() - browse_from
    summary = report(results, wall, args.users, args)
    summary["load_average_1min"] = {
        "mean": round(statistics.fmean(loads), 2),
        "max": round(max(loads), 2),
        "cores": os.cpu_count(),
    }
    cpu_after = server_cpu_seconds(args.pidfile) if args.pidfile else None
    if cpu_marks and cpu_marks[0][1] is not None and cpu_after is not None:
        # Browsing requests only: every login has answered before the first mark.
        sent = [s for s in results.samples if s.phase == "browse" and s.started >= cpu_marks[0][0]]
        if sent:
            summary["server_cpu_ms_per_request"] = round(
                (cpu_after - cpu_marks[0][1]) * 1000 / len(sent), 1
            )
    login_seconds = max(
        (s.started + s.seconds for s in results.samples if s.phase == "login"), default=started
    )
    summary["login_phase"]["seconds"] = round(login_seconds - started, 1)

    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        login = summary["login_phase"]
        print(
            f"login phase: requests {login['requests']}, errors {login['errors']}, "
            f"p50 {login['p50_ms']} ms, p95 {login['p95_ms']} ms, max {login['max_ms']} ms, "
            f"all logged in after {login['seconds']} s"
        )
        print(
            f"users {summary['users']}, {summary['duration_s']} s (think {summary['think_s']} s): "
            f"requests {summary['requests']}, errors {summary['errors']}, "
            f"p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, max {summary['max_ms']} ms, "
            f"throughput {summary['throughput_rps']} req/s, 403 {summary['forbidden_403']}"
        )
        if "server_cpu_ms_per_request" in summary:
            print(f"gunicorn CPU time per request: {summary['server_cpu_ms_per_request']} ms")
        load = summary["load_average_1min"]
        print(
            f"load average (1 min) while browsing: mean {load['mean']}, max {load['max']} "
            f"on {load['cores']} cores"
        )
        print(f"{'kind':<10} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for kind, row in summary["by_kind"].items():
            print(
                f"{kind:<10} {row['requests']:>8} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8}"
            )
    for phase, failure in results.failures[:20]:
        print(f"error ({phase}):", failure, file=sys.stderr)
    return 1 if results.failures else 0


if __name__ == "__main__":
    sys.exit(main())
