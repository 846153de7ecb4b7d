"""The quality report (make quality): Rasa's NLU cross-validation and the answer-extraction report
side by side, written to a results file. Run here with 2 folds to keep the suite short."""
from __future__ import annotations

import json
import subprocess

import yaml

from tests.conftest import ROOT, VENV_BIN
from tests.extraction import report as extraction


def test_quality_report_prints_both_side_by_side_and_writes_them(tmp_path):
    out = tmp_path / "quality"
    done = subprocess.run([str(VENV_BIN / "python"), "-m", "tools.quality_report", "--folds", "2",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    print(done.stdout[-6000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = out.with_suffix(".txt").read_text(encoding="utf-8")
    assert text.strip() in done.stdout
    lines = text.splitlines()
    assert any("NLU cross-validation" in line and "Answer extraction" in line for line in lines)  # side by side
    assert any("affirm" in line and "acute_trauma" in line for line in lines)
    results = json.loads(out.with_suffix(".json").read_text())
    cv = results["cross_validation"]
    intents = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        intents |= {item["intent"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"] if "intent" in item}
    assert set(cv["intents"]["per_intent"]) == intents and cv["folds"] == 2
    assert sum(m["support"] for m in cv["intents"]["per_intent"].values()) == cv["examples"]
    assert 0.6 <= cv["intents"]["accuracy"] <= 1.0   # a floor against a broken NLU setup (majority class: 0.31)
    assert set(cv["intents"]["test_folds"]) >= {"Accuracy", "F1-score", "Precision"}
    assert cv["entities"]["extractors"] == [] and "no entity extractor" in text
    expected = extraction.evaluate(extraction.load_set())
    assert results["extraction"]["test_set"]["total"]["tp"] == expected["total"]["tp"]
    assert results["extraction"]["held_out"]["messages"] == len(extraction.load_set(extraction.HELD_OUT))
