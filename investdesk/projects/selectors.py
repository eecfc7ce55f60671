"""Reads of projects: lists, board columns, time spent in stages."""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import Collate, Lower, RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from investdesk.accounts.access import sees_everything
from investdesk.core import related
from investdesk.core.links import pk_link
from investdesk.organisations.models import Organisation
from investdesk.organisations.selectors import DETAIL_POINT as ORGANISATION_POINT
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.matching import SiteNeeds, needs_for_project, site_fit
from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.selectors import DETAIL_POINT as SITE_POINT
from investdesk.sitecatalog.selectors import site_map_points

from .choices import Confidentiality, ParticipantRole
from .models import PipelineStage, Project, ProjectParticipant, StageTransition

# The extension point of the project page (``core.related``): the tasks, engagements and
# agreements of a project are prefetched by those apps.
DETAIL_POINT = "projects.project"


def project_list(*, user, archived: bool = False) -> QuerySet[Project]:
    """The projects ``user`` sees, or with ``archived`` the archived ones.

    Read for the list page's rows only: what a row shows (its stage, curator, directions,
    investors by name), without the description and without the other participants.
    """
    return (
        Project.objects.filter(is_archived=archived)
        .visible_to(user)
        .defer("description")
        .select_related("stage", "curator")
        .prefetch_related(
            "directions",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.filter(role=ParticipantRole.INVESTOR)
                .select_related("organisation")
                .only("project", "role", "organisation", "organisation__name"),
            ),
        )
    )


def stage_stays(
    transitions: Iterable[StageTransition], *, now: datetime.datetime
) -> Iterator[tuple[StageTransition, datetime.timedelta]]:
    """Each transition with the time spent in the stage it led to: the one rule of time in stage.

    ``transitions`` are ordered by project and time; a stay lasts until the project's next
    transition, or until ``now`` for its current stage.
    """
    transitions = list(transitions)
    for current, following in zip(transitions, [*transitions[1:], None], strict=False):
        same_project = following is not None and following.project_id == current.project_id
        end = following.changed_at if same_project else now
        yield current, end - current.changed_at


def stage_durations(
    project: Project, *, now: datetime.datetime | None = None
) -> dict[int, datetime.timedelta]:
    """Time the project spent in each stage, derived from its transitions (stage id → duration)."""
    now = now or timezone.now()
    durations: dict[int, datetime.timedelta] = defaultdict(datetime.timedelta)
    for transition, stay in stage_stays(project.transitions.order_by("changed_at", "id"), now=now):
        durations[transition.to_stage_id] += stay
    return dict(durations)


def project_detail(*, pk: int, user) -> Project:
    """One project with everything its page shows, in a fixed number of queries (what the
    apps above add through ``core.related`` included).

    Raises ``Project.DoesNotExist`` for a project the user may not see (partners).
    """
    return (
        Project.objects.visible_to(user)
        .select_related("stage", "curator", "municipality", "site", "site__municipality")
        .prefetch_related(
            "directions",
            "shared_with",
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.select_related("organisation"),
            ),
            Prefetch(
                "transitions",
                queryset=StageTransition.objects.select_related(
                    "from_stage", "to_stage", "changed_by"
                ).order_by("changed_at", "id"),
                to_attr="ordered_transitions",
            ),
            *related.prefetches(DETAIL_POINT, user=user),
        )
        .get(pk=pk)
    )


def stage_history(project: Project, *, now: datetime.datetime | None = None) -> list[dict]:
    """Transitions oldest first, each with the time spent in the stage it led to.

    Uses the prefetched ``ordered_transitions`` when present, so the page adds no query.
    """
    now = now or timezone.now()
    transitions = getattr(project, "ordered_transitions", None)
    if transitions is None:
        transitions = list(
            project.transitions.select_related("from_stage", "to_stage", "changed_by").order_by(
                "changed_at", "id"
            )
        )
    stays = list(stage_stays(transitions, now=now))
    return [
        {"transition": transition, "duration": stay, "current": index == len(stays) - 1}
        for index, (transition, stay) in enumerate(stays)
    ]


# Cards a board column shows at first, and how many more each "Show more" brings (htmx).
# A column of hundreds of cards made the board the heaviest page (about 0.5 MB and 0.3 s of
# CPU at scale 2); the full list of a stage stays one link away.
BOARD_COLUMN_CAP = 10
BOARD_MORE_STEP = 20
# What a card shows, and nothing else: the project's long texts stay in the database.
_CARD_FIELDS = (
    "id",
    "version",
    "stage_id",
    "title",
    "code_name",
    "confidentiality",
    "next_step_due",
    "updated_at",
    "curator__id",
    "curator__username",
    "curator__first_name",
    "curator__last_name",
)


def _board_cards(queryset: QuerySet[Project]) -> QuerySet[Project]:
    """Cards with their investors (``investor_list``), directions (``direction_list``) and
    links (``detail_url``, ``move_url`` set by ``_with_links``): three queries."""
    return (
        queryset.select_related("curator")
        .only(*_CARD_FIELDS)
        .prefetch_related(
            Prefetch(
                "directions",
                queryset=Direction.objects.all(),
                to_attr="direction_list",
            ),
            Prefetch(
                "participants",
                queryset=ProjectParticipant.objects.filter(role=ParticipantRole.INVESTOR)
                .select_related("organisation")
                # A card shows the investor's name only (not its 30 columns).
                .only("project_id", "organisation__name")
                .order_by("pk"),
                to_attr="investor_list",
            ),
        )
    )


def _with_links(cards: list[Project]) -> list[Project]:
    detail, move = pk_link("projects:detail"), pk_link("projects:move")
    for card in cards:
        card.detail_url, card.move_url = detail(card.pk), move(card.pk)
    return cards


def board_columns(
    *, user, queryset: QuerySet[Project] | None = None, cap: int | None = None
) -> list[dict]:
    """The pipeline board: every stage in order with (at most ``cap``) cards and a total.

    Five queries whatever the number of projects: stages, counts per stage, the capped
    cards (each stage's newest ``cap``, read through the stage's index), their directions
    and their investors. Numbering every project within its stage (a window function)
    sorted all 100k projects at scale 100: 1.5 s.
    """
    cap = cap or BOARD_COLUMN_CAP
    base = queryset if queryset is not None else Project.objects.active().visible_to(user)
    stages = list(PipelineStage.objects.all())
    # A filter through a to-many relation (directions, shared_with) may repeat a project.
    repeats = _may_repeat_rows(base)
    # ``COUNT(*)``, not of a column, unless rows may repeat: the unfiltered board then
    # counts from ``project_archived_idx`` alone (an index-only scan), not the whole table.
    total = Count("id", distinct=True) if repeats else Count("*")
    counts = dict(base.order_by().values_list("stage_id").annotate(n=total).order_by())
    distinct = Project.objects.filter(pk__in=base.values("pk")) if repeats else base
    cards = _with_links(
        list(
            _board_cards(
                _newest_per_stage(distinct, [s.pk for s in stages if counts.get(s.pk)], cap)
            )
        )
    )
    by_stage: dict[int, list[Project]] = defaultdict(list)
    for card in cards:
        by_stage[card.stage_id].append(card)
    return [
        {"stage": stage, "cards": by_stage.get(stage.pk, []), "total": counts.get(stage.pk, 0)}
        for stage in stages
    ]


def _newest_per_stage(projects: QuerySet[Project], stage_ids: list[int], cap: int) -> QuerySet:
    """The ``cap`` most recently updated of ``projects`` in each stage, by stage then newest.

    On PostgreSQL each stage's ids are an ``ARRAY(... LIMIT cap)`` subquery correlated with
    the stage (read through the stage's index), unnested: the projects' condition is in
    the SQL once. As a UNION of one ``LIMIT`` per stage, a direction's 5,330 project ids
    were written, sent and planned eleven times (a 350 kB statement, a third of the
    page's time). Elsewhere (SQLite) the projects numbered within their stage by a window
    function.
    """
    order = ("stage_id", "-updated_at", "-id")
    if not stage_ids:
        return Project.objects.none()
    if connection.vendor == "postgresql":
        newest = ArraySubquery(
            projects.filter(stage_id=OuterRef("pk"))
            .order_by("-updated_at", "-id")
            .values("pk")[:cap]
        )
        ids = (
            PipelineStage.objects.filter(pk__in=stage_ids)
            .annotate(card=Func(newest, function="unnest", output_field=BigIntegerField()))
            .values("card")
        )
        return Project.objects.filter(pk__in=ids).order_by(*order)
    return (
        Project.objects.filter(pk__in=projects.values("pk"))
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("stage_id")],
                order_by=[F("updated_at").desc(), F("id").desc()],
            )
        )
        .filter(position__lte=cap)
        .order_by(*order)
    )


def _may_repeat_rows(queryset: QuerySet) -> bool:
    """Whether the query joins a to-many relation (so a row may come more than once)."""
    return any(
        getattr(join, "join_field", None) is not None
        and (join.join_field.one_to_many or join.join_field.many_to_many)
        for join in queryset.query.alias_map.values()
    )


def board_column_more(
    *, queryset: QuerySet[Project], stage: PipelineStage, offset: int, limit: int | None = None
) -> tuple[list[Project], bool]:
    """The column's next cards after the first ``offset`` (the board's order) and whether
    more follow: three queries whatever the offset."""
    limit = limit or BOARD_MORE_STEP
    cards = list(
        _board_cards(Project.objects.filter(pk__in=queryset.values("pk"), stage=stage)).order_by(
            "-updated_at", "-id"
        )[offset : offset + limit + 1]
    )
    return _with_links(cards[:limit]), len(cards) > limit


def board_card(*, pk: int) -> Project:
    """One card of the board, as the board renders it (after a move)."""
    return _with_links([_board_cards(Project.objects.all()).get(pk=pk)])[0]


# At each place of the map (a site, or else a municipality's centre) at most this many
# projects get a marker of their own; a place with more gets one marker with the count that
# links to the list. At scale 100 every project on the map made a 10 s page of 100k markers.
MAP_PROJECTS_PER_PLACE = 3


def project_map_points(
    projects: QuerySet[Project],
    *,
    sites: QuerySet[Site] | None = None,
    per_place: int = MAP_PROJECTS_PER_PLACE,
) -> list[dict[str, Any]]:
    """Projects placed at their site, or else at their municipality's centre, in a bounded
    number of markers: a place's projects one by one up to ``per_place``, else one marker
    ``kind="projects"`` with their count, linking to the site's page or to the project list
    of the municipality. Only projects on ``sites`` (when given) are placed at a site.

    Four queries whatever the number of projects: the counts per site and per
    municipality, the projects of the places shown one by one, the municipalities counted.
    """
    placed = projects.order_by()
    on_sites = placed.filter(site__latitude__isnull=False, site__longitude__isnull=False)
    if sites is not None:
        on_sites = on_sites.filter(site__in=sites.values("pk"))
    per_site = dict(on_sites.values_list("site_id").annotate(n=Count("id")).order_by())
    # ``COUNT(*)``: read from ``project_unsited_idx`` alone, not the table.
    per_municipality = dict(
        placed.filter(site__isnull=True, municipality__latitude__isnull=False)
        .values_list("municipality_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    few_sites = [pk for pk, n in per_site.items() if n <= per_place]
    few_municipalities = [pk for pk, n in per_municipality.items() if n <= per_place]
    points = []
    if few_sites or few_municipalities:
        rows = (
            Project.objects.filter(pk__in=placed.values("pk"))
            .filter(
                Q(site_id__in=few_sites)
                | Q(site__isnull=True, municipality_id__in=few_municipalities)
            )
            .select_related("site", "municipality", "stage")
            .order_by("pk")
        )
        for project in rows:
            place = project.site if project.site_id else project.municipality
            points.append(
                {
                    "kind": "project",
                    "id": project.pk,
                    "lat": float(place.latitude),
                    "lng": float(place.longitude),
                    "title": project.display_title,
                    "subtitle": " · ".join(str(p) for p in (project.stage.name, place) if p),
                    "url": project.get_absolute_url(),
                }
            )
    many_sites = {pk: n for pk, n in per_site.items() if n > per_place}
    many_municipalities = {pk: n for pk, n in per_municipality.items() if n > per_place}
    places = [
        *Site.objects.filter(pk__in=many_sites).only("pk", "name", "latitude", "longitude"),
        *Municipality.objects.filter(pk__in=many_municipalities),
    ]
    list_url = reverse("projects:list")
    for place in sorted(places, key=lambda p: (str(p).lower(), p.pk)):
        is_site = isinstance(place, Site)
        count = (many_sites if is_site else many_municipalities)[place.pk]
        points.append(
            {
                "kind": "projects",
                "id": place.pk,
                "count": count,
                "lat": float(place.latitude),
                "lng": float(place.longitude),
                "title": ngettext(
                    "%(count)s project: %(place)s", "%(count)s projects: %(place)s", count
                )
                % {"count": count, "place": place},
                "subtitle": _("on the site's page")
                if is_site
                else _("without a site; open the list"),
                "url": f"{place.get_absolute_url()}#projects"
                if is_site
                else f"{list_url}?{urlencode({'municipality': place.pk})}",
            }
        )
    return points


def project_site_points(project: Project) -> list[dict[str, Any]]:
    """The project's site as one marker, or nothing.

    No query when the project was read with ``site`` and ``site__municipality``.
    """
    return site_map_points([project.site]) if project.site_id else []


def organisation_project_roles(organisation: Organisation, *, user) -> dict[str, Any]:
    """The projects an organisation takes part in, for its page."""
    return {
        "project_roles": list(
            ProjectParticipant.objects.filter(organisation=organisation, project__is_archived=False)
            .filter(
                # Partners see only shared projects; for others this would scan every project.
                **({"project__shared_with": user} if not sees_everything(user) else {})
            )
            .select_related("project__stage")
            # By the title the page shows: ordered by the real title, a confidential
            # project's place among the others would hint at what its code name hides.
            .annotate(
                shown_title=Case(
                    When(
                        Q(project__confidentiality=Confidentiality.CONFIDENTIAL)
                        & ~Q(project__code_name=""),
                        then=F("project__code_name"),
                    ),
                    default=F("project__title"),
                )
            )
            .order_by("project__stage__order", "shown_title", "project_id")
        )
    }


def site_projects(site: Site, *, user) -> dict[str, Any]:
    """The projects placed on a site and the open projects it would fit, for its page."""
    return {
        "projects": list(
            Project.objects.active()
            .visible_to(user)
            .filter(site=site)
            .select_related("stage", "curator")
            .with_shown_title(user)  # by the title as the user reads it (a code name for some)
            .order_by("stage__order", "shown_title")
        ),
        "fitting": projects_fitting_site(site=site, user=user),
    }


def projects_fitting_site(*, site: Site, user, limit: int = 10, min_score: int = 50) -> list:
    """The reverse of matching: open pipeline projects the user may see that this site fits,
    best first, each with its investors. A fixed number of queries, whatever the count.

    A project needs only directions and a place (``needs_for_project``), and a candidate
    shares a direction with the site, so its score depends only on its municipality: the
    score is computed per municipality with ``site_fit`` itself, and the projects are ranked
    by it and by title (each place's first by title read from an index) and a few more
    than ``limit`` kept; only those are read with their investors and scored again (with
    the reasons). Scoring every open project
    of the site's directions in Python took 2 s at scale 100.
    """
    site = (
        Site.objects.prefetch_related("directions").get(pk=site.pk)
        if "directions" not in getattr(site, "_prefetched_objects_cache", {})
        else site
    )
    direction_ids = [d.pk for d in site.directions.all()]
    if not direction_ids:
        return []
    scores = _fit_by_municipality(site, direction_ids)
    default = scores.pop(None)
    fit = Case(
        *(When(municipality_id=pk, then=Value(score)) for pk, score in scores.items()),
        default=Value(default),
        output_field=IntegerField(),
    )
    title = Case(
        When(
            Q(confidentiality=Confidentiality.CONFIDENTIAL) & ~Q(code_name=""),
            then=F("code_name"),
        ),
        default=F("title"),
    )
    # The Python order below (``str.lower``, code points): the database's own collation
    # would order titles differently; a few more rows cover any case-mapping difference.
    by_title = (_code_point_order(Lower(title)), "pk")
    eligible = (
        Project.objects.active()
        .open()
        .visible_to(user)
        .filter(
            Exists(
                Project.directions.through.objects.filter(
                    project_id=OuterRef("pk"), direction_id__in=direction_ids
                )
            )
        )
    )

    def ranked(queryset: QuerySet[Project], *, score: bool = True) -> list[Project]:
        # Without ``score``: the few projects already chosen, read (and ordered later).
        if score:
            queryset = (
                queryset.annotate(fit=fit)
                .filter(fit__gte=min_score)
                .order_by(F("fit").desc(), *by_title)[: limit * 2]
            )
        return list(
            queryset.select_related("stage", "municipality").prefetch_related(
                "directions",
                Prefetch(
                    "participants",
                    queryset=ProjectParticipant.objects.filter(
                        role__in=(ParticipantRole.INVESTOR, ParticipantRole.CO_INVESTOR)
                    )
                    .select_related("organisation")
                    .order_by("id"),
                    to_attr="investor_list",
                ),
            )
        )

    if not connection.features.supports_slicing_ordering_in_compound:
        return _fitting_rows(site, ranked(eligible), min_score=min_score)[:limit]
    # Within a municipality every candidate has the same score, so the best overall are
    # among each municipality's first by title: one LIMIT per municipality, read in title
    # order through ``project_fit_title_idx`` (PostgreSQL), not every open project of the
    # site's directions ranked (5,000-16,000 at scale 100). The best-scoring places are
    # asked first: when they alone fill the list, no project elsewhere (all scoring lower)
    # can enter it, and the other places' indexes are not walked.
    places: dict[int | None, int] = dict(scores)
    places[None] = default
    tiers = sorted({score for score in places.values() if score >= min_score}, reverse=True)
    if not tiers:
        return []
    first = [pk for pk, score in places.items() if score >= tiers[min(1, len(tiers) - 1)]]
    everywhere = [pk for pk, score in places.items() if score >= min_score]

    def firsts_by_title(chosen: list[int | None]) -> QuerySet:
        # One arm for every municipality (an ARRAY subquery correlated with it, compiled
        # and planned once however many places), one for the projects without a place.
        arms: list[QuerySet] = []
        municipalities = [pk for pk in chosen if pk is not None]
        if municipalities:
            firsts = ArraySubquery(
                eligible.filter(municipality_id=OuterRef("pk"))
                .order_by(*by_title)
                .values("pk")[: limit * 2]
            )
            arms.append(
                Municipality.objects.filter(pk__in=municipalities)
                .annotate(first=Func(firsts, function="unnest", output_field=BigIntegerField()))
                .values("first")
            )
        if None in chosen:
            arms.append(
                eligible.filter(municipality__isnull=True)
                .order_by(*by_title)
                .values("pk")[: limit * 2]
            )
        return arms[0].union(*arms[1:], all=True) if len(arms) > 1 else arms[0]

    # Always read the best places' projects; when they fill the list they are ranked here
    # by the same rule as the database's (score, then title, then id: ``_fitting_rows``
    # orders the final ones again, with the reasons), without compiling the score's CASE
    # of every municipality three times; else every place is ranked in the database. The
    # same number of queries either way.
    found = list(
        Project.objects.filter(pk__in=firsts_by_title(first)).values_list(
            "pk", "municipality_id", "title", "code_name", "confidentiality"
        )
    )
    if len(found) < limit * 2 and len(first) < len(everywhere):
        candidates = ranked(Project.objects.filter(pk__in=firsts_by_title(everywhere)))
    else:
        found.sort(key=lambda row: (-places.get(row[1], default), _shown_title(*row[2:]), row[0]))
        candidates = ranked(
            Project.objects.filter(pk__in=[row[0] for row in found[: limit * 2]]), score=False
        )
    return _fitting_rows(site, candidates, min_score=min_score)[:limit]


def _shown_title(title: str, code_name: str, confidentiality: str) -> str:
    """``Project.display_title`` in lower case, as ``_fitting_rows`` orders by it."""
    if confidentiality == Confidentiality.CONFIDENTIAL and code_name:
        return code_name.lower()
    return title.lower()


def _fitting_rows(site: Site, projects: Iterable[Project], *, min_score: int) -> list[dict]:
    """The projects ``site`` fits with ``min_score`` or more, best first, with the reasons."""
    rows = []
    for project in projects:
        match = site_fit(site, needs_for_project(project))
        if match.score >= min_score:
            rows.append(
                {
                    "project": project,
                    "score": match.score,
                    "reasons": match.reasons,
                    "investors": [p.organisation for p in project.investor_list],
                    "is_here": project.site_id == site.pk,
                }
            )
    rows.sort(key=lambda r: (-r["score"], r["project"].display_title.lower(), r["project"].pk))
    return rows


# ``_fit_by_municipality``'s answers by their whole input (see there); a few hundred sites
# at most, the map of answers is emptied when full.
_FIT_BY_MUNICIPALITY: dict[tuple, dict[int | None, int]] = {}
_FIT_BY_MUNICIPALITY_SIZE = 512


def _fit_by_municipality(site: Site, direction_ids: list[int]) -> dict[int | None, int]:
    """The score ``site_fit`` gives a project of one of ``direction_ids`` in each
    municipality (``None``: a project without a place), by the same rule as one by one.

    Kept per process by everything the scores depend on: the site's own columns, its
    directions and the municipalities' places (read every time). The same site page asked
    again scores nothing: ``site_fit`` for each of the municipalities, with the reasons in
    words it also writes, was a tenth of the page's time.
    """
    municipalities = list(Municipality.objects.values_list("pk", "latitude", "longitude"))
    key = (
        tuple(getattr(site, field.attname) for field in Site._meta.concrete_fields),
        tuple(direction_ids),
        tuple(municipalities),
    )
    scores = _FIT_BY_MUNICIPALITY.get(key)
    if scores is None:
        scores = _score_municipalities(site, direction_ids, municipalities)
        if len(_FIT_BY_MUNICIPALITY) >= _FIT_BY_MUNICIPALITY_SIZE:
            _FIT_BY_MUNICIPALITY.clear()
        _FIT_BY_MUNICIPALITY[key] = scores
    return dict(scores)


def _score_municipalities(
    site: Site, direction_ids: list[int], municipalities: list[tuple[int, Any, Any]]
) -> dict[int | None, int]:
    direction = frozenset(direction_ids[:1])
    scores: dict[int | None, int] = {None: site_fit(site, SiteNeeds(direction_ids=direction)).score}
    for pk, latitude, longitude in municipalities:
        if latitude is None or longitude is None:
            scores[pk] = scores[None]  # as a project without a place
            continue
        needs = SiteNeeds(
            direction_ids=direction, latitude=float(latitude), longitude=float(longitude)
        )
        scores[pk] = site_fit(site, needs).score
    return scores


def _code_point_order(expression):
    """Text ordered by code points, as Python compares strings (SQLite already does)."""
    if connection.vendor == "postgresql":
        return Collate(expression, "C")
    return expression


def register_related() -> None:
    """Fill the extension points of the pages below (called from ``AppConfig.ready``)."""
    related.add_section(ORGANISATION_POINT, organisation_project_roles)
    related.add_section(SITE_POINT, site_projects)
