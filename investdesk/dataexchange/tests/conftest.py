"""Fixtures of the backup tests: another database to restore into, and reading one."""

import uuid
from collections.abc import Iterator

import dj_database_url
import pytest
from django.conf import settings as django_settings
from django.db import DEFAULT_DB_ALIAS, connection, connections

from .backup_support import new_postgresql_database


@pytest.fixture
def other_database(tmp_path) -> Iterator[str]:
    """The URL of a new, empty database of the other vendor than the test database's."""
    if connection.vendor == "postgresql":
        yield f"sqlite:///{tmp_path / 'other.sqlite3'}"
        return
    with new_postgresql_database() as url:
        yield url


@pytest.fixture
def read_database() -> Iterator:
    """Opens a database by URL as an extra connection alias, for reading it in the test."""
    opened = []

    def open_alias(url: str) -> str:
        alias = f"other_{uuid.uuid4().hex[:8]}"
        configured = connections.configure_settings(
            {
                DEFAULT_DB_ALIAS: django_settings.DATABASES[DEFAULT_DB_ALIAS],
                alias: dj_database_url.parse(url),
            }
        )
        connections.settings[alias] = configured[alias]
        opened.append(alias)
        return alias

    yield open_alias
    for alias in opened:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]
