"""The main event of a press release, from weighted cue phrases and a few precedences."""

from __future__ import annotations

from collections import defaultdict

from .context import Ctx
from .event_agreements import (
    AGGREGATES,
    MODALS,
    _agreement_total,
    _agreements_headline,
    _document,
    _future,
    _headline_signer,
    _headline_tally,
    _signed_document_first,
    _signed_verb_first,
    _signer_without_forum,
)
from .event_attribution import _background, _zone
from .event_forums import (
    _event_days,
    _event_opened,
    _forum_as_subject,
    _forum_is_setting,
    _forum_locative,
    _forum_of_guests,
    _gatherings,
    _heads_gathering,
    _invited_to,
    _meeting_at_forum,
    _organisers_of,
    _presentation_held,
    _proposed,
    _takes_part,
    _to_be_held,
)
from .event_launches import (
    _after_time_word,
    _announced,
    _office_opened,
    _opened_subject,
    _topic,
)
from .event_sessions import _deciding_session, _meeting_on_topic, _talks_under_way
from .event_visits import (
    DISCUSSION,
    GUEST_NOUNS,
    MEETING_LEMMAS,
    WORKING_VISIT,
    _country_follows,
    _delegation_stays,
    _diplomat_in_title,
    _district_trip,
    _guest_on_visit,
    _guests_tour,
    _meets_guests,
    _place_before,
    _place_object,
    _place_object_before,
    _region_object,
    _shown_to_guests,
    _tour_in_visit,
    _trip_to_place,
    _two_delegations,
    _visit_as_setting,
    _visit_discussed,
    _visit_reported,
    _with_partner,
    _works_hosts,
    _works_visited_first,
    _works_visits,
)
from .phrases import Match

EVENT_TYPES = (
    "delegation_visit",
    "negotiations",
    "agreement_signed",
    "site_visit",
    "project_launch",
    "forum",
    "other",
)
# 'В программе форума ...', 'форум может стать площадкой': words that plan a signing or a
# launch but name a forum being held
PROGRAMME_WORDS = frozenset(
    {"программа", "может", "мочь", "хотеть", "рассматривать", "рассчитывать"}
)
# 'провёл переговоры', 'встретился с послом': talks held with someone, not only a topic discussed
HELD_TALKS = MEETING_LEMMAS | {"переговоры"}
# the custom matches whose destination is a works or a park
WORKS_PHRASES = frozenset({"works visit", "works hosts", "works visited"})
# Below this score nothing stands out and the item is 'other'.
MIN_SCORE = 2
APPROVALS = frozenset({"одобрить", "одобрение", "утвердить"})
# A foreign delegation's visit contains its talks and tours, so its cues weigh more;
# without a foreign party a "visit" is an official's trip to sites or a meeting.
FOREIGN_VISIT_FACTOR = 1.5


# 'совещание с инвесторами', 'совещание с представителями компании': business at the table
BUSINESS = frozenset(
    {"инвестор", "компания", "предприниматель", "бизнес", "бизнесмен", "застройщик", "холдинг"}
)


def _opens_headline(ctx: Ctx, index: int) -> bool:
    """The phrase at ``index`` is the headline's first: only a preposition and words of the
    phrase (nouns, adjectives, numbers) come before it."""
    first, _ = ctx.sentence_span(index)
    return ctx.tokens[first].pos == "ADP" and all(
        ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN", "NUM", "ADP", "PUNCT", "X")
        for k in range(first, index)
    )


def _outermost(ctx: Ctx, found: list[Match]) -> list[Match]:
    """'выездное совещание' is a meeting held on site, not also an officials' meeting: a cue
    phrase inside a longer unbroken cue phrase of another event type is read as the longer
    one. (Of one type both count: 'рабочий визит' weighs more than a bare 'визит'; a phrase
    with a gap, 'подписать .. соглашение', spans words that are not its own.)"""

    def unbroken(m: Match) -> bool:
        return " ".join(ctx.lemmas[m.first : m.last]) == m.phrase

    return [
        m
        for m in found
        if not (
            unbroken(m)
            and any(
                n.label != m.label
                and n.first <= m.first
                and m.last <= n.last
                and n.last - n.first > m.last - m.first
                and unbroken(n)
                for n in found
            )
        )
    ]


def _sentence(ctx: Ctx, index: int) -> list[str]:
    first, last = ctx.sentence_span(index)
    return ctx.lemmas[first:last]


def _sentence_before(ctx: Ctx, match: Match) -> list[str]:
    first, _ = ctx.sentence_span(match.first)
    return ctx.lemmas[first : match.first]


def _sentence_outside(ctx: Ctx, match: Match) -> set[str]:
    """The lemmas of the match's sentence outside the match: 'подписана рабочая программа'
    names a document, not the programme of a visit."""
    first, last = ctx.sentence_span(match.first)
    return set(ctx.lemmas[first : match.first] + ctx.lemmas[match.last : last])


def _one_sentence(ctx: Ctx, match: Match) -> bool:
    """A cue phrase can run from a headline into the lead; this one does not."""
    return ctx.tokens[match.first].sent == ctx.tokens[match.last - 1].sent


# A quoted stretch this short is a name ('«Дом переговоров»', 'парк «Визит»'), not speech.
QUOTED_NAME_TOKENS = 4


def _in_quoted_name(ctx: Ctx, match: Match) -> bool:
    quoted = ctx.inside_quote(ctx.tokens[match.first].start, ctx.tokens[match.last - 1].stop)
    # 'закладка «капсулы времени»': a common phrase in quotes, in lower case, names nothing
    return (
        quoted is not None
        and quoted.length <= QUOTED_NAME_TOKENS
        and not ctx.text[quoted.start : quoted.end].strip()[:1].islower()
    )


# a field meeting is held at the site it is about
FIELD_MEETING = "выездной"


def classify_event(ctx: Ctx, foreign: bool = True) -> tuple[str, dict[str, float]]:
    weights = ctx.lexicon.settings.get("cue_weights", {})
    priority = ctx.lexicon.settings.get("event_priority", list(EVENT_TYPES))
    scores: dict[str, float] = defaultdict(float)
    zones: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str, int]] = set()
    planned_words = ctx.lexicon.word_set("event_planned")
    signed: set[str] = set()  # zones where an agreement is signed, not only planned
    signed_one: set[str] = set()  # zones where one agreement (not several) is signed
    signed_sents: set[int] = set()  # sentences where an agreement is signed
    country_visits: set[str] = set()
    talks_held = False  # a talks cue in a sentence that does not only plan them
    trips: set[str] = set()  # zones where a visit to a named place is reported
    travelled: set[str] = set()  # zones naming a trip to a place, even as another act's setting
    working: set[str] = set()  # zones where a working or official visit is named
    district_trips: set[str] = set()  # zones where an official's working trip goes to a district
    arrivals: set[str] = set()  # zones with a visit word other than the guests themselves
    guest_tours: set[str] = set()  # zones where the guests are the ones who tour
    works_tours: set[str] = set()  # zones where a visit's own destination is a works or a park
    forum_subject: set[str] = set()  # zones where the forum itself is the subject
    forum_hits: list[tuple[int, str]] = []  # forum cues (token, zone)
    talk_sents: set[int] = set()  # sentences where talks are held, not only planned
    meeting_sents: set[int] = set()  # sentences with officials' own meeting
    internal_meeting = False  # an officials' own meeting has been named
    totals: set[str] = set()  # zones where agreements are counted or summed (a forum's tally)
    talks_title = False  # the headline names talks or a meeting held with someone
    launch_to_come: set[str] = set()  # zones where a launch is told in the future, not planned
    found = [
        *ctx.compiled.events.find(ctx.lemmas),
        *_opened_subject(ctx),
        *_signed_document_first(ctx),
        *_signed_verb_first(ctx),
        *_diplomat_in_title(ctx),
        *_event_days(ctx),
        *_presentation_held(ctx),
        *_gatherings(ctx),
        *_works_visits(ctx),
        *_works_hosts(ctx),
        *_works_visited_first(ctx),
        *_shown_to_guests(ctx),
    ]
    found = _outermost(ctx, found)
    # a forum in the headline only as where someone signed ('Н-ская область подписала на
    # форуме соглашения на 9 млрд', 'заключила в рамках выставки 12 соглашений') leaves the
    # headline's own signer the news; a headline opened by the forum ('На форуме регионы
    # подписали ...') is about the forum
    forum_in_title = any(
        m.label == "forum"
        and ctx.zone(m.first) == "title"
        and (not _forum_locative(ctx, m.first) or _opens_headline(ctx, m.first))
        for m in found
    )
    forum_starts = {m.first for m in found if m.label == "forum"}
    tour_sents = {ctx.tokens[m.first].sent for m in found if m.label == "site_visit"}
    works_trips = {m.first for m in found if m.phrase in WORKS_PHRASES}
    for match in found:
        zone = _zone(ctx, match.first)
        words = " ".join(ctx.lemmas[match.first : match.last])
        if match.label == "negotiations" and _heads_gathering(ctx, match, forum_starts):
            continue  # 'заседание круглого стола': the session is the gathering itself
        if match.label == "forum" and _forum_of_guests(ctx, match.first, tour_sents):
            continue  # 'участники форума посетили площадки': who toured, not what was held
        if match.label == "forum" and _organisers_of(ctx, match.first):
            continue  # 'с оргкомитетом форума': the body that runs it met, no forum was held
        if match.label == "forum" and _invited_to(ctx, match.first):
            continue  # 'пригласил посла на саммит': a gathering someone is invited to is to come
        if match.label == "forum" and _proposed(ctx, match.first):
            continue  # 'предложил провести форум': a gathering proposed is to come
        if match.label in ("project_launch", "forum") and _topic(ctx, match.first):
            continue  # 'переговоры об открытии завода': the launch is what is talked about
        if match.label != "forum" and _in_quoted_name(ctx, match):
            continue  # a forum's own quoted name ('«Экспо-2030»') still names the forum
        if match.label == "negotiations" and not planned_words & set(_sentence(ctx, match.first)):
            talks_held = True
            talk_sents.add(ctx.tokens[match.first].sent)
        if match.label == "project_launch" and _after_time_word(ctx, match.first):
            continue
        if match.label == "project_launch" and _office_opened(ctx, match):
            continue  # 'открылся Торговый дом провинции': an office opened, no production
        if match.label == "project_launch" and _event_opened(ctx, match):
            continue  # 'церемония открытия выставки': the event has its own cue
        if match.label == "project_launch":
            planned = bool(planned_words & set(_sentence(ctx, match.first)))
            to_come = _future(ctx, match)
            if planned or to_come or _announced(ctx, match.first):
                if to_come and not planned and _one_sentence(ctx, match):
                    launch_to_come.add(zone)
                continue  # 'инвестор намерен запустить производство', 'состоится закладка': a plan
        if (
            match.label == "project_launch"
            and zone != "title"
            and "уже" in ctx.lower[max(match.first - 3, 0) : match.first]
        ):
            # 'компания уже открыла завод', 'из них 10 уже запустили производство': an earlier
            # launch told as background or counted; a headline's 'уже' is still the news
            continue
        if match.label == "project_launch" and AGGREGATES & set(_sentence_before(ctx, match)):
            # 'из общего числа проектов запущены 12 производств': a statistic; 'пуск очереди
            # увеличил общую площадь' is one launch and what it added
            continue
        if _background(ctx, match.first):
            continue
        if match.label == "delegation_visit" and match.first in works_trips:
            continue  # 'совершил визит в ОЭЗ «X»': the visit's destination is a site
        if match.label == "delegation_visit" and _visit_discussed(ctx, match.first):
            continue  # 'обсудил свой предстоящий визит': the visit is what was talked about
        if match.label == "delegation_visit" and _guest_on_visit(ctx, match):
            continue
        if (
            match.label in ("negotiations", "forum")
            and zone != "title"
            and (
                _to_be_held(ctx, match.first)
                or (
                    match.label == "forum"
                    and (planned_words - PROGRAMME_WORDS) & set(_sentence(ctx, match.first))
                )
            )
        ):
            continue  # 'будут проходить рабочие встречи и форумы': meetings still to come
        if match.label == "negotiations" and _talks_under_way(ctx, match):
            continue  # 'переговоры ведутся два года': a state of affairs, not a meeting held
        if match.label == "agreement_signed" and _future(ctx, match):
            continue  # 'подпишут соглашение': a signing still to come happened nowhere yet
        if match.label == "agreement_signed" and MODALS & set(_sentence(ctx, match.first)):
            continue  # 'компания может подписать меморандум': a signing only possible
        if (
            match.label == "agreement_signed"
            and _agreement_total(ctx, match)
            and not _headline_signer(ctx, match, forum_in_title)
            and not _signer_without_forum(ctx, match, bool(forum_starts))
        ):
            totals.add(zone)
            continue
        label = match.label
        if (
            label == "negotiations"
            and words.startswith("заседание")
            and (APPROVALS & set(_sentence(ctx, match.first)))
        ):
            continue  # 'комиссия на заседании одобрила заявки': the approval is the news
        sent = ctx.tokens[match.first].sent
        place_visited = False
        if (
            label == "negotiations"
            and words.startswith("совещание")
            and (not foreign or internal_meeting or _meeting_on_topic(ctx, match.first, match.last))
        ):
            if not BUSINESS & set(_sentence(ctx, match.first)):
                # officials' own meeting ('провёл оперативное совещание правительства'),
                # no investor at the table: a working session, no one's talks
                label = "other"
                meeting_sents.add(sent)
                # the same meeting named again ('В ходе совещания рассмотрели ...')
                internal_meeting = True
        elif (
            label == "negotiations"
            and {sent, sent - 1} & meeting_sents
            and ctx.lemmas[match.first] in DISCUSSION
            and not _with_partner(ctx, match.last)
        ):
            label = "other"  # 'На нём обсудили ход проектов': the meeting's own agenda
        if (
            label == "negotiations"
            and words.startswith("заседание")
            and (not foreign or _deciding_session(ctx, match.first))
        ):
            # a session of a council, a government or a commission with no foreign side
            # decides (approves, creates, supports): it is no one's talks
            label = "other"
            meeting_sents.add(sent)
        if (
            label == "site_visit"
            # 'выездное совещание в Приморском крае': held at a site somewhere in the region
            and ctx.lemmas[match.first] != FIELD_MEETING
        ) and (
            _place_object(ctx, match.last)
            or _place_before(ctx, match.first)
            or _place_object_before(ctx, match.first)
        ):
            label = "delegation_visit"  # a town or a province is visited, not a site
            place_visited = True
        if words.startswith("принять участие"):
            continue  # 'принял участие ... посол': taking part, not receiving a guest
        if label == "delegation_visit" and _two_delegations(ctx, match.first):
            label = "negotiations"  # 'российская и китайская делегации обсудили': two sides
        if label == "negotiations" and foreign and _meets_guests(ctx, match):
            label = "delegation_visit"  # the guests' reception
        if label == "site_visit" and match.phrase in WORKS_PHRASES:
            # (before the overlap check: the plain 'посетить' cue on the same word counts once,
            # and the destination it names still tells what was visited)
            works_tours.add(zone)
        # one forum per sentence: 'форуме (ПМЭФ)' names it twice
        key = (label, "" if label == "forum" else words.split()[0], ctx.tokens[match.first].sent)
        if key in seen:
            continue  # overlapping cue phrases count once
        seen.add(key)
        if label == "delegation_visit" and _trip_to_place(ctx, match.last):
            travelled.add(zone)
        if label == "delegation_visit" and (
            _visit_as_setting(ctx, match.first) or _tour_in_visit(ctx, match.first)
        ):
            continue  # 'провели переговоры во время визита делегации': the talks are the news
        zones[label].add(zone)
        if label == "negotiations" and zone == "title" and HELD_TALKS & set(words.split()):
            talks_title = True
        if label == "delegation_visit" and (
            _trip_to_place(ctx, match.last)
            or match.phrase == "diplomat"
            or place_visited
            # ('Н встретился с министром' in the headline keeps the talks the news)
            or (_delegation_stays(ctx, match.first) and "title" not in zones["negotiations"])
        ):
            # a trip to a place, a place visited ('делегация посетила Н-скую область') or a
            # diplomat who came: who went where is the news
            trips.add(zone)
        if label == "delegation_visit" and WORKING_VISIT & set(words.split()):
            working.add(zone)
            if _district_trip(ctx, match.first):
                district_trips.add(zone)
        if label == "delegation_visit" and ctx.lemmas[match.first] not in GUEST_NOUNS:
            arrivals.add(zone)
        if label == "site_visit" and (
            _guests_tour(ctx, match.first) or ctx.lemmas[match.first] == FIELD_MEETING
        ):
            guest_tours.add(zone)  # 'выездное совещание с делегацией': held where they toured
        if label == "site_visit" and (
            _country_follows(ctx, match.last) or _region_object(ctx, match.first, match.last)
        ):
            country_visits.add(zone)  # 'посетит Китай' visits a country, not a site
        if (
            match.label == "agreement_signed"
            and not planned_words & _sentence_outside(ctx, match)
            and not _future(ctx, match)
        ):
            signed.add(zone)
            signed_sents.add(ctx.tokens[match.first].sent)
            if not any(
                ctx.tokens[k].feat("Number") == "Plur"
                for k in range(match.first, match.last)
                if _document(ctx, k)
            ):
                signed_one.add(zone)
        if label == "forum":
            forum_hits.append((match.first, zone))
            if _forum_as_subject(ctx, match.first):
                forum_subject.add(zone)
        scores[label] += weights.get(zone, 2 if zone == "second" else 1)
    # 'Компания X откроет завод в Подольске' and nothing else happens: a launch announced in
    # the opening, as a fact to come rather than an intention, is the news
    # ('Завод начнёт работу через два года' under a headline about something else is a plan)
    announced_launch = ("title" if ctx.title_end else "lead") in launch_to_come
    # a launch to come in the headline outranks what the body tells of the trip it was told
    # on; a tour told in the lead is the news the headline gives the background of
    headline_launch = "title" in launch_to_come and not any(
        zones[label] & {"title", "lead"} for label in zones if label != "project_launch"
    )
    if not scores:
        return ("project_launch" if announced_launch else "other"), {}
    early = {"title", "lead", "second"}
    # the forum's agreements counted in the opening: the forum's results are the news, not
    # the delegation or the talks it hosted
    tally = bool(totals & early) and not signed_one & early
    if _headline_tally(ctx):
        tally = True
    if signed and not tally and _agreements_headline(ctx):
        signed.add("title")  # 'Соглашения третьего дня форума': the headline is about them
    forum_setting = (
        _forum_is_setting(zones, talks_held)
        and not tally
        and not any(
            zone in ("title", "lead")
            and _takes_part(ctx, i)
            and not ("title" in zones["negotiations"] and "title" not in zones["forum"])
            for i, zone in forum_hits
        )
    )
    if not signed and _meeting_at_forum(ctx, forum_hits, talk_sents):
        # a meeting on the side of a forum: the talks are the news, the forum the venue
        forum_setting = True
        scores.pop("forum", None)
    early_forums = [i for i, zone in forum_hits if zone in ("lead", "second")]
    # with no headline the lead is the opening ('Первая линия завода запущена ... Церемония
    # прошла в рамках бизнес-форума')
    launch_opening = "title" if ctx.title_end else "lead"
    if (
        launch_opening in zones["project_launch"]
        and launch_opening not in zones["forum"]
        and "title" not in zones["forum"]
        and all(_forum_locative(ctx, i) for i in early_forums)
    ):
        # an opening in the headline; a forum after it only as where something was signed
        # ('соглашения, которое губернатор подписал на ПМЭФ')
        forum_setting = True
        scores.pop("forum", None)
    if (
        "title" in zones["delegation_visit"]
        and "title" not in zones["forum"]
        and early_forums
        and all(_forum_locative(ctx, i) for i in early_forums)
    ):
        # 'Город принимает бизнес-миссию', the lead 'в рамках форума принимают ...': the
        # headline's visit is the news, the forum where it is received
        forum_setting = True
    # What the headline and the lead say happened outranks how much the body talks.
    # With no headline the lead is the opening: 'ОЭЗ посетила делегация из X', the guests
    # touring a site, is the news; a lead that also names their arrival or visit tells of
    # the trip.
    opening = "title" if ctx.title_end else "lead"
    site_in_title = (
        opening in zones["site_visit"]
        and opening not in country_visits
        # 'делегация в рамках визита в Н-скую область посетила центр': the trip to a
        # region named in the same opening is the news, the site one of its stops
        and opening not in travelled
        and (
            opening == "title"
            or ("lead" in guest_tours and "lead" not in arrivals)
            # 'с официальным визитом в бизнес-парк «X» прибыли представители': the visit's
            # destination is the site
            or "lead" in works_tours
        )
    )
    # 'Завод посетили делегаты форума': a tour in the headline, the forum after it only
    # names who the guests are or where they came from
    tour_first = (
        site_in_title
        and not (zones["forum"] | forum_subject) & {"title"}
        and not (forum_subject & early)
    )
    for zone_set in ({"title", "lead"}, {"second"}):
        # 'Завершился форум' in the headline, its agreements counted after it: the forum
        forum_total = "title" in forum_subject and not ({"title"} | zone_set) & signed_one
        if zone_set == {"second"} and "title" in zones["project_launch"]:
            break  # 'На заводе стартовало производство' in the headline outranks the
            # agreements or the forum the second sentence names
        if signed & zone_set and not (forum_total and "title" not in signed):
            return "agreement_signed", dict(scores)
        if zone_set == {"second"} and site_in_title:
            break  # a tour in the headline outranks a forum met only in the second sentence
        if zones["forum"] & zone_set and not forum_setting and not tour_first:
            if signed & early and not forum_subject & {"title", "lead"} and not tally:
                # agreements signed 'на форуме': the forum is only where they were signed
                return "agreement_signed", dict(scores)
            return "forum", dict(scores)
    if site_in_title and not zones["project_launch"] & early:
        return "site_visit", dict(scores)
    if site_in_title:
        # 'Губернатор посетил новые предприятия', then 'дали старт работе первой очереди':
        # the visit was made to start the works, and the start is the news
        return "project_launch", dict(scores)
    official_tour = zones["site_visit"] & {"title", "lead"} - country_visits
    # 'Губернатор посетил с рабочей поездкой Асиновский район, где познакомился с ходом
    # строительства': an official's trip to a district of his own region is a trip at home,
    # whoever invests in what he tours
    home = not foreign or bool(district_trips & {"title", "lead"})
    if home and working & {"title", "lead"}:
        # 'X посетил область с рабочим визитом. Он побывал в индустриальном парке': an
        # official's working trip told by the sites he toured first is a tour of them
        official_tour |= zones["site_visit"] & {"second"} - country_visits
    if home and official_tour and not zones["project_launch"] & {"title", "lead"}:
        # an official tours a works or a construction site and talks there: with no foreign
        # side the tour in the opening is the news, the talks happen during it
        return "site_visit", dict(scores)
    factor = FOREIGN_VISIT_FACTOR if foreign else 0.0
    if not foreign and working & {"title", "lead"} and "title" not in zones["project_launch"]:
        # 'с рабочим визитом прибыл министр', 'посетил район с рабочим визитом': an official's
        # trip to a region or a district named in the opening is a visit, with no bonus
        # ('В Чебоксарах заработал мясокомбинат' over a minister's working visit to it: the
        # headline's launch is the news, the visit how it was marked)
        factor = 1.0
    if talks_title and "title" not in zones["delegation_visit"]:
        # 'Глава региона провёл переговоры с монгольской стороной', the guest's arrival told
        # only in the lead: the headline's talks are the news, the trip their occasion
        scores.pop("delegation_visit", None)
    elif (
        foreign
        and zones["delegation_visit"] & {"title", "lead"}
        and "title" not in zones["project_launch"]
    ):
        # 'В Энске появился завод X. Глава посетил Энск, чтобы открыть его': the opening
        # the headline reports outranks the trip made for it
        if _visit_reported(scores) or trips & {"title", "lead"}:
            return "delegation_visit", dict(scores)
        factor = 1.0  # as many talks as visit and no tour: the visit earns no bonus
    if zones["negotiations"] & early and not zones["delegation_visit"] & early:
        # talks in the headline or lead, a visit only in the background: the talks are the news
        scores.pop("delegation_visit", None)
    if "delegation_visit" in scores:
        scores["delegation_visit"] *= factor
    rank = {label: i for i, label in enumerate(priority)}
    # a tie goes to what the headline names, then to the priority order
    best = max(
        scores,
        key=lambda label: (scores[label], "title" in zones[label], -rank.get(label, 99)),
    )
    if best == "other" and "forum" in scores and zones["forum"] & {"title", "lead"}:
        # a forum in the opening kept as the setting of a visit or talks that do not win
        # ('делегация завершила работу на выставке'): the forum is still the event
        return "forum", dict(scores)
    if (
        signed
        and not tally
        and scores.get("agreement_signed", 0) == scores[best]
        and all(ctx.tokens[i].sent in signed_sents for i, _ in forum_hits)
    ):
        # 'Соглашение об этом в рамках ПМЭФ подписали ...' in the body of an investor's news:
        # a signing done, ranked level with talks and the forum it was signed at, is the news
        return "agreement_signed", dict(scores)
    if announced_launch and (best == "other" or scores[best] < MIN_SCORE or headline_launch):
        return "project_launch", dict(scores)
    if scores[best] < MIN_SCORE and not (
        (foreign and (set(scores) == {"negotiations"} or best == "delegation_visit"))
        or set(scores) in ({"project_launch"}, {"forum"}, {"agreement_signed"})
    ):
        # a meeting with a foreign side, a foreign delegation's visit, a launch or a signing
        # reported only in the body is still the news when nothing else happens in the text
        return "other", dict(scores)
    return best, dict(scores)
