"""The people picker's prefix index (PostgreSQL only; see ``core.trigram``)."""

from django.db import migrations

from investdesk.core.trigram import prefix_index_operations


class Migration(migrations.Migration):
    dependencies = [("people", "0004_list_index_with_key")]

    operations = prefix_index_operations(
        "people_person", "last_name", ["last_name", "first_name", "id"]
    )
