from django.core.management.base import BaseCommand

from investdesk.projects.leads import lead_investors_refresh
from investdesk.projects.models import Project


class Command(BaseCommand):
    help = (
        "Recompute each project's lead investor (its first investor, else co-investor; the "
        "dashboard groups projects by its country) from the participants."
    )

    def handle(self, *args, **options) -> None:
        lead_investors_refresh()
        led = Project.objects.filter(lead_investor__isnull=False).count()
        self.stdout.write(f"projects with a lead investor: {led}")
