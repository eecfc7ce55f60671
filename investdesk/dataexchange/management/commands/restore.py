from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from investdesk.dataexchange.backup import RestoreError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup into a freshly migrated database (SQLite or PostgreSQL, whichever "
        "wrote it), all or nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, file: Path, database: str, **options) -> None:
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            report = restore(file, using=database)
        except RestoreError as exc:
            raise CommandError(str(exc)) from exc
        total = f"{sum(report.rows.values()):,}".replace(",", " ")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {total} rows of {len(report.rows)} tables and "
                f"{report.media_files} uploaded files in {report.seconds:.1f} s."
            )
        )
