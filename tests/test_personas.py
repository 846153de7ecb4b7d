"""The simulated patients of the blind sets (tests/blind/*.yml, written by writers who never saw
the lexicon; measured at first sight before any tuning, see the README) over the REST channel of
this session's bot, against the regression bars; and the runner itself: it notices a wrong level,
reads the alarm check from the tracker, and `python -m tools.personas` reports and writes results."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, VENV_BIN
from tools.personas.__main__ import collect, run_patients
from tools.personas.patients import PatientError, load_patients, parse_patient
from tools.personas.report import figures

BLIND = ROOT / "tests" / "blind"
# The bars of the tuned blind sets. Raise them when the bot improves; never lower them to pass.
MIN_EXACT_LEVEL = 0.95
MAX_UNDER_TRIAGE = 0


@pytest.fixture(scope="module")
def played(bot):
    return run_patients(collect([BLIND]), core=False, jobs=4, client=bot)


def test_the_blind_sets_are_big_enough_and_mixed():
    patients = collect([BLIND])
    assert len(patients) >= 100
    assert sum(p.emergency for p in patients) >= 20
    assert {p.level for p in patients} == {"spoed", "huisarts_mri", "huisarts", "zelfzorg", "buiten_scope"}
    assert sum(p.region == "BE" for p in patients) >= 20


def test_every_emergency_ends_in_spoed(played):
    """Also a sign told only in the answer to a question the bot rightly skips: the last safety
    question before the advice asks it (bot/data/alarm_net.yml `screen`)."""
    missed = [p.patient.id for p in played if p.patient.emergency and p.level != "spoed"]
    assert not missed


def test_no_loop_no_question_three_times_in_a_row_no_unsafe_text(played):
    f = figures(played)
    assert f["loops"] == 0 and f["errors"] == 0 and f["unsafe_texts"] == 0
    assert f["longest_run"] <= 2, [p.patient.id for p in played if p.longest_run > 2]


def test_exact_level_and_under_triage_bars(played):
    f = figures(played)
    under = [(p.patient.id, p.patient.level, p.level) for p in played if p.under_triage]
    assert f["exact_level"] / f["patients"] >= MIN_EXACT_LEVEL, f
    assert len(under) <= MAX_UNDER_TRIAGE, under


def test_the_runner_reads_alarm_checks_from_the_tracker(played):
    """Some patients tell an alarm in words the lexicon is not sure of: the bot asks, the runner
    sees alarm_check in the tracker and answers it."""
    assert sum(p.alarm_checks for p in played) >= 5


def test_a_wrong_expectation_is_reported(bot):
    patient = parse_patient({"id": "verkeerd", "region": "NL", "opening": "ik heb pijn in mijn lies sinds 3 dagen",
                             "answers": {s: {"says": "nee", "value": False} for s in
                                         ("acute_trauma", "recent_hip_surgery", "load_pain", "rest_night_pain",
                                          "function_loss", "steroid_use", "alcohol_use", "hip_trauma_history",
                                          "smoking", "known_avn")} | {
                                 "risk_conditions": {"says": "geen", "value": []},
                                 "xray_result": {"says": "geen foto", "value": "geen"}},
                             "expect": {"level": "spoed", "flags": []}}, Path("probe.yml"), None)
    [result] = run_patients([patient], core=False, jobs=1, client=bot)
    assert result.level == "zelfzorg" and not result.exact and result.under_triage
    assert figures([result])["exact_level"] == 0


def test_broken_patient_files_are_refused(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(yaml.safe_dump({"patients": [{"id": "x", "opening": "hoi", "answers": {"heup": {"says": "ja", "value": True}},
                                                 "expect": {"level": "spoed"}}]}))
    with pytest.raises(PatientError, match="unknown slot 'heup'"):
        load_patients(bad)


def test_the_command_prints_and_writes_the_figures(bot, tmp_path):
    done = subprocess.run([str(VENV_BIN / "python"), "-m", "tools.personas", str(BLIND / "e_kort_correcties.yml"),
                           "--url", bot.url, "--token", bot.token, "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert "e_kort_correcties" in done.stdout and "exact" in done.stdout
    written = json.loads((tmp_path / "personas.json").read_text())
    assert written["patients"] == 19 and written["emergencies"] == written["emergencies_spoed"]
    assert (tmp_path / "personas.txt").exists()
