"""``bench/pages_speed.py --all`` times every page of the URL map, or says why not.

A page added without a place in the benchmark would escape the speed budget of issue 16
(every list and detail page under 150 ms at scale 100): this fails until it is timed or
excluded with a reason.
"""

import importlib.util
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db
BENCH = Path(__file__).resolve().parents[1] / "bench" / "pages_speed.py"


def test_every_page_is_timed_or_excluded_with_a_reason(settings, monkeypatch, capsys):
    settings.DEBUG = True  # the demo refuses to load into a production database
    call_command("demo", verbosity=0)
    spec = importlib.util.spec_from_file_location("pages_speed", BENCH)
    pages_speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pages_speed)
    monkeypatch.setattr(sys, "argv", ["pages_speed.py", "--check-coverage"])
    status = pages_speed.main()
    assert status == 0, capsys.readouterr().out
