from pathlib import Path

from django.core.management.base import BaseCommand

from investdesk.dataexchange.backup import backup_create


class Command(BaseCommand):
    help = "Write a consistent snapshot of all data and uploaded files to a .tar.gz or .zip."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options) -> None:
        counts = backup_create(file)
        self.stdout.write(
            self.style.SUCCESS(f"Backed up {sum(counts.values())} records to {file}.")
        )
