"""The triage desk over HTTP (Django's test client on a migrated SQLite desk database): every route
refuses anonymous requests, login with lock-out, CSRF, cookies, queue, detail, review, exports,
access log, and the account and retention commands."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from actions.check_store import save_check
from tests.conftest import DB_VARIABLES
from tests.test_desk_store import UTC, record, rasa_tracker_store, save_conversation

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "lang-en-geheim-42"


@pytest.fixture
def client(desk):
    from django.test import Client
    return Client()


@pytest.fixture
def nurse(desk):
    from django.contrib.auth import get_user_model
    return get_user_model().objects.create_user("verpleegkundige", password=PASSWORD)


@pytest.fixture
def admin(desk):
    from django.contrib.auth import get_user_model
    return get_user_model().objects.create_user("beheerder", password=PASSWORD, is_staff=True)


def logged_in(client, user):
    response = client.post("/desk/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    return client


def stored(desk, conversation, level, **kw):
    return save_check(record(conversation, level, **kw), desk["url"])


def route_urls(check_id):
    from django.urls import URLPattern
    from desk.urls import PUBLIC, urlpatterns
    urls = {}
    for pattern in urlpatterns:
        assert isinstance(pattern, URLPattern)
        route = str(pattern.pattern)
        url = "/" + route.replace("<path:check_id>", check_id).replace("<str:name>", "desk.css")
        urls[pattern.name or route] = (url, pattern.name in PUBLIC)
    return urls


def test_every_route_but_login_and_static_refuses_anonymous_requests(client, desk):
    check_id = stored(desk, "anon-conv", "spoed")
    urls = route_urls(check_id)
    assert len(urls) == 11
    for name, (url, public) in urls.items():
        if public:
            continue
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (302, 405), (name, method, response.status_code)
            if response.status_code == 302:
                assert response["Location"].startswith("/desk/login/"), (name, response["Location"])
            assert b"anon-conv" not in response.content and b"spoed" not in response.content
    assert client.get("/desk/login/").status_code == 200
    assert client.get("/desk/static/desk.css").status_code == 200
    from desk.checks.models import AccessLog, Check
    assert AccessLog.objects.count() == 0 and Check.objects.get(id=check_id).reviewed_at is None


def test_login_logout_cookies_and_headers(client, nurse):
    from django.contrib.auth import get_user_model
    assert get_user_model().objects.get(username="verpleegkundige").password.startswith("pbkdf2_sha256$")
    response = client.post("/desk/login/", {"username": "verpleegkundige", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/desk/"
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Strict"
    page = client.get("/desk/")
    assert page.status_code == 200 and "Wachtrij" in page.content.decode()
    assert "script-src" not in page["Content-Security-Policy"] and "default-src 'self'" in page["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY" and page["Cache-Control"] == "no-store"
    assert client.get("/desk/logout/").status_code == 405            # logout only by POST
    assert client.post("/desk/logout/").status_code == 302
    assert client.get("/desk/").status_code == 302                   # the session is gone


def test_csrf_is_required_for_every_form(desk, nurse):
    from django.test import Client
    check_id = stored(desk, "csrf-conv", "huisarts")
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/desk/login/", {"username": "verpleegkundige", "password": PASSWORD}).status_code == 403
    strict.force_login(nurse)
    assert strict.post(f"/desk/review/{check_id}", {"note": "x"}).status_code == 403
    assert strict.post("/desk/logout/").status_code == 403
    page = strict.get(f"/desk/check/{check_id}").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert strict.post(f"/desk/review/{check_id}", {"note": "gebeld", "csrfmiddlewaretoken": token}).status_code == 302


def test_lock_out_after_five_failed_logins_even_with_the_right_password(client, nurse, admin):
    for _ in range(5):
        response = client.post("/desk/login/", {"username": "verpleegkundige", "password": "fout"})
        assert response.status_code == 403 and "verkeerd wachtwoord" in response.content.decode()
    response = client.post("/desk/login/", {"username": "verpleegkundige", "password": PASSWORD})
    assert response.status_code == 403 and "Te veel mislukte pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session
    logged_in(client, admin)                                          # other accounts still work
    from desk.checks.models import FailedLogin
    FailedLogin.objects.update(at=dt.datetime.now(UTC) - dt.timedelta(minutes=16))
    logged_in(client, nurse)                                          # the lock ends after 15 minutes
    assert FailedLogin.objects.filter(username="verpleegkundige").count() == 0


def test_login_only_redirects_within_the_desk(client, nurse):
    response = client.post("/desk/login/?next=https://elders.example/", {
        "username": "verpleegkundige", "password": PASSWORD, "next": "https://elders.example/"})
    assert response["Location"] == "/desk/"


def test_queue_sorts_counts_filters_and_keeps_its_place(client, desk, nurse):
    now = dt.datetime.now(UTC)
    stored(desk, "q-zelf", "zelfzorg", ended=now - dt.timedelta(hours=1))
    stored(desk, "q-mri", "huisarts_mri", ended=now - dt.timedelta(hours=2))
    stored(desk, "q-spoed", "spoed", ended=now - dt.timedelta(minutes=5))
    stored(desk, "q-oud", "huisarts", ended=now - dt.timedelta(days=3))
    logged_in(client, nurse)
    page = client.get("/desk/").content.decode()
    order = [page.index(f'data-check="{c}:1"') for c in ("q-spoed", "q-mri", "q-oud", "q-zelf")]
    assert order == sorted(order)
    counts = dict(re.findall(r'data-level="(\w+)">[^<]*: (\d+)<', page))
    assert counts == {"spoed": "1", "huisarts_mri": "1", "huisarts": "1", "zelfzorg": "1", "buiten_scope": "0"}
    only_mri = client.get("/desk/?level=huisarts_mri&state=open").content.decode()
    assert 'data-check="q-mri:1"' in only_mri and 'data-check="q-spoed:1"' not in only_mri
    today = dt.datetime.now().date().isoformat()
    recent = client.get(f"/desk/?from={(dt.date.today() - dt.timedelta(days=1)).isoformat()}&to={today}").content.decode()
    assert 'data-check="q-oud:1"' not in recent and 'data-check="q-spoed:1"' in recent
    # the refresh link and every "open" link carry the filters, so nobody loses their place
    assert 'href="?level=huisarts_mri&amp;state=open"' in only_mri
    detail = client.get("/desk/check/q-mri:1?back=%3Flevel%3Dhuisarts_mri%26state%3Dopen").content.decode()
    assert 'href="/desk/?level=huisarts_mri&amp;state=open"' in detail


def test_detail_shows_answers_flags_advice_and_masked_transcript_and_logs_the_access(client, desk, nurse):
    store = rasa_tracker_store(desk["url"])
    save_conversation(store, "d-conv", [("ik ben Petra Jansen, bel 0612345678", "Sinds wanneer?"),
                                        ("ik heb koorts en mijn heup is heet", "Advies: ...")],
                      at=dt.datetime.now(UTC).timestamp() - 30)
    check_id = stored(desk, "d-conv", "spoed")
    logged_in(client, nurse)
    page = client.get(f"/desk/check/{check_id}").content.decode()
    for expected in ("Spoed", "alarm_fever_hot_joint", "Antwoorden", "niet gevraagd", "Gegeven advies",
                     "Volledig gesprek", "[naam]", "[telefoonnummer]", "koorts"):
        assert expected in page, expected
    assert "Petra" not in page and "Jansen" not in page and "0612345678" not in page
    from desk.checks.models import AccessLog
    assert list(AccessLog.objects.values_list("user__username", "check_id", "action")) == \
        [("verpleegkundige", check_id, "opened")]
    assert client.get("/desk/check/bestaat-niet:1").status_code == 404


def test_review_records_who_when_and_the_note(client, desk, nurse):
    check_id = stored(desk, "r-conv", "spoed")
    logged_in(client, nurse)
    response = client.post(f"/desk/review/{check_id}", {"note": "patiënt gebeld, naar SEH",
                                                         "back": "?level=spoed&state=open"})
    assert response.status_code == 302
    assert response["Location"] == f"/desk/check/{check_id}?back=%3Flevel%3Dspoed%26state%3Dopen#review"
    from desk.checks.models import Check
    check = Check.objects.get(id=check_id)
    assert check.reviewed_by.username == "verpleegkundige" and check.review_note == "patiënt gebeld, naar SEH"
    assert (dt.datetime.now(UTC) - check.reviewed_at).total_seconds() < 60
    assert 'data-check="r-conv:1"' not in client.get("/desk/").content.decode()      # off the open queue
    assert 'data-check="r-conv:1"' in client.get("/desk/?state=reviewed").content.decode()


def test_exports_json_print_and_csv(client, desk, nurse):
    check_id = stored(desk, "e-conv", "huisarts_mri", region="BE")
    stored(desk, "=HYPERLINK(1)", "zelfzorg")
    logged_in(client, nurse)
    exported = json.loads(client.get(f"/desk/json/{check_id}").content)
    assert exported["id"] == check_id and exported["level"] == "huisarts_mri" and exported["region"] == "BE"
    assert set(exported["answers"]) >= {"hip_complaint", "steroid_use"} and exported["flags"][0]["source"]
    assert exported["spec_version"] == "1" and exported["transcript_url"].endswith(f"/desk/check/{check_id}#transcript")
    printed = client.get(f"/desk/print/{check_id}").content.decode()
    assert "samenvatting" in printed and "Alarmsignalen" in printed and "geen diagnose" in printed
    rows = list(csv.reader(io.StringIO(client.get("/desk/wachtrij.csv").content.decode())))
    assert rows[0][:4] == ["id", "eind", "regio", "niveau"] and len(rows) == 3
    assert rows[1][0] == check_id and rows[2][0] == "'=HYPERLINK(1):1"          # no formula in a sheet
    from desk.checks.models import AccessLog
    assert sorted(AccessLog.objects.values_list("action", flat=True)) == ["export_csv", "export_json", "export_print"]


def test_the_access_log_is_for_the_admin_role_only(client, desk, nurse, admin):
    check_id = stored(desk, "a-conv", "huisarts")
    logged_in(client, nurse)
    client.get(f"/desk/check/{check_id}")
    assert client.get("/desk/toegangslog/").status_code == 403
    assert "Toegangslog" not in client.get("/desk/").content.decode()
    client.post("/desk/logout/")
    logged_in(client, admin)
    page = client.get("/desk/toegangslog/").content.decode()
    assert "verpleegkundige" in page and check_id in page and "geopend" in page


def manage(*args, stdin=""):
    env = {**os.environ, **{name: "" for name in DB_VARIABLES}, "PYTHONPATH": str(ROOT)}
    return subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "manage.py", *args], cwd=ROOT, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_accounts_are_made_with_the_cli_command(desk):
    from django.contrib.auth import authenticate
    weak = manage("createdeskuser", "balie1", "--password-stdin", stdin="kort\n")
    assert weak.returncode != 0 and "balie1" not in weak.stdout
    made = manage("createdeskuser", "balie1", "--admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    user = authenticate(username="balie1", password=PASSWORD)
    assert user is not None and user.is_staff and user.password.startswith("pbkdf2_sha256$")


def test_the_retention_command_deletes_old_checks(desk):
    stored(desk, "old", "huisarts", ended=dt.datetime.now(UTC) - dt.timedelta(days=40))
    stored(desk, "new", "huisarts")
    result = manage("purge_checks", "--days", "30")
    assert result.returncode == 0 and "purged 1 checks" in result.stdout, result.stderr
    from desk.checks.models import Check
    assert list(Check.objects.values_list("id", flat=True)) == ["new:1"]
    assert manage("purge_checks", "--days", "0").returncode != 0
