"""The ``investdesk`` console script: any Django management command with the project's settings."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "investdesk"
    # History rows written by a command (import, ingest, demo, ...) name the system user;
    # web requests in a server started here set their own user per request.
    from investdesk.accounts.history import acting_as

    with acting_as():
        execute_from_command_line(argv)


if __name__ == "__main__":
    main()
