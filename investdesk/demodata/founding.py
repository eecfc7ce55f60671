"""The founding story: the two-day visit of ZE Optoelectronic SciTech to Yugra.

Told as the press release tells it: the deputy governor hosts, Business Russia accompanies,
talks at the Yugra Development Fund, tours of SEZ "Nyagan", "Polar Quartz" and technopark
"Impulse", four directions, one commitment that becomes four tasks, a quartz project.
"""

import datetime

from django.utils import timezone

from investdesk.accounts.models import User
from investdesk.documents.choices import DocumentKind, ReviewStatus
from investdesk.documents.services import document_store
from investdesk.engagements.choices import EngagementKind, OutcomeKind, ParticipationRole
from investdesk.engagements.services import (
    CommitmentSpec,
    OutcomeSpec,
    ParticipantSpec,
    QuoteSpec,
    engagement_record,
)
from investdesk.organisations.choices import AliasKind, OrganisationKind
from investdesk.organisations.models import Organisation
from investdesk.organisations.services import organisation_add_alias, organisation_create
from investdesk.people.services import person_create
from investdesk.projects.choices import LeadSource, ParticipantRole
from investdesk.projects.services import project_add_participant, project_create
from investdesk.reference.models import Direction, Municipality
from investdesk.sitecatalog.choices import SiteKind
from investdesk.sitecatalog.services import site_create
from investdesk.tasks.services import commitment_create_tasks

ZE_NAME = "ZE Optoelectronic SciTech Co., Ltd."
# The company's registered name in China: the organisation page shows it beside the Latin
# name and its Palladius reading, and a search or a press release in characters finds it.
ZE_NAME_CHINESE = "泽光电科技有限公司"
FOUNDING_DIRECTIONS = ["quartz", "oil_refining", "machine_building", "export_promotion"]

PRESS_RELEASE_SUMMARY = (
    "Югра обсудила с китайскими партнерами проекты в переработке кварца и нефти.\n"
    "Двухдневный визит делегации из КНР — основателя и руководства компании "
    "ZE Optoelectronic SciTech Co., Ltd., производителя сверхчистых материалов для оптической "
    "промышленности, — организован заместителем губернатора Югры Натальей Огородниковой. "
    "Переговоры прошли на площадке Фонда развития Югры. Гости посетили ОЭЗ «Нягань», "
    "предприятие «Полярный кварц» и промышленный технопарк «Импульс» в Ханты-Мансийске. "
    "Стороны наметили направления: глубокая переработка кварца, нефтепереработка, "
    "локализация машиностроительных производств, продвижение российской продукции на "
    "китайский рынок. Наталья Огородникова заверила, что каждое направление будет детально "
    "проработано. Делегацию сопровождал руководитель комитета по международному "
    "сотрудничеству «Деловой России» Максим Захаров."
)


def _org(name: str, kind: str, country: str, aliases: list[str], **fields) -> Organisation:
    existing = Organisation.objects.filter(name__iexact=name).first()
    if existing:
        for alias in aliases:
            organisation_add_alias(organisation=existing, alias=alias)
        return existing
    return organisation_create(name=name, kind=kind, country=country, aliases=aliases, **fields)


def load_founding_story(
    *, users: dict[str, User], today: datetime.date | None = None, with_tasks: bool = True
) -> dict:
    today = today or timezone.localdate()
    directions = {
        d.code: d for d in Direction.objects.filter(code__in=FOUNDING_DIRECTIONS + ["oil_gas"])
    }
    municipality = {m.name: m for m in Municipality.objects.all()}
    khmao, nyagan = municipality["Ханты-Мансийск"], municipality["Нягань"]

    government = _org(
        "Правительство Ханты-Мансийского автономного округа – Югры",
        OrganisationKind.GOVERNMENT,
        "RU",
        ["Правительство Югры", "Правительства Югры", "Правительство ХМАО – Югры"],
        short_name="Правительство Югры",
        municipality=khmao,
        website="https://admhmao.ru",
    )
    fund = _org(
        "Фонд развития Югры",
        OrganisationKind.DEVELOPMENT_INSTITUTION,
        "RU",
        ["Фонда развития Югры", "Фонде развития Югры", "Фонд развития ХМАО"],
        municipality=khmao,
        website="https://fondyugra.ru",
    )
    ze = organisation_create(
        name=ZE_NAME,
        kind=OrganisationKind.INVESTOR,
        country="CN",
        name_original=ZE_NAME_CHINESE,
        short_name="ZE Optoelectronic",
        description="Производитель сверхчистых материалов для оптической промышленности.",
        directions=[directions["quartz"]],
    )
    organisation_add_alias(organisation=ze, alias="ZE Optoelectronic", kind=AliasKind.SHORT)
    organisation_add_alias(organisation=ze, alias=ZE_NAME_CHINESE, kind=AliasKind.ORIGINAL)
    polar_quartz = _org(
        "Полярный кварц",
        OrganisationKind.ENTERPRISE,
        "RU",
        ["Полярного кварца", "АО «Полярный кварц»"],
        municipality=nyagan,
        directions=[directions["quartz"]],
    )
    business_russia = _org(
        "Деловая Россия",
        OrganisationKind.BUSINESS_ASSOCIATION,
        "RU",
        [
            "Деловой России",
            "Деловую Россию",
            "Общероссийская общественная организация «Деловая Россия»",
        ],
    )
    sez_operator = _org(
        "Управляющая компания ОЭЗ «Нягань»",
        OrganisationKind.SEZ_OPERATOR,
        "RU",
        [],
        municipality=nyagan,
    )

    sez = site_create(
        name="ОЭЗ «Нягань»",
        kind=SiteKind.SEZ,
        municipality=nyagan,
        latitude="62.128000",
        longitude="65.420000",
        operator=sez_operator,
        area_ha="120.00",
        free_area_ha="86.50",
        power_mw="25.00",
        has_gas=True,
        has_water=True,
        has_heat=True,
        has_rail=True,
        preferences="Льготы резидентам ОЭЗ: налог на прибыль 2%, налог на имущество 0% на 10 лет.",
        directions=[
            directions["quartz"],
            directions["machine_building"],
            directions["oil_refining"],
        ],
    )
    quartz_plant = site_create(
        name="Полярный кварц",
        kind=SiteKind.ENTERPRISE,
        municipality=nyagan,
        latitude="62.155000",
        longitude="65.365000",
        operator=polar_quartz,
        has_gas=True,
        has_water=True,
        has_heat=True,
        directions=[directions["quartz"]],
    )
    impulse = site_create(
        name="Технопарк «Импульс»",
        kind=SiteKind.TECHNOPARK,
        municipality=khmao,
        latitude="61.010000",
        longitude="69.030000",
        operator=fund,
        area_ha="4.20",
        free_area_ha="1.10",
        power_mw="3.50",
        has_gas=True,
        has_water=True,
        has_heat=True,
        preferences="Аренда производственных помещений по льготной ставке.",
        directions=[directions["machine_building"]],
    )

    ogorodnikova = person_create(
        first_name="Наталья",
        last_name="Огородникова",
        position="заместитель губернатора Югры",
        organisation=government,
    )
    zakharov = person_create(
        first_name="Максим",
        last_name="Захаров",
        position="руководитель комитета по международному сотрудничеству",
        organisation=business_russia,
        email="m.zakharov@example.org",
    )

    start = today - datetime.timedelta(days=14)
    document, _created = document_store(
        title="Югра обсудила с китайскими партнерами проекты в переработке кварца и нефти",
        text=PRESS_RELEASE_SUMMARY,
        kind=DocumentKind.PRESS_RELEASE,
        source_name="Пресс-служба Правительства Югры (пересказ)",
        published_on=start + datetime.timedelta(days=1),
        review_status=ReviewStatus.CONFIRMED,
    )
    project = project_create(
        title="Глубокая переработка кварца с ZE Optoelectronic SciTech",
        stage="negotiations",
        created_by=users["ivanova"],
        investors=[ze],
        directions=[directions["quartz"]],
        site=sez,
        municipality=nyagan,
        lead_source=LeadSource.OUTREACH,
        curator=users["ivanova"],
        capex_planned="3500000000.00",
        capex_planned_is_estimate=True,
        jobs_planned=250,
        jobs_planned_is_estimate=True,
        next_step="Подготовить предложение по площадке в ОЭЗ «Нягань»",
        next_step_due=today + datetime.timedelta(days=21),
        description="Производство сверхчистого кварца для оптической промышленности.",
        created_at=timezone.now() - datetime.timedelta(days=150),
    )
    project_add_participant(
        project=project, organisation=polar_quartz, role=ParticipantRole.PARTNER
    )
    project.shared_with.add(users["partner"])

    all_four = [directions[c] for c in FOUNDING_DIRECTIONS]
    visit = engagement_record(
        kind=EngagementKind.DELEGATION_VISIT,
        title="Визит делегации ZE Optoelectronic SciTech (КНР) в Югру",
        start_date=start,
        end_date=start + datetime.timedelta(days=1),
        venue="Фонд развития Югры",
        venue_organisation=fund,
        municipality=khmao,
        summary=(
            "Двухдневный визит основателя и руководства компании. Ключевая тема — глубокая "
            "переработка кварца; также нефтепереработка, локализация машиностроения и "
            "продвижение российской продукции на рынок Китая."
        ),
        origin_note="Результат системной работы с инвесторами, начатой регионом в середине 2025 года",
        created_by=users["ivanova"],
        participants=[
            ParticipantSpec(person=ogorodnikova, role=ParticipationRole.HOST),
            ParticipantSpec(organisation=ze, role_label="основатель", role=ParticipationRole.GUEST),
            ParticipantSpec(
                organisation=ze, role_label="руководство", role=ParticipationRole.GUEST
            ),
            ParticipantSpec(person=zakharov, role=ParticipationRole.ACCOMPANYING),
        ],
        organisations=[fund, polar_quartz],
        sites=[sez, quartz_plant, impulse],
        projects=[project],
        directions=all_four,
        documents=[document],
        outcomes=[
            OutcomeSpec(
                kind=OutcomeKind.DIRECTIONS_AGREED,
                text="Стороны наметили конкретные направления для совместной работы.",
                directions=all_four,
            )
        ],
        commitments=[
            CommitmentSpec(
                text="Каждое из намеченных направлений будет детально проработано.",
                person=ogorodnikova,
                directions=all_four,
                due_date=today + datetime.timedelta(days=30),
            )
        ],
        quotes=[
            QuoteSpec(
                person=ogorodnikova,
                text="Надеюсь, что достигнутые сегодня договоренности станут началом "
                "взаимовыгодного сотрудничества.",
                document=document,
            ),
            QuoteSpec(
                person=zakharov,
                text="Мы трепетно относимся к сотрудничеству с Югрой, это достойный регион по "
                "качеству жизни.",
                document=document,
            ),
        ],
    )
    parts = [
        (
            "Переговоры на площадке Фонда развития Югры",
            EngagementKind.NEGOTIATIONS,
            0,
            khmao,
            [],
            fund,
        ),
        ("Посещение технопарка «Импульс»", EngagementKind.SITE_VISIT, 0, khmao, [impulse], None),
        ("Посещение ОЭЗ «Нягань»", EngagementKind.SITE_VISIT, 1, nyagan, [sez], None),
        (
            "Посещение предприятия «Полярный кварц»",
            EngagementKind.SITE_VISIT,
            1,
            nyagan,
            [quartz_plant],
            polar_quartz,
        ),
    ]
    for title, kind, day, where, sites, venue_org in parts:
        engagement_record(
            kind=kind,
            title=title,
            parent=visit,
            start_date=start + datetime.timedelta(days=day),
            municipality=where,
            venue_organisation=venue_org,
            venue=venue_org.name if venue_org else (sites[0].name if sites else ""),
            sites=sites,
            projects=[project],
            created_by=users["ivanova"],
            participants=[
                ParticipantSpec(person=ogorodnikova, role=ParticipationRole.HOST),
                ParticipantSpec(
                    organisation=ze, role_label="основатель", role=ParticipationRole.GUEST
                ),
            ],
        )
    commitment = visit.commitments.get()
    curators = [users["ivanova"], users["petrov"], users["sidorova"], users["ivanova"]]
    tasks = []
    if with_tasks:
        tasks = commitment_create_tasks(
            commitment=commitment,
            assignee=users["ivanova"],
            due_date=today + datetime.timedelta(days=30),
            created_by=users["leader"],
            project=project,
            assignees_by_direction={d.pk: u for d, u in zip(all_four, curators, strict=True)},
        )
    return {
        "visit": visit,
        "project": project,
        "tasks": tasks,
        "organisations": {
            "government": government,
            "fund": fund,
            "ze": ze,
            "polar_quartz": polar_quartz,
            "business_russia": business_russia,
        },
        "people": {"ogorodnikova": ogorodnikova, "zakharov": zakharov},
        "sites": {"sez": sez, "quartz_plant": quartz_plant, "impulse": impulse},
    }
