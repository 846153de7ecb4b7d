"""Login lock-out and response headers of the desk."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from desk.checks.models import FailedLogin

CSP = ("default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
       "object-src 'none'")


def locked_out(username: str) -> bool:
    """LOCKOUT_FAILURES failed logins for this user name within LOCKOUT_MINUTES lock it for
    LOCKOUT_MINUTES after the last one, even for the right password. Kept in the database, so
    it holds across server processes and restarts."""
    since = timezone.now() - dt.timedelta(minutes=settings.LOCKOUT_MINUTES)
    return FailedLogin.objects.filter(username=username.lower(), at__gte=since).count() \
        >= settings.LOCKOUT_FAILURES


def record_failure(username: str) -> None:
    FailedLogin.objects.create(username=username.lower()[:150])


def clear_failures(username: str) -> None:
    FailedLogin.objects.filter(username=username.lower()).delete()


class SecurityHeaders:
    """Content-Security-Policy (no inline script or style; nothing from elsewhere) and no caching
    of pages that show patients' data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CSP)
        if not request.path.startswith("/desk/static/"):
            response.setdefault("Cache-Control", "no-store")
        return response
