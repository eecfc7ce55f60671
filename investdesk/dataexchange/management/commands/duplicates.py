from django.core.management.base import BaseCommand

from investdesk.dataexchange.duplicates import organisation_duplicates, person_duplicates


class Command(BaseCommand):
    help = "List likely duplicate organisations and people (nothing is merged)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--type", choices=["organisations", "people"], dest="entity")

    def handle(self, *args, entity: str | None, **options) -> None:
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
