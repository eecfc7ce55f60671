from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from investdesk.dataexchange.columns import ENTITIES
from investdesk.dataexchange.tabular import import_file


class Command(BaseCommand):
    help = "Import organisations, people, projects, sites or engagements from .xlsx or .csv."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--type", required=True, choices=ENTITIES, dest="entity")
        parser.add_argument("--dry-run", action="store_true", help="Show what would change.")

    def handle(self, *args, file: Path, entity: str, dry_run: bool, **options) -> None:
        if not file.exists():
            raise CommandError(f"No such file: {file}")
        try:
            report = import_file(entity, file, dry_run=dry_run)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        for line in report.changes:
            self.stdout.write(line)
        summary = (
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged"
        )
        if not report.ok:
            for error in report.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(report.errors)} problem(s); nothing was imported.")
        if dry_run:
            self.stdout.write(f"Dry run, nothing saved: {summary}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported: {summary}."))
