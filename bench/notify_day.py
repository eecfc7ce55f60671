"""What a day of notifications sends: ``investdesk notify`` run every N minutes for a day.

Runs the scan and the delivery pass (e-mail to files under var/mail/ unless EMAIL_URL is
set) from tomorrow (or ``--start``) 00:00 in the agency's time zone, every ``--every``
minutes, for ``--days`` days, and prints per day the notifications recorded by kind, the
e-mails sent, and the slowest and median time of one run.

    INVESTDESK_VAR_DIR=/tmp/x DJANGO_SETTINGS_MODULE=config.settings.local \\
        .venv/bin/python bench/notify_day.py --every 60 --days 2

It writes to the database it is pointed at: run it on a copy (demo or generated data).
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=60, help="minutes between runs")
    parser.add_argument("--days", type=int, default=1)
    parser.add_argument("--start", help="first day, YYYY-MM-DD (default: tomorrow)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db.models import Count
    from django.utils import timezone

    from investdesk.notifications.models import Notification
    from investdesk.reminders.services import notify_run

    first_day = (
        datetime.date.fromisoformat(args.start)
        if args.start
        else timezone.localdate() + datetime.timedelta(days=1)
    )
    start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time()))
    for day in range(args.days):
        day_start = start + datetime.timedelta(days=day)
        first_id = (Notification.objects.order_by("-id").values_list("id", flat=True).first()) or 0
        seconds, sent = [], 0
        moment = day_start
        while moment < day_start + datetime.timedelta(days=1):
            began = time.perf_counter()
            report = notify_run(now=moment)
            seconds.append(time.perf_counter() - began)
            sent += report.delivery.sent
            moment += datetime.timedelta(minutes=args.every)
        kinds = Counter(
            dict(
                Notification.objects.filter(id__gt=first_id)
                .values_list("kind")
                .annotate(n=Count("id"))
                .values_list("kind", "n")
            )
        )
        print(f"day {day_start.date()}: {sum(kinds.values())} notifications, {sent} e-mails")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")
        print(
            f"  {len(seconds)} runs: median {statistics.median(seconds):.2f} s, "
            f"slowest {max(seconds):.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
