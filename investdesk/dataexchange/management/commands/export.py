from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from investdesk.dataexchange.columns import COLUMNS
from investdesk.dataexchange.tabular import export_file


class Command(BaseCommand):
    help = (
        "Export organisations, people, projects, sites, engagements, tasks, documents, "
        "agreements or support cases to .xlsx, .csv or .json."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--type", required=True, choices=tuple(COLUMNS), dest="entity")
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, entity: str, **options) -> None:
        try:
            count = export_file(entity, file)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Exported {count} row(s) to {file}."))
