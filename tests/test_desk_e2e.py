"""The desk end to end: conversations over the REST channel of this session's real bot are stored
by the action server in the tracker store's database, and the real desk server (waitress, as
`make run` starts it) shows them in headless Chromium: log in, the new spoed check on top, open it,
mark it reviewed (tests/browser/desk/desk.test.mjs)."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import time
import uuid

from sqlalchemy.engine import URL

from actions.check_store import save_check
from tests.conftest import ROOT, VENV_BIN
from tests.test_desk_store import UTC, record

BROWSER_TESTS = ROOT / "tests" / "browser"
ARTIFACTS = ROOT / "results" / "browser"
PASSWORD = "balie-wachtwoord-2026"
SPOED = ["hallo", "ja", "nee", "nee", "twee weken", "ik ben opeens heel benauwd"]


def stored_checks(bot, conversation):
    with sqlite3.connect(bot.env["HEUPCHECK_DB"]) as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute(
            "SELECT * FROM desk_check WHERE conversation_id = ? ORDER BY id", (conversation,))]


def converse(bot, sender, turns):
    replies = []
    for turn in turns:
        replies = bot.send(sender, turn)
    return replies


def test_a_rest_conversation_is_stored_with_its_result(bot):
    sender = f"desk-e2e-{uuid.uuid4().hex[:8]}"
    before = time.time()
    replies = converse(bot, sender, SPOED)
    triage = next(r["custom"]["triage"] for r in replies if "custom" in r)
    [row] = stored_checks(bot, sender)
    assert row["id"] == f"{sender}:1" and row["level"] == triage["level"] == "spoed"
    assert row["level_rank"] == 0 and row["score"] == triage["score"] and row["region"] == "NL"
    assert json.loads(row["flags"]) == triage["flags"] and json.loads(row["answers"]) == triage["answers"]
    assert json.loads(row["advice"])["level"] == "spoed" and row["spec_version"] == triage["spec_version"]
    started = dt.datetime.fromisoformat(row["started_at"]).replace(tzinfo=UTC).timestamp()
    ended = dt.datetime.fromisoformat(row["ended_at"]).replace(tzinfo=UTC).timestamp()
    assert before - 1 <= started <= ended <= time.time() + 1


def test_a_correction_updates_the_record_and_a_restart_starts_a_new_one(bot):
    sender = f"desk-e2e-{uuid.uuid4().hex[:8]}"
    converse(bot, sender, ["hallo", "nee"])
    assert [r["level"] for r in stored_checks(bot, sender)] == ["buiten_scope"]
    bot.send(sender, "sorry, ik heb toch pijn op de borst")
    assert [r["level"] for r in stored_checks(bot, sender)] == ["spoed"]
    bot.send(sender, "opnieuw beginnen")
    converse(bot, sender, ["nee"])
    assert [(r["id"], r["level"]) for r in stored_checks(bot, sender)] == \
        [(f"{sender}:1", "spoed"), (f"{sender}:2", "buiten_scope")]


def test_desk_in_chromium(bot, desk_server):
    node = shutil.which("node")
    assert node and (BROWSER_TESTS / "node_modules" / "playwright-core").is_dir(), \
        "browser tools missing: run the tests through `make test`"
    made = subprocess.run([str(VENV_BIN / "python"), "manage.py", "createdeskuser", "triage-browser",
                           "--password-stdin"], cwd=ROOT, env=bot.env, input=PASSWORD + "\n",
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    # the desk has worked through the checks of this session's other tests ...
    with sqlite3.connect(bot.env["HEUPCHECK_DB"]) as db:
        db.execute("UPDATE desk_check SET reviewed_at = CURRENT_TIMESTAMP WHERE reviewed_at IS NULL")
    # ... and less urgent checks came in since
    url = URL.create("sqlite", database=bot.env["HEUPCHECK_DB"])
    now = dt.datetime.now(UTC)
    for name, level in (("ouder-mri", "huisarts_mri"), ("ouder-zelfzorg", "zelfzorg"), ("ouder-huisarts", "huisarts")):
        save_check(record(f"{name}-{uuid.uuid4().hex[:6]}", level, ended=now - dt.timedelta(hours=2)), url)
    sender = f"desk-browser-{uuid.uuid4().hex[:8]}"
    converse(bot, sender, ["hallo, ik ben Karel Peeters", "ja", "nee", "nee", "twee weken",
                           "ik ben opeens heel benauwd"])
    env = {**os.environ, "DESK_URL": desk_server,
           "DESK_USER": "triage-browser", "DESK_PASSWORD": PASSWORD, "DESK_CHECK_ID": f"{sender}:1",
           "HEUPCHECK_ARTIFACTS": str(ARTIFACTS)}
    result = subprocess.run([node, "--test", "--test-reporter=spec", "desk/desk.test.mjs"], cwd=BROWSER_TESTS,
                            env=env, capture_output=True, text=True, timeout=600)
    print(result.stdout[-5000:], result.stderr[-2000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    [row] = stored_checks(bot, sender)
    assert row["reviewed_at"] and row["review_note"] == "Teruggebeld, advies 112 herhaald."
    with sqlite3.connect(bot.env["HEUPCHECK_DB"]) as db:
        reviewer = db.execute("SELECT username FROM auth_user WHERE id = ?", (row["reviewed_by_id"],)).fetchone()
        opened = db.execute("SELECT action FROM desk_access_log WHERE check_id = ?", (row["id"],)).fetchall()
    assert reviewer == ("triage-browser",) and ("opened",) in opened and ("reviewed",) in opened
