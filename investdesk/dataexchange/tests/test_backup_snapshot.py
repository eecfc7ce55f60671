"""Backups read one consistent snapshot of the database while users keep writing."""

import sqlite3

import psycopg
from django.db import connections

from investdesk.dataexchange import backup

from .backup_support import new_postgresql_database


def test_a_sqlite_snapshot_sees_one_moment_and_blocks_no_writer(
    tmp_path, read_database, django_db_blocker
):
    path = tmp_path / "live.sqlite3"
    writer = sqlite3.connect(path, timeout=0, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    writer.execute("INSERT INTO t VALUES (1)")
    alias = read_database(f"sqlite:///{path}")
    connections.settings[alias]["OPTIONS"] = {"transaction_mode": "IMMEDIATE"}
    reader = connections[alias]
    with django_db_blocker.unblock(), backup.read_snapshot(alias), reader.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (1,)
        writer.execute("INSERT INTO t VALUES (2)")  # timeout=0: a lock would raise here
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (1,)
    with django_db_blocker.unblock(), reader.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone() == (2,)
    writer.close()


def test_a_postgresql_snapshot_sees_one_moment_and_blocks_no_writer(
    read_database, django_db_blocker
):
    with new_postgresql_database() as url, psycopg.connect(url, autocommit=True) as writer:
        writer.execute("SET lock_timeout = '1s'")  # a lock would fail the insert below
        writer.execute("CREATE TABLE t (id integer PRIMARY KEY)")
        writer.execute("INSERT INTO t VALUES (1)")
        alias = read_database(url)
        reader = connections[alias]
        with django_db_blocker.unblock():
            with backup.read_snapshot(alias), reader.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (1,)
                writer.execute("INSERT INTO t VALUES (2)")
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (1,)
                cursor.execute("SHOW transaction_isolation")
                assert cursor.fetchone() == ("repeatable read",)
            with reader.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM t")
                assert cursor.fetchone() == (2,)
            reader.close()
