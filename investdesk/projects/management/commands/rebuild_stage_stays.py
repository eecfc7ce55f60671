from django.core.management.base import BaseCommand

from investdesk.projects.models import StageStay
from investdesk.projects.stays import stage_stays_refresh


class Command(BaseCommand):
    help = (
        "Rebuild the stage-stay table (time each project spent in each stage, read by the "
        "dashboard) from the stage transitions."
    )

    def handle(self, *args, **options) -> None:
        stage_stays_refresh()
        self.stdout.write(f"stage stays: {StageStay.objects.count()}")
