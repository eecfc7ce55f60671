"""Where a page's CPU time goes: its SQL, its filter form's widgets, its includes, the rest.

In-process (Django's test client, no server), as a leadership user (or ``--user``): one
warm-up request, then ``--runs`` timed ones; prints the median process CPU time of the
request and, per part, the mean CPU time spent in it *exclusive* of the parts inside it:

- ``sql``: ``SQLCompiler.execute_sql`` (compiling, sending, reading rows; not the server);
- ``widget <name>``: a form field's widget rendered (the list filter form);
- ``include <template>``: an ``{% include %}``;
- ``view get_queryset`` (the filter set built and applied), ``view context``;
- ``template (rest)``: the page's own template outside those (a list's rows);
- ``handler and middleware (rest)``.

    DATABASE_URL=postgres://... .venv/bin/python bench/page_parts.py /projects/ /organisations/1/
"""

import argparse
import collections
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--user", default="", help="a username (default: a leadership user)")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.handlers.base import BaseHandler
    from django.db.models.sql.compiler import SQLCompiler
    from django.forms.boundfield import BoundField
    from django.template import loader_tags
    from django.template.response import SimpleTemplateResponse
    from django.test import Client
    from django.views.generic.list import MultipleObjectMixin

    from investdesk.accounts.choices import Role
    from investdesk.accounts.models import User
    from investdesk.core.views import FilteredListView

    spent: dict[str, float] = collections.defaultdict(float)
    stack: list[float] = []

    def timed(cls, name, label):
        original = getattr(cls, name)

        def wrapper(self, *a, **k):
            started = time.process_time()
            stack.append(0.0)
            try:
                return original(self, *a, **k)
            finally:
                took = time.process_time() - started
                inner = stack.pop()
                spent[label(self, *a, **k)] += took - inner
                if stack:
                    stack[-1] += took

        setattr(cls, name, wrapper)

    timed(SQLCompiler, "execute_sql", lambda *a, **k: "sql")
    timed(BoundField, "as_widget", lambda self, *a, **k: f"widget {self.name}")
    timed(
        loader_tags.IncludeNode,
        "render",
        lambda self, context: f"include {self.template.resolve(context)}",
    )
    timed(FilteredListView, "get_queryset", lambda *a, **k: "view get_queryset")
    timed(MultipleObjectMixin, "get_context_data", lambda *a, **k: "view context")
    timed(SimpleTemplateResponse, "render", lambda *a, **k: "template (rest)")
    timed(BaseHandler, "get_response", lambda *a, **k: "handler and middleware (rest)")

    if args.user:
        user = User.objects.get(username=args.user)
    else:
        user = User.objects.filter(groups__name=Role.LEADERSHIP, is_active=True).first()
    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="ru")
    client.force_login(user)
    print(f"user: {user.username}, runs: {args.runs}, load average: {os.getloadavg()[0]:.1f}")
    for path in args.paths:
        client.get(path)
        spent.clear()
        cpu = []
        for _ in range(args.runs):
            started = time.process_time()
            client.get(path)
            cpu.append(time.process_time() - started)
        print(f"{path}: CPU median {statistics.median(cpu) * 1000:.1f} ms")
        for label, took in sorted(spent.items(), key=lambda item: -item[1])[: args.top]:
            print(f"  {took / args.runs * 1000:7.2f} ms  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
