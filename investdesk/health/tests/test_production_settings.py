"""config.settings.production, loaded in a fresh process as a server would load it."""

import os
import secrets
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_check(**env_changes: str | None) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "HUEY_REDIS_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="investdesk.example.org",
    )
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "investdesk"),
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_deploy_passes_without_a_warning():
    result = run_check()

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert result.stderr == ""


def test_debug_cannot_be_turned_on():
    result = run_check(DJANGO_DEBUG="1")

    assert result.returncode != 0
    assert "DJANGO_DEBUG cannot be turned on with config.settings.production" in result.stderr


def test_the_secret_key_and_the_host_names_are_required():
    result = run_check(DJANGO_SECRET_KEY=None, DJANGO_ALLOWED_HOSTS=None)

    assert result.returncode != 0
    assert "need DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS" in result.stderr
