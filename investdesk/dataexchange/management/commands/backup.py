from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from investdesk.dataexchange.backup import backup_create


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class Command(BaseCommand):
    help = (
        "Write a consistent snapshot of every table and uploaded file to FILE (.zip, "
        "otherwise .tar.gz), readable only by its owner; users can keep working meanwhile."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, file: Path, database: str, **options) -> None:
        try:
            report = backup_create(file, using=database)
        except OSError as exc:
            raise CommandError(f"Cannot write {file}: {exc}") from exc
        if options["verbosity"] >= 1:
            width = max(len(label) for label in report.rows)
            for label, rows in report.rows.items():
                if rows or options["verbosity"] >= 2:
                    self.stdout.write(f"  {label:<{width}}  {rows:>10,}".replace(",", " "))
            empty = sum(1 for rows in report.rows.values() if not rows)
            if empty and options["verbosity"] < 2:
                self.stdout.write(f"  ({empty} empty tables not listed)")
        total = f"{sum(report.rows.values()):,}".replace(",", " ")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {report.path}: {total} rows of {len(report.rows)} tables, "
                f"{report.media_files} uploaded files ({_megabytes(report.media_bytes)}); "
                f"archive {_megabytes(report.size)}, {report.seconds:.1f} s."
            )
        )
