from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from investdesk.ingest.pipeline import run_ingest


class Command(BaseCommand):
    help = (
        "Store press releases (files, '-', URLs or RSS/Atom feed URLs) and create a draft "
        "engagement for each, to be reviewed in the web application. Re-running skips what "
        "is already stored."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("sources", nargs="+", metavar="PATH|URL|FEED_URL")
        parser.add_argument("--workers", type=int, default=1, help="Extraction worker processes.")
        parser.add_argument("--batch-size", type=int, default=50)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options) -> None:
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1.")
        with tqdm(
            total=len(options["sources"]),
            unit="doc",
            disable=options["no_progress"],
            file=self.stderr,
        ) as bar:
            outcomes = run_ingest(
                options["sources"],
                workers=options["workers"],
                batch_size=options["batch_size"],
                progress=bar.update,
            )
        counts = {"created": 0, "duplicate": 0, "error": 0}
        for outcome in outcomes:
            counts[outcome.status] += 1
            if outcome.status == "error":
                self.stderr.write(self.style.ERROR(f"error: {outcome.message}"))
            elif outcome.status == "duplicate":
                self.stdout.write(
                    f"{outcome.source}: already ingested (document {outcome.document_id})"
                )
            else:
                self.stdout.write(
                    f"{outcome.source}: document {outcome.document_id}, "
                    f"draft engagement {outcome.engagement_id}"
                )
        self.stdout.write(
            f"{counts['created']} new, {counts['duplicate']} already ingested, {counts['error']} failed"
        )
        if counts["error"] and not counts["created"] and not counts["duplicate"]:
            raise CommandError("Nothing could be ingested.")
