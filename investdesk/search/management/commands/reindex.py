from django.core.management.base import BaseCommand, CommandError

from investdesk.search.choices import EntityType
from investdesk.search.services import search_reindex


class Command(BaseCommand):
    help = "Rebuild the search index (all record types, or the ones named)."

    def add_arguments(self, parser):
        parser.add_argument("types", nargs="*", metavar="TYPE", help=", ".join(EntityType.values))

    def handle(self, *args, types, **options):
        unknown = set(types) - set(EntityType.values)
        if unknown:
            raise CommandError(f"Unknown types: {', '.join(sorted(unknown))}")
        counts = search_reindex(entity_types=types or None)
        for entity_type, count in counts.items():
            self.stdout.write(f"{entity_type}: {count}")
