"""``make serve`` started for real: gunicorn with production settings on a free port.

Each server gets a temporary SQLite database and var directory; static files go to one
directory kept under var/ so that their compression is paid once, not on every run.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.client import HTTPResponse
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
STARTUP_SECONDS = 300
# Variables of the developer's or CI's shell that would point the server elsewhere.
UNSET = (
    "DATABASE_URL",
    "REDIS_URL",
    "HUEY_REDIS_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_DEBUG",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "INVESTDESK_STATIC_ROOT",
    "INVESTDESK_MEDIA_ROOT",
    "WEB_CONCURRENCY",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


@dataclass
class Server:
    base_url: str
    var_dir: Path
    env: dict[str, str]
    process: subprocess.Popen
    log_path: Path
    cookies: dict[str, str] = field(default_factory=dict)

    def request(
        self, path: str, *, data: dict | None = None, via_proxy: bool = True, headers=None
    ) -> HTTPResponse:
        """A request as nginx passes it on: X-Forwarded-Proto says the client used HTTPS.
        Cookies are kept by hand: they are Secure, which urllib's jar keeps off plain HTTP."""
        all_headers = dict(headers or {})
        if via_proxy:
            all_headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            all_headers["Origin"] = "https://" + urllib.parse.urlsplit(self.base_url).netloc
        request = urllib.request.Request(self.base_url + path, data=body, headers=all_headers)
        try:
            response = OPENER.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response

    def log_records(self) -> list[dict]:
        records = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                records.append(json.loads(line))
        return records


def start_server(tmp_path: Path, **extra_env: str) -> Server:
    port = free_port()
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in UNSET}
    env.update(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        INVESTDESK_VAR_DIR=str(var_dir),
        INVESTDESK_STATIC_ROOT=str(ROOT / "var" / "test-serve-static"),
        DATABASE_URL=f"sqlite:///{var_dir / 'serve.sqlite3'}",
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="2",
    )
    env.update(extra_env)
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", var_dir, env, process, log_path)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"make serve exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            if server.request("/healthz", via_proxy=False).status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    stop_server(server)
    pytest.fail(f"make serve did not answer within {STARTUP_SECONDS} s:\n{log_path.read_text()}")


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        # make, the shell, gunicorn and the worker share the process group make serve leads.
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()


@pytest.fixture
def server(tmp_path) -> Iterator[Server]:
    server = start_server(tmp_path)
    yield server
    stop_server(server)


def worker_pids(master: int) -> set[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return {int(pid) for pid in children}


def create_superuser(server: Server, username: str, password: str) -> None:
    env = {**server.env, "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    env["DJANGO_SUPERUSER_PASSWORD"] = password
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "investdesk"), "createsuperuser", "--noinput"]
        + ["--username", username, "--email", f"{username}@example.org"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def test_make_serve_answers_probes_a_login_and_a_page(server):
    health = server.request("/healthz", via_proxy=False)
    assert health.status == 200
    assert json.load(health) == {"status": "ok"}

    ready = server.request("/readyz", via_proxy=False)
    assert ready.status == 200
    assert json.load(ready)["checks"] == {
        "database": "ok",
        "migrations": "ok",
        "cache": "ok",
        "queue": "ok",
    }

    # Without the proxy's header every other page is redirected to HTTPS.
    plain = server.request("/accounts/login/", via_proxy=False)
    assert plain.status == 301
    assert plain.headers["Location"] == f"https://127.0.0.1:{server.env['PORT']}/accounts/login/"

    password = secrets.token_urlsafe(16)
    create_superuser(server, "serve-admin", password)
    form = server.request("/accounts/login/")
    assert form.status == 200
    assert form.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "script-src 'self'" in form.headers["Content-Security-Policy"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.read().decode())[1]
    assert "Secure" in " ".join(form.headers.get_all("Set-Cookie"))

    login = server.request(
        "/accounts/login/",
        data={"username": "serve-admin", "password": password, "csrfmiddlewaretoken": token},
    )
    assert login.status == 302, login.read().decode()[:2000]
    assert "sessionid" in server.cookies

    page = server.request("/organisations/", headers={"X-Request-ID": "serve-test-1"})
    assert page.status == 200
    html = page.read().decode()
    assert 'id="logout-button"' in html
    # A static file, served by whitenoise from collectstatic's output.
    assert server.request("/static/css/investdesk.css").status == 200

    # SIGHUP: gunicorn starts new workers and retires the old ones; the session survives.
    master = int((server.var_dir / "gunicorn.pid").read_text())
    old_workers = worker_pids(master)
    os.kill(master, signal.SIGHUP)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        workers = worker_pids(master)
        if len(workers) == len(old_workers) and not workers & old_workers:
            break
        time.sleep(0.5)
    assert old_workers and not worker_pids(master) & old_workers
    assert server.request("/organisations/").status == 200

    stop_server(server)
    records = server.log_records()
    [page_record] = [r for r in records if r.get("request_id") == "serve-test-1"]
    assert page_record["path"] == "/organisations/"
    assert page_record["status"] == 200
    assert isinstance(page_record["user_id"], int)
    assert any(r["logger"] == "gunicorn.error" for r in records)


def test_readyz_answers_503_when_the_database_cannot_be_reached(tmp_path):
    # Port 1 on the loopback interface: nothing listens there, the connection is refused.
    server = start_server(
        tmp_path,
        DATABASE_URL="postgres://investdesk@127.0.0.1:1/investdesk",
        SERVE_MIGRATE="0",
        SERVE_WORKER="0",
    )
    try:
        assert server.request("/healthz", via_proxy=False).status == 200

        ready = server.request("/readyz", via_proxy=False)

        assert ready.status == 503
        body = json.load(ready)
        assert body["status"] == "unavailable"
        assert body["failed"] == ["database"]
        assert body["checks"]["database"] == "failed: OperationalError"
        assert body["checks"]["migrations"] == "skipped"
    finally:
        stop_server(server)


def test_make_serve_refuses_to_start_without_its_secrets(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in UNSET}
    env.pop("DJANGO_SECRET_KEY", None)
    env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1"

    result = subprocess.run(
        ["make", "--no-print-directory", "serve"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert result.returncode != 0
    assert "set DJANGO_SECRET_KEY" in result.stderr
