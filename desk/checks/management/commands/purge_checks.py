"""manage.py purge_checks [--days N]: delete the checks, and the conversations' tracker events,
older than N days (default HEUPCHECK_RETENTION_DAYS, 90).

- a check goes when it ended more than N days ago;
- a conversation's events go when its last event is more than N days old, together with any
  check of that conversation (so no record points at a transcript that is gone).
The access log keeps the ids of opened checks (no patient data) for accountability.
"""
import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from desk.checks.models import Check
from desk.transcript import delete_events, stale_conversations


def purge(days: int, now: dt.datetime = None):
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    with transaction.atomic():
        stale = stale_conversations(cutoff)
        n_checks, _ = Check.objects.filter(Q(ended_at__lt=cutoff) | Q(conversation_id__in=stale)).delete()
        n_events = delete_events(stale)
    return n_checks, n_events, cutoff


class Command(BaseCommand):
    help = "Delete checks and tracker events older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.RETENTION_DAYS)

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be at least 1")
        n_checks, n_events, cutoff = purge(days)
        self.stdout.write(f"purged {n_checks} checks and {n_events} tracker events older than "
                          f"{days} days (before {cutoff.isoformat(timespec='seconds')})")
