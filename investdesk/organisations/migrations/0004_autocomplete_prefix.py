"""The organisations picker's prefix index (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import prefix_index_operations


class Migration(migrations.Migration):
    dependencies = [("organisations", "0003_trigram_search")]

    operations = prefix_index_operations("organisations_organisation", "name", ["name", "id"])
