from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from investdesk.demodata.synthetic import PER_SCALE, generate


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic, internally consistent data. --scale 1 is about "
        "1,000 organisations, 3,000 people, 1,000 projects, 10,000 engagements, 5,000 tasks."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--scale", type=float, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options) -> None:
        scale = options["scale"]
        if scale <= 0:
            raise CommandError("--scale must be greater than zero.")
        total = sum(max(1, int(per * scale)) for per in PER_SCALE.values())
        with tqdm(total=total, unit="rows", disable=options["no_progress"]) as bar:

            def progress(label: str, n: int) -> None:
                bar.set_description(label)
                bar.update(n)

            report = generate(scale=scale, seed=options["seed"], progress=progress)
        summary = ", ".join(
            f"{name}: {count:,}".replace(",", " ") for name, count in report.counts.items()
        )
        self.stdout.write(self.style.SUCCESS(f"Generated in {report.seconds:.1f} s — {summary}"))
