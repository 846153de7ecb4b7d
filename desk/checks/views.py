"""The desk's pages: login, queue (filters, counts, CSV), detail (answers, flags, advice,
masked transcript), review, exports (JSON, print) and the access log (admins)."""
from __future__ import annotations

import csv
import datetime as dt
from functools import wraps
from pathlib import Path
from typing import Any, Dict
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bot.check_record import URGENCY
from bot.content import advice as advice_texts
from bot.summary import all_answer_items
from desk.checks.models import AccessLog, Check
from desk.security import clear_failures, locked_out, record_failure
from desk.transcript import transcript

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
PAGE_SIZE = 50
STATES = {"open": "Open", "reviewed": "Beoordeeld", "all": "Alle"}
ACTIONS = {"opened": "geopend", "reviewed": "beoordeeld", "export_json": "JSON-export",
           "export_print": "afdrukbare samenvatting", "export_csv": "wachtrij als CSV"}


def level_labels() -> Dict[str, str]:
    levels = advice_texts()["levels"]
    return {level: levels[level]["label"] for level in URGENCY}


# --- login -----------------------------------------------------------------------------------

@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    error = ""
    next_url = request.POST.get("next") or request.GET.get("next") or reverse("queue")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("queue")
    if request.method == "POST":
        username = request.POST.get("username", "").strip()
        password = request.POST.get("password", "")
        if locked_out(username):
            error = (f"Te veel mislukte pogingen voor deze gebruiker. Probeer het over "
                     f"{settings.LOCKOUT_MINUTES} minuten opnieuw of vraag een beheerder.")
        else:
            user = authenticate(request, username=username, password=password)
            if user is not None:
                clear_failures(username)
                login(request, user)
                return redirect(next_url)
            record_failure(username)
            error = "Onbekende gebruikersnaam of verkeerd wachtwoord."
    status = 403 if error else 200
    return render(request, "desk/login.html", {"error": error, "next": next_url}, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("login")


# --- queue -----------------------------------------------------------------------------------

def _date(value: str):
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def queue_filters(request: HttpRequest) -> Dict[str, Any]:
    levels = [level for level in request.GET.getlist("level") if level in URGENCY]
    state = request.GET.get("state", "open")
    return {"levels": levels, "state": state if state in STATES else "open",
            "date_from": _date(request.GET.get("from", "")), "date_to": _date(request.GET.get("to", ""))}


def filtered_checks(filters: Dict[str, Any], with_levels: bool = True) -> QuerySet:
    checks = Check.objects.all()
    if filters["state"] == "open":
        checks = checks.filter(reviewed_at__isnull=True)
    elif filters["state"] == "reviewed":
        checks = checks.filter(reviewed_at__isnull=False)
    zone = timezone.get_current_timezone()
    if filters["date_from"]:
        checks = checks.filter(ended_at__gte=dt.datetime.combine(filters["date_from"], dt.time(), zone))
    if filters["date_to"]:
        end = dt.datetime.combine(filters["date_to"] + dt.timedelta(days=1), dt.time(), zone)
        checks = checks.filter(ended_at__lt=end)
    if with_levels and filters["levels"]:
        checks = checks.filter(level__in=filters["levels"])
    return checks


def query_string(filters: Dict[str, Any], **extra: Any) -> str:
    pairs = [("level", level) for level in filters["levels"]] + [("state", filters["state"])]
    pairs += [(key, filters[name].isoformat()) for key, name in (("from", "date_from"), ("to", "date_to"))
              if filters[name]]
    pairs += [(key, value) for key, value in extra.items() if value]
    return urlencode(pairs)


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    filters = queue_filters(request)
    labels = level_labels()
    counted = dict(filtered_checks(filters, with_levels=False).values_list("level")
                   .annotate(n=Count("id")).values_list("level", "n"))
    page = Paginator(filtered_checks(filters).select_related("reviewed_by"), PAGE_SIZE) \
        .get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    for check in page.object_list:
        check.label = labels[check.level]
    query = query_string(filters, page=page.number if page.number > 1 else None)
    return render(request, "desk/queue.html", {
        "page": page, "filters": filters, "states": STATES, "state_label": STATES[filters["state"]].lower(),
        "levels": [{"id": level, "label": labels[level], "count": counted.get(level, 0),
                    "checked": level in filters["levels"]} for level in URGENCY],
        "total": sum(counted.values()), "labels": labels,
        "query": query_string(filters), "back": urlencode({"back": "?" + query}), "now": timezone.now(),
    })


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text  # no formulas


@login_required
@require_GET
def queue_csv(request: HttpRequest) -> HttpResponse:
    filters = queue_filters(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heupcheck-wachtrij.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "eind", "regio", "niveau", "score", "alarmsignalen", "beoordeeld_op",
                     "beoordeeld_door", "notitie"])
    for check in filtered_checks(filters).select_related("reviewed_by").iterator():
        writer.writerow([_csv_cell(v) for v in (
            check.id, timezone.localtime(check.ended_at).isoformat(timespec="seconds"), check.region,
            check.level, check.score, " ".join(f["id"] for f in check.flags),
            timezone.localtime(check.reviewed_at).isoformat(timespec="seconds") if check.reviewed_at else "",
            check.reviewed_by.get_username() if check.reviewed_by else "", check.review_note)])
    AccessLog.objects.create(user=request.user, check_id="", action="export_csv")
    return response


# --- one check -------------------------------------------------------------------------------

def record_json(check: Check, request: HttpRequest) -> Dict[str, Any]:
    return {
        "id": check.id, "conversation_id": check.conversation_id,
        "started_at": check.started_at.isoformat(), "ended_at": check.ended_at.isoformat(),
        "region": check.region, "level": check.level, "score": check.score, "flags": check.flags,
        "answers": check.answers, "unknown": check.unknown, "advice": check.advice,
        "spec_version": check.spec_version,
        "reviewed_at": check.reviewed_at.isoformat() if check.reviewed_at else None,
        "reviewed_by": check.reviewed_by.get_username() if check.reviewed_by else None,
        "review_note": check.review_note,
        "transcript_url": request.build_absolute_uri(reverse("check", args=[check.id]) + "#transcript"),
        "transcript": [{**line, "at": line["at"].isoformat()} for line in transcript(check.conversation_id)],
    }


def _context(check: Check) -> Dict[str, Any]:
    return {"check": check, "label": level_labels()[check.level],
            "answers": all_answer_items(check.answers), "advice": check.advice}


@login_required
@require_GET
def check_detail(request: HttpRequest, check_id: str) -> HttpResponse:
    check = get_object_or_404(Check.objects.select_related("reviewed_by"), id=check_id)
    AccessLog.objects.create(user=request.user, check_id=check.id, action="opened")
    back = request.GET.get("back", "")
    return render(request, "desk/check.html", {
        **_context(check), "transcript": transcript(check.conversation_id),
        "back": back if back.startswith("?") else ""})


@login_required
@require_POST
def check_review(request: HttpRequest, check_id: str) -> HttpResponse:
    check = get_object_or_404(Check, id=check_id)
    check.reviewed_at = timezone.now()
    check.reviewed_by = request.user
    check.review_note = request.POST.get("note", "").strip()[:4000]
    check.save(update_fields=["reviewed_at", "reviewed_by", "review_note"])
    AccessLog.objects.create(user=request.user, check_id=check.id, action="reviewed")
    back = request.POST.get("back", "")
    back = f"?{urlencode({'back': back})}" if back.startswith("?") else ""
    return redirect(reverse("check", args=[check.id]) + back + "#review")


@login_required
@require_GET
def check_json(request: HttpRequest, check_id: str) -> HttpResponse:
    check = get_object_or_404(Check.objects.select_related("reviewed_by"), id=check_id)
    AccessLog.objects.create(user=request.user, check_id=check.id, action="export_json")
    response = JsonResponse(record_json(check, request), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="heupcheck-{check.pk.replace(":", "-")[:80]}.json"'
    return response


@login_required
@require_GET
def check_print(request: HttpRequest, check_id: str) -> HttpResponse:
    check = get_object_or_404(Check.objects.select_related("reviewed_by"), id=check_id)
    AccessLog.objects.create(user=request.user, check_id=check.id, action="export_print")
    return render(request, "desk/print.html", {**_context(check), "printed_at": timezone.now()})


# --- admin -----------------------------------------------------------------------------------

def admin_required(view):
    """Logged in (else to the login page) and in the admin role (is_staff; else 403)."""
    @wraps(view)
    @login_required
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)
    return checked


@admin_required
@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    entries = Paginator(AccessLog.objects.select_related("user"), 100).get_page(request.GET.get("page"))
    for entry in entries:
        entry.label = ACTIONS.get(entry.action, entry.action)
    return render(request, "desk/access_log.html", {"page": entries})


# --- static files (public: the login page needs them) ---------------------------------------

@require_GET
def static(request: HttpRequest, name: str) -> HttpResponse:
    path = STATIC / name
    if "/" in name or path.suffix not in STATIC_TYPES or not path.is_file():
        raise Http404()
    return FileResponse(path.open("rb"), content_type=STATIC_TYPES[path.suffix])


@login_required
def root(request: HttpRequest) -> HttpResponse:
    return redirect("queue")
