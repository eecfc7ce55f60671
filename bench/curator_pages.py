"""Time and weigh the curator's pages: the list pages, the forms and the edit pages of issue 11.

Logs in with Django's test client (no server needed) as a curator, requests each page once
to warm caches, then ``--runs`` times; prints the median and slowest time and the size of
the HTML (bytes as sent, and gzip-compressed as a browser would receive it).

    DATABASE_URL=sqlite:////tmp/curator10.sqlite3 .venv/bin/python bench/curator_pages.py

``--only lists`` measures the list pages and the forms with pickers (the pages whose weight
grew with the data before pickers searched on the server).

Load data first: ``investdesk demo`` then ``investdesk generate --scale 10``.
"""

import argparse
import gzip
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
    parser.add_argument("--only", choices=["all", "lists"], default="all")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from investdesk.accounts.models import User
    from investdesk.agreements.models import Agreement, Obligation
    from investdesk.engagements.models import Commitment, Engagement
    from investdesk.projects.models import Project
    from investdesk.support.models import SupportCase

    user = User.objects.filter(username="ivanova").first()
    if user is None:
        print("No curator 'ivanova': load the demo data first (investdesk demo).")
        return 2
    visit = Engagement.objects.filter(title__icontains="ZE Optoelectronic").first()
    project = Project.objects.filter(title__icontains="кварц").order_by("pk").first()
    agreement = Agreement.objects.order_by("pk").first()
    obligation = Obligation.objects.order_by("pk").first()
    commitment = Commitment.objects.order_by("pk").first()
    case = SupportCase.objects.order_by("pk").first()
    lists = {
        "tasks": "/tasks/",
        "tasks, filtered by project": f"/tasks/?project={project.pk}" if project else None,
        "organisations": "/organisations/",
        "people": "/people/",
        "people, filtered by organisation": "/people/?organisation="
        + str(visit.organisations.values_list("pk", flat=True).first())
        if visit
        else None,
        "projects": "/projects/",
        "engagements": "/engagements/",
        "sites": "/sites/",
        "agreements": "/agreements/",
        "support cases": "/support/",
        "documents": "/documents/",
        "task: new": "/tasks/new/",
        "engagement: record": "/engagements/new/",
        "project: new": "/projects/new/",
        "autocomplete: projects": "/autocomplete/projects/?q=%D0%BA%D0%B2",
    }
    pages = {
        "tasks": "/tasks/",
        "tasks, filtered by project": f"/tasks/?project={project.pk}" if project else None,
        "engagement: edit everything": f"/engagements/{visit.pk}/edit/all/" if visit else None,
        "commitment status": f"/engagements/commitments/{commitment.pk}/status/"
        if commitment
        else None,
        "agreement: new": "/agreements/new/",
        "agreement: edit": f"/agreements/{agreement.pk}/edit/" if agreement else None,
        "obligation status": f"/agreements/obligations/{obligation.pk}/status/"
        if obligation
        else None,
        "support case: open": "/support/new/",
        "support case page": f"/support/{case.pk}/" if case else None,
        "support case: close": f"/support/{case.pk}/close/" if case else None,
        "project: parties and sharing": f"/projects/{project.pk}/parties/" if project else None,
    }
    pages = lists if args.only == "lists" else {**lists, **pages}
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    print(
        f"database: {connection.vendor}, user: {user.username}, runs: {args.runs}, "
        f"projects: {Project.objects.count()}"
    )
    print(f"{'page':32} {'median ms':>10} {'max ms':>8} {'KB':>8} {'KB gzip':>8} {'options':>8}")
    for name, url in pages.items():
        if url is None:
            print(f"{name:32} (no data)")
            continue
        response = client.get(url)
        if response.status_code != 200:
            print(f"{name:32} answers {response.status_code}")
            continue
        body = response.content
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{name:32} {statistics.median(times):10.1f} {max(times):8.1f} "
            f"{len(body) / 1024:8.1f} {len(gzip.compress(body)) / 1024:8.1f} "
            f"{body.count(b'<option'):8d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
