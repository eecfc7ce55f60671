from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from investdesk.demodata.founding import ZE_NAME, load_founding_story
from investdesk.demodata.portal import publish_demo_sites
from investdesk.demodata.portfolio import load_portfolio
from investdesk.demodata.users import ensure_demo_users
from investdesk.organisations.models import Organisation


class Command(BaseCommand):
    help = "Load the demo data (the founding story and a portfolio around it) once."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load only into a database that has no organisations yet (used by `make run`).",
        )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            # The demo logins have a known password and one of them is a superuser.
            raise CommandError(
                "The demo data (with its known demo passwords) is loaded only when DEBUG is "
                "on (config.settings.local, as `make run` uses); refusing to run."
            )
        if options["if_empty"] and Organisation.objects.exists():
            ensure_demo_users()
            self.stdout.write("The database already has data; demo data not loaded.")
            return
        users = ensure_demo_users()
        if Organisation.objects.filter(name=ZE_NAME).exists():
            self.stdout.write("Demo data is already loaded; nothing changed.")
            return
        with transaction.atomic():
            founding = load_founding_story(users=users)
            load_portfolio(users=users, founding=founding)
            publish_demo_sites()
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
