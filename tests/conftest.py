"""Fixtures of the cross-app tests (access matrix, visibility, schema, browser tests)."""

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files (attachments of the access world, files the browser tests send) go
    to a folder of the test's own, not to the checkout's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
