"""Calendar feed tokens are stored hashed: existing feed addresses keep working."""

import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.exclude(calendar_token="").only("pk", "calendar_token"):
        digest = hashlib.sha256(user.calendar_token.encode()).hexdigest()
        User.objects.filter(pk=user.pk).update(calendar_token_hash=digest)


def new_plain_tokens(apps, schema_editor):
    """Backwards: hashes cannot be undone, so every user gets a new (plain) token."""
    import secrets

    User = apps.get_model("accounts", "User")
    for pk in User.objects.values_list("pk", flat=True):
        User.objects.filter(pk=pk).update(calendar_token=secrets.token_urlsafe(24))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="calendar_token_hash",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The secret feed address is shown once, when it is created.",
                max_length=64,
                null=True,
                unique=True,
                verbose_name="calendar feed token (SHA-256)",
            ),
        ),
        migrations.AlterField(
            model_name="user",
            name="calendar_token",
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, new_plain_tokens),
        migrations.RemoveField(model_name="user", name="calendar_token"),
    ]
