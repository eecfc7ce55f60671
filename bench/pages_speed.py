"""Time the pages of leadership (or --user): dashboard, a search, a filtered project list, an organisation.

Logs in with Django's test client (no server needed) as a leadership user, requests each
page once to warm caches, then 20 times, and prints the median and the slowest time, and the
median CPU time of this process (the Python side; the database server's time is not in it).

    DJANGO_SETTINGS_MODULE=config.settings.local .venv/bin/python bench/pages_speed.py
    DATABASE_URL=postgres://... .venv/bin/python bench/pages_speed.py --runs 20

With ``--all``, every page of the URL map a logged-in user opens with a GET: each list
unfiltered, filtered and searched, each kind of detail page (of a synthetic record, the
newest), the edit forms, the htmx panels, the board, the calendar, the map, the portal.
A page the role may not open (403) is reported and skipped. ``--check-coverage`` times
nothing: it checks that every named URL is either timed by ``--all`` or listed in
``EXCLUDED`` with the reason, and exits 1 otherwise.

Load data first: ``investdesk demo`` (or ``investdesk generate --scale 100``), then
``investdesk reindex`` so the first search does not index everything.
"""

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


# Named URLs --all does not time, and why. Namespaces whose every URL is excluded are in
# EXCLUDED_NAMESPACES.
EXCLUDED_NAMESPACES = {
    "admin": "Django's admin: the administrators' tool, not a page of the CRM",
    "api": "the REST API and its schema (bench/page_cpu.py times the calls the load mix makes)",
    "health": "probes for the load balancer: no data",
}
EXCLUDED = {
    # Exports and files: downloads, not pages.
    **{
        f"reports:{entity}-export": "an .xlsx export of a list (bench/scale_speed.py)"
        for entity in (
            "organisations",
            "people",
            "projects",
            "engagements",
            "sites",
            "tasks",
            "documents",
            "agreements",
            "support",
        )
    },
    "reports:dashboard-export": "an .xlsx export of the dashboard",
    "reports:calendar-feed": "an .ics feed read by calendar apps with a secret token (stored "
    "hashed: the bench cannot open it without issuing a new one, a write)",
    "documents:file": "a file download",
    "attachments:download": "a file download",
    "portal:photo": "a file download",
    "portal:document": "a file download",
    "support:inquiry_attachment": "a file download",
    # Writes: POST only.
    "organisations:archive": "POST only",
    "people:archive": "POST only",
    "projects:archive": "POST only",
    "projects:move": "POST only",
    "engagements:commitment_status": "POST only",
    "agreements:obligation_status": "POST only",
    "support:step_complete": "POST only",
    "support:step_reschedule": "POST only",
    "support:close": "POST only",
    "tasks:status": "POST only",
    "tasks:bulk": "POST only",
    "tasks:commitment_tasks": "POST only",
    "tasks:obligation_task": "POST only",
    "ingest:reject": "POST only",
    "notifications:read_all": "POST only",
    "notifications:read": "POST only",
    "attachments:archive": "POST only",
    "attachments:upload": "POST only",
    "notes:delete": "POST only",
    "accounts:saved-filter-delete": "POST only",
    "set_language": "POST only",
    "logout": "POST only",
    # Redirects and Django's own account pages: no data of the CRM.
    "portal:root": "a redirect to the visitor's language",
    "core:favicon": "a redirect to the static icon",
    "notifications:open": "a redirect to the record the notification is about",
    "login": "Django's login form (anonymous)",
    "password_reset": "Django's password reset form (anonymous)",
    "password_reset_done": "a static page of Django's password reset",
    "password_reset_confirm": "Django's password reset (needs a token from an e-mail)",
    "password_reset_complete": "a static page of Django's password reset",
    "password_change": "Django's password change form, no data",
    "password_change_done": "a static page of Django's password change",
    # Administrators only (leadership and curators get 403): the duplicates page has its
    # own benchmark; the import form is an upload form.
    "dataexchange:duplicates": "administrators only; bench/scale_speed.py times it",
    "dataexchange:import": "administrators only: an upload form without data",
    "dataexchange:merge": "administrators only: a form of two records chosen on the "
    "duplicates page",
}


def url_names() -> dict[str, str]:
    """Every named URL of the URL map (namespaced name → pattern)."""
    from django.urls import URLResolver, get_resolver

    names: dict[str, str] = {}

    def walk(patterns, namespace: str | None, prefix: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                space = f"{namespace}:{inner}" if namespace and inner else inner or namespace
                walk(pattern.url_patterns, space, prefix + str(pattern.pattern))
            elif pattern.name:
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                names.setdefault(name, prefix + str(pattern.pattern))

    walk(get_resolver().url_patterns, None, "")
    return names


def check_coverage(pages: dict[str, str | None]) -> int:
    """Print the named URLs neither timed nor excluded (and stale exclusions); 1 if any."""
    from django.urls import resolve

    timed = {resolve(urlsplit(url).path).view_name for url in pages.values() if url}
    names = url_names()
    missing = [
        f"{name}  ({pattern})"
        for name, pattern in sorted(names.items())
        if name not in timed
        and name not in EXCLUDED
        and name.split(":")[0] not in EXCLUDED_NAMESPACES
    ]
    stale = sorted(set(EXCLUDED) - set(names))
    both = sorted(set(EXCLUDED) & timed)
    print(
        f"{len(names)} named URLs: {len(timed)} timed, "
        f"{sum(1 for n in names if n in EXCLUDED or n.split(':')[0] in EXCLUDED_NAMESPACES)} "
        "excluded"
    )
    for title, rows in (
        ("Neither timed nor excluded", missing),
        ("Excluded but not in the URL map", stale),
        ("Both timed and excluded", both),
    ):
        if rows:
            print(f"{title}:")
            for row in rows:
                print(f"  {row}")
    return 1 if missing or stale or both else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--query", default="кварца")
    parser.add_argument(
        "--user", default="", help="log in as this user (default: the first leadership user)"
    )
    parser.add_argument("--budget-ms", type=float, default=150.0)
    parser.add_argument(
        "--all", action="store_true", help="every list, searched and filtered, and detail pages"
    )
    parser.add_argument(
        "--skip", default="", help="comma-separated: skip pages whose name contains one"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated: only pages whose name contains one"
    )
    parser.add_argument(
        "--check-coverage",
        action="store_true",
        help="time nothing: check that --all times every named URL not excluded",
    )
    args = parser.parse_args()
    if args.check_coverage:
        args.all = True

    import django

    django.setup()
    # A page the role may not open is reported in one line, without the 403's traceback.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

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
        pages |= every_other_page(user, last=last, organisation=organisation)
    if args.check_coverage:
        return check_coverage(pages)
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
        if response.status_code == 403:
            print(f"{name:30} not open to {user.username} (403)")
            continue
        if response.status_code == 302:
            print(f"{name:30} a redirect for {user.username} to {response['Location']}")
            continue
        if response.status_code != 200:
            print(f"{name:28} {url} → HTTP {response.status_code}")
            failures += 1
            continue
        timings, cpu_times = [], []
        reset_queries()  # a request empties the log that the context counts from (DEBUG)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        for _ in range(args.runs):
            started, cpu = time.perf_counter(), time.process_time()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
        median = statistics.median(timings)
        flag = "" if median <= args.budget_ms else f"  OVER {args.budget_ms:.0f} ms"
        print(
            f"{name:30} median {median:7.1f} ms   max {max(timings):7.1f} ms"
            f"   CPU {statistics.median(cpu_times):6.1f} ms"
            f"   {len(queries.captured_queries):3d} queries{flag}",
            flush=True,
        )
    return 1 if failures else 0


def every_other_page(user, *, last, organisation) -> dict[str, str]:
    """The pages beyond the lists and the main detail pages: every kind of record's page,
    the forms, the htmx panels, the board, the calendar, the map, the portal. A record
    missing from the database gives pk 0 (a 404, reported, not timed)."""
    import datetime

    from django.conf import settings
    from django.utils import timezone

    from investdesk.agreements.models import Agreement
    from investdesk.documents.choices import ReviewStatus
    from investdesk.documents.models import Document
    from investdesk.engagements.models import Engagement
    from investdesk.notes.models import Note
    from investdesk.people.models import Person
    from investdesk.projects.models import PipelineStage, Project
    from investdesk.reference.models import Direction
    from investdesk.sitecatalog.models import Site
    from investdesk.support.models import SupportCase
    from investdesk.tasks.models import Task

    def pk(queryset) -> int:
        return queryset.values_list("pk", flat=True).first() or 0

    project, engagement = last(Project) or 0, last(Engagement) or 0
    # The site with the most directions: the longest list of projects it would fit.
    from django.db.models import Count

    site = pk(Site.objects.annotate(n=Count("directions")).order_by("-n", "pk"))
    public_site = pk(Site.objects.filter(is_public=True).order_by("pk"))
    stage = pk(PipelineStage.objects.order_by("order"))
    note = pk(Note.objects.filter(author=user).order_by("-pk"))
    new_document = pk(Document.objects.filter(review_status=ReviewStatus.NEW).order_by("-pk"))
    today = timezone.localdate()
    lang = settings.PORTAL_LANGUAGES[0][0]
    return {
        "home": "/",
        "site map": "/sites/map/",
        "site map (sites only)": "/sites/map/?projects=0",
        "site page": f"/sites/{site}/",
        "site page (synthetic)": f"/sites/{last(Site)}/",
        "site form (new)": "/sites/new/",
        "site form (edit)": f"/sites/{site}/edit/",
        "board": "/projects/board/",
        "board (direction)": f"/projects/board/?directions={pk(Direction.objects.order_by('pk'))}",
        "board column more": f"/projects/board/column/{stage}/?offset=10",
        "project form (new)": "/projects/new/",
        "project form (edit)": f"/projects/{project}/edit/",
        "project parties form": f"/projects/{project}/parties/",
        "project party row": "/projects/parties/row/",
        "project list (municipality)": "/projects/?municipality="
        f"{pk(Project.objects.exclude(municipality=None).order_by('-pk').values('municipality'))}",
        "organisation form (new)": "/organisations/new/",
        "organisation form (edit)": f"/organisations/{organisation.pk if organisation else 0}/edit/",
        "person form (new)": "/people/new/",
        "person form (edit)": f"/people/{last(Person)}/edit/",
        "engagement form (new)": "/engagements/new/",
        "engagement form (edit)": f"/engagements/{engagement}/edit/",
        "engagement form (all)": f"/engagements/{engagement}/edit/all/",
        "engagement form row": "/engagements/rows/participants/",
        "calendar (month)": "/engagements/calendar/",
        "calendar (week)": "/engagements/calendar/?view=week",
        "calendar (day)": f"/engagements/calendar/day/?date={today.isoformat()}",
        "calendar (a year ago)": "/engagements/calendar/?date="
        f"{(today - datetime.timedelta(days=365)).isoformat()}",
        "agreement page": f"/agreements/{last(Agreement)}/",
        "agreement form (new)": "/agreements/new/",
        "agreement form (edit)": f"/agreements/{last(Agreement)}/edit/",
        "agreement obligation row": "/agreements/obligations/row/",
        "support case page": f"/support/{last(SupportCase)}/",
        "support case form (new)": "/support/new/",
        "support case form (edit)": f"/support/{last(SupportCase)}/edit/",
        "task form (new)": "/tasks/new/",
        "task form (edit)": f"/tasks/{last(Task)}/edit/",
        "document page": f"/documents/{last(Document)}/",
        "document form (edit)": f"/documents/{last(Document)}/edit/",
        "ingest inbox": "/ingest/",
        "ingest review": f"/ingest/{new_document}/review/",
        "dossier (organisation)": f"/dossier/organisation/{organisation.pk if organisation else 0}/",
        "dossier (person)": f"/dossier/person/{last(Person)}/",
        "dossier (project)": f"/dossier/project/{project}/",
        "dossier (engagement)": f"/dossier/engagement/{engagement}/",
        "memoranda report": "/reports/memoranda/",
        "notification bell": "/notifications/bell/",
        "notification preferences": "/notifications/preferences/",
        "notes of a project": f"/notes/projects.project/{project}/",
        "note form (edit)": f"/notes/{note}/edit/",
        "mention suggestions": "/notes/users/?q=ив",
        "calendar feed settings": "/accounts/calendar-feed/",
        "saved filters": "/accounts/saved-filters/?path=/projects/&query=stage=1",
        **{
            f"autocomplete {kind}": f"/autocomplete/{kind}/?q=ив"
            for kind in ("organisations", "people", "projects", "engagements", "sites")
        },
        "autocomplete documents": "/autocomplete/documents/?q=кварц",
        "autocomplete users": "/autocomplete/users/?q=ив",
        "autocomplete active-users": "/autocomplete/active-users/?q=ив",
        "portal home": f"/portal/{lang}/",
        "portal sites": f"/portal/{lang}/sites/",
        "portal site": f"/portal/{lang}/sites/{public_site}/",
        "portal support": f"/portal/{lang}/support/",
        "portal contacts": f"/portal/{lang}/contacts/",
        "portal inquiry": f"/portal/{lang}/inquiry/",
        "portal inquiry thanks": f"/portal/{lang}/inquiry/thanks/",
    }


if __name__ == "__main__":
    sys.exit(main())
