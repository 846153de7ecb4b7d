#!/usr/bin/env python
"""The triage desk's commands, e.g.
    .venv/bin/python manage.py createdeskuser NAME [--admin]
    .venv/bin/python manage.py purge_checks [--days 90]
Settings not in the environment are read from .env (written by `make run`)."""
import os
import sys
from pathlib import Path


def load_dotenv(path: Path) -> None:
    if path.is_file():
        for line in path.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() and not key.startswith("#"):
                os.environ.setdefault(key.strip(), value.strip())


if __name__ == "__main__":
    root = Path(__file__).resolve().parent
    load_dotenv(root / ".env")
    sys.path.insert(0, str(root))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "desk.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
