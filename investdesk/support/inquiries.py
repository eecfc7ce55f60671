"""Writes for inquiries from the public portal: an inquiry opens a single-window case.

``inquiry_submit`` finds the company in the registry (by name or alias) or records it as a
new investor, opens a support case with every step of the procedure (``support_case_open``),
assigns it to the duty curator and, once the transaction commits, notifies the curator. The
acknowledgement to the investor (in the portal's languages) is the portal's own
(``portal.services.inquiry_acknowledge``).

The duty curator is the user named by ``settings.PORTAL_DUTY_CURATOR`` (a username, from
``INVESTDESK_PORTAL_DUTY_CURATOR``); when it is unset or that user is inactive, the active
curator with the fewest open support cases (ties by username).
"""

from __future__ import annotations

import datetime
import logging
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from investdesk.accounts.choices import Role
from investdesk.accounts.models import User
from investdesk.core.services import validate_and_save
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.services import notification_create
from investdesk.organisations.choices import OrganisationKind
from investdesk.organisations.selectors import organisation_find_by_name
from investdesk.organisations.services import organisation_create
from investdesk.projects.models import Project
from investdesk.sitecatalog.matching import SiteNeeds, needs_for_project, needs_from_values
from investdesk.sitecatalog.selectors import site_matches

from .choices import SupportCaseStatus
from .models import Inquiry, SupportCase
from .services import support_case_open

logger = logging.getLogger(__name__)


def duty_curator() -> User | None:
    """Who receives portal inquiries (see the module docstring)."""
    username = getattr(settings, "PORTAL_DUTY_CURATOR", "")
    if username:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is not None:
            return user
        logger.warning("PORTAL_DUTY_CURATOR %r is not an active user", username)
    return (
        User.objects.filter(is_active=True, groups__name=Role.CURATOR)
        .annotate(
            open_cases=Count(
                "support_cases", filter=Q(support_cases__status=SupportCaseStatus.OPEN)
            )
        )
        .order_by("open_cases", "username")
        .first()
    )


def _applicant(company: str, country: str):
    organisation = organisation_find_by_name(company)
    if organisation is not None:
        return organisation.merged_into or organisation
    with translation.override(settings.LANGUAGE_CODE):
        note = _("Recorded from an inquiry on the investment portal.")
    return organisation_create(
        name=company, kind=OrganisationKind.INVESTOR, country=country, description=note
    )


@transaction.atomic
def inquiry_submit(
    *,
    company: str,
    country: str,
    contact_name: str,
    email: str,
    message: str,
    phone: str = "",
    direction: Any = None,
    area_ha: Decimal | None = None,
    power_mw: Decimal | None = None,
    gas_m3h: Decimal | None = None,
    water_m3d: Decimal | None = None,
    needs_rail: bool = False,
    investment_mln: Decimal | None = None,
    currency: str = "RUB",
    jobs: int | None = None,
    attachment: UploadedFile | None = None,
    language: str = "ru",
    applied_on: datetime.date | None = None,
) -> Inquiry:
    """Record the inquiry and open its support case; e-mails go out after the commit."""
    applied_on = applied_on or timezone.localdate()
    company = company.strip()
    organisation = _applicant(company, country)
    curator = duty_curator()
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Inquiry from the investment portal: %(company)s") % {"company": company}
        if direction is not None:
            subject = f"{subject} — {direction.name_ru}"
    case = support_case_open(
        organisation=organisation, subject=subject[:500], applied_on=applied_on, curator=curator
    )
    inquiry = Inquiry(
        case=case,
        company=company,
        country=country,
        contact_name=contact_name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        direction=direction,
        area_ha=area_ha,
        power_mw=power_mw,
        gas_m3h=gas_m3h,
        water_m3d=water_m3d,
        needs_rail=needs_rail,
        investment_mln=investment_mln,
        currency=currency,
        jobs=jobs,
        message=message.strip(),
        language=language,
    )
    if attachment is not None:
        inquiry.attachment = attachment
    validate_and_save(inquiry)
    transaction.on_commit(lambda: _notify_duty_curator(case=case, inquiry=inquiry))
    return inquiry


def inquiry_case_number(case: SupportCase) -> str:
    """The number the investor quotes: the case's year of application and its id."""
    return f"{case.applied_on:%Y}-{case.pk:05d}"


def _notify_duty_curator(*, case: SupportCase, inquiry: Inquiry) -> None:
    """Tell the duty curator about a new portal inquiry: in the application and by e-mail,
    as the curator's notification preferences say, with the delivery retries of the
    notifications app."""
    curator = case.curator
    if curator is None:
        logger.warning("Portal inquiry case %s has no curator", case.pk)
        return
    number = inquiry_case_number(case)
    notification_create(
        recipient=curator,
        kind=NotificationKind.CASE_ASSIGNED,
        title=lambda: (
            _("New inquiry from the investment portal: case %(number)s") % {"number": number}
        ),
        body=lambda: (
            _(
                "%(company)s (%(country)s) sent an inquiry through the investment portal.\n"
                "Contact: %(name)s, %(email)s\n\n%(message)s"
            )
            % {
                "company": inquiry.company,
                "country": inquiry.country.name,
                "name": inquiry.contact_name,
                "email": inquiry.email,
                "message": inquiry.message,
            }
        ),
        target=case,
        dedup_key=f"portal.inquiry:{inquiry.pk}",
    )


def send_mail_logged(subject: str, body: str, recipients: list[str]) -> None:
    """Send one e-mail; a mail server that is down must not lose the inquiry (it is stored)."""
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # noqa: BLE001 — any transport error is logged, never shown to the visitor
        logger.exception("Could not send %r to %s", subject, recipients)


def inquiry_site_needs(inquiry: Inquiry) -> SiteNeeds:
    """What the investor asked for, as site-matching needs."""
    return needs_from_values(
        directions=[inquiry.direction] if inquiry.direction_id else [],
        area_ha=inquiry.area_ha,
        power_mw=inquiry.power_mw,
        gas_m3h=inquiry.gas_m3h,
        water_m3d=inquiry.water_m3d,
        needs_rail=inquiry.needs_rail,
    )


def case_site_matches(case: SupportCase, *, limit: int = 5) -> dict[str, Any]:
    """For a case page: its portal inquiry (if any) and the sites ranked for it — by the
    inquiry's needs, else by the case's project."""
    inquiry = Inquiry.objects.filter(case=case).select_related("direction").first()
    if inquiry is not None:
        needs = inquiry_site_needs(inquiry)
    elif case.project_id:
        project = (
            Project.objects.select_related("municipality")
            .prefetch_related("directions")
            .get(pk=case.project_id)
        )
        needs = needs_for_project(project)
    else:
        return {"inquiry": None, "site_matches": []}
    return {"inquiry": inquiry, "site_matches": site_matches(needs, limit=limit)}
