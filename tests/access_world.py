"""A small world for access tests: one user per role and one record of every kind.

The partner shares ``shared`` (with its engagement, task, ...); ``secret`` is a confidential
project with a code name that nobody shared with the partner, curated by ``curator``.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from investdesk.accounts.choices import Role
from investdesk.accounts.services import user_create

TODAY = datetime.date(2026, 3, 2)

ANONYMOUS = "anonymous"
NO_ROLE = "no_role"
ROLES = [ANONYMOUS, NO_ROLE, Role.PARTNER, Role.ANALYST, Role.CURATOR, Role.LEADERSHIP, Role.ADMIN]
SECRET_TITLE = "Завод особой чистоты"
SECRET_CODE = "Проект Альфа"


@dataclass
class World:
    users: dict[str, Any] = field(default_factory=dict)
    objects: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.objects[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def build_world() -> World:
    from django.core.files.base import ContentFile

    from investdesk.agreements.services import ObligationSpec, agreement_create
    from investdesk.attachments.services import attachment_upload
    from investdesk.documents.services import document_store
    from investdesk.engagements.services import (
        CommitmentSpec,
        OutcomeSpec,
        ParticipantSpec,
        QuoteSpec,
        engagement_record,
    )
    from investdesk.notes.services import note_create
    from investdesk.organisations.services import organisation_add_alias, organisation_create
    from investdesk.people.services import person_assign_position, person_create
    from investdesk.projects.services import project_advance_stage, project_create, project_share
    from investdesk.sitecatalog.services import site_create
    from investdesk.support.services import support_case_open
    from investdesk.tasks.services import task_create

    world = World()
    for role in ROLES[1:]:
        roles = [] if role == NO_ROLE else [role]
        world.users[role] = user_create(
            username=f"u-{role}", password="pass-12345", roles=roles, last_name=role
        )
    curator, partner = world.users[Role.CURATOR], world.users[Role.PARTNER]
    o = world.objects
    o["organisation"] = organisation_create(name="ZE Optoelectronic", kind="investor")
    o["duplicate"] = organisation_create(name="ZE Optoelectronic Co.", kind="investor")
    o["person"] = person_create(last_name="Захаров", first_name="Максим")
    o["site"] = site_create(name="Технопарк «Импульс»", kind="technopark")
    o["shared"] = project_create(
        title="Кварц", investors=[o["organisation"]], curator=curator, site=o["site"]
    )
    project_share(project=o["shared"], partners=[partner])
    o["secret"] = project_create(
        title=SECRET_TITLE,
        code_name=SECRET_CODE,
        confidentiality="confidential",
        investors=[o["organisation"]],
        curator=curator,
    )
    project_advance_stage(
        project=o["shared"], to_stage="qualification", user=curator, reason="Проверено"
    )
    o["document"] = document_store(title="Пресс-релиз", text="Текст релиза", kind="press_release")[
        0
    ]
    o["engagement"] = engagement_record(
        kind="negotiations",
        title="Переговоры о кварце",
        start_date=TODAY,
        projects=[o["shared"]],
        participants=[ParticipantSpec(person=o["person"], role="guest")],
        outcomes=[OutcomeSpec(text="Договорились")],
        commitments=[CommitmentSpec(text="Проработать")],
        quotes=[QuoteSpec(text="Всё будет", person=o["person"])],
        documents=[o["document"]],
    )
    o["part"] = engagement_record(
        kind="site_visit",
        title="Осмотр площадки",
        start_date=TODAY,
        parent=o["engagement"],
        projects=[o["shared"]],
    )
    o["other_engagement"] = engagement_record(
        kind="negotiations", title="Секретная встреча", start_date=TODAY, projects=[o["secret"]]
    )
    o["participant"] = o["engagement"].participants.get()
    o["outcome"] = o["engagement"].outcomes.get()
    o["commitment"] = o["engagement"].commitments.get()
    o["quote"] = o["engagement"].quotes.get()
    o["agreement"] = agreement_create(
        kind="memorandum",
        title="Меморандум о кварце",
        signed_on=TODAY,
        parties=[o["organisation"]],
        obligations=[ObligationSpec(text="Сделать", deadline=TODAY)],
        project=o["shared"],
    )
    o["obligation"] = o["agreement"].obligations.get()
    o["support_case"] = support_case_open(
        organisation=o["organisation"], subject="Поддержка", applied_on=TODAY, project=o["shared"]
    )
    o["support_step"] = o["support_case"].steps.order_by("order").first()
    o["task"] = task_create(
        title="Подготовить справку", assignee=curator, due_date=TODAY, project=o["shared"]
    )
    o["secret_task"] = task_create(
        title="Секретное поручение", assignee=curator, due_date=TODAY, project=o["secret"]
    )
    o["alias"] = organisation_add_alias(organisation=o["organisation"], alias="ZE")
    o["position"] = person_assign_position(
        person=o["person"], title="Руководитель", organisation=o["organisation"]
    )
    o["transition"] = o["shared"].transitions.order_by("id").last()
    # A file on the shared engagement: partners read it, registry editors may archive it.
    o["attachment"] = attachment_upload(
        target=o["engagement"],
        upload=ContentFile(b"%PDF-1.4\n%%EOF\n"),
        name="Меморандум.pdf",
        user=curator,
    )
    # A note by the curator on the project the partner shares (partners still see no notes).
    o["note"] = note_create(author=curator, target=o["shared"], text="Позвонить @u-analyst")
    return world
