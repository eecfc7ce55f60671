"""Every page and every API operation, for every role, answers as the access policy says.

The page list comes from the URL resolver (config/urls.py) and the API operations from the
OpenAPI schema, so a new page or endpoint that is not in the tables below fails the suite:
whoever adds it must state who may open it. Path parameters are filled with real ids of
records the partner shares, so "200" means the page really showed data.

Writes are sent with an empty body inside a transaction that is rolled back: for roles
without the permission the answer must be 403, for roles with it anything but 401, 403,
404, 405 or a server error (usually 400: the empty body is refused by validation).
"""

from collections.abc import Callable
from typing import Any

import pytest
from access_world import ANONYMOUS, NO_ROLE, ROLES, World, build_world
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from investdesk.accounts.choices import Role

pytestmark = pytest.mark.django_db

PARTNER, ANALYST, CURATOR, LEADERSHIP, ADMIN = (
    Role.PARTNER,
    Role.ANALYST,
    Role.CURATOR,
    Role.LEADERSHIP,
    Role.ADMIN,
)
LOGGED_IN = set(ROLES) - {ANONYMOUS}
READERS = {ANALYST, CURATOR, LEADERSHIP, ADMIN}
SHARED_READERS = READERS | {PARTNER}
REGISTRY_EDITORS = {ANALYST, CURATOR, ADMIN}
CURATORS = {CURATOR, ADMIN}


def answers(allowed: set, *, ok: int = 200, denied: int = 403, anonymous: int = 302) -> dict:
    """The expected status per role: ``ok`` for ``allowed``, ``denied`` for other logins."""
    return {
        role: anonymous if role == ANONYMOUS else ok if role in allowed else denied
        for role in ROLES
    }


def same(status: int) -> dict:
    return dict.fromkeys(ROLES, status)


# --- pages: URL name → {method: {role: status}} ------------------------------------------

POST_ONLY = {"GET": answers(set(), denied=405)}  # logged-in users see 405 on GET

PAGES: dict[str, dict[str, dict]] = {
    "login": {"GET": same(200)},
    "logout": {"GET": same(405)},
    "password_change": {"GET": answers(LOGGED_IN)},
    "password_change_done": {"GET": answers(LOGGED_IN)},
    "password_reset": {"GET": same(200)},
    "password_reset_done": {"GET": same(200)},
    "password_reset_confirm": {"GET": same(200)},  # an invalid link says so
    "password_reset_complete": {"GET": same(200)},
    "accounts:calendar-feed": {"GET": answers(LOGGED_IN)},
    # Everyone keeps their own saved filters of the list pages.
    "accounts:saved-filters": {"GET": answers(LOGGED_IN)},
    "accounts:saved-filter-delete": {**POST_ONLY, "POST": answers(LOGGED_IN, ok=302)},
    "set_language": {"GET": same(302)},
    "api:schema": {"GET": answers(LOGGED_IN, anonymous=403)},
    "api:docs": {"GET": answers(LOGGED_IN, anonymous=403)},
    "api:api-root": {"GET": answers(LOGGED_IN, anonymous=403)},
    "reports:dashboard": {"GET": answers(READERS)},
    "reports:site-map": {"GET": answers(READERS)},
    "reports:dossier": {"GET": answers(READERS)},
    "reports:dashboard-export": {"GET": answers(READERS)},
    "reports:engagement-calendar": {"GET": answers(LOGGED_IN)},
    "reports:engagement-calendar-day": {"GET": answers(LOGGED_IN)},
    # Anonymous requests carry a made-up token; each login its own.
    "reports:calendar-feed": {"GET": answers(LOGGED_IN, anonymous=404)},
    "reports:organisations-export": {"GET": answers(READERS)},
    "reports:people-export": {"GET": answers(READERS)},
    "reports:sites-export": {"GET": answers(READERS)},
    "reports:projects-export": {"GET": answers(SHARED_READERS)},
    "reports:engagements-export": {"GET": answers(SHARED_READERS)},
    "reports:tasks-export": {"GET": answers(SHARED_READERS)},
    "search:search": {"GET": answers(LOGGED_IN)},
    "organisations:list": {"GET": answers(READERS)},
    "organisations:detail": {"GET": answers(READERS)},
    "organisations:create": {"GET": answers(REGISTRY_EDITORS)},
    "organisations:update": {"GET": answers(REGISTRY_EDITORS)},
    "organisations:archive": {**POST_ONLY, "POST": answers(REGISTRY_EDITORS, ok=302)},
    "people:list": {"GET": answers(READERS)},
    "people:detail": {"GET": answers(READERS)},
    "people:create": {"GET": answers(REGISTRY_EDITORS)},
    "people:update": {"GET": answers(REGISTRY_EDITORS)},
    "people:archive": {**POST_ONLY, "POST": answers(REGISTRY_EDITORS, ok=302)},
    "sitecatalog:list": {"GET": answers(READERS)},
    "sitecatalog:detail": {"GET": answers(READERS)},
    "sitecatalog:create": {"GET": answers(REGISTRY_EDITORS)},
    "sitecatalog:update": {"GET": answers(REGISTRY_EDITORS)},
    "projects:list": {"GET": answers(SHARED_READERS)},
    "projects:board": {"GET": answers(SHARED_READERS)},
    "projects:board-column": {"GET": answers(SHARED_READERS)},
    "projects:detail": {"GET": answers(SHARED_READERS)},
    "projects:create": {"GET": answers(CURATORS)},
    "projects:edit": {"GET": answers(CURATORS)},
    "projects:archive": {**POST_ONLY, "POST": answers(CURATORS, ok=302)},
    "projects:move": {"GET": answers(CURATORS)},
    "engagements:list": {"GET": answers(SHARED_READERS)},
    "engagements:detail": {"GET": answers(SHARED_READERS)},
    "engagements:record": {"GET": answers(REGISTRY_EDITORS)},
    "engagements:edit": {"GET": answers(REGISTRY_EDITORS)},
    "tasks:commitment_tasks": {**POST_ONLY, "POST": answers(CURATORS, ok=302)},
    "core:autocomplete": {"GET": answers(SHARED_READERS)},  # kind=projects
    "agreements:list": {"GET": answers(READERS)},
    "agreements:detail": {"GET": answers(READERS)},
    "tasks:obligation_task": {**POST_ONLY, "POST": answers(CURATORS, ok=302)},
    "support:list": {"GET": answers(READERS)},
    "support:detail": {"GET": answers(READERS)},
    "support:step_complete": {**POST_ONLY, "POST": answers(CURATORS, ok=302)},
    "tasks:list": {"GET": answers(SHARED_READERS)},
    "tasks:detail": {"GET": answers(SHARED_READERS)},
    "tasks:create": {"GET": answers(CURATORS)},
    "tasks:update": {"GET": answers(CURATORS)},
    "tasks:status": {"GET": answers(CURATORS, ok=405)},
    "documents:list": {"GET": answers(READERS)},
    "documents:detail": {"GET": answers(READERS)},
    "documents:file": {"GET": answers(READERS, ok=404)},  # the world's document has no file
    "documents:update": {"GET": answers(REGISTRY_EDITORS)},
    "ingest:index": {"GET": answers(REGISTRY_EDITORS)},
    "ingest:review": {"GET": answers(REGISTRY_EDITORS)},
    "ingest:reject": {
        "GET": answers(REGISTRY_EDITORS, ok=405),  # the permission is checked first
        "POST": answers(REGISTRY_EDITORS, ok=302),
    },
    # Inside the admin site: logins without staff status are sent to the admin's login.
    "dataexchange:import": {"GET": answers({ADMIN})},
    "dataexchange:duplicates": {"GET": answers({ADMIN})},
    "dataexchange:merge": {"GET": answers({ADMIN})},
    "home:home": {"GET": {**answers(LOGGED_IN), LEADERSHIP: 302}},  # leadership → dashboard
    "reports:memoranda": {"GET": answers(READERS)},
    # No inquiry has an attachment: readers reach the lookup (404), others are refused first.
    "support:inquiry_attachment": {"GET": answers(READERS, ok=404)},
    "notifications:list": {"GET": answers(LOGGED_IN)},
    "notifications:bell": {"GET": answers(LOGGED_IN)},
    "notifications:preferences": {"GET": answers(LOGGED_IN)},
    "notifications:read_all": {**POST_ONLY, "POST": answers(LOGGED_IN, ok=302)},
    # Somebody else's notification (none is anybody's here): 404 for every login.
    "notifications:open": {
        "GET": answers(LOGGED_IN, ok=404),
        "POST": answers(LOGGED_IN, ok=404),
    },
    "notifications:read": {**POST_ONLY, "POST": answers(LOGGED_IN, ok=404)},
    # The public portal: the same for everybody, logged in or not.
    "portal:root": {"GET": same(302)},
    "portal:home": {"GET": same(200)},
    "portal:sites": {"GET": same(200)},
    "portal:site": {"GET": same(404)},  # the site is not published on the portal
    "portal:support": {"GET": same(200)},
    "portal:contacts": {"GET": same(200)},
    "portal:inquiry": {"GET": same(200)},
    "portal:inquiry-thanks": {"GET": same(200)},
    "portal:photo": {"GET": same(404)},
    "portal:document": {"GET": same(404)},
    "health:healthz": {"GET": same(200)},  # liveness and readiness probes: no data
    "health:readyz": {"GET": same(200)},
    "core:favicon": {"GET": same(302)},  # to the static icon: browsers ask before logging in
    "reports:documents-export": {"GET": answers(READERS)},
    "reports:agreements-export": {"GET": answers(READERS)},
    "reports:support-export": {"GET": answers(READERS)},
    "projects:parties": {"GET": answers(CURATORS)},
    "projects:party_row": {"GET": answers(CURATORS)},
    "engagements:revise": {"GET": answers(REGISTRY_EDITORS)},
    "engagements:revise_row": {"GET": answers(REGISTRY_EDITORS)},
    "engagements:commitment_status": {"GET": answers(REGISTRY_EDITORS)},
    "agreements:create": {"GET": answers(CURATORS)},
    "agreements:edit": {"GET": answers(CURATORS)},
    "agreements:obligation_row": {"GET": answers(CURATORS)},
    "agreements:obligation_status": {"GET": answers(CURATORS)},
    "support:open": {"GET": answers(CURATORS)},
    "support:close": {"GET": answers(CURATORS)},
    "support:edit": {"GET": answers(CURATORS)},
    "support:step_reschedule": {"GET": answers(CURATORS)},
    "tasks:bulk": {"GET": answers(CURATORS, ok=405)},  # POST only, after the permission
    # Files of the shared engagement: who sees it downloads, who may edit it uploads and
    # archives; without a role the record does not exist (404).
    "attachments:download": {"GET": {**answers(SHARED_READERS), NO_ROLE: 404}},
    "attachments:upload": {
        **POST_ONLY,
        "POST": {**answers(REGISTRY_EDITORS, ok=302), NO_ROLE: 404},
    },
    "attachments:archive": {
        **POST_ONLY,
        "POST": {**answers(REGISTRY_EDITORS, ok=302), NO_ROLE: 404},
    },
    # Notes: every reader writes on a record's thread (an empty note is refused with the
    # form: 200); the world's note is the curator's: only the curator edits it, the curator
    # or an administrator deletes it. Partners see no notes, even on shared projects.
    "notes:thread": {"GET": answers(READERS), "POST": answers(READERS)},
    "notes:edit": {"GET": answers({CURATOR}), "POST": answers({CURATOR})},
    "notes:delete": {**POST_ONLY, "POST": answers({CURATOR, ADMIN}, ok=302)},
    "notes:users": {"GET": answers(READERS)},
}

# Path parameters per URL name: (world, requesting user) → kwargs.
PARAMS: dict[str, Callable[[World, Any], dict]] = {
    "password_reset_confirm": lambda w, u: {"uidb64": "MQ", "token": "set-password"},
    "reports:dossier": lambda w, u: {"kind": "project", "pk": w.shared.pk},
    "reports:calendar-feed": lambda w, u: {"token": _calendar_token(u)},
    "organisations:detail": lambda w, u: {"pk": w.organisation.pk},
    "organisations:update": lambda w, u: {"pk": w.organisation.pk},
    "organisations:archive": lambda w, u: {"pk": w.organisation.pk},
    "people:detail": lambda w, u: {"pk": w.person.pk},
    "people:update": lambda w, u: {"pk": w.person.pk},
    "people:archive": lambda w, u: {"pk": w.person.pk},
    "sitecatalog:detail": lambda w, u: {"pk": w.site.pk},
    "sitecatalog:update": lambda w, u: {"pk": w.site.pk},
    "projects:detail": lambda w, u: {"pk": w.shared.pk},
    "projects:edit": lambda w, u: {"pk": w.shared.pk},
    "projects:archive": lambda w, u: {"pk": w.shared.pk},
    "projects:move": lambda w, u: {"pk": w.shared.pk},
    "projects:board-column": lambda w, u: {"stage": w.shared.stage_id},
    "engagements:detail": lambda w, u: {"pk": w.engagement.pk},
    "engagements:edit": lambda w, u: {"pk": w.engagement.pk},
    "tasks:commitment_tasks": lambda w, u: {"pk": w.commitment.pk},
    "core:autocomplete": lambda w, u: {"kind": "projects"},
    "agreements:detail": lambda w, u: {"pk": w.agreement.pk},
    "tasks:obligation_task": lambda w, u: {"pk": w.obligation.pk},
    "support:detail": lambda w, u: {"pk": w.support_case.pk},
    "support:step_complete": lambda w, u: {"pk": w.support_step.pk},
    "tasks:detail": lambda w, u: {"pk": w.task.pk},
    "tasks:update": lambda w, u: {"pk": w.task.pk},
    "tasks:status": lambda w, u: {"pk": w.task.pk},
    "documents:detail": lambda w, u: {"pk": w.document.pk},
    "documents:file": lambda w, u: {"pk": w.document.pk},
    "documents:update": lambda w, u: {"pk": w.document.pk},
    "ingest:review": lambda w, u: {"pk": w.document.pk},
    "ingest:reject": lambda w, u: {"pk": w.document.pk},
    "dataexchange:merge": lambda w, u: {"kind": "organisations"},
    "accounts:saved-filter-delete": lambda w, u: {"pk": 999_999},
    "support:inquiry_attachment": lambda w, u: {"pk": 1},
    "notifications:open": lambda w, u: {"pk": 999_999},
    "notifications:read": lambda w, u: {"pk": 999_999},
    "portal:home": lambda w, u: {"lang": "ru"},
    "portal:sites": lambda w, u: {"lang": "ru"},
    "portal:site": lambda w, u: {"lang": "ru", "pk": w.site.pk},
    "portal:support": lambda w, u: {"lang": "ru"},
    "portal:contacts": lambda w, u: {"lang": "ru"},
    "portal:inquiry": lambda w, u: {"lang": "en"},
    "portal:inquiry-thanks": lambda w, u: {"lang": "en"},
    "portal:photo": lambda w, u: {"pk": 999_999},
    "portal:document": lambda w, u: {"pk": 999_999},
    "projects:parties": lambda w, u: {"pk": w.shared.pk},
    "engagements:revise": lambda w, u: {"pk": w.engagement.pk},
    "engagements:revise_row": lambda w, u: {"kind": "participants"},
    "engagements:commitment_status": lambda w, u: {"pk": w.commitment.pk},
    "agreements:edit": lambda w, u: {"pk": w.agreement.pk},
    "agreements:obligation_status": lambda w, u: {"pk": w.obligation.pk},
    "support:close": lambda w, u: {"pk": w.support_case.pk},
    "support:edit": lambda w, u: {"pk": w.support_case.pk},
    "support:step_reschedule": lambda w, u: {"pk": w.support_step.pk},
    "attachments:download": lambda w, u: {"pk": w.attachment.pk},
    "attachments:archive": lambda w, u: {"pk": w.attachment.pk},
    "attachments:upload": lambda w, u: {"kind": "engagement", "object_id": w.engagement.pk},
    "notes:thread": lambda w, u: {"label": "projects.project", "object_id": w.shared.pk},
    "notes:edit": lambda w, u: {"pk": w.note.pk},
    "notes:delete": lambda w, u: {"pk": w.note.pk},
}


# Query strings some pages need to show something (not only redirect).
QUERY: dict[str, Callable[[World], str]] = {
    "dataexchange:merge": lambda w: f"?keep={w.organisation.pk}&merge={w.duplicate.pk}",
    "reports:engagement-calendar-day": lambda w: f"?date={w.engagement.start_date.isoformat()}",
    "accounts:saved-filters": lambda w: "?path=/tasks/",
}


def _calendar_token(user: Any) -> str:
    from investdesk.accounts.services import calendar_token_regenerate

    return "no-such-token" if user is None else calendar_token_regenerate(user=user)


def page_patterns() -> list[tuple[str, str]]:
    """(URL name, route) of every page of config/urls.py, outside the admin and the
    API router (the API is walked through its schema below)."""
    found: list[tuple[str, str]] = []

    def walk(resolver: URLResolver, prefix: str, namespace: str) -> None:
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                if route.startswith("admin/"):
                    continue
                ns = entry.namespace or ""
                walk(entry, route, f"{namespace}:{ns}".strip(":") if ns else namespace)
            elif isinstance(entry, URLPattern):
                if route.startswith("api/v1/^") or "format" in route:
                    continue
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                found.append((name, route))

    walk(get_resolver(), "", "")
    return found


def _client(world: World, role: str, api: bool = False) -> tuple[Any, Any]:
    user = None if role == ANONYMOUS else world.users[role]
    client = APIClient() if api else Client()
    if user is not None:
        client.force_login(user)
    return client, user


def _request(client: Any, method: str, url: str) -> int:
    """One request whose writes are rolled back, so every role meets the same records."""
    with transaction.atomic():
        response = client.generic(method, url)
        transaction.set_rollback(True)
    return response.status_code


@pytest.fixture
def world(db) -> World:
    return build_world()


def test_every_page_has_an_access_rule():
    names = {name for name, _route in page_patterns()}
    assert names - set(PAGES) == set(), "pages without an access rule in PAGES"
    assert set(PAGES) - names == set(), "rules for pages that no longer exist"


@pytest.mark.parametrize("role", ROLES)
def test_pages_answer_each_role_as_the_policy_says(world, role):
    from django.urls import reverse

    client, user = _client(world, role)
    wrong = []
    checked = 0
    for name, _route in page_patterns():
        kwargs = PARAMS[name](world, user) if name in PARAMS else {}
        url = reverse(name, kwargs=kwargs) + (QUERY[name](world) if name in QUERY else "")
        for method, expected in PAGES[name].items():
            status = _request(client, method, url)
            checked += 1
            if status != expected[role]:
                wrong.append(f"{method} {url} ({name}): {status}, expected {expected[role]}")
    assert wrong == []
    assert checked >= len(PAGES)


def test_the_admin_site_is_for_staff_only(world):
    for role in ROLES:
        client, _user = _client(world, role)
        status = _request(client, "GET", "/admin/")
        assert status == (200 if role == ADMIN else 302), role


# --- API: resource → who reads, who writes ---------------------------------------------

API_READ = {
    **dict.fromkeys(
        [
            "organisations",
            "organisation-aliases",
            "people",
            "positions",
            "sites",
            "agreements",
            "obligations",
            "support-cases",
            "support-steps",
            "documents",
            "notes",
        ],
        READERS,
    ),
    **dict.fromkeys(
        [
            "projects",
            "project-participants",
            "stage-transitions",
            "engagements",
            "engagement-participants",
            "outcomes",
            "commitments",
            "quotes",
            "tasks",
            "directions",
            "municipalities",
            "stages",
            "attachments",
        ],
        SHARED_READERS,
    ),
}
API_WRITE = {
    **dict.fromkeys(
        [
            "organisations",
            "organisation-aliases",
            "people",
            "positions",
            "sites",
            "documents",
            "engagements",
            "engagement-participants",
            "outcomes",
            "commitments",
            "quotes",
            "attachments",
        ],
        REGISTRY_EDITORS,
    ),
    **dict.fromkeys(
        [
            "projects",
            "project-participants",
            "agreements",
            "obligations",
            "support-cases",
            "support-steps",
            "tasks",
        ],
        CURATORS,
    ),
    **dict.fromkeys(["directions", "municipalities", "stages"], {ADMIN}),
    "notes": READERS,
}
API_DELETE = {ADMIN}  # only administrators hold delete permissions
# Resources whose rule is per record, not per role: the world's note is the curator's, so
# only the curator edits it and the curator or an administrator deletes it.
API_OWN = {"notes": {"PUT": {CURATOR}, "PATCH": {CURATOR}, "DELETE": {CURATOR, ADMIN}}}

API_OBJECT = {
    "organisations": "organisation",
    "organisation-aliases": "alias",
    "people": "person",
    "positions": "position",
    "sites": "site",
    "projects": "shared",
    "project-participants": None,
    "stage-transitions": "transition",
    "engagements": "engagement",
    "engagement-participants": "participant",
    "outcomes": "outcome",
    "commitments": "commitment",
    "quotes": "quote",
    "agreements": "agreement",
    "obligations": "obligation",
    "support-cases": "support_case",
    "support-steps": "support_step",
    "tasks": "task",
    "documents": "document",
    "directions": None,
    "municipalities": None,
    "stages": None,
    "attachments": "attachment",
    "notes": "note",
}


def api_operations() -> list[tuple[str, str]]:
    """(method, path template) of every operation in the OpenAPI schema."""
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    return [
        (method.upper(), path)
        for path, operations in schema["paths"].items()
        for method in operations
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def _object_id(world: World, resource: str) -> int:
    name = API_OBJECT[resource]
    if name is not None:
        return world.objects[name].pk
    if resource == "project-participants":
        return world.shared.participants.first().pk
    from investdesk.projects.models import PipelineStage
    from investdesk.reference.choices import MunicipalityKind
    from investdesk.reference.models import Direction, Municipality

    model = {"directions": Direction, "municipalities": Municipality, "stages": PipelineStage}
    obj = model[resource].objects.order_by("pk").first()
    if obj is None:  # municipalities are not seeded by migrations
        obj = Municipality.objects.create(name="Нягань", kind=MunicipalityKind.values[0])
    return obj.pk


def expected_api_status(method: str, resource: str, role: str) -> int | None:
    """The exact status, or None for "allowed" (any status but 401/403/404/405/5xx)."""
    if role == ANONYMOUS:
        return 403  # session authentication first: DRF answers 403 without credentials
    if method == "GET":
        return 200 if role in API_READ[resource] else 403
    allowed = API_DELETE if method == "DELETE" else API_WRITE[resource]
    allowed = API_OWN.get(resource, {}).get(method, allowed)
    return None if role in allowed else 403


def test_every_api_resource_has_an_access_rule():
    resources = {path.split("/")[3] for _method, path in api_operations()}
    assert resources == set(API_READ) == set(API_OBJECT)
    assert set(API_WRITE) <= resources


@pytest.mark.parametrize("role", ROLES)
def test_api_operations_answer_each_role_as_the_policy_says(world, role):
    client, _user = _client(world, role, api=True)
    wrong = []
    operations = api_operations()
    for method, template in operations:
        resource = template.split("/")[3]
        if resource not in API_READ:
            continue  # the schema endpoint and the like: covered by the page walk
        url = template.replace("{id}", str(_object_id(world, resource)))
        status = _request(client, method, url)
        expected = expected_api_status(method, resource, role)
        if expected is None:
            if status in (401, 403, 404, 405) or status >= 500:
                wrong.append(f"{method} {url}: {status}, expected to be allowed")
        elif status != expected:
            wrong.append(f"{method} {url}: {status}, expected {expected}")
    assert wrong == []
    assert len(operations) > 90
