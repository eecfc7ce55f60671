"""Where files are kept: the filesystem by default, an S3-compatible bucket by setting."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from config.settings.base import attachment_storage_from_env


def test_the_default_is_the_filesystem_under_media_root(monkeypatch):
    monkeypatch.delenv("INVESTDESK_ATTACHMENT_STORAGE", raising=False)
    config = attachment_storage_from_env()
    assert config == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_s3_is_configured_from_the_environment(monkeypatch):
    monkeypatch.setenv("INVESTDESK_ATTACHMENT_STORAGE", "s3")
    monkeypatch.setenv("INVESTDESK_S3_BUCKET", "investdesk-files")
    monkeypatch.setenv("INVESTDESK_S3_ENDPOINT_URL", "https://storage.example.org")
    monkeypatch.setenv("INVESTDESK_S3_REGION", "ru-central1")
    monkeypatch.setenv("INVESTDESK_S3_PREFIX", "prod")
    config = attachment_storage_from_env()
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    storage = import_string(config["BACKEND"])(**config["OPTIONS"])
    # Private objects that are never overwritten, under the installation's prefix.
    assert storage.bucket_name == "investdesk-files"
    assert storage.endpoint_url == "https://storage.example.org"
    assert storage.default_acl == "private" and storage.file_overwrite is False
    assert storage.location == "prod"


def test_an_unknown_storage_is_refused(monkeypatch):
    monkeypatch.setenv("INVESTDESK_ATTACHMENT_STORAGE", "ftp")
    with pytest.raises(ImproperlyConfigured):
        attachment_storage_from_env()
