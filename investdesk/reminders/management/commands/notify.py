"""``investdesk notify``: record every notification due now and send pending e-mail, once."""

import datetime
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from investdesk.reminders.services import notify_run


class Command(BaseCommand):
    help = (
        "Record the reminders, escalations, digests, assignments and news due now and send "
        "pending e-mail (failed ones are retried with backoff). Safe to run at any time: "
        "nothing is recorded or sent twice."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--now",
            help="Act as if it were this moment (ISO 8601, agency's time zone if naive).",
        )
        parser.add_argument(
            "--no-send", action="store_true", help="Record only; leave e-mail pending."
        )

    def handle(self, *args, **options) -> None:
        now = None
        if options["now"]:
            try:
                now = datetime.datetime.fromisoformat(options["now"])
            except ValueError as exc:
                raise CommandError(f"--now: {exc}") from exc
            if timezone.is_naive(now):
                now = timezone.make_aware(now)
        started = time.perf_counter()
        report = notify_run(now=now, send=not options["no_send"])
        seconds = time.perf_counter() - started
        for rule, count in report.recorded.items():
            self.stdout.write(f"{rule}: {count}")
        delivery = report.delivery
        self.stdout.write(
            f"e-mail sent: {delivery.sent}, to retry: {delivery.retrying}, "
            f"given up: {delivery.failed}"
        )
        if delivery.errors:
            self.stderr.write(f"last error: {delivery.errors[-1]}")
        self.stdout.write(f"took {seconds:.2f} s")
