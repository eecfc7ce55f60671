from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from investdesk.search.choices import EntityType
from investdesk.search.services import search_reindex, search_reindex_counts


class Command(BaseCommand):
    help = "Rebuild the search index (all record types, or the ones named)."

    def add_arguments(self, parser):
        parser.add_argument("types", nargs="*", metavar="TYPE", help=", ".join(EntityType.values))
        parser.add_argument("--no-progress", action="store_true")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes composing the entries of a large rebuild on PostgreSQL "
            "(default 1: in this process). More pay off only where cores are idle.",
        )

    def handle(self, *args, types, **options):
        unknown = set(types) - set(EntityType.values)
        if unknown:
            raise CommandError(f"Unknown types: {', '.join(sorted(unknown))}")
        expected = search_reindex_counts(types or None)
        with tqdm(
            total=sum(expected.values()), unit="records", disable=options["no_progress"]
        ) as bar:

            def progress(entity_type: str, n: int) -> None:
                bar.set_description(entity_type)
                bar.update(n)

            counts = search_reindex(
                entity_types=types or None,
                progress=progress,
                expected=expected,
                workers=max(1, options["workers"]),
            )
        for entity_type, count in counts.items():
            self.stdout.write(f"{entity_type}: {count}")
