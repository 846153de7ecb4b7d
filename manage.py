#!/usr/bin/env python
"""The triage desk's Django commands: migrate, createdeskuser, purge_checks, ..."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "desk.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
