"""The testers' conversation scripts (tests/replay/*.yml) and the replay command (tools/replay):
every shipped script passes against this session's real bot through the command itself, a wrong
expectation fails with its first difference, broken scripts are refused with their place, and
conversations exported from Rasa's tracker and from the triage desk become passing scripts."""
from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, VENV_BIN, free_port
from tools.replay.report import junit, table
from tools.replay.runner import run
from tools.replay.script import ScriptError, load_script, parse
from tools.replay.transcripts import import_transcript

SCRIPTS = ROOT / "tests" / "replay"
PASSWORD = "replay-wachtwoord-2026"


def replay(*args: str, timeout: float = 1200) -> subprocess.CompletedProcess:
    return subprocess.run([str(VENV_BIN / "python"), "-m", "tools.replay", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def script_of(data: dict, name: str = "probe.yml"):
    return parse(data, Path(name))


# --- the shipped scripts ---------------------------------------------------------------------

def shipped():
    return [load_script(path) for path in sorted(SCRIPTS.glob("*.yml"))]


def test_the_shipped_scripts_cover_what_the_issue_names():
    scripts = shipped()
    assert len(scripts) >= 40
    flemish = [s for s in scripts if s.path.stem.startswith("be_")]
    assert len(flemish) >= 12 and all(s.region == "BE" or s.result.get("payload", {}).get("region") == "BE"
                                      for s in flemish)
    assert {level for s in scripts for level in s.levels} == {"spoed", "buiten_scope", "huisarts_mri",
                                                                "huisarts", "zelfzorg"}
    midway_alarms = [s for s in scripts if s.levels[-1:] == ["spoed"] and len(s.turns) > 3]
    corrections = [s for s in scripts if "correctie" in s.path.stem or len(set(s.levels)) > 1]
    unknowns = [s for s in scripts if "onbekend" in json.dumps(s.result)]
    assert len(midway_alarms) >= 4 and len(corrections) >= 3 and len(unknowns) >= 3
    asking = [s for s in scripts if any("asks" in t.checks for t in s.turns)]
    assert len(asking) >= 0.75 * len(scripts)  # most scripts also check which question comes next


def test_the_replay_command_passes_every_shipped_script(bot, tmp_path):
    report = tmp_path / "junit.xml"
    result = replay("run", str(SCRIPTS), "--url", bot.url, "--token", bot.token, "--junit", str(report),
                    "--no-start")
    print(result.stdout[-8000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    suite = ET.parse(report).getroot().find("testsuite")
    assert int(suite.get("tests")) == len(list(SCRIPTS.glob("*.yml"))) and suite.get("failures") == "0"
    assert "PASS" in result.stdout and "FAIL" not in result.stdout


# --- failures are found and shown ------------------------------------------------------------

def test_a_wrong_expectation_fails_with_its_first_difference(bot, tmp_path):
    wrong_question = script_of({"turns": [{"user": "hallo", "asks": "hip_complaint"},
                                          {"user": "ja", "asks": "load_pain"},
                                          {"user": "nee", "asks": "smoking"}]}, "wrong_question.yml")
    wrong_level = script_of({"turns": [{"user": "hallo"}, {"user": "nee"}],
                             "result": {"level": "zelfzorg"}}, "wrong_level.yml")
    wrong_text = script_of({"turns": [{"user": "hallo", "says": "u heeft AVN"}]}, "wrong_text.yml")
    forbidden = script_of({"turns": [{"user": "hallo", "not_says": "geen diagnose"}]}, "forbidden.yml")
    wrong_flag = script_of({"turns": [{"user": "Ik ben gevallen en kan niet meer op mijn been staan"}],
                            "result": {"flags_absent": ["alarm_acute_trauma"]}}, "wrong_flag.yml")
    wrong_field = script_of({"turns": [{"user": "hallo"}, {"user": "nee"}],
                             "result": {"payload": {"answers.hip_complaint": True, "region": "NL"}}},
                            "wrong_field.yml")
    outcomes = [run(s, bot) for s in (wrong_question, wrong_level, wrong_text, forbidden, wrong_flag, wrong_field)]
    differences = [o.difference for o in outcomes]
    assert differences[0] == "turn 2 ('ja'): asks: expected load_pain, got acute_trauma"
    assert differences[1] == "result: level: expected zelfzorg, got buiten_scope"
    assert differences[2].startswith("turn 1 ('hallo'): says: 'u heeft AVN' not in the replies")
    assert differences[3].startswith("turn 1 ('hallo'): not_says: 'geen diagnose' is in the replies")
    assert differences[4] == "result: flags: ['alarm_acute_trauma'] should be absent, got ['alarm_acute_trauma']"
    assert differences[5] == "result: payload.answers.hip_complaint: expected True, got False"
    assert outcomes[0].turns_run == 2  # the first difference ends the script
    junit(outcomes, tmp_path / "junit.xml")
    failures = ET.parse(tmp_path / "junit.xml").getroot().iter("failure")
    assert [f.get("message") for f in failures] == differences
    printed = table(outcomes)
    assert printed.count("FAIL") == 6 and "6 failed" in printed and "expected load_pain" in printed


@pytest.mark.parametrize("data, message", [
    ({"turns": []}, "needs a list of turns"),
    ({"turns": [{"asks": "smoking"}]}, "turn 1: every turn needs `user:`"),
    ({"turns": [{"user": "ja", "asks": "rookt"}]}, "turn 1.asks: 'rookt' is not a questionnaire slot"),
    ({"turns": [{"user": "ja", "level": "ernstig"}]}, "turn 1.level: 'ernstig' is not a level"),
    ({"turns": [{"user": "ja"}], "result": {"flags": ["avn"]}}, "result.flags: 'avn' is not a red flag"),
    ({"turns": [{"user": "ja", "expect": 1}]}, "turn 1: unknown key(s) expect"),
    ({"turns": [{"user": "ja"}], "region": "FR"}, "region must be one of NL, BE"),
    ({"turns": [{"user": "ja"}], "result": {"asks": "smoking"}}, "result: unknown key(s) asks"),
])
def test_a_broken_script_is_refused_with_its_place(data, message):
    with pytest.raises(ScriptError, match=re.escape(message)):
        script_of(data)


def test_the_command_reports_broken_scripts_and_a_missing_bot(tmp_path):
    (tmp_path / "kapot.yml").write_text("turns:\n  - user: ja\n    asks: rookt\n", encoding="utf-8")
    broken = replay("run", str(tmp_path), "--no-start")
    assert broken.returncode == 2 and "kapot.yml: turn 1.asks" in broken.stderr
    absent = replay("run", str(SCRIPTS / "nl_buiten_scope_knie.yml"), "--url",
                    f"http://127.0.0.1:{free_port()}", "--no-start")
    assert absent.returncode == 2 and "no bot answers" in absent.stderr


# --- exported conversations become scripts ---------------------------------------------------

def test_a_tracker_export_becomes_a_passing_script(bot, tmp_path):
    sender = f"replay-export-{uuid.uuid4().hex[:8]}"
    for text in ["hallo", "ja, al twee maanden pijn in mijn lies", "nee", "nee", "weet ik niet", "ja",
                 "ik ben net heel kortademig geworden"]:
        bot.send(sender, text, {"region": "BE"})
    export = tmp_path / "tracker.json"
    export.write_text(json.dumps(bot.tracker(sender)), encoding="utf-8")
    written = tmp_path / "uit_gesprek.yml"
    imported = replay("import", str(export), "-o", str(written))
    assert imported.returncode == 0, imported.stderr
    script = load_script(written)
    assert script.region == "BE" and [t.user for t in script.turns][1] == "ja, al twee maanden pijn in mijn lies"
    assert [t.checks.get("asks") for t in script.turns] == [
        "hip_complaint", "acute_trauma", "recent_hip_surgery", "rest_night_pain", "load_pain",
        "function_loss", "none"]
    assert script.turns[-1].checks["level"] == "spoed" and script.result["flags"] == \
        ["alarm_chest_breath", "load_pain", "long_duration"]
    assert script.result["payload"]["answers.rest_night_pain"] == "onbekend"
    outcome = run(script, bot)
    assert outcome.passed, outcome.difference
    # the export itself can be run, and a changed expectation in it is caught
    assert run(import_transcript(export)[0], bot).passed
    changed = yaml.safe_load(written.read_text(encoding="utf-8"))
    changed["turns"][4]["asks"] = "function_loss"
    assert run(parse(changed, written), bot).difference == \
        "turn 5 ('weet ik niet'): asks: expected function_loss, got load_pain"


class LoopbackCookies(http.cookiejar.DefaultCookiePolicy):
    """The desk's cookies are Secure; browsers send them to http://127.0.0.1, and so do we."""

    def return_ok_secure(self, cookie, request):
        return True


def desk_session(url: str, user: str, password: str) -> urllib.request.OpenerDirector:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar(policy=LoopbackCookies())))
    page = opener.open(f"{url}/desk/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": user, "password": password,
                                   "next": "/desk/"}).encode()
    landed = opener.open(urllib.request.Request(f"{url}/desk/login/", data=form,
                                                headers={"Referer": f"{url}/desk/login/"}), timeout=30)
    assert landed.geturl().endswith("/desk/"), "login failed"
    return opener


def test_a_desk_export_becomes_a_passing_script(bot, desk_server, tmp_path):
    made = subprocess.run([str(VENV_BIN / "python"), "manage.py", "createdeskuser", "replay-tester",
                           "--password-stdin"], cwd=ROOT, env=bot.env, input=PASSWORD + "\n",
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    sender = f"replay-desk-{uuid.uuid4().hex[:8]}"
    for text in ["hallo, met Annelies de Vries", "ja", "nee", "nee", "drie weken", "nee", "ja", "nee",
                 "ja, ik slik al een jaar prednison", "nee", "nee", "geen", "nee", "geen foto", "nee", "nee"]:
        bot.send(sender, text)
    opener = desk_session(desk_server, "replay-tester", PASSWORD)
    export = tmp_path / "check.json"
    export.write_bytes(opener.open(f"{desk_server}/desk/json/{sender}:1", timeout=30).read())
    script, warnings = import_transcript(export)
    assert script.turns[0].user == "hallo, met [naam]" and any("[naam]" in w for w in warnings)
    assert script.region == "NL" and len(script.turns) == 16
    assert script.result["level"] == "huisarts_mri" and script.result["flags"] == ["load_pain", "corticosteroids"]
    outcome = run(script, bot)
    assert outcome.passed, outcome.difference
