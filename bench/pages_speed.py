"""Time the pages of leadership (or --user): dashboard, a search, a filtered project list, an organisation.

Logs in with Django's test client (no server needed) as a leadership user, requests each
page once to warm caches, then 20 times, and prints the median and the slowest time, and the
median CPU time of this process (the Python side; the database server's time is not in it).

    DJANGO_SETTINGS_MODULE=config.settings.local .venv/bin/python bench/pages_speed.py
    DATABASE_URL=postgres://... .venv/bin/python bench/pages_speed.py --runs 20

Load data first: ``investdesk demo`` (or ``investdesk generate --scale 100``), then
``investdesk reindex`` so the first search does not index everything.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--query", default="кварца")
    parser.add_argument(
        "--user", default="", help="log in as this user (default: the first leadership user)"
    )
    parser.add_argument("--budget-ms", type=float, default=300.0)
    parser.add_argument(
        "--all", action="store_true", help="every list, searched and filtered, and detail pages"
    )
    parser.add_argument(
        "--skip", default="", help="comma-separated: skip pages whose name contains one"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated: only pages whose name contains one"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from investdesk.accounts.choices import Role
    from investdesk.accounts.models import User
    from investdesk.engagements.models import Engagement
    from investdesk.organisations.models import Organisation
    from investdesk.people.models import Person
    from investdesk.projects.models import Project
    from investdesk.reference.models import Direction
    from investdesk.tasks.models import Task

    if args.user:
        user = User.objects.filter(username=args.user, is_active=True).first()
    else:
        user = User.objects.filter(groups__name=Role.LEADERSHIP, is_active=True).first()
    if user is None:
        print("No leadership user: load the demo data first (investdesk demo).")
        return 2
    organisation = (
        Organisation.objects.filter(name_original__icontains="ZE").first()
        or Organisation.objects.order_by("pk").first()
    )
    quartz = Direction.objects.filter(code="quartz").first() or Direction.objects.first()
    # A project with tasks and an organisation with people and engagements (filter values).
    task_project = Task.objects.exclude(project=None).order_by("-pk").values("project_id").first()
    busy_organisation = (
        Engagement.organisations.through.objects.order_by("-pk").values("organisation_id").first()
    )

    def last(model):
        # A synthetic record (the newest): the pages of a typical record at scale.
        return model.objects.order_by("-pk").values_list("pk", flat=True).first()

    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    pages = {
        "dashboard": "/dashboard/",
        "search": f"/search/?q={args.query}",
        "project list (filtered)": f"/projects/?directions={quartz.pk if quartz else ''}"
        "&sort=-updated",
        "organisation page": f"/organisations/{organisation.pk}/" if organisation else None,
    }
    if args.all:
        pages |= {
            "organisation list": "/organisations/",
            "organisation list ?q=": "/organisations/?q=северинвест",
            "organisation list (kind)": "/organisations/?kind=investor",
            "people list": "/people/",
            "people list ?q=": "/people/?q=иванова",
            # Broad searches: tens of thousands of matches, spread out or clustered in the order.
            "organisation list ?q= (broad)": "/organisations/?q=инвест",
            "people list ?q= (broad)": "/people/?q=иванов",
            "project list": "/projects/",
            "project list ?q=": "/projects/?q=энерго",
            "engagement list": "/engagements/",
            "engagement list ?q=": "/engagements/?q=форум",
            "task list": "/tasks/",
            "task list ?q=": "/tasks/?q=поручение 4711",
            "people list (org. kind)": "/people/?organisation_kind=investor",
            "people list (organisation)": "/people/?organisation="
            f"{busy_organisation['organisation_id'] if busy_organisation else ''}",
            "project list (stage)": "/projects/?stage=1",
            "engagement list (kind)": "/engagements/?kind=negotiations",
            "engagement list (direction)": "/engagements/?directions="
            f"{quartz.pk if quartz else ''}",
            "engagement list (direction, kind)": "/engagements/?kind=negotiations&directions="
            f"{quartz.pk if quartz else ''}",
            "engagement list (organisation)": "/engagements/?organisations="
            f"{busy_organisation['organisation_id'] if busy_organisation else ''}",
            "task list (status)": "/tasks/?status=open",
            "task list (overdue)": "/tasks/?overdue=true",
            "task list (project)": "/tasks/?project="
            f"{task_project['project_id'] if task_project else ''}",
            "agreement list": "/agreements/",
            "agreement list ?q=": "/agreements/?q=соглашение",
            "support list": "/support/",
            "support list ?q=": "/support/?q=субсидия",
            "document list": "/documents/",
            "document list ?q=": "/documents/?q=кварц",
            "site list": "/sites/",
            "site list ?q=": "/sites/?q=площадка",
            "notification list": "/notifications/",
            "search (synthetic)": "/search/?q=северинвест",
            "organisation page (synthetic)": f"/organisations/{last(Organisation)}/",
            "person page": f"/people/{last(Person)}/",
            "project page": f"/projects/{last(Project)}/",
            "engagement page": f"/engagements/{last(Engagement)}/",
            "task page": f"/tasks/{last(Task)}/",
        }
    print(
        f"database: {connection.vendor}, user: {user.username}, runs: {args.runs}, "
        f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    failures = 0
    for name, url in pages.items():
        if url is None or any(part and part in name for part in args.skip.split(",")):
            continue
        if args.only and not any(part and part in name for part in args.only.split(",")):
            continue
        response = client.get(url)
        if response.status_code != 200:
            print(f"{name:28} {url} → HTTP {response.status_code}")
            failures += 1
            continue
        timings, cpu_times = [], []
        for _ in range(args.runs):
            started, cpu = time.perf_counter(), time.process_time()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
        median = statistics.median(timings)
        flag = "" if median <= args.budget_ms else f"  OVER {args.budget_ms:.0f} ms"
        print(
            f"{name:30} median {median:7.1f} ms   max {max(timings):7.1f} ms"
            f"   CPU {statistics.median(cpu_times):6.1f} ms{flag}",
            flush=True,
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
