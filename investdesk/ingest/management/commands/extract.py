import json

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from investdesk.ingest.lexicon import Lexicon
from investdesk.ingest.lexicon_db import lexicon_from_database
from investdesk.ingest.pipeline import Extractor, read_sources


def _lexicon():
    """The database's lexicon when there is a migrated database, else the shipped defaults."""
    try:
        return lexicon_from_database()
    except DatabaseError:
        return Lexicon.default()


class Command(BaseCommand):
    help = "Print what extraction finds in text, HTML or .docx files ('-' for standard input). Writes nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="One JSON object per line.")
        parser.add_argument("--workers", type=int, default=1)

    def handle(self, *args, **options) -> None:
        items = list(read_sources(options["paths"]))
        readable = [item for item in items if not item.error]
        with Extractor(lexicon=_lexicon(), workers=options["workers"]) as extractor:
            results = iter(extractor.extract([item.text for item in readable]))
        failed = 0
        for item in items:
            if item.error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"error: {item.error}"))
                if options["json"]:
                    self.stdout.write(
                        json.dumps(
                            {"document": item.source, "error": item.error}, ensure_ascii=False
                        )
                    )
                continue
            result = next(results)
            result.pop("mentions", None)
            if options["json"]:
                self.stdout.write(
                    json.dumps({"document": item.source, **result}, ensure_ascii=False)
                )
            else:
                self.stdout.write(self._summary(item.source, result))
        if failed == len(items):
            raise CommandError("No document could be read.")

    def _summary(self, source: str, result: dict) -> str:
        lines = [
            f"== {source}",
            f"event: {result.get('event_type')}  date: {result.get('date') or '—'}",
        ]
        for person in result.get("persons", []):
            extra = ", ".join(p for p in (person.get("position"), person.get("organization")) if p)
            lines.append(f"person: {person['name']}" + (f" ({extra})" if extra else ""))
        for unnamed in result.get("unnamed_participants", []):
            lines.append(f"unnamed: {unnamed.get('role')} — {unnamed.get('organization')}")
        for org in result.get("organizations", []):
            lines.append(f"organisation: {org['name']} [{org.get('kind')}, {org.get('country')}]")
        for site in result.get("sites", []):
            lines.append(
                f"site: {site['name']} [{site.get('kind')}, {site.get('municipality') or '—'}]"
            )
        for key in ("locations", "countries", "sectors", "amounts_rub"):
            if result.get(key):
                lines.append(f"{key}: " + ", ".join(str(v) for v in result[key]))
        for commitment in result.get("commitments", []):
            lines.append(f"commitment: {commitment.get('who')}: {commitment.get('text')}")
        for quote in result.get("quotes", []):
            lines.append(f"quote: {quote.get('speaker')}: «{quote.get('starts_with')}…»")
        return "\n".join(lines)
