"""The portal's own writes: acknowledging an inquiry to the investor, in their language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from investdesk.support.inquiries import inquiry_case_number, send_mail_logged
from investdesk.support.models import Inquiry


def inquiry_acknowledge(*, inquiry: Inquiry) -> None:
    """E-mail the investor that the inquiry arrived, with its case number."""
    with translation.override(inquiry.language):
        number = inquiry_case_number(inquiry.case)
        subject = _("Your inquiry is registered: case %(number)s") % {"number": number}
        body = _(
            "Dear %(name)s,\n\n"
            "thank you for your interest in investing in Yugra. Your inquiry on behalf of "
            "%(company)s is registered as case %(number)s. A curator of the investment agency "
            "will contact you within three working days.\n\n"
            "Please quote the case number in any correspondence.\n\n"
            "The regional investment agency\n%(contact)s"
        ) % {
            "name": inquiry.contact_name,
            "company": inquiry.company,
            "number": number,
            "contact": settings.PORTAL_CONTACT_EMAIL,
        }
    send_mail_logged(subject, body, [inquiry.email])
