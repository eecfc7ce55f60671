from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from investdesk.dataexchange.backup import RestoreError, restore


class Command(BaseCommand):
    help = "Restore a backup into an empty, migrated database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options) -> None:
        if not file.exists():
            raise CommandError(f"No such file: {file}")
        try:
            counts = restore(file)
        except RestoreError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Restored {sum(counts.values())} records."))
