"""Settings read from the environment, loaded in a fresh process as the console script loads them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_an_empty_database_url_means_the_embedded_sqlite_default():
    env = {**os.environ, "DATABASE_URL": "", "DJANGO_SETTINGS_MODULE": "config.settings.local"}
    env["PYTHONPATH"] = str(ROOT)
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "django.db.backends.sqlite3"
