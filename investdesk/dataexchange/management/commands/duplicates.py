import time

from django.core.management.base import BaseCommand

from investdesk.dataexchange.duplicate_keys import duplicate_keys_rebuild
from investdesk.dataexchange.duplicates import organisation_duplicates, person_duplicates


class Command(BaseCommand):
    help = "List likely duplicate organisations and people (nothing is merged)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--type", choices=["organisations", "people"], dest="entity")
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Recompute every stored name key first (after writes that left no history).",
        )

    def handle(self, *args, entity: str | None, rebuild: bool, **options) -> None:
        if rebuild:
            started = time.perf_counter()
            duplicate_keys_rebuild()
            self.stderr.write(f"Name keys rebuilt in {time.perf_counter() - started:.1f} s")
        finders = {"organisations": organisation_duplicates, "people": person_duplicates}
        for name, finder in finders.items():
            if entity and entity != name:
                continue
            candidates = finder()
            self.stdout.write(f"{name}: {len(candidates)} likely duplicate pair(s)")
            for c in candidates:
                self.stdout.write(
                    f"  {c.score:5.1f} [{c.reason}] #{c.first.pk} {c.first} <-> #{c.second.pk} {c.second}"
                )
